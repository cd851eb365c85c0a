/**
 * The pane's own styles: one static stylesheet over Fluent's theme tokens (the CSS variables FluentProvider
 * sets, so light and dark themes both apply). Not makeStyles: Griffel's runtime style engine costs ~8 KiB
 * gzipped, while Fluent's own components ship pre-compiled styles that do not need it. Class names are
 * prefixed `jx-`; rules are scoped under `.jx` where they must win over a Fluent component's own class.
 */
export const PANE_CSS = `
.jx{display:flex;flex-direction:column;gap:var(--spacingVerticalM);padding:var(--spacingVerticalM) var(--spacingHorizontalM);max-width:640px;font-family:var(--fontFamilyBase);font-size:var(--fontSizeBase300);line-height:var(--lineHeightBase300);color:var(--colorNeutralForeground1)}
.jx-provider{min-height:100vh;box-sizing:border-box}
.jx-title{margin:0;font-size:var(--fontSizeBase500);line-height:var(--lineHeightBase500);font-weight:var(--fontWeightSemibold)}
.jx-h2{margin:0;font-size:var(--fontSizeBase400);line-height:var(--lineHeightBase400);font-weight:var(--fontWeightSemibold)}
.jx-p{margin:0}
.jx-sr{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.jx-code{font-family:Consolas,"Courier New",monospace}
.jx-row{display:flex;flex-wrap:wrap;align-items:center;gap:var(--spacingHorizontalS)}
.jx-col{display:flex;flex-direction:column;gap:var(--spacingVerticalS)}
.jx-muted{color:var(--colorNeutralForeground3);font-size:var(--fontSizeBase200)}
.jx-busy{display:inline-flex;align-items:center;gap:var(--spacingHorizontalS)}
.jx-ring{box-sizing:border-box;width:16px;height:16px;border-radius:50%;border:2px solid var(--colorNeutralStroke1);border-top-color:var(--colorBrandStroke1);animation:jx-spin .9s linear infinite}
@keyframes jx-spin{to{transform:rotate(360deg)}}
@media (prefers-reduced-motion:reduce){.jx-ring{animation-duration:3s}.jx-chevron{transition:none}}
.jx-notice{display:flex;align-items:flex-start;gap:var(--spacingHorizontalS);padding:var(--spacingVerticalS) var(--spacingHorizontalM);border-radius:var(--borderRadiusMedium);border:var(--strokeWidthThin) solid var(--colorNeutralStroke1);background:var(--colorNeutralBackground3);overflow-wrap:anywhere}
.jx-notice-icon{flex-shrink:0;width:1.25em;text-align:center;font-weight:var(--fontWeightBold);color:var(--colorNeutralForeground3)}
.jx-notice-body{min-width:0;display:flex;flex-direction:column;gap:var(--spacingVerticalXXS)}
.jx-notice-title{font-weight:var(--fontWeightSemibold)}
.jx-notice ul{margin:0;padding-left:var(--spacingHorizontalL)}
.jx-notice-error{background:var(--colorPaletteRedBackground1);border-color:var(--colorPaletteRedBorder1)}
.jx-notice-error .jx-notice-icon{color:var(--colorPaletteRedForeground1)}
.jx-notice-warning{background:var(--colorPaletteDarkOrangeBackground1);border-color:var(--colorPaletteDarkOrangeBorder1)}
.jx-notice-warning .jx-notice-icon{color:var(--colorPaletteDarkOrangeForeground1)}
.jx-notice-success{background:var(--colorPaletteGreenBackground1);border-color:var(--colorPaletteGreenBorder1)}
.jx-notice-success .jx-notice-icon{color:var(--colorPaletteGreenForeground1)}
.jx-pill{display:inline-flex;align-items:center;box-sizing:border-box;min-height:20px;padding:0 var(--spacingHorizontalS);border-radius:var(--borderRadiusCircular);border:var(--strokeWidthThin) solid var(--colorNeutralStroke1);color:var(--colorNeutralForeground3);font-size:var(--fontSizeBase200);font-weight:var(--fontWeightSemibold);line-height:var(--lineHeightBase200);white-space:nowrap}
.jx-pill-small{min-height:16px;padding:0 var(--spacingHorizontalXS);font-size:var(--fontSizeBase100)}
.jx-pill-error{background:var(--colorPaletteRedBackground3);border-color:transparent;color:var(--colorNeutralForegroundOnBrand)}
.jx-pill-warning{background:var(--colorPaletteYellowBackground3);border-color:transparent;color:var(--colorNeutralForeground1Static)}
.jx-counts{list-style:none;margin:0;padding:0}
.jx .jx-toggle[aria-pressed=true]{background:var(--colorNeutralBackground1Selected);border-color:var(--colorNeutralStroke1Selected)}
.jx .jx-toggle[aria-pressed=false]{color:var(--colorNeutralForeground3)}
.jx-check{display:inline-block;width:1em}
.jx-field{display:flex;flex-direction:column;gap:var(--spacingVerticalXXS);min-width:0}
.jx-label{font-weight:var(--fontWeightSemibold)}
.jx-hint{font-size:var(--fontSizeBase200);color:var(--colorNeutralForeground3)}
.jx-error{font-size:var(--fontSizeBase200);color:var(--colorPaletteRedForeground1)}
.jx-control{box-sizing:border-box;min-height:32px;max-width:100%;padding:0 var(--spacingHorizontalS);font-family:inherit;font-size:var(--fontSizeBase300);color:var(--colorNeutralForeground1);background:var(--colorNeutralBackground1);border:var(--strokeWidthThin) solid var(--colorNeutralStroke1);border-bottom-color:var(--colorNeutralStrokeAccessible);border-radius:var(--borderRadiusMedium)}
.jx-control:hover{border-bottom-color:var(--colorNeutralStrokeAccessibleHover)}
.jx-control:disabled{color:var(--colorNeutralForegroundDisabled);border-bottom-color:var(--colorNeutralStrokeDisabled)}
.jx-control[aria-invalid=true]{border-bottom-color:var(--colorPaletteRedBorder2)}
.jx-small{min-height:24px;font-size:var(--fontSizeBase200)}
.jx-wide{width:100%}
.jx-narrow{width:8em}
.jx-focus:focus-visible{outline:var(--strokeWidthThick) solid var(--colorStrokeFocus2);outline-offset:1px}
.jx-settings{display:flex;flex-direction:column;gap:var(--spacingVerticalM);padding:var(--spacingVerticalS) 0 var(--spacingVerticalM)}
.jx-fieldset{margin:0;padding:0;border:none;min-width:0;display:flex;flex-direction:column;gap:var(--spacingVerticalXS)}
.jx-radio{display:flex;align-items:center;gap:var(--spacingHorizontalS)}
.jx-radio input{margin:0;width:16px;height:16px;accent-color:var(--colorCompoundBrandBackground)}
.jx-disclosure-h{margin:0;font-size:inherit;font-weight:inherit}
.jx .jx-disclosure-btn{width:100%;min-height:32px;justify-content:flex-start;text-align:start;font-weight:var(--fontWeightRegular);padding-left:var(--spacingHorizontalXS)}
.jx-chevron{display:inline-block;width:1em;flex-shrink:0;margin-right:var(--spacingHorizontalXS);transition:transform var(--durationFast)}
.jx-chevron-open{transform:rotate(90deg)}
.jx-grow{min-width:0;flex-grow:1}
.jx-groups{display:flex;flex-direction:column;gap:var(--spacingVerticalXS)}
.jx-project-name{font-weight:var(--fontWeightSemibold);overflow-wrap:anywhere}
.jx-panel{padding-left:var(--spacingHorizontalL)}
.jx-sheet{margin:var(--spacingVerticalS) 0 var(--spacingVerticalXS);font-size:var(--fontSizeBase200);font-weight:var(--fontWeightRegular);color:var(--colorNeutralForeground3);overflow-wrap:anywhere}
.jx-list{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:var(--spacingVerticalXS)}
.jx-item{display:flex;flex-direction:column;align-items:stretch;gap:var(--spacingVerticalXS);padding-bottom:var(--spacingVerticalS);border-bottom:var(--strokeWidthThin) solid var(--colorNeutralStroke2)}
.jx-target{display:flex;flex-direction:column;align-items:stretch;gap:var(--spacingVerticalXXS);width:100%;text-align:start;padding:var(--spacingVerticalXS) var(--spacingHorizontalXS);margin:0;border:none;border-radius:var(--borderRadiusMedium);background:transparent;color:var(--colorNeutralForeground1);font-family:var(--fontFamilyBase);font-size:var(--fontSizeBase200);line-height:var(--lineHeightBase200)}
button.jx-target{cursor:pointer}
button.jx-target:hover{background:var(--colorSubtleBackgroundHover)}
button.jx-target:active{background:var(--colorSubtleBackgroundPressed)}
.jx-quiet{color:var(--colorNeutralForeground3)}
.jx-cell{font-weight:var(--fontWeightSemibold)}
.jx-rule{color:var(--colorNeutralForeground3)}
.jx-rule-id{font-size:var(--fontSizeBase100)}
.jx-message{overflow-wrap:anywhere}
.jx-detail{display:block;overflow-wrap:anywhere;white-space:pre-wrap}
.jx-clamp{display:-webkit-box;-webkit-line-clamp:4;-webkit-box-orient:vertical;overflow:hidden}
.jx-detail-label{color:var(--colorNeutralForeground3);margin-right:var(--spacingHorizontalXS)}
.jx .jx-apply{align-self:flex-start}
.jx-empty{display:flex;flex-direction:column;gap:var(--spacingVerticalXS);color:var(--colorNeutralForeground2)}
.jx-results{gap:var(--spacingVerticalM)}
.jx-cli{display:block;padding:var(--spacingHorizontalS);border-radius:var(--borderRadiusMedium);background:var(--colorNeutralBackground3)}
@media (forced-colors:active){.jx-pill,.jx-notice{border-color:CanvasText}.jx-ring{border-top-color:Highlight}}
`;

const STYLE_ID = "jixiao-pane-css";

/** Puts the stylesheet into the document once (the CSP allows inline styles, which Fluent needs too). */
export function ensurePaneStyles(doc: Document = document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const el = doc.createElement("style");
  el.id = STYLE_ID;
  el.textContent = PANE_CSS;
  doc.head.append(el);
}

/** Joins class names, skipping falsy ones. */
export function cx(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(" ");
}
