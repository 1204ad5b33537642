import type { Status, StatusState } from './category-schema';
import { formatDate } from './dates';
import { en } from '../i18n/en';

export const STATUS_LABELS: Record<StatusState, string> = en.status;

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
const CHECK = "That date has passed: check IRCC's page for what holds now.";

export function startOfDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/** The status as the page shows it on `today`; null when the scheme is simply open with no end date. */
export function statusView(status: Status, today: Date): StatusView | null {
  const { state, since, until } = status;
  if (state === 'open' && !until) return null;
  const label = STATUS_LABELS[state];
  const base = { state, label, note: status.note, source: status.source, check: false };
  if (state === 'ended') {
    const when = since ? `on ${formatDate(since)}` : '';
    return { ...base, detail: since ? `On ${formatDate(since)}.` : '', text: `Ended ${when}`.trim() + '.' };
  }
  if (state === 'open') {
    if (passed(until!, today)) {
      const detail = `It was due to end on ${formatDate(until!)}. ${CHECK}`;
      return { ...base, check: true, label: 'Check with IRCC', detail, text: detail };
    }
    const detail = `Until ${formatDate(until!)}, unless IRCC extends or ends it.`;
    return { ...base, detail, text: `Open until ${formatDate(until!)}, unless IRCC extends or ends it.` };
  }
  const sinceText = since ? `since ${formatDate(since)}` : '';
  if (until && passed(until, today)) {
    const rest = `It was due to last until ${formatDate(until)}. ${CHECK}`;
    return { ...base, check: true, detail: `${cap(sinceText)}. ${rest}`, text: `${label} ${sinceText}. ${rest}` };
  }
  const dates = `${sinceText}${until ? `, until ${formatDate(until)}` : ''}`;
  return { ...base, detail: `${cap(dates)}.`, text: `${label} ${dates}.` };
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** True when new applicants cannot use the scheme (closed, paused, ended): never offer it as a route. */
export function isClosed(status: Status): boolean {
  return status.state !== 'open';
}
