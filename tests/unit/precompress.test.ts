// The build's .gz and .br copies, and the test server's choice between them.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { precompress } from '../../src/integrations/precompress';
import { precompressed } from '../../scripts/serve.mjs';

describe('precompress', () => {
  it("writes a .gz and a .br of every text file that decode to the file, and leaves Pagefind's compressed files alone", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'precompress-'));
    mkdirSync(join(dir, 'a/b'), { recursive: true });
    const page = '<!doctype html><p>' + 'Spouses of students. '.repeat(200);
    writeFileSync(join(dir, 'a/b/index.html'), page);
    writeFileSync(join(dir, 'style.css'), 'p{color:red}'.repeat(50));
    writeFileSync(join(dir, 'x.pf_fragment'), 'already compressed');
    const stats = await precompress(dir);
    expect(stats.files).toBe(2);
    expect(gunzipSync(readFileSync(join(dir, 'a/b/index.html.gz'))).toString()).toBe(page);
    expect(brotliDecompressSync(readFileSync(join(dir, 'a/b/index.html.br'))).toString()).toBe(page);
    expect(existsSync(join(dir, 'style.css.br'))).toBe(true);
    expect(existsSync(join(dir, 'x.pf_fragment.gz'))).toBe(false);
    expect(stats.brotli).toBeLessThan(stats.gzip);
    expect(stats.gzip).toBeLessThan(stats.raw);
  });
});

describe('precompressed (the test server)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'served-'));
  const file = join(dir, 'index.html');
  writeFileSync(file, 'x');
  writeFileSync(`${file}.br`, 'b');
  writeFileSync(`${file}.gz`, 'g');

  it('prefers brotli, falls back to gzip, and honours q=0 and no header', () => {
    expect(precompressed(file, 'gzip, deflate, br')?.encoding).toBe('br');
    expect(precompressed(file, 'gzip')?.encoding).toBe('gzip');
    expect(precompressed(file, 'br;q=0, gzip')?.encoding).toBe('gzip');
    expect(precompressed(file, undefined)).toBeNull();
    expect(precompressed(join(dir, 'missing.html'), 'br')).toBeNull();
  });
});
