import { describe, expect, it } from 'vitest';
import { bannedFrench, factTokens, tokenDifferences } from '../support/french-checks';

describe('facts carried over from English to French', () => {
  it('read dates, codes, amounts and numbers the same in both languages', () => {
    expect([...factTokens('On 21 January 2025 the CAD 1,500 fee for C43 (R205(c)(ii)) rose by 50%.')].sort()).toEqual(
      ['1500', '2025-01-21', '205', '50', 'C43'].sort(),
    );
    expect([...factTokens('Le 21 janvier 2025, les frais de 1 500 $ pour le C43 (R205c)(ii)) ont augmenté de 50 %.')].sort()).toEqual(
      ['1500', '2025-01-21', '205', '50', 'C43'].sort(),
    );
    expect([...factTokens('le 1er juillet 2020')]).toEqual(['2020-07-01']);
  });
  it('name what one side lacks', () => {
    expect(tokenDifferences('Apply within 180 days, before 1 April 2026.', 'Présentez une demande dans les 90 jours.')).toEqual({
      missingInFrench: ['180', '2026-04-01'],
      extraInFrench: ['90'],
    });
  });
  it('ignore addresses, which differ between languages', () => {
    expect([...factTokens('See https://www.canada.ca/en/x-2024.html and /categories/c43/')]).toEqual([]);
  });
});

describe('forms French text must not use', () => {
  it('are found with a reason', () => {
    expect(bannedFrench('Le PGWP coûte CAD 255 ; les travailleurs mutés et l\u0027ACCRU !')).toHaveLength(6);
    expect(bannedFrench('Vous avez le statut conservé, ou le statut maintenu.')).toHaveLength(2);
    expect(bannedFrench('Vous avez le maintien du statut.')).toEqual([]);
  });
  it('let correct French through', () => {
    expect(
      bannedFrench(
        'Le PTPD coûte 255\u00a0$. Les personnes mutées à l\u0027intérieur d\u0027une société (PMIS) ; l\u0027ACCCRU\u00a0: oui!',
      ),
    ).toEqual(['“ ;”: no space before ; ! ? in Canadian French']);
  });
});
