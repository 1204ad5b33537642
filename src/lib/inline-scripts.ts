import { createHash } from 'node:crypto';

/**
 * The one inline script, on every page: Ctrl/⌘+K focuses the header search box.
 * Inline (allowed by its hash in the Content-Security-Policy) so a guide makes no script request before interaction.
 */
export const SHORTCUT_SCRIPT =
  "addEventListener('keydown',function(e){if((e.ctrlKey||e.metaKey)&&!e.altKey&&(e.key==='k'||e.key==='K')){var i=document.getElementById('site-search-q');if(i){e.preventDefault();i.focus();i.select();}}});";

export function cspHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}
