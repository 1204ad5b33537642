import type { CategoryData } from './category-schema';
import { codeUrl, guidePath, type CodeRecord } from './codes';
import { isoDay } from './dates';

/** One record of /data/categories.json. */
export function categoryRecord(slug: string, data: CategoryData, site: URL) {
  return {
    slug,
    url: new URL(guidePath(slug), site).href,
    title: data.title,
    summary: data.summary,
    group: data.group,
    legalBasis: data.legalBasis,
    codes: data.codes.map((c) => c.code),
    formerCodes: data.formerCodes.map((f) => f.code),
    permit: data.permit,
    employerSteps: data.employerSteps,
    duration: data.duration,
    reviewed: isoDay(data.reviewed),
    sources: data.sources.map((s) => ({ url: s.url, title: s.title, modified: s.modified ? isoDay(s.modified) : null })),
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
