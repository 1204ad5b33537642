import { z } from 'astro/zod';
import { GROUP_IDS } from './groups';
import { FAQ_GROUP_IDS } from './faq';
import { EMPLOYER_STEPS, PERMIT_TYPES } from './labels';
import { isOfficialUrl } from './official';

/** An exemption code as IRCC writes it: one capital letter and two digits (C43, T36, R01). */
export const codeString = z.string().regex(/^[A-Z]\d{2}$/, 'expected an exemption code like "C43": one capital letter and two digits');

const officialUrl = z
  .url('expected a full web address')
  .refine(
    isOfficialUrl,
    'expected an https address on an official host (canada.ca, *.canada.ca or *.gc.ca such as laws-lois.justice.gc.ca)',
  );

/** A section id inside the guide: lowercase letters, digits and dashes. */
const sectionId = z.string().regex(/^[a-z][a-z0-9-]*$/, 'expected a section id like "who" or "c61"');

/** A provision as IRCC writes it: "R205(c)(ii)", "R207.1" or "IRPA 25.2". */
const provision = z
  .string()
  .regex(/^(R\d{3}(\.\d)?(\([a-z0-9.]+\))*|IRPA 25\.2)$/, 'expected a provision like "R205(c)(ii)" or "IRPA 25.2"');

const day = z.coerce.date({ error: 'expected a date written YYYY-MM-DD' });

export const currentCode = z.object({
  /** The code in force since 15 December 2022. */
  code: codeString,
  /** What the code covers, in a few words (shown on /codes/). */
  title: z.string().min(3),
  /** Permit type for this code where it differs from the category's. */
  permit: z.enum(PERMIT_TYPES).optional(),
  /** Id of the section that explains this code; short links land there. */
  section: sectionId.optional(),
  /** The provision for this code where it differs from the category's, e.g. "R205(c)(i.1)". */
  legalBasis: provision.optional(),
});

export const formerCode = z.object({
  /** A code used before 15 December 2022 that is no longer in use. */
  code: codeString,
  /** The current codes it became. */
  became: z.array(codeString).min(1),
  /** Id of the section that explains the change; short links land there. */
  section: sectionId.optional(),
});

export const source = z.object({
  /** The page's title as IRCC (or Justice Laws) gives it. */
  title: z.string().min(3),
  /** Its official address. */
  url: officialUrl,
  /** IRCC's "Date modified" on the page; leave out when the page shows none. */
  modified: day.optional(),
  /** The day we read this version of the page (for the stored copies, the day they were captured). */
  read: day,
  /** On a French page, `en` marks an English page cited because no French version could be found. */
  lang: z.literal('en').optional(),
});

/** Where a scheme stands: open, closed to new applicants, paused, or ended. */
export const STATUS_STATES = ['open', 'closed', 'paused', 'ended'] as const;
export type StatusState = (typeof STATUS_STATES)[number];

export const status = z
  .object({
    /** open, closed (to new applicants), paused or ended. */
    state: z.enum(STATUS_STATES),
    /** The day it took this state (required unless open). */
    since: day.optional(),
    /** The announced end of a pause, or the day an open policy is due to end. */
    until: day.optional(),
    /** One plain line on what the state means for readers (who can still apply). */
    note: z.string().min(10).max(300).optional(),
    /** The official page that records the state (required unless simply open). */
    source: officialUrl.optional(),
  })
  .superRefine((s, ctx) => {
    if (s.state !== 'open' && !s.since)
      ctx.addIssue({ code: 'custom', path: ['since'], message: `expected the date a "${s.state}" status began` });
    if ((s.state !== 'open' || s.until) && !s.source)
      ctx.addIssue({ code: 'custom', path: ['source'], message: 'expected the official page that records this status' });
  });
export type Status = z.infer<typeof status>;

/** One scheme within a guide that groups several (a public policy), with its own status. */
export const scheme = z.object({
  /** Its name, as a reader would know it. */
  name: z.string().min(3).max(140),
  /** Id of the section that explains it. */
  section: sectionId,
  status,
});

export const change = z.object({
  /** When the rule changed (or took effect). */
  date: day,
  /** What changed, in one plain line. */
  summary: z.string().min(10).max(220),
  /** The official page that announces or records the change. */
  source: officialUrl,
  /** Section of the guide the change concerns. */
  section: sectionId.optional(),
});

/** "In short", for the reader who reads nothing else: shown at the top of the guide, before the key facts. `max` is a line's length. */
const makeInShort = (max: number) =>
  z.object({
    /** Who it is for, in one plain sentence. */
    for: z.string().min(20).max(max),
    /** The two or three rules that decide it, one plain line each. */
    rules: z.array(z.string().min(10).max(max)).min(2, 'expected 2 or 3 deciding rules').max(3, 'expected 2 or 3 deciding rules'),
    /** The deadline, if there is one, in one line ("Apply within 180 days of …"). */
    deadline: z.string().min(10).max(max).optional(),
    /** Numbered next steps, in order; the last step is the link below. */
    steps: z.array(z.string().min(10).max(max)).min(1).max(5),
    /** The IRCC page where the reader applies (or, for a closed scheme, IRCC's page on it): the last step. */
    apply: z.object({ text: z.string().min(10).max(160), url: officialUrl }),
  });
/** One line of English; French runs about a fifth longer, so its lines may be longer. */
const LINE = 220;
const FR_LINE = 300;
export const inShort = makeInShort(LINE);
export type InShort = z.infer<typeof inShort>;

export const categorySchema = z.object({
  /** The category's name, in sentence case. */
  title: z.string().min(3).max(90),
  /** One plain sentence that answers "what is this?" (at most 160 characters). */
  summary: z.string().min(20).max(160, 'expected at most 160 characters'),
  /** Its legal-basis group (see src/lib/groups.ts). */
  group: z.enum(GROUP_IDS),
  /** Current exemption codes (since 15 December 2022). */
  codes: z.array(currentCode).min(1),
  /** Codes used before 15 December 2022 that now lead here. */
  formerCodes: z.array(formerCode).default([]),
  /** The provision it rests on, as IRCC writes it, e.g. "R205(c)(ii)". */
  legalBasis: provision,
  /** Kind of permit: open, employer-specific, open-restricted or mixed. */
  permit: z.enum(PERMIT_TYPES),
  /** What the employer must do: offer-and-fee (Employer Portal offer and CAD 230 fee), none, or varies. */
  employerSteps: z.enum(EMPLOYER_STEPS),
  /** One line on the employer's part; shown instead of the standard wording for employerSteps. */
  employerNote: z.string().max(220).optional(),
  /** How long the permit lasts, in one line. */
  duration: z.string().min(5).max(220),
  /** What spouses, partners and children can do, in one line. */
  family: z.string().min(5).max(220),
  /** Whether and how this leads to permanent residence, in one line. */
  permanentResidence: z.string().min(5).max(220),
  /** Where to apply (online, port of entry, from inside Canada), in one line. */
  whereToApply: z.string().min(5).max(220),
  /** Common names people search for (PGWP, TN, working holiday). */
  aliases: z.array(z.string().min(2)).default([]),
  /** The answer first: who, the deciding rules, the deadline, the next steps. */
  inShort: inShort.optional(),
  /** Where the scheme stands; leave out when it is simply open with no end date. */
  status: status.default({ state: 'open' }),
  /** For a guide that groups several schemes (public policies): each one's status. */
  schemes: z.array(scheme).default([]),
  /** A warning shown at the top: an end date passed, a paused program, an old source. */
  caution: z.string().max(400).optional(),
  /** The day a person last checked this page against its sources. */
  reviewed: day,
  /** The official pages every fact on this page comes from. */
  sources: z.array(source).min(1, 'expected at least one official source'),
  /** Dated rule changes this guide reflects, newest first. */
  changes: z.array(change).default([]),
  /** Slugs of related categories. */
  related: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]),
});

export type CategoryData = z.infer<typeof categorySchema>;

/** A source of a French page: its French canada.ca page, or the English one marked `lang: en` where none exists. */
const frSource = source;

/** The English version a French file translates: the first 12 hex digits of the English file's SHA-256. */
const translates = z
  .string({
    error: 'expected the English version as a quoted string, e.g. translates: "9747e7292436" (unquoted, YAML may read it as a number)',
  })
  .regex(/^[0-9a-f]{12}$/, "expected the first 12 hex digits of the English file's SHA-256");

/** A French page's one-sentence summary: French runs about a fifth longer than English. */
const frSummary = z.string().min(20).max(190, 'expected at most 190 characters (French runs longer than English)');

/** A French guide (content/fr/categories/<slug>.mdx): words only. Facts stay in the English frontmatter. */
export const frCategorySchema = z
  .object({
    /** The English version translated: the first 12 hex digits of the English file's SHA-256. */
    translates,
    title: z.string().min(3).max(90),
    summary: frSummary,
    /** One French title per English code, keyed by code. */
    codeTitles: z.record(codeString, z.string().min(3)),
    employerNote: z.string().max(FR_LINE).optional(),
    duration: z.string().min(5).max(FR_LINE),
    family: z.string().min(5).max(FR_LINE),
    permanentResidence: z.string().min(5).max(FR_LINE),
    whereToApply: z.string().min(5).max(FR_LINE),
    aliases: z.array(z.string().min(2)).default([]),
    caution: z.string().max(520).optional(),
    statusNote: z.string().min(10).max(400).optional(),
    schemes: z
      .array(z.object({ section: sectionId, name: z.string().min(3).max(140), note: z.string().min(10).max(300).optional() }))
      .default([]),
    inShort: makeInShort(FR_LINE).optional(),
    sources: z.array(frSource).min(1, 'expected at least one official source'),
    changes: z.array(z.object({ date: day, summary: z.string().min(10).max(260), source: officialUrl.optional() })).default([]),
    reviewed: day,
  })
  .strict();
export type FrCategoryData = z.infer<typeof frCategorySchema>;

/** A page of its own for a long part of a guide (content/en/parts/<guide>/<part>.mdx): its facts are in its body. */
export const partSchema = z
  .object({
    /** The page's heading, in sentence case. */
    title: z.string().min(3).max(90),
    /** One plain sentence on what the page holds (at most 160 characters). */
    summary: z.string().min(20).max(160, 'expected at most 160 characters'),
    /** Id of the guide's section that introduces this page and links to it. */
    section: sectionId,
    /** For a page about one of the guide's schemes: that scheme's section id; the page shows its status. */
    scheme: sectionId.optional(),
    /** The day a person last checked this page against its sources. */
    reviewed: day,
    /** The official pages this page's facts come from. */
    sources: z.array(source).min(1, 'expected at least one official source'),
  })
  .strict();
export type PartData = z.infer<typeof partSchema>;

/** A French guide part (content/fr/parts/<guide>/<part>.mdx): words only. */
export const frPartSchema = z
  .object({
    translates,
    title: z.string().min(3).max(90),
    summary: frSummary,
    sources: z.array(frSource).min(1, 'expected at least one official source'),
    reviewed: day,
  })
  .strict();
export type FrPartData = z.infer<typeof frPartSchema>;

/** A French question (content/fr/faq/<slug>.mdx): words only. */
export const frFaqSchema = z
  .object({
    translates,
    question: z
      .string()
      .min(10)
      .max(160)
      .refine((q) => q.trim().endsWith('?'), 'expected a question ending with "?"'),
    answer: z.string().min(20).max(450),
    sources: z.array(frSource).min(1, 'expected at least one official source'),
    reviewed: day,
  })
  .strict();
export type FrFaqData = z.infer<typeof frFaqSchema>;
export type CurrentCode = z.infer<typeof currentCode>;
export type FormerCode = z.infer<typeof formerCode>;
export type Source = z.infer<typeof source>;

export const faqSchema = z.object({
  /** The question, as a reader would ask it. */
  question: z
    .string()
    .min(10)
    .max(140)
    .refine((q) => q.trim().endsWith('?'), 'expected a question ending with "?"'),
  /** The answer in one or two sentences (shown first and in structured data). */
  answer: z.string().min(20).max(400),
  /** Which FAQ group it belongs to. */
  group: z.enum(FAQ_GROUP_IDS),
  /** Slugs of the guides it concerns. */
  categories: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]),
  /** Official sources for the answer. */
  sources: z.array(source).min(1, 'expected at least one official source'),
  /** The day a person last checked the answer. */
  reviewed: day,
  /** Order within its group. */
  order: z.number().int().default(100),
});
export type FaqData = z.infer<typeof faqSchema>;
