/** The site's public address, set in one place. Override with SITE_URL at build time. */
export const DEFAULT_SITE_URL = 'https://imp-guide.example.org';
export function siteUrl(env: Record<string, string | undefined> = process.env): string {
  return (env.SITE_URL ?? DEFAULT_SITE_URL).replace(/\/+$/, '');
}

/** Where readers send corrections: CORRECTIONS_EMAIL at build time, else corrections@ the site's own domain. No form service, no third party. */
export function correctionsEmail(env: Record<string, string | undefined> = process.env): string {
  return env.CORRECTIONS_EMAIL ?? `corrections@${new URL(siteUrl(env)).hostname}`;
}
