// Every string the site's templates and scripts show, in English. The French edition adds fr.ts of the same type:
// a missing key there fails `astro check`.
import type { EmployerSteps, PermitType } from '../lib/labels';
import type { StatusState } from '../lib/category-schema';
import type { GroupId } from '../lib/groups';
import type { FaqGroupId } from '../lib/faq';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const en = {
  lang: 'en',
  /** Dates as GOV.UK writes them: "21 January 2025". Always in UTC so a build anywhere prints the same day. */
  months: MONTHS,
  formatDate: (d: Date): string => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`,

  site: {
    name: 'IMP Guide',
    tagline: "Plain-language guide to Canada's International Mobility Program",
    homeTitle: "Canada's International Mobility Program, explained",
    skipLink: 'Skip to main content',
    notLegalAdviceLead: 'Not legal advice.',
    notLegalAdvice: 'Check the official IRCC pages, or ask a licensed immigration consultant or lawyer.',
    beforeYouPay: 'Before you pay anyone for help,',
    checkRepresentative: 'check that your representative is authorized',
    checkRepresentativeShort: 'Check that a representative is authorized',
    privacy: 'This site sets no cookies, runs no tracking and loads nothing from other sites.',
    feedTitle: 'IMP Guide: what changed',
  },
  nav: {
    label: 'Main',
    site: 'Site',
    categories: 'Categories',
    codes: 'Codes',
    compare: 'Compare',
    faq: 'FAQ',
    glossary: 'Glossary',
    changes: 'Changes',
    home: 'Home',
    allCodes: 'All exemption codes',
    search: 'Search',
    whatChanged: 'What changed',
    accuracy: 'How we check this guide',
    searchPlaceholder: 'Name or code, e.g. C43',
    searchLabel: 'Search the guide',
  },
  permit: {
    open: 'Open work permit',
    'employer-specific': 'Employer-specific work permit',
    'open-restricted': 'Open work permit with restrictions',
    mixed: 'Open or employer-specific, depending on the code',
  } satisfies Record<PermitType, string>,
  employer: {
    'offer-and-fee': 'Job offer in the Employer Portal and CAD 230 compliance fee',
    none: 'None: no job offer or compliance fee needed',
    varies: 'Depends on the code or situation',
  } satisfies Record<EmployerSteps, string>,
  status: {
    open: 'Open',
    closed: 'Closed to new applicants',
    paused: 'Paused',
    ended: 'Ended',
  } satisfies Record<StatusState, string>,
  facts: {
    heading: 'Key facts',
    status: 'Status',
    permit: 'Permit type',
    employer: 'What the employer does',
    duration: 'How long it lasts',
    family: 'Family members',
    whereToApply: 'Where to apply',
    permanentResidence: 'Path to permanent residence',
    legalBasis: 'Legal basis',
    codes: 'Codes',
    reviewed: 'Last reviewed',
  },
  sections: {
    who: 'Who it is for',
    eligibility: 'Eligibility',
    employer: 'What the employer does',
    duration: 'How long it lasts',
    family: 'Family members',
    apply: 'How to apply',
    after: 'Path to permanent residence',
    changes: 'Recent changes',
    sources: 'Sources',
  },
  groups: {
    agreements: 'International agreements',
    'significant-benefit': 'Canadian interests: significant benefit',
    'reciprocal-employment': 'Canadian interests: reciprocal employment',
    'designated-by-minister': 'Canadian interests: designated by the Minister',
    'charitable-religious': 'Charitable or religious work',
    'other-grounds': 'Self-support, permanent residence applicants, vulnerable workers and humanitarian reasons',
    'public-policies': 'Public policies',
  } satisfies Record<GroupId, string>,
  faqGroups: {
    workers: 'For workers',
    families: 'For families',
    employers: 'For employers',
    'codes-and-applying': 'About codes and applying',
  } satisfies Record<FaqGroupId, string>,
  guide: {
    allCategories: 'All categories',
    breadcrumb: 'Breadcrumb',
    alsoCalled: 'Also called:',
    checkBefore: 'Check before you rely on this:',
    lastReviewed: 'Last reviewed',
    compareWith: 'Compare with other categories',
    copySummary: 'Copy summary for email',
    onThisPage: 'On this page',
    related: 'Related',
    otherCategories: 'Other categories to look at:',
    questions: 'Questions people ask:',
    printed: 'Printed',
    thisPage: 'This page:',
    exemptionCodes: 'Exemption codes:',
    formerly: 'formerly',
    statusSource: "IRCC's page on this",
    statusOfEach: 'Status of each policy',
    statusSourceShort: "IRCC's page",
  },
  faq: {
    allQuestions: 'All questions',
    shortAnswer: 'Short answer:',
    guides: 'Guides this answer concerns',
  },
  changes: {
    none: 'No dated rule changes are recorded for this category.',
    source: 'IRCC source for this change',
  },
  sources: {
    lead: 'Official pages this guide is based on, with the date IRCC last changed each one and the date we read that version',
    whatDatesMean: 'what the dates mean',
    changedOn: 'Changed by IRCC on',
    noDate: 'No change date shown on the page',
    readOn: 'read by us on',
    old: (years: number) => `more than ${years} years old when we last reviewed this guide`,
    reviewed: 'Last reviewed:',
    reviewedMeans: 'when someone checked this page against the sources above.',
  },
  inShort: {
    heading: 'In short',
    decides: 'What decides it:',
    deadline: 'Deadline:',
    next: 'What to do next',
  },
};

export type Dictionary = typeof en;
