// npm run i18n:status: the French pages that are missing or translate an older English page.
import { translationStatus } from '../src/lib/translation-status.ts';

const all = translationStatus();
const behind = all.filter((s) => s.state === 'behind');
const missing = all.filter((s) => s.state === 'missing');
console.log(
  `${all.length} English pages: ${all.length - behind.length - missing.length} French pages current, ${behind.length} behind, ${missing.length} missing.`,
);
for (const s of behind) console.log(`  behind   ${s.page} (translates ${s.translates || 'nothing recorded'}, English is now ${s.english})`);
for (const s of missing) console.log(`  missing  ${s.page}`);
process.exit(behind.length || missing.length ? 1 : 0);
