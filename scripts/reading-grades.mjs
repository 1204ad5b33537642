// Prints the reading scores of every guide and FAQ answer: the Flesch–Kincaid grade of the English (aim: a median at or
// below grade 9) and LIX in both languages (src/lib/reading-grade.ts), so the French can be compared with the English.
import { readdirSync, readFileSync } from 'node:fs';
import { fleschKincaidGrade, lix, proseLines } from '../src/lib/reading-grade.ts';

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const prose = (path) => proseLines(readFileSync(path, 'utf8'));

for (const [kind, dir] of [
  ['guides', 'categories'],
  ['FAQ pages', 'faq'],
]) {
  const rows = readdirSync(`content/en/${dir}`)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const en = prose(`content/en/${dir}/${f}`);
      const fr = prose(`content/fr/${dir}/${f}`);
      return { slug: f.replace(/\.mdx$/, ''), grade: fleschKincaidGrade(en), lixEn: lix(en), lixFr: lix(fr) };
    })
    .sort((a, b) => a.grade - b.grade);
  console.log(` grade  LIX en  LIX fr  ${kind}`);
  for (const r of rows)
    console.log(`${r.grade.toFixed(1).padStart(6)}  ${r.lixEn.toFixed(0).padStart(6)}  ${r.lixFr.toFixed(0).padStart(6)}  ${r.slug}`);
  const hardestFr = [...rows].sort((a, b) => b.lixFr - a.lixFr).slice(0, 3);
  console.log(
    `${rows.length} ${kind} · median grade ${median(rows.map((r) => r.grade)).toFixed(1)} (aim: 9 or lower) · hardest: ${rows
      .slice(-3)
      .reverse()
      .map((r) => `${r.slug} ${r.grade.toFixed(1)}`)
      .join(', ')}`,
  );
  console.log(
    `  LIX median: English ${median(rows.map((r) => r.lixEn)).toFixed(0)}, French ${median(rows.map((r) => r.lixFr)).toFixed(0)} (under 40 reads easily, over 50 is hard) · hardest French: ${hardestFr.map((r) => `${r.slug} ${r.lixFr.toFixed(0)}`).join(', ')}\n`,
  );
}
