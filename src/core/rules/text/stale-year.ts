import { defineRule } from "../types";
import { textCellsOf } from "./text-cells";

const YEAR = /(?<![\d.])((?:19|20)\d{2})(?![\d.])/g;

export default defineRule({
  meta: {
    id: "text/stale-year",
    title: { zh: "过期年份", en: "Stale year" },
    severity: "info",
    docs: { zh: "名称中的年份比表头年度早两年或以上（2024 年表中的《2022上海民营经济》）", en: "A year two or more before the form year inside a name (《2022上海民营经济》 in a 2024 form)" },
  },
  messages: {
    stale: { zh: "「{text}」中的 {year} 年比表头年度 {formYear} 早 {gap} 年，是否沿用了旧表？", en: "\"{text}\" names {year}, {gap} years before the form year {formYear}: copied from an old form?" },
  },
  check(ctx) {
    for (const form of ctx.workbook.forms) {
      if (form.year === null) continue;
      // Planned dates are not names: a staged project begun in 2024 rightly says so on its 2026 form
      // (form/year-outside judges the dates against the form year).
      const dateCells = new Set([form.dates.start?.cell, form.dates.end?.cell]);
      for (const t of textCellsOf(form)) {
        if (t.kind !== "name" && t.kind !== "field") continue;
        if (dateCells.has(t.cell)) continue;
        for (const m of t.text.matchAll(YEAR)) {
          const year = Number(m[1]);
          if (year > form.year - 2) continue;
          ctx.report({ form, cell: t.cell, message: "stale", params: { text: t.text, year, formYear: form.year, gap: form.year - year }, value: t.text });
          break;
        }
      }
    }
  },
});
