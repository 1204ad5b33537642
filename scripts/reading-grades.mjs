// Prints each guide's reading grade (Flesch–Kincaid, from the text-readability package) on its prose:
// the MDX body without headings' ids, links' addresses or list markers. Aim: a median at or below grade 9.
import rs from 'text-readability';
import { readdirSync, readFileSync } from 'node:fs';

const DIR = 'content/en/categories';
const prose = (mdx) => mdx
  .replace(/^---[\s\S]*?---/, '')
  .replace(/\{#[a-z0-9-]+\}/g, '')
  .replace(/\]\([^)]*\)/g, ']')
  .replace(/[[\]*_`#>|]/g, ' ')
  .replace(/^\s*[-\d.]+\s+/gm, '')
  .split('\n').map((l) => l.trim()).filter(Boolean)
  .map((l) => (/[.!?:]$/.test(l) ? l : `${l}.`)) // list items and headings count as sentences
  .join(' ');

const rows = readdirSync(DIR).filter((f) => f.endsWith('.mdx')).map((f) => ({ slug: f.replace(/\.mdx$/, ''), grade: rs.fleschKincaidGrade(prose(readFileSync(`${DIR}/${f}`, 'utf8'))) }));
rows.sort((a, b) => a.grade - b.grade);
for (const r of rows) console.log(`${r.grade.toFixed(1).padStart(5)}  ${r.slug}`);
const grades = rows.map((r) => r.grade);
const mid = Math.floor(grades.length / 2);
const median = grades.length % 2 ? grades[mid] : (grades[mid - 1] + grades[mid]) / 2;
console.log(`\n${rows.length} guides · median grade ${median.toFixed(1)} (aim: 9 or lower) · hardest: ${rows.slice(-3).reverse().map((r) => `${r.slug} ${r.grade.toFixed(1)}`).join(', ')}`);
