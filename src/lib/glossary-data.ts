import { existsSync, readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import type { GlossaryTerm } from './glossary';
import { isOfficialUrl } from './official';

const termSchema = z.object({
  /** The anchor on /glossary/ (#teer): never change it once published. */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'expected an id like "teer"'),
  term: z.string().min(2),
  /** What an abbreviation stands for. */
  expansion: z.string().min(3).optional(),
  definition: z.string().min(20).max(400),
  /** Exact forms in page text that link here on first use. */
  match: z.array(z.string().min(2)).default([]),
  source: z.url().refine(isOfficialUrl, 'expected an official address (canada.ca, *.gc.ca)'),
});

/** The glossary of one language (content/<lang>/glossary.yaml), checked: a wrong entry fails the build naming the file, the entry and the field. */
export function readGlossary(lang: string, root = '.'): GlossaryTerm[] {
  const path = `${root}/content/${lang}/glossary.yaml`;
  if (!existsSync(path)) return [];
  const parsed = z.array(termSchema).safeParse(parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path}: ${parsed.error.issues.map((i) => `entry ${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const ids = parsed.data.map((t) => t.id);
  const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (twice.length) throw new Error(`${path}: ids used twice: ${twice.join(', ')}`);
  return parsed.data;
}
