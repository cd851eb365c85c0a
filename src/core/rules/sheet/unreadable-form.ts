import { defineRule } from "../types";

/** Every message ends the same way: nothing on the sheet was checked, so no count may read as clean. */
const UNCHECKED = { zh: "无法读出申报表，本表未检查", en: "no form could be read, so nothing on this sheet was checked" };

export default defineRule({
  meta: {
    id: "sheet/unreadable-form",
    title: { zh: "申报表无法读取", en: "Unreadable form" },
    severity: "error",
    docs: {
      zh: "工作表看起来是申报表（有指标表头，或有多个申报表栏目），但读不出申报表；消息说明缺少什么",
      en: "A sheet that looks like a form (an indicator header, or several form labels) but from which no form could be read; the message says what was missing",
    },
  },
  messages: {
    projectName: {
      zh: `找到了指标表头（{found}），但没有找到项目名称：${UNCHECKED.zh}`,
      en: `found an indicator header ({found}) but no 项目名称: ${UNCHECKED.en}`,
    },
    formHead: {
      zh: `找到了指标表头（{found}），但 {nameCell} 的「项目名称」离表头太远或附近缺少项目性质、主管部门等栏目：${UNCHECKED.zh}`,
      en: `found an indicator header ({found}), but the 项目名称 at {nameCell} is too far from it or lacks the form's other labels (项目性质, 主管部门 …) nearby: ${UNCHECKED.en}`,
    },
    projectNameAndHeader: {
      zh: `找到了申报表的栏目（{found}），但没有找到项目名称和指标表头（一级指标 · 二级指标 · 三级指标 · 指标值）：${UNCHECKED.zh}`,
      en: `found form labels ({found}) but neither 项目名称 nor an indicator header (一级指标 · 二级指标 · 三级指标 · 指标值): ${UNCHECKED.en}`,
    },
    headerAndHead: {
      zh: `找到了申报表的栏目（{found}），但没有找到指标表头，{nameCell} 的「项目名称」附近也缺少其他栏目：${UNCHECKED.zh}`,
      en: `found form labels ({found}) but no indicator header, and the 项目名称 at {nameCell} lacks the form's other labels nearby: ${UNCHECKED.en}`,
    },
    listColumns: {
      zh: `找到了项目清单的表头（{found}），但缺少「{columns}」列：${UNCHECKED.zh}`,
      en: `found a list header ({found}) but no {columns} column: ${UNCHECKED.en}`,
    },
  },
  check(ctx) {
    for (const sheet of ctx.workbook.sheets) {
      for (const u of sheet.unreadable) {
        ctx.report({ sheet: sheet.name, cell: u.cell, message: u.missing, params: { found: u.found.join("、"), nameCell: u.nameCell ?? "", columns: (u.columns ?? []).join("、") } });
      }
    }
  },
});
