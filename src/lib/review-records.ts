import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { reviewRecordSchema, type Review } from './reviews';

/** Every review record under content/reviews (categories/<slug>.yaml, faq/<slug>.yaml); a malformed one fails the build naming the file. */
export function readReviewRecords(dir = 'content/reviews'): { page: string; record: Review[] }[] {
  return ['categories', 'faq'].flatMap((kind) => {
    const folder = join(dir, kind);
    if (!existsSync(folder)) return [];
    return readdirSync(folder)
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .map((file) => {
        const path = join(folder, file);
        const parsed = reviewRecordSchema.safeParse(parse(readFileSync(path, 'utf8')));
        if (!parsed.success) throw new Error(`${path}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
        return { page: `${kind}/${file.replace(/\.yaml$/, '')}`, record: parsed.data };
      });
  });
}
