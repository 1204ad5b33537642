import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';

// A real build of a one-guide site (the project's layouts, a fixture's content) "as of" two days, fixed by IMP_BUILD_DATE.
const root = 'tests/fixtures/dated-site';
const page = `${root}/dist/categories/sample-policy/index.html`;

function buildAsOf(day: string): string {
  const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--root', root], {
    encoding: 'utf8',
    env: { ...process.env, IMP_BUILD_DATE: day, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
  return readFileSync(page, 'utf8');
}

afterAll(() => {
  rmSync(`${root}/dist`, { recursive: true, force: true });
  rmSync(`${root}/.astro`, { recursive: true, force: true });
});

describe('dates on a page are computed when the site is built', () => {
  it('before the end date, the page gives the date the policy is due to end', () => {
    const html = buildAsOf('2026-06-01');
    expect(html).toContain('Until 30 June 2026, unless IRCC extends or ends it.');
    expect(html).not.toContain('That date has passed');
    expect(html).toMatch(/data-scheme="z61" data-status="paused"/);
  }, 90_000);

  it('after it, the page says by itself that the date has passed and IRCC must be checked', () => {
    const html = buildAsOf('2026-10-01');
    expect(html).toContain('It was due to end on 30 June 2026. That date has passed');
    expect(html).toMatch(/data-status="check"/);
    expect(html).toContain('It was due to last until 30 September 2026. That date has passed');
    expect(html).toMatch(/data-scheme="z61" data-status="check"/);
  }, 90_000);
});
