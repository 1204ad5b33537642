import { createHash } from 'node:crypto';
import { transformSync } from 'esbuild';
import GUIDE_LOADER_SOURCE from '../scripts/guide-loader.js?raw';

/**
 * Inline scripts, allowed by their hashes in the Content-Security-Policy, so pages make no script request before interaction.
 * SHORTCUT_SCRIPT (every page): Ctrl/⌘+K focuses the header search box.
 */
export const SHORTCUT_SCRIPT =
  "addEventListener('keydown',function(e){if((e.ctrlKey||e.metaKey)&&!e.altKey&&(e.key==='k'||e.key==='K')){var i=document.getElementById('site-search-q');if(i){e.preventDefault();i.focus();i.select();}}});";

/** Guides only: fetches the copy tools at the first move, fills in the printed date (src/scripts/guide-loader.js), minified. */
export const GUIDE_LOADER_SCRIPT: string = transformSync(GUIDE_LOADER_SOURCE, { minify: true, loader: 'js' }).code.trim();

/**
 * Search and compare: placed right after an element with data-room-for="<parameter>". When the address has that parameter,
 * it reserves a screen's height for what the module script will draw there, so the page below does not jump.
 */
export const ROOM_SCRIPT =
  "(function(e){if(new URLSearchParams(location.search).get(e.dataset.roomFor))e.classList.add('room-reserved')})(document.currentScript.previousElementSibling);";

export const INLINE_SCRIPTS = [SHORTCUT_SCRIPT, GUIDE_LOADER_SCRIPT, ROOM_SCRIPT];

export function cspHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}
