// Guide parts: pages of their own for long parts of a guide (content/<lang>/parts/<guide>/<part>.mdx). Pure, for tests.
import type { CategoryData, FrPartData, PartData } from './category-schema';

/** A part's id in its collection ("guide/part") as its guide's slug and its own; a bad file name is named. */
export function splitPartId(id: string, file: string): { guide: string; part: string } {
  const m = /^([a-z0-9-]+)\/([a-z0-9-]+)$/.exec(id);
  if (!m) throw new Error(`${file}: expected content/<lang>/parts/<guide-slug>/<part-slug>.mdx, in lowercase letters, digits and dashes`);
  return { guide: m[1]!, part: m[2]! };
}

/** What is wrong with a part against its guide, field by field: the guide, its section, its scheme. */
export function partProblems(data: PartData, guide: { data: CategoryData; body: string } | undefined, guideSlug: string): string[] {
  if (!guide) return [`guide: there is no guide "${guideSlug}" (the folder's name must be a guide's slug)`];
  const problems: string[] = [];
  if (!guide.body.includes(`{#${data.section}}`)) problems.push(`section: the guide has no heading {#${data.section}}`);
  if (data.scheme && !guide.data.schemes.some((s) => s.section === data.scheme))
    problems.push(`scheme: the guide has no scheme in section "${data.scheme}"`);
  return problems;
}

/** The French page of a part: the English part's fields, the French words. */
export function mergePart(en: PartData, fr: FrPartData): PartData {
  return { ...en, title: fr.title, summary: fr.summary, sources: fr.sources, reviewed: fr.reviewed };
}
