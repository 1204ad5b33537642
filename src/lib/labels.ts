/** Enumerated facts and the fixed section ids; their reader-facing words live in the UI dictionaries (src/i18n). */
export const PERMIT_TYPES = ['open', 'employer-specific', 'open-restricted', 'mixed'] as const;
export type PermitType = (typeof PERMIT_TYPES)[number];

export const EMPLOYER_STEPS = ['offer-and-fee', 'none', 'varies'] as const;
export type EmployerSteps = (typeof EMPLOYER_STEPS)[number];

/** The fixed, language-neutral section ids every guide uses. */
export const SECTION_IDS = ['who', 'eligibility', 'employer', 'duration', 'family', 'apply', 'after'] as const;
export const REQUIRED_SECTION_IDS: readonly string[] = SECTION_IDS;
