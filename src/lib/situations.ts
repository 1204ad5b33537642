import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { parse } from 'yaml';

const FILE = 'content/data/situations.yaml';
const schema = z.array(z.object({ id: z.string().regex(/^[a-z][a-z0-9-]*$/), guides: z.array(z.string()).min(1) }).strict());
export type Situation = z.infer<typeof schema>[number];

/** Every way the situations are unfit: a guide that does not exist, or one in no situation. */
export function situationProblems(situations: Situation[], slugs: string[]): string[] {
  const named = new Set(situations.flatMap((s) => s.guides));
  return [
    ...situations.flatMap((s) =>
      s.guides.filter((g) => !slugs.includes(g)).map((g) => `situation "${s.id}" names a guide that does not exist: "${g}"`),
    ),
    ...slugs.filter((g) => !named.has(g)).map((g) => `the guide "${g}" is in no situation`),
  ];
}

/** The situations, checked against the guides; a problem fails the build naming the file. */
export function readSituations(slugs: string[]): Situation[] {
  const parsed = schema.safeParse(parse(readFileSync(FILE, 'utf8')));
  if (!parsed.success) throw new Error(`${FILE}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const problems = situationProblems(parsed.data, slugs);
  if (problems.length) throw new Error(`${FILE}: ${problems.join('; ')}`);
  return parsed.data;
}
