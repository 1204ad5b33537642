import type { CategoryData } from './category-schema';
import { codeLine } from './codes';
import { formatDate } from './dates';
import { factRows, statusLine } from './facts';

/** The plain-text summary a consultant pastes into an email: title, codes, key facts, links, reviewed date. */
export function emailSummary(data: CategoryData, pageUrl: string, today: Date): string {
  const main = data.sources[0];
  return [
    `${data.title} (${codeLine(data)})`,
    data.summary,
    '',
    ...factRows(data, today).map((r) => `- ${r.label}: ${r.value}`),
    ...data.schemes.map((s) => `- ${s.name}: ${statusLine(s, today)}`),
    '',
    `Guide: ${pageUrl}`,
    ...(main ? [`Official source: ${main.title} ${main.url}`] : []),
    `Last reviewed: ${formatDate(data.reviewed)}`,
    'A plain-language summary, not legal advice. Check IRCC before you apply.',
  ].join('\n');
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The same summary as simple HTML, for email clients that take rich text: links become links. */
export function emailSummaryHtml(text: string): string {
  return text
    .split('\n')
    .map((line) => escapeHtml(line).replace(/(https:\/\/[^\s<]+)/g, '<a href="$1">$1</a>'))
    .join('<br>');
}
