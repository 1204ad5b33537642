import { existsSync, readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { parse } from 'yaml';

const FILE = 'content/data/countries.yaml';

/** The programs countries can use, and the guides that explain each; a guide not listed here is open to every citizenship. */
export const PROGRAM_GUIDES = {
  cusma: ['cusma-professionals', 'cusma-intra-company-transferees', 'cusma-traders-and-investors'],
  ceta: ['ceta'],
  cuktca: ['cuktca'],
  cptpp: ['cptpp'],
  fta: ['other-free-trade-agreements'],
  iec: ['international-experience-canada'],
} as const;
export type ProgramId = keyof typeof PROGRAM_GUIDES;
const PROGRAM_IDS = Object.keys(PROGRAM_GUIDES) as [ProgramId, ...ProgramId[]];

const countriesSchema = z.object({
  checked: z.coerce.date(),
  programs: z.record(z.enum(PROGRAM_IDS), z.looseObject({ name: z.string(), source: z.url() })),
  countries: z.array(
    z.object({ code: z.string().regex(/^[a-z]{2}$/), name: z.string().min(3), programs: z.array(z.enum(PROGRAM_IDS)).min(1) }),
  ),
});
export type Countries = z.infer<typeof countriesSchema>;

/** The countries file, checked; a wrong entry fails the build naming the file and the field. */
export function readCountries(file = FILE): Countries {
  if (!existsSync(file)) throw new Error(`${file} is missing`);
  const parsed = countriesSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

/** The program a guide depends on, or undefined when any citizen may use it. */
export function programOfGuide(slug: string): ProgramId | undefined {
  return (Object.entries(PROGRAM_GUIDES) as [ProgramId, readonly string[]][]).find(([, guides]) => guides.includes(slug))?.[0];
}

/** The countries with their names in a language (from the browser-independent ICU data of Node), sorted for that language. */
export function countryOptions(countries: Countries, lang: string): { code: string; name: string; programs: ProgramId[] }[] {
  const names = new Intl.DisplayNames([lang], { type: 'region' });
  return countries.countries
    .map((c) => ({ code: c.code, programs: c.programs, name: names.of(c.code.toUpperCase()) ?? c.name }))
    .sort((a, b) => a.name.localeCompare(b.name, lang));
}
