import { gist, only, run } from "../helpers";
import { withFunds } from "./shared";
import { ruleTester } from "../../../support/rule-tester";

describe("funds/staged-without-total", () => {
  const ID = "funds/staged-without-total";
  const staged = { nature: "阶段性项目" };

  test("fires on a staged project without 项目资金总额, at the total's cell", () => {
    const d = only(run(ID, withFunds({}, { ...staged, projectGoal: "三年内完成全部培训。" })));
    expect(gist(d)).toEqual({ rule: ID, severity: "warning", sheet: "S", cell: "C6" });
    expect(d.message).toBe("阶段性项目应填写项目资金总额");
  });

  test("fires on a staged project without 项目总目标, at the cell below its label", () => {
    const d = only(run(ID, withFunds({ projectTotal: 300000, projectFiscal: 300000 }, staged)));
    expect(gist(d)).toEqual({ rule: ID, severity: "warning", sheet: "S", cell: "B11" });
    expect(d.message).toBe("阶段性项目应填写项目总目标");
  });

  test("fires on a staged project whose 项目资金总额 is a dash (0 states no total)", () => {
    expect(gist(only(run(ID, withFunds({ projectTotal: "-" }, { ...staged, projectGoal: "三年内完成全部培训。" }))))).toEqual({ rule: ID, severity: "warning", sheet: "S", cell: "C6" });
  });

  test("fires twice when both are missing", () => {
    expect(run(ID, withFunds({}, staged)).map((d) => d.cell)).toEqual(["C6", "B11"]);
  });

  test("does not fire on a staged project that states both", () => {
    expect(run(ID, withFunds({ projectTotal: 300000, projectFiscal: 300000 }, { ...staged, projectGoal: "三年内完成全部培训。" }))).toEqual([]);
  });

  test("does not fire on a recurring project without either", () => {
    expect(run(ID, withFunds({}, { nature: "经常性项目" }))).toEqual([]);
  });

  test("renders in English", () => {
    expect(run(ID, withFunds({}, staged), { lang: "en" }).map((d) => d.message)).toEqual([
      "a staged project should state its project total (项目资金总额)",
      "a staged project should state its overall goal (项目总目标)",
    ]);
  });

  test("is off when disabled", () => {
    expect(run(ID, withFunds({}, staged), { disabledRules: [ID] })).toEqual([]);
  });
});

ruleTester("funds/staged-without-total", {
  valid: [
    { name: "an ongoing project without them", form: { fields: { nature: "经常性项目" } } },
  ],
  invalid: [
    { name: "a staged project without total or goal", form: { fields: { nature: "阶段性项目" } }, errors: [{ messageId: "total", cell: { fund: "projectTotal" }, severity: "warning", fix: null }, { messageId: "goal", cell: { goal: "projectGoal" } }] },
  ],
});
