import { z } from 'astro/zod';

/** One review of a page: someone who did not write it checked its claims against its sources (content/reviews/…/<slug>.yaml). */
export const reviewSchema = z.object({
  date: z.coerce.date(),
  reviewer: z.string().min(3),
  /** How many distinct factual claims were checked against a source. */
  claims: z.number().int().positive(),
  /** How many source pages were read. */
  sources: z.number().int().positive(),
  corrections: z
    .array(
      z.object({
        severity: z.enum(['wrong', 'imprecise', 'missing', 'outdated']),
        claim: z.string().min(3),
        fix: z.string().min(3),
      }),
    )
    .default([]),
});
export const reviewRecordSchema = z.array(reviewSchema).min(1);
export type Review = z.infer<typeof reviewSchema>;

/** The newest review of a record. */
export function latestReview(record: Review[]): Review {
  return [...record].sort((a, b) => b.date.getTime() - a.date.getTime())[0]!;
}

/** Totals across every page's newest review, for /about/accuracy/. */
export function reviewTotals(records: { page: string; record: Review[] }[]) {
  const latest = records.map((r) => ({ page: r.page, review: latestReview(r.record) }));
  const bySeverity = { wrong: 0, imprecise: 0, missing: 0, outdated: 0 };
  for (const { review } of latest) for (const c of review.corrections) bySeverity[c.severity]++;
  return {
    pages: latest.length,
    claims: latest.reduce((n, r) => n + r.review.claims, 0),
    corrections: latest.reduce((n, r) => n + r.review.corrections.length, 0),
    bySeverity,
    newest: latest.map((r) => r.review.date).sort((a, b) => b.getTime() - a.getTime())[0],
  };
}
