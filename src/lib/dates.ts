/** ISO day (YYYY-MM-DD) for <time datetime> and data files. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A source counts as old when IRCC last changed it more than this many years before the guide was reviewed. */
export const OLD_SOURCE_YEARS = 3;

export function isOldSource(modified: Date, reviewed: Date): boolean {
  const limit = new Date(reviewed);
  limit.setUTCFullYear(limit.getUTCFullYear() - OLD_SOURCE_YEARS);
  return modified.getTime() < limit.getTime();
}
