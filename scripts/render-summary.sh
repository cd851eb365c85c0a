#!/usr/bin/env bash
# render-summary.sh — renders jixiao's summary sheet (汇总表) to a PNG, so a person can look at it without Excel.
#
#   scripts/render-summary.sh [WORKBOOK.xlsx] [OUT.png]
#
#   WORKBOOK.xlsx  a workbook holding a summary sheet: from `jixiao check FILE --summary --out …` or
#                  `jixiao summary FILE… --out …`. Default: one built from the bundled sample with
#                  `node bin/jixiao.js check assets/samples/seed-2024.xlsx --summary --out …` in a temp folder
#                  (the CLI is built first with `npm run build:cli`).
#   OUT.png        default docs/summary.png (the picture in the README).
#
# How: a copy keeps only the summary sheet (found by jixiao's defined name _jixiao_summary), printed landscape on
# A3, one page wide, its print area the top of the sheet (title, the projects table with its totals row, the
# findings-by-rule table); LibreOffice turns it into a PDF (`libreoffice --headless --convert-to pdf`), and
# `pdftoppm -png -r 110` into a PNG cropped to the printed area (its size taken from `pdftotext -bbox`).
#
# Needs node, libreoffice and poppler-utils (pdftoppm, pdftotext). Without libreoffice it says so and exits 0:
# this is a convenience for people, not a test. The input workbook is only read.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="${2:-$ROOT/docs/summary.png}"
DPI=110

if ! command -v libreoffice >/dev/null 2>&1; then
  echo "render-summary: libreoffice is not installed; nothing rendered (install libreoffice and poppler-utils to use this script)"
  exit 0
fi
for tool in pdftoppm pdftotext node; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "render-summary: $tool is not installed (pdftoppm and pdftotext come with poppler-utils); nothing rendered"
    exit 0
  fi
done

TMP="$(mktemp -d "${TMPDIR:-/tmp}/jixiao-render.XXXXXX")"
trap 'rm -rf "$TMP"' EXIT

if [[ $# -ge 1 ]]; then
  INPUT="$1"
else
  (cd "$ROOT" && npm run --silent build:cli)
  INPUT="$TMP/sample-annotated.xlsx"
  # The sample has errors, so check exits 1: that is expected; 2 is a real failure.
  status=0
  (cd "$ROOT" && node bin/jixiao.js check assets/samples/seed-2024.xlsx --summary --out "$INPUT" >/dev/null) || status=$?
  if [[ $status -ge 2 ]]; then
    echo "render-summary: jixiao check failed (exit $status)" >&2
    exit 1
  fi
fi

# 1. A copy with only the summary sheet, set up to print.
ROOT="$ROOT" node - "$INPUT" "$TMP/summary.xlsx" <<'JS'
const { createRequire } = require("module");
const path = require("path");
const ExcelJS = createRequire(path.join(process.env.ROOT, "package.json"))("exceljs");
const [input, output] = process.argv.slice(2);
(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  const owned = (wb.definedNames.getRanges("_jixiao_summary").ranges || [])[0];
  const name = owned ? owned.slice(0, owned.lastIndexOf("!")).replace(/^'|'$/g, "").replace(/''/g, "'") : null;
  const ws = (name && wb.getWorksheet(name)) || wb.getWorksheet("绩效目标汇总") || wb.getWorksheet("Target summary");
  if (!ws) {
    console.error(`render-summary: ${input} has no summary sheet (make one with: jixiao check FILE --summary --out OUT.xlsx)`);
    process.exit(1);
  }
  for (const other of wb.worksheets.filter((w) => w !== ws)) wb.removeWorksheet(other.id);
  wb.definedNames.model = [];
  // The top of the sheet: down to the end of the findings-by-rule table, as wide as the projects table.
  const ref = (t) => (ws.tables[t] ? ws.tables[t].table.tableRef || ws.tables[t].table.ref : null);
  const projects = ref("jixiao_projects") || "A1:X20";
  const rules = ref("jixiao_rules") || projects;
  const lastCol = projects.split(":")[1].replace(/\d+/g, "");
  const lastRow = Number(rules.split(":")[1].replace(/\D+/g, ""));
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 8, // A3
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 1,
    horizontalCentered: false,
    margins: { left: 0.3, right: 0.3, top: 0.3, bottom: 0.3, header: 0, footer: 0 },
    // exceljs puts a "$" before each part; the "$" before the rows makes the reference absolute.
    printArea: `A$1:${lastCol}$${lastRow}`,
  };
  await wb.xlsx.writeFile(output);
})().catch((e) => {
  console.error(`render-summary: ${e.message}`);
  process.exit(1);
});
JS

# 2. PDF, with a throwaway LibreOffice profile (a running LibreOffice or a first-run dialog cannot interfere).
libreoffice -env:UserInstallation="file://$TMP/profile" --headless --convert-to pdf --outdir "$TMP" "$TMP/summary.xlsx" >/dev/null 2>&1
if [[ ! -s "$TMP/summary.pdf" ]]; then
  echo "render-summary: libreoffice did not produce a PDF" >&2
  exit 1
fi

# 3. PNG of page 1, cropped to the printed text plus a margin: the words' boxes (in points) give the extent.
# Each line is <word xMin="…" yMin="…" xMax="…" yMax="…">text</word>: split on the quotes.
read -r X0 Y0 X1 Y1 < <(pdftotext -f 1 -l 1 -bbox "$TMP/summary.pdf" - | awk -F'"' -v dpi="$DPI" '
  /<word / {
    if (!n || $2 < x0) x0 = $2
    if (!n || $4 < y0) y0 = $4
    if ($6 > x1) x1 = $6
    if ($8 > y1) y1 = $8
    n++
  }
  END {
    if (!n) { print 0, 0, 0, 0; exit }
    s = dpi / 72; m = 14
    x = int(x0 * s) - m; if (x < 0) x = 0
    y = int(y0 * s) - m; if (y < 0) y = 0
    print x, y, int(x1 * s) + m, int(y1 * s) + m
  }')
mkdir -p "$(dirname "$OUT")"
if [[ "$X1" -gt 0 ]]; then
  pdftoppm -png -r "$DPI" -f 1 -l 1 -singlefile -x "$X0" -y "$Y0" -W $((X1 - X0)) -H $((Y1 - Y0)) "$TMP/summary.pdf" "$TMP/page"
else
  pdftoppm -png -r "$DPI" -f 1 -l 1 -singlefile "$TMP/summary.pdf" "$TMP/page"
fi
cp "$TMP/page.png" "$OUT"
echo "render-summary: wrote $OUT"
