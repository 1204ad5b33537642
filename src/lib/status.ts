import type { Status, StatusState } from './category-schema';
import { en, type Dictionary } from '../i18n/en';

/** What a reader is told about a status on a given day: "check" when a date IRCC gave has passed. */
export interface StatusView {
  state: StatusState;
  /** True when an end date has passed at build time, so the page cannot say what holds now. */
  check: boolean;
  /** The short label ("Closed to new applicants"), shown in bold before `detail`. */
  label: string;
  /** The dates, to follow the label ("Since 19 December 2025."). */
  detail: string;
  /** One standalone sentence, for places without the label ("Closed to new applicants since 19 December 2025."). */
  text: string;
  note?: string;
  source?: string;
}

const passed = (day: Date, today: Date) => day.getTime() < startOfDay(today).getTime();

export function startOfDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The status as a page about one scheme shows it: as statusView, and "Open" (with its note and source) when simply open. */
export function statusViewOrOpen(status: Status, today: Date, t: Dictionary = en): StatusView {
  return (
    statusView(status, today, t) ?? {
      state: 'open',
      check: false,
      label: t.status.open,
      detail: '',
      text: `${t.status.open}.`,
      note: status.note,
      source: status.source,
    }
  );
}

/** The status as the page shows it on `today`, in the dictionary's language; null when the scheme is simply open with no end date. */
export function statusView(status: Status, today: Date, t: Dictionary = en): StatusView | null {
  const { state, since, until } = status;
  if (state === 'open' && !until) return null;
  const w = t.statusText;
  const f = t.formatDate;
  const label = t.status[state];
  const base = { state, label, note: status.note, source: status.source, check: false };
  if (state === 'ended') return { ...base, detail: since ? w.on(f(since)) : '', text: since ? w.endedOn(f(since)) : w.ended };
  if (state === 'open') {
    if (passed(until!, today)) {
      const detail = `${w.wasDue(f(until!))} ${w.passed}`;
      return { ...base, check: true, label: w.check, detail, text: detail };
    }
    return { ...base, detail: w.until(f(until!)), text: w.openUntil(f(until!)) };
  }
  const sinceText = since ? w.since(f(since)) : '';
  if (until && passed(until, today)) {
    const rest = `${w.wasDueToLast(f(until))} ${w.passed}`;
    return { ...base, check: true, detail: `${cap(sinceText)}. ${rest}`, text: `${label} ${sinceText}. ${rest}` };
  }
  const dates = [sinceText, until ? w.untilShort(f(until)) : ''].filter(Boolean).join(', ');
  return { ...base, detail: `${cap(dates)}.`, text: `${label} ${dates}.` };
}
