import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlPages, DIST } from './dist';

const validator = new HtmlValidate(new FileSystemConfigLoader());
const pages = htmlPages().map(([path]) => path);

describe('valid HTML', () => {
  it.each(pages)('%s', async (path) => {
    const file = `${DIST}${path}${path.endsWith('/') ? 'index.html' : ''}`;
    const report = await validator.validateString(readFileSync(file, 'utf8'), file);
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} (${m.line}:${m.column}): ${m.message}`));
    expect(messages).toEqual([]);
  });
});
