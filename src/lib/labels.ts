/** Enumerated facts; their reader-facing wording lives in the UI dictionary (src/i18n). */
import { en } from '../i18n/en';

export const PERMIT_TYPES = ['open', 'employer-specific', 'open-restricted', 'mixed'] as const;
export type PermitType = (typeof PERMIT_TYPES)[number];

export const PERMIT_LABELS: Record<PermitType, string> = en.permit;

export const EMPLOYER_STEPS = ['offer-and-fee', 'none', 'varies'] as const;
export type EmployerSteps = (typeof EMPLOYER_STEPS)[number];

export const EMPLOYER_LABELS: Record<EmployerSteps, string> = en.employer;

/** The fixed, language-neutral section ids every guide uses, with their English headings. */
export const SECTION_IDS = ['who', 'eligibility', 'employer', 'duration', 'family', 'apply', 'after'] as const;
export const GUIDE_SECTIONS = SECTION_IDS.map((id) => ({ id, heading: en.sections[id] }));
export const REQUIRED_SECTION_IDS: readonly string[] = SECTION_IDS;

/** The employer's part in one line: the author's note when there is one, else the standard wording. */
export function employerText(data: { employerSteps: EmployerSteps; employerNote?: string | undefined }): string {
  return data.employerNote ?? EMPLOYER_LABELS[data.employerSteps];
}
