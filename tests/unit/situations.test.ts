import { describe, expect, it } from 'vitest';
import { readSituations, situationProblems } from '../../src/lib/situations';
import { readContentDir } from '../../src/lib/content-files';

const slugs = readContentDir('content/en/categories').map((f) => f.slug);

describe('guides by situation', () => {
  it('name only real guides, and every guide is in a situation', () => {
    expect(() => readSituations(slugs)).not.toThrow();
  });
  it('name what is wrong', () => {
    expect(situationProblems([{ id: 'a', label: 'A group', guides: ['ghost'] }], ['real'])).toEqual(['situation "a" names a guide that does not exist: "ghost"', 'the guide "real" is in no situation']);
  });
});
