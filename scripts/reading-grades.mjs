// Prints the reading grade (Flesch–Kincaid, src/lib/reading-grade.ts) of every guide and FAQ answer. Aim: a median at or below grade 9.
import { readdirSync, readFileSync } from 'node:fs';
import { fleschKincaidGrade, proseLines } from '../src/lib/reading-grade.ts';

for (const [kind, dir] of [['guides', 'content/en/categories'], ['FAQ pages', 'content/en/faq']]) {
  const rows = readdirSync(dir).filter((f) => f.endsWith('.mdx'))
    .map((f) => ({ slug: f.replace(/\.mdx$/, ''), grade: fleschKincaidGrade(proseLines(readFileSync(`${dir}/${f}`, 'utf8'))) }))
    .sort((a, b) => a.grade - b.grade);
  for (const r of rows) console.log(`${r.grade.toFixed(1).padStart(5)}  ${r.slug}`);
  const mid = Math.floor(rows.length / 2);
  const median = rows.length % 2 ? rows[mid].grade : (rows[mid - 1].grade + rows[mid].grade) / 2;
  console.log(`${rows.length} ${kind} · median grade ${median.toFixed(1)} (aim: 9 or lower) · hardest: ${rows.slice(-3).reverse().map((r) => `${r.slug} ${r.grade.toFixed(1)}`).join(', ')}\n`);
}
