import { categoriesPath, changesPath, codesPath, comparePath, faqIndexPath, glossaryPath } from './paths';

/** Official pages the site links to from its chrome. */
export const OFFICIAL_LINKS = {
  authorizedRepresentative: {
    title: 'Find out if your representative is authorized (IRCC)',
    url: 'https://www.canada.ca/en/immigration-refugees-citizenship/services/immigration-citizenship-representative/choose/authorized.html',
  },
  consultantRegister: {
    title: 'Find a licensed immigration consultant (College of Immigration and Citizenship Consultants)',
    url: 'https://college-ic.ca/protecting-the-public/find-an-immigration-consultant',
  },
  exemptionCodes: {
    title: 'LMIA exemption codes – International Mobility Program (IRCC)',
    url: 'https://www.canada.ca/en/immigration-refugees-citizenship/corporate/publications-manuals/operational-bulletins-manuals/temporary-residents/foreign-workers/exemption-codes.html',
  },
} as const;

/** The site's main sections, in header order. */
export const NAV = [
  { href: categoriesPath(), label: 'Categories' },
  { href: codesPath(), label: 'Codes' },
  { href: comparePath(), label: 'Compare' },
  { href: faqIndexPath(), label: 'FAQ' },
  { href: glossaryPath(), label: 'Glossary' },
  { href: changesPath(), label: 'Changes' },
] as const;
