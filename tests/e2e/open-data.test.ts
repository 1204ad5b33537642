import { readFileSync, statSync } from 'node:fs';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { pageAt } from './dist';
import { readContentDir } from '../../src/lib/content-files';
import { STATUS_STATES } from '../../src/lib/category-schema';
import { GROUP_IDS } from '../../src/lib/groups';
import { EMPLOYER_STEPS, PERMIT_TYPES } from '../../src/lib/labels';
import { guidePath } from '../../src/lib/paths';
import { siteUrl } from '../../src/lib/site';

// The published records, checked against the README's promise and against the content files read straight from disk.
const categories = JSON.parse(readFileSync('dist/data/categories.json', 'utf8')) as z.infer<typeof categoryRecord>[];
const codes = JSON.parse(readFileSync('dist/data/codes.json', 'utf8')) as z.infer<typeof codeRecord>[];
const files = readContentDir('content/en/categories');
const SITE = siteUrl();
// The day the build ran, which `needsCheck` is computed against.
const BUILD_DAY = statSync('dist/data/categories.json').mtime.toISOString().slice(0, 10);

type Raw = Record<string, unknown>;
type RawCode = { code: string; title: string; section?: string };
type RawFormer = { code: string; became: string[]; section?: string };
const day = (d: unknown) => (d === undefined ? null : d instanceof Date ? d.toISOString().slice(0, 10) : String(d));

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const status = z.strictObject({
  state: z.enum(STATUS_STATES),
  since: isoDay.nullable(),
  until: isoDay.nullable(),
  note: z.string().nullable(),
  source: z.url().nullable(),
  needsCheck: z.boolean(),
});
const categoryRecord = z.strictObject({
  slug: z.string(),
  url: z.url(),
  title: z.string(),
  summary: z.string(),
  group: z.enum(GROUP_IDS),
  legalBasis: z.string(),
  codes: z.array(z.string()).min(1),
  formerCodes: z.array(z.string()),
  status,
  schemes: z.array(z.strictObject({ name: z.string(), section: z.string(), status })),
  permit: z.enum(PERMIT_TYPES),
  employerSteps: z.enum(EMPLOYER_STEPS),
  duration: z.string(),
  reviewed: isoDay,
  sources: z.array(z.strictObject({ url: z.url(), title: z.string(), modified: isoDay.nullable(), read: isoDay })).min(1),
});
const codeRecord = z.strictObject({
  code: z.string().regex(/^[A-Z]\d{2}$/),
  status: z.enum(['current', 'former']),
  title: z.string(),
  became: z.array(z.string()),
  replaced: z.array(z.string()),
  category: z.string(),
  url: z.url(),
});

/** The backticked names in the README's bullet for one file, less the values it lists (`open`, `current`…). */
function promisedFields(file: string): string[] {
  const section = readFileSync('README.md', 'utf8').split('\n## Open data')[1]!.split('\n## ')[0]!;
  const bullet = section.split('\n- ').find((b) => b.startsWith(`\`${file}\``))!;
  const values = new Set<string>([file, ...PERMIT_TYPES, ...EMPLOYER_STEPS, ...STATUS_STATES, 'current', 'former']);
  return [...new Set([...bullet.matchAll(/`([^`]+)`/g)].map((m) => m[1]!))].filter((name) => !values.has(name)).sort();
}

/** Every key used at any depth of the records. */
function fieldsOf(value: unknown, into = new Set<string>()): string[] {
  if (Array.isArray(value)) value.forEach((v) => fieldsOf(v, into));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      into.add(k);
      fieldsOf(v, into);
    }
  return [...into].sort();
}

/** A status as the README describes it, from the content's own words: needsCheck when an end date has passed and the scheme has not ended. */
function expectedStatus(s: Raw = { state: 'open' }) {
  const until = day(s.until);
  return {
    state: s.state,
    since: day(s.since),
    until,
    note: s.note ?? null,
    source: s.source ?? null,
    needsCheck: s.state !== 'ended' && until !== null && until < BUILD_DAY,
  };
}

const hasId = (url: string) => {
  const { origin, pathname, hash } = new URL(url);
  const page = origin === new URL(SITE).origin ? pageAt(pathname) : null;
  return Boolean(page && (!hash || page.querySelector(`[id="${hash.slice(1)}"]`)));
};

describe('/data/categories.json', () => {
  it('has every field the README lists, and only those', () => {
    expect(fieldsOf(categories)).toEqual(promisedFields('/data/categories.json'));
  });

  it('gives every record each field with its type', () => {
    const result = z.array(categoryRecord).safeParse(categories);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it("has one record per content file, with the file's facts", () => {
    expect(categories.map((r) => r.slug).sort()).toEqual(files.map((f) => f.slug));
    for (const { slug, data } of files) {
      const { url, ...record } = categories.find((r) => r.slug === slug)!;
      expect(url).toBe(`${SITE}${guidePath(slug)}`);
      expect(record, slug).toEqual({
        slug,
        title: data.title,
        summary: data.summary,
        group: data.group,
        legalBasis: data.legalBasis,
        codes: (data.codes as Raw[]).map((c) => c.code),
        formerCodes: ((data.formerCodes ?? []) as Raw[]).map((c) => c.code),
        status: expectedStatus(data.status as Raw | undefined),
        schemes: ((data.schemes ?? []) as Raw[]).map((s) => ({
          name: s.name,
          section: s.section,
          status: expectedStatus(s.status as Raw | undefined),
        })),
        permit: data.permit,
        employerSteps: data.employerSteps,
        duration: data.duration,
        reviewed: day(data.reviewed),
        sources: (data.sources as Raw[]).map((s) => ({ url: s.url, title: s.title, modified: day(s.modified), read: day(s.read) })),
      });
    }
  });

  it('points each record at its built guide, whose title it carries, and each scheme at a section there', () => {
    for (const record of categories) {
      const page = pageAt(new URL(record.url).pathname);
      expect(page?.querySelector('h1')?.text.trim(), record.url).toBe(record.title);
      expect(
        record.schemes.filter((s) => !hasId(`${record.url}#${s.section}`)),
        record.slug,
      ).toEqual([]);
    }
  });
});

describe('/data/codes.json', () => {
  // Every code the content names, and where: current codes, then former codes that are not also current somewhere.
  const current = files.flatMap((f) => (f.data.codes as RawCode[]).map((c) => ({ slug: f.slug, ...c })));
  const formerEntries = files.flatMap((f) => ((f.data.formerCodes ?? []) as RawFormer[]).map((c) => ({ slug: f.slug, ...c })));
  const currentCodes = new Set(current.map((c) => c.code));
  const record = (code: string) => codes.find((r) => r.code === code);

  it('has every field the README lists, and only those', () => {
    expect(fieldsOf(codes)).toEqual(promisedFields('/data/codes.json'));
  });

  it('gives every record each field with its type', () => {
    const result = z.array(codeRecord).safeParse(codes);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('lists each code of the content once, with the guide that explains it', () => {
    const former = formerEntries.filter((f) => !currentCodes.has(f.code));
    const expected: { code: string; status: string; category: string; section?: string; title?: string }[] = [
      ...current.map((c) => ({ code: c.code, status: 'current', category: c.slug, title: c.title, section: c.section })),
      ...[...new Map(former.map((f) => [f.code, f])).values()].map((f) => ({
        code: f.code,
        status: 'former',
        category: f.slug,
        section: f.section,
      })),
    ];
    expect(codes.map((r) => r.code).sort()).toEqual(expected.map((e) => e.code).sort());
    for (const e of expected) {
      const r = record(e.code)!;
      expect({ status: r.status, category: r.category, url: r.url }, e.code).toEqual({
        status: e.status,
        category: e.category,
        url: `${SITE}${guidePath(e.category, e.section)}`,
      });
      if (e.title) expect(r.title, e.code).toBe(e.title);
      const listed = categories.find((c) => c.slug === r.category)!;
      expect(e.status === 'current' ? listed.codes : listed.formerCodes, e.code).toContain(e.code);
    }
  });

  it('points each url at a built page and a section that exists there', () => {
    expect(codes.filter((r) => !hasId(r.url)).map((r) => r.url)).toEqual([]);
  });

  it('maps former codes to current ones both ways, as the content does', () => {
    for (const r of codes) {
      const became =
        r.status === 'former' ? [...new Set(formerEntries.filter((f) => f.code === r.code).flatMap((f) => f.became))].sort() : [];
      const replaced =
        r.status === 'current' ? [...new Set(formerEntries.filter((f) => f.became.includes(r.code)).map((f) => f.code))].sort() : [];
      expect({ became: [...r.became].sort(), replaced: [...r.replaced].sort() }, r.code).toEqual({ became, replaced });
      for (const next of r.became) expect(record(next)?.replaced, `${r.code} became ${next}`).toContain(r.code);
      for (const old of r.replaced) {
        const before = record(old);
        expect(before, `${r.code} replaced ${old}`).toBeDefined();
        if (before!.status === 'former') expect(before!.became, `${r.code} replaced ${old}`).toContain(r.code);
      }
    }
  });
});
