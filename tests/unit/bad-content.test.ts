import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = 'tests/fixtures/bad-site';

describe('a content file with missing or wrong fields', () => {
  it('fails the build, naming the file, each field and what was expected', () => {
    const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--root', root], {
      encoding: 'utf8',
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    rmSync(`${root}/dist`, { recursive: true, force: true });
    rmSync(`${root}/.astro`, { recursive: true, force: true });
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.status, output).not.toBe(0);
    expect(output).toContain('broken-guide');
    expect(output).toMatch(/summary\*?\*?: /);
    expect(output).toMatch(/permit\*?\*?: .*expected one of/i);
    expect(output).toMatch(/official host/);
  }, 90_000);
});
