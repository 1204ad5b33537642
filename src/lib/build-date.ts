import { startOfDay } from './status';

/** The day of the build, for every "has this date passed?" check. IMP_BUILD_DATE=YYYY-MM-DD fixes it, so a test can build as of any day. */
export function buildDate(env: Record<string, string | undefined> = process.env): Date {
  const fixed = env.IMP_BUILD_DATE;
  if (fixed === undefined || fixed === '') return startOfDay(new Date());
  if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed) || Number.isNaN(Date.parse(fixed)))
    throw new Error(`IMP_BUILD_DATE must be a day written YYYY-MM-DD, not "${fixed}"`);
  return new Date(`${fixed}T00:00:00Z`);
}
