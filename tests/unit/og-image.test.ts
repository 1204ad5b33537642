import { describe, expect, it } from 'vitest';
import { ogSvg, wrap } from '../../src/lib/og-image';

describe('link-preview images', () => {
  it('wraps long titles and cuts after the last line', () => {
    expect(wrap('Post-doctoral fellows and award recipients', 24, 3)).toEqual(['Post-doctoral fellows', 'and award recipients']);
    expect(wrap('a b c d e f g h', 3, 2)).toEqual(['a b', 'c…']);
  });
  it('escapes text and states the size', () => {
    const svg = ogSvg({ title: 'A <b> & "c"', codes: 'C61 — formerly C12', reviewed: 'Reviewed 1 November 2026' });
    expect(svg).toContain('A &lt;b&gt; &amp; &quot;c&quot;');
    expect(svg).toContain('width="1200" height="630"');
    expect(svg).toContain('Reviewed 1 November 2026');
  });
});
