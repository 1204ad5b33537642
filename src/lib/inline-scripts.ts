import { createHash } from 'node:crypto';
import GUIDE_TOOLS_SOURCE from '../scripts/guide-tools.js?raw';

/**
 * Inline scripts, allowed by their hashes in the Content-Security-Policy, so pages make no script request before interaction.
 * SHORTCUT_SCRIPT (every page): Ctrl/⌘+K focuses the header search box.
 */
export const SHORTCUT_SCRIPT =
  "addEventListener('keydown',function(e){if((e.ctrlKey||e.metaKey)&&!e.altKey&&(e.key==='k'||e.key==='K')){var i=document.getElementById('site-search-q');if(i){e.preventDefault();i.focus();i.select();}}});";

/** Guides only: section links, summary for email, printed date (src/scripts/guide-tools.js). */
export const GUIDE_TOOLS_SCRIPT: string = GUIDE_TOOLS_SOURCE;

/** /compare/ only: when the address names categories, reserve room for the comparison before its module script draws it. */
export const COMPARE_ROOM_SCRIPT =
  "if(/[?&]c=/.test(location.search))document.currentScript.previousElementSibling.classList.add('has-choice');";

export const INLINE_SCRIPTS = [SHORTCUT_SCRIPT, GUIDE_TOOLS_SCRIPT, COMPARE_ROOM_SCRIPT];

export function cspHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}
