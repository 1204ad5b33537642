import { z } from 'astro/zod';

/** IRCC's table of exemption codes as data (content/data/ircc-codes.yaml): the scope of the site. */
export const codeTableSchema = z.object({
  source: z.object({ title: z.string(), url: z.url(), modified: z.coerce.date(), read: z.coerce.date() }),
  codes: z
    .array(
      z.object({
        code: z.string().regex(/^[A-Z]\d{2}$/),
        title: z.string().min(3),
        legalBasis: z.string().min(4),
        formerCodes: z.array(z.string().regex(/^[A-Z]\d{2}$/)).default([]),
      }),
    )
    .min(1),
  /** Codes IRCC uses on its other instruction pages but leaves out of the table, each with the page that uses it. */
  otherCodes: z
    .array(z.object({ code: z.string().regex(/^[A-Z]\d{2}$/), title: z.string().min(3), legalBasis: z.string().min(4), source: z.url() }))
    .default([]),
});
export type CodeTable = z.infer<typeof codeTableSchema>;

/** A guide as the table check needs it: its codes, legal basis and text. */
export interface GuideCodes {
  slug: string;
  legalBasis: string;
  codes: { code: string; legalBasis?: string | undefined }[];
  formerCodes: { code: string; became: string[] }[];
  /** The guide's body text, where a former code may be explained. */
  body: string;
}

/** Every way the guides disagree with IRCC's table, one plain line each; empty when they agree. */
export function codeTableProblems(table: CodeTable, guides: GuideCodes[]): string[] {
  const problems: string[] = [];
  const rows = new Map(table.codes.map((r) => [r.code, r]));
  for (const row of table.codes) {
    const holders = guides.filter((g) => g.codes.some((c) => c.code === row.code));
    if (holders.length === 0) {
      problems.push(`${row.code} (${row.title}) is on no guide`);
      continue;
    }
    if (holders.length > 1) problems.push(`${row.code} is on ${holders.length} guides: ${holders.map((g) => g.slug).join(', ')}`);
    for (const g of holders) {
      const basis = g.codes.find((c) => c.code === row.code)!.legalBasis ?? g.legalBasis;
      if (basis !== row.legalBasis)
        problems.push(`${row.code} on ${g.slug} gives legal basis ${basis}; IRCC's table gives ${row.legalBasis}`);
      for (const old of row.formerCodes) {
        const shown =
          g.formerCodes.some((f) => f.code === old) || g.codes.some((c) => c.code === old) || new RegExp(`\\b${old}\\b`).test(g.body);
        if (!shown) problems.push(`${row.code} on ${g.slug} was ${old} before 15 December 2022, but the guide never names ${old}`);
      }
    }
  }
  const others = new Map(table.otherCodes.map((o) => [o.code, o]));
  for (const g of guides) {
    for (const c of g.codes) {
      const other = others.get(c.code);
      if (other && (c.legalBasis ?? g.legalBasis) !== other.legalBasis)
        problems.push(`${c.code} on ${g.slug} gives legal basis ${c.legalBasis ?? g.legalBasis}; IRCC's page gives ${other.legalBasis}`);
      if (!rows.has(c.code) && !other) problems.push(`${g.slug} lists ${c.code}, which is not in IRCC's table`);
    }
    for (const f of g.formerCodes)
      for (const now of f.became) {
        if (rows.has(now) && !rows.get(now)!.formerCodes.includes(f.code) && now !== f.code)
          problems.push(`${g.slug} says ${f.code} became ${now}; IRCC's table does not`);
      }
  }
  return problems;
}
