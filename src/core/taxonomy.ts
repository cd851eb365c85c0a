import type { ProfileSpec } from "./profiles";

/** The indicator taxonomy of rules.md, as data: 一级 → allowed 二级. */
export const TAXONOMY: Readonly<Record<string, readonly string[]>> = {
  产出指标: ["数量指标", "质量指标", "时效指标"],
  效益指标: ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"],
  满意度指标: ["服务对象满意度指标"],
  成本指标: ["经济成本指标", "社会成本指标", "生态环境成本指标"],
};

export const LEVEL1 = { output: "产出指标", benefit: "效益指标", satisfaction: "满意度指标", cost: "成本指标" } as const;
export const OUTPUT_CORE_LEVEL2 = ["数量指标", "质量指标", "时效指标"] as const;

/** What a 二级 asks of its targets. */
export type LevelKind = "quantity" | "quality" | "timeliness" | "satisfaction" | "other";

const KIND_BY_LEVEL2: Readonly<Record<string, LevelKind>> = {
  数量指标: "quantity",
  质量指标: "quality",
  时效指标: "timeliness",
  服务对象满意度指标: "satisfaction",
  社会公众或服务对象满意度指标: "satisfaction",
};

export interface Taxonomy {
  /** The profile's name. */
  profile: string;
  /** Is this 一级 (match key) in the taxonomy? */
  isLevel1(key: string): boolean;
  /** The 一级 names a 二级 may sit under, or empty when the 二级 is unknown. */
  parentsOf(level2Key: string): string[];
  level2Of(level1Key: string): readonly string[];
  level1Names(): string[];
  /** The 一级 a 二级 (match key) stands in for under the profile, if it stands in for one. */
  standInFor(level2Key: string): string | undefined;
}

/** The taxonomy of rules.md with what the profile adds to it. */
export function taxonomyFor(profile: ProfileSpec): Taxonomy {
  const table = new Map<string, string[]>();
  for (const [l1, l2s] of Object.entries(TAXONOMY)) table.set(l1, [...l2s]);
  for (const [l1, l2s] of Object.entries(profile.taxonomyAdditions)) table.set(l1, [...(table.get(l1) ?? []), ...l2s]);
  const parents = new Map<string, string[]>();
  for (const [l1, l2s] of table) for (const l2 of l2s) parents.set(l2, [...(parents.get(l2) ?? []), l1]);
  const standIns = new Map(Object.entries(profile.categoryStandIns));
  return {
    profile: profile.name,
    isLevel1: (key) => table.has(key),
    parentsOf: (key) => parents.get(key) ?? [],
    level2Of: (key) => table.get(key) ?? [],
    level1Names: () => [...table.keys()],
    standInFor: (key) => standIns.get(key),
  };
}

/**
 * A cost row: under 成本指标 or one of its 二级, or filed as a 二级 成本指标 (other provinces: under 产出指标). Its
 * target is a ceiling on money spent.
 */
export function isCostLevel(level1Key: string, level2Key: string): boolean {
  return level1Key === LEVEL1.cost || level2Key === LEVEL1.cost || TAXONOMY[LEVEL1.cost]!.includes(level2Key);
}

/** What the 二级 asks of its targets, from the match keys of 一级 and 二级. */
export function levelKind(level1Key: string, level2Key: string): LevelKind {
  const kind = KIND_BY_LEVEL2[level2Key];
  if (kind) return kind;
  return level1Key === LEVEL1.satisfaction ? "satisfaction" : "other";
}
