/** Reader-facing wording for the enumerated facts. UI strings live here so French can follow. */
export const PERMIT_TYPES = ['open', 'employer-specific', 'open-restricted', 'mixed'] as const;
export type PermitType = (typeof PERMIT_TYPES)[number];

export const PERMIT_LABELS: Record<PermitType, string> = {
  open: 'Open work permit',
  'employer-specific': 'Employer-specific work permit',
  'open-restricted': 'Open work permit with restrictions',
  mixed: 'Open or employer-specific, depending on the code',
};

export const EMPLOYER_STEPS = ['offer-and-fee', 'none', 'varies'] as const;
export type EmployerSteps = (typeof EMPLOYER_STEPS)[number];

export const EMPLOYER_LABELS: Record<EmployerSteps, string> = {
  'offer-and-fee': 'Job offer in the Employer Portal and CAD 230 compliance fee',
  none: 'None: no job offer or compliance fee needed',
  varies: 'Depends on the code or situation',
};

/** The fixed, language-neutral section ids every guide uses, with their English headings. */
export const GUIDE_SECTIONS = [
  { id: 'who', heading: 'Who it is for' },
  { id: 'eligibility', heading: 'Eligibility' },
  { id: 'employer', heading: 'What the employer does' },
  { id: 'duration', heading: 'How long it lasts' },
  { id: 'family', heading: 'Family members' },
  { id: 'apply', heading: 'How to apply' },
  { id: 'after', heading: 'Path to permanent residence' },
] as const;
export const REQUIRED_SECTION_IDS = GUIDE_SECTIONS.map((s) => s.id);

export const UI = {
  siteName: 'IMP Guide',
  tagline: "Plain-language guide to Canada's International Mobility Program",
  homeTitle: "Canada's International Mobility Program, explained",
  skipLink: 'Skip to main content',
  notLegalAdvice: 'Check the official IRCC pages, or ask a licensed immigration consultant or lawyer.',
  privacy: 'This site sets no cookies, runs no tracking and loads nothing from other sites.',
  lastReviewed: 'Last reviewed',
} as const;

/** The employer's part in one line: the author's note when there is one, else the standard wording. */
export function employerText(data: { employerSteps: EmployerSteps; employerNote?: string | undefined }): string {
  return data.employerNote ?? EMPLOYER_LABELS[data.employerSteps];
}
