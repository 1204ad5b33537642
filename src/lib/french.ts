// The French edition's words laid over the English facts. Pure: the catalog and the tests both use it.
import type { CategoryData, FaqData, FrCategoryData, FrFaqData } from './category-schema';

/** The French page of a guide: every fact from the English, every word from the French; a mismatch names the file. */
export function mergeCategory(en: CategoryData, fr: FrCategoryData, file: string): CategoryData {
  const problems: string[] = [];
  const codes = en.codes.map((c) => {
    const title = fr.codeTitles[c.code];
    if (!title) problems.push(`codeTitles: no French title for ${c.code}`);
    return { ...c, title: title ?? c.title };
  });
  for (const code of Object.keys(fr.codeTitles))
    if (!en.codes.some((c) => c.code === code)) problems.push(`codeTitles: ${code} is not a code of the English guide`);
  const schemes = en.schemes.map((s) => {
    const words = fr.schemes.find((f) => f.section === s.section);
    if (!words) problems.push(`schemes: no French name for the scheme in section "${s.section}"`);
    return { ...s, name: words?.name ?? s.name, status: { ...s.status, note: words?.note } };
  });
  if (en.changes.length !== fr.changes.length)
    problems.push(`changes: expected ${en.changes.length} entries, as in English, found ${fr.changes.length}`);
  const changes = en.changes.map((c, i) => {
    const words = fr.changes[i];
    if (words && words.date.getTime() !== c.date.getTime())
      problems.push(`changes.${i}: expected the date of the English entry, ${c.date.toISOString().slice(0, 10)}`);
    return { ...c, summary: words?.summary ?? c.summary, source: words?.source ?? c.source };
  });
  if (Boolean(en.inShort) !== Boolean(fr.inShort)) problems.push(`inShort: the English guide ${en.inShort ? 'has' : 'has no'} In short`);
  if (problems.length) throw new Error(`${file}: ${problems.join('; ')}`);
  return {
    ...en,
    title: fr.title,
    summary: fr.summary,
    codes,
    employerNote: en.employerNote === undefined ? undefined : fr.employerNote,
    duration: fr.duration,
    family: fr.family,
    permanentResidence: fr.permanentResidence,
    whereToApply: fr.whereToApply,
    aliases: fr.aliases,
    caution: fr.caution,
    status: { ...en.status, note: fr.statusNote },
    schemes,
    inShort: fr.inShort,
    sources: fr.sources,
    changes,
    reviewed: fr.reviewed,
  };
}

export function mergeFaq(en: FaqData, fr: FrFaqData): FaqData {
  return { ...en, question: fr.question, answer: fr.answer, sources: fr.sources, reviewed: fr.reviewed };
}
