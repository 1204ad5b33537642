import { categoriesPath, changesPath, codesPath, comparePath, faqIndexPath, glossaryPath, type Lang } from './paths';
import { ui } from '../i18n';

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
  temporaryForeignWorkerProgram: {
    title: 'Hire a temporary foreign worker: the Temporary Foreign Worker Program (ESDC)',
    url: 'https://www.canada.ca/en/employment-social-development/services/foreign-workers.html',
  },
  exemptionCodes: {
    title: 'LMIA exemption codes – International Mobility Program (IRCC)',
    url: 'https://www.canada.ca/en/immigration-refugees-citizenship/corporate/publications-manuals/operational-bulletins-manuals/temporary-residents/foreign-workers/exemption-codes.html',
  },
} as const;

/** The site's main sections, in header order. */
export function nav(lang: Lang = 'en') {
  const t = ui(lang).nav;
  return [
    { href: categoriesPath(lang), label: t.categories },
    { href: codesPath(lang), label: t.codes },
    { href: comparePath([], lang), label: t.compare },
    { href: faqIndexPath(lang), label: t.faq },
    { href: glossaryPath(lang), label: t.glossary },
    { href: changesPath(lang), label: t.changes },
  ];
}
