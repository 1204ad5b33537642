import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { codeTableProblems, codeTableSchema, type GuideCodes } from '../support/code-table';
import { readContentDir } from '../../src/lib/content-files';
import { categorySchema } from '../../src/lib/category-schema';

const table = codeTableSchema.parse(parse(readFileSync('content/data/ircc-codes.yaml', 'utf8')));
const guides: GuideCodes[] = readContentDir('content/en/categories').map((f) => ({
  slug: f.slug,
  body: f.body,
  ...categorySchema.parse(f.data),
}));

describe("IRCC's table of exemption codes", () => {
  it('has every code on exactly one guide, with the same legal basis, and every former code named there', () => {
    expect(codeTableProblems(table, guides)).toEqual([]);
  });
});

describe('the table check', () => {
  const small = {
    source: table.source,
    otherCodes: [],
    codes: [
      { code: 'C32', title: 'Co-op, post-secondary', legalBasis: 'R205(c)(i.1)', formerCodes: [] },
      { code: 'T36', title: 'CUSMA professionals', legalBasis: 'R204(a)', formerCodes: ['T23'] },
    ],
  };
  const guide = (g: Partial<GuideCodes> & { slug: string }): GuideCodes => ({
    legalBasis: 'R204(a)',
    codes: [],
    formerCodes: [],
    body: '',
    ...g,
  });

  it('names a wrong legal basis, a missing code and a former code the guide never mentions', () => {
    const problems = codeTableProblems(small, [guide({ slug: 'co-op', legalBasis: 'R205(c)(i)', codes: [{ code: 'C32' }] })]);
    expect(problems).toEqual([
      "C32 on co-op gives legal basis R205(c)(i); IRCC's table gives R205(c)(i.1)",
      'T36 (CUSMA professionals) is on no guide',
    ]);
    expect(codeTableProblems(small, [guide({ slug: 'a', codes: [{ code: 'C32', legalBasis: 'R205(c)(i.1)' }, { code: 'T36' }] })])).toEqual(
      ['T36 on a was T23 before 15 December 2022, but the guide never names T23'],
    );
  });

  it('names a code on two guides, and one that IRCC does not list', () => {
    const problems = codeTableProblems(small, [
      guide({ slug: 'a', codes: [{ code: 'C32', legalBasis: 'R205(c)(i.1)' }, { code: 'T36' }], body: 'formerly T23' }),
      guide({ slug: 'b', codes: [{ code: 'T36' }, { code: 'Z99' }], formerCodes: [{ code: 'T23', became: ['T36'] }] }),
    ]);
    expect(problems).toEqual(['T36 is on 2 guides: a, b', "b lists Z99, which is not in IRCC's table"]);
  });
});
