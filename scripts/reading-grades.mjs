// Prints each guide's reading grade (Flesch–Kincaid, src/lib/reading-grade.ts) on its prose. Aim: a median at or below grade 9.
import { readdirSync, readFileSync } from 'node:fs';
import { fleschKincaidGrade, proseLines } from '../src/lib/reading-grade.ts';

const DIR = 'content/en/categories';
const rows = readdirSync(DIR).filter((f) => f.endsWith('.mdx'))
  .map((f) => ({ slug: f.replace(/\.mdx$/, ''), grade: fleschKincaidGrade(proseLines(readFileSync(`${DIR}/${f}`, 'utf8'))) }));
rows.sort((a, b) => a.grade - b.grade);
for (const r of rows) console.log(`${r.grade.toFixed(1).padStart(5)}  ${r.slug}`);
const grades = rows.map((r) => r.grade);
const mid = Math.floor(grades.length / 2);
const median = grades.length % 2 ? grades[mid] : (grades[mid - 1] + grades[mid]) / 2;
console.log(`\n${rows.length} guides · median grade ${median.toFixed(1)} (aim: 9 or lower) · hardest: ${rows.slice(-3).reverse().map((r) => `${r.slug} ${r.grade.toFixed(1)}`).join(', ')}`);
