import type { CategoryData } from './category-schema';
import { codeUrl, type CodeRecord } from './codes';
import { guidePath } from './paths';
import { isoDay } from './dates';
import type { Status } from './category-schema';
import { statusView } from './status';

const day = (d?: Date) => (d ? isoDay(d) : null);

/** A status as open data: IRCC's state and dates, and whether an end date had passed when the site was built. */
export function statusRecord(status: Status, today: Date) {
  return {
    state: status.state,
    since: day(status.since),
    until: day(status.until),
    note: status.note ?? null,
    source: status.source ?? null,
    needsCheck: statusView(status, today)?.check ?? false,
  };
}

/** One record of /data/categories.json. */
export function categoryRecord(slug: string, data: CategoryData, site: URL, today: Date) {
  return {
    slug,
    url: new URL(guidePath(slug), site).href,
    title: data.title,
    summary: data.summary,
    group: data.group,
    legalBasis: data.legalBasis,
    codes: data.codes.map((c) => c.code),
    formerCodes: data.formerCodes.map((f) => f.code),
    status: statusRecord(data.status, today),
    schemes: data.schemes.map((s) => ({ name: s.name, section: s.section, status: statusRecord(s.status, today) })),
    permit: data.permit,
    employerSteps: data.employerSteps,
    duration: data.duration,
    reviewed: isoDay(data.reviewed),
    sources: data.sources.map((s) => ({ url: s.url, title: s.title, modified: day(s.modified), read: isoDay(s.read) })),
  };
}

/** One record of /data/codes.json. */
export function codeRecord(record: CodeRecord, site: URL) {
  return {
    code: record.code,
    status: record.status,
    title: record.title,
    became: record.became,
    replaced: record.replaced,
    category: record.slug,
    url: new URL(codeUrl(record), site).href,
  };
}
