/**
 * Published pages that moved: old path → new path. A renamed or removed page must be added here,
 * so every link already pasted into an email keeps working (a redirect page and a 301 in _redirects).
 */
export const MOVED_PAGES: Record<string, string> = {};
