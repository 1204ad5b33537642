import { describe, expect, it } from 'vitest';
import { readSituations, situationProblems } from '../../src/lib/situations';
import { readContentDir } from '../../src/lib/content-files';
import { en } from '../../src/i18n/en';

const slugs = readContentDir('content/en/categories').map((f) => f.slug);

describe('guides by situation', () => {
  it('name only real guides, and every guide is in a situation', () => {
    expect(() => readSituations(slugs)).not.toThrow();
  });
  it('each have words in the dictionary', () => {
    for (const s of readSituations(slugs)) expect(en.situations[s.id], s.id).toBeTruthy();
  });
  it('name what is wrong', () => {
    expect(situationProblems([{ id: 'a', guides: ['ghost'] }], ['real'])).toEqual([
      'situation "a" names a guide that does not exist: "ghost"',
      'the guide "real" is in no situation',
    ]);
  });
});
