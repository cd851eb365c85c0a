/**
 * Which way a 三级指标's target should point, by the words in its name: kept as data, so that adding a
 * rate is a line. A name is judged by the longest word of either list it contains, so 不合格率 (less is
 * better) is not taken for 合格率, nor 未完成率 for 完成率.
 */

/** Rates where more is better: the target is a floor (≥, >), or exact (=). */
export const HIGH_RATE_WORDS: readonly string[] = [
  "合格率", "完成率", "及时率", "达标率", "覆盖率", "结业率", "执行率", "修复率", "运行率", "到位率",
  "通过率", "验收率", "准确率", "正确率", "出勤率", "参与率", "知晓率", "使用率", "利用率", "完好率",
  "合规率", "办结率", "结案率", "回复率", "响应率", "就业率", "普及率", "达成率", "支付率", "兑现率",
  "入学率", "巩固率", "受益率", "开通率", "上线率", "在线率", "接通率", "处置率", "整改率", "优良率",
  // Savings are rates too, and more is better even under 成本指标 (成本节约率 ≥5%).
  "节约率", "节支率", "降低率", "下降率", "减少率", "压减率",
];

/** Rates where less is better: the target is a ceiling (≤, <), or exact (=). */
export const LOW_RATE_WORDS: readonly string[] = [
  "故障率", "投诉率", "发生率", "差错率", "事故率", "返工率", "不合格率", "不达标率", "未完成率", "失误率",
  "错误率", "误差率", "失败率", "流失率", "损耗率", "损坏率", "退货率", "违规率", "延误率", "缺陷率",
  "漏检率", "误报率", "复发率", "死亡率", "辍学率", "超标率", "返贫率", "空置率", "逾期率", "差评率",
];

export type Direction = "high" | "low";

const LISTS: ReadonlyArray<readonly [readonly string[], Direction]> = [[HIGH_RATE_WORDS, "high"], [LOW_RATE_WORDS, "low"]];

/** The way a name's rate should point, or null when it names no rate of either list. */
export function rateDirection(nameKey: string): Direction | null {
  let best: Direction | null = null;
  let longest = 0;
  for (const [words, direction] of LISTS) {
    for (const w of words) {
      if (w.length > longest && nameKey.includes(w)) {
        best = direction;
        longest = w.length;
      }
    }
  }
  return best;
}

