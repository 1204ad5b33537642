import type { CategoryData } from './category-schema';
import { codeLine } from './codes';
import { factRows, statusLine } from './facts';
import { spelledOut, type GlossaryTerm } from './glossary';
import { en, type Dictionary } from '../i18n/en';

/**
 * The plain-text summary a consultant pastes into an email: title, codes, key facts, links, reviewed date, and what
 * each abbreviation in it stands for.
 */
export function emailSummary(data: CategoryData, pageUrl: string, today: Date, t: Dictionary = en, terms: GlossaryTerm[] = []): string {
  const main = data.sources[0];
  const e = t.email;
  const lines = [
    `${data.title} (${codeLine(data, t.guide.formerly)})`,
    data.summary,
    '',
    ...factRows(data, today, {}, t).map((r) => `- ${r.label}${t.colon}${r.value}`),
    ...data.schemes.map((s) => `- ${s.name}${t.colon}${statusLine(s, today, t)}`),
    '',
    `${e.guide} ${pageUrl}`,
    ...(main ? [`${e.source} ${main.title} ${main.url}`] : []),
    `${e.reviewed} ${t.formatDate(data.reviewed)}`,
  ];
  const abbreviations = spelledOut([...lines, e.disclaimer].join('\n'), terms);
  return [...lines, ...(abbreviations.length ? ['', `${e.abbreviations} ${abbreviations.join('; ')}.`] : []), e.disclaimer].join('\n');
}
