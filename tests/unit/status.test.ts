import { describe, expect, it } from 'vitest';
import { statusView, statusViewOrOpen } from '../../src/lib/status';
import { buildDate } from '../../src/lib/build-date';

const day = (s: string) => new Date(`${s}T00:00:00Z`);
const src = 'https://www.canada.ca/en/x.html';

describe('a status as shown on a given day', () => {
  it('says nothing for a scheme simply open', () => {
    expect(statusView({ state: 'open' }, day('2026-12-01'))).toBeNull();
  });
  it('gives an open policy its end date while it is ahead, and asks to check IRCC once it has passed', () => {
    const policy = { state: 'open' as const, until: day('2026-12-31'), source: src };
    expect(statusView(policy, day('2026-12-31'))).toMatchObject({
      check: false,
      text: 'Open until 31 December 2026, unless IRCC extends or ends it.',
    });
    expect(statusView(policy, day('2027-01-01'))).toMatchObject({
      check: true,
      label: 'Check with IRCC',
      text: "It was due to end on 31 December 2026. That date has passed: check IRCC's page for what holds now.",
    });
  });
  it('dates a closure and a pause, and flags a pause whose end has passed', () => {
    expect(statusView({ state: 'closed', since: day('2025-12-19'), source: src }, day('2026-12-01'))?.text).toBe(
      'Closed to new applicants since 19 December 2025.',
    );
    const pause = { state: 'paused' as const, since: day('2026-03-31'), until: day('2030-03-30'), source: src };
    expect(statusView(pause, day('2026-12-01'))).toMatchObject({
      check: false,
      label: 'Paused',
      detail: 'Since 31 March 2026, until 30 March 2030.',
    });
    expect(statusView(pause, day('2030-04-01'))).toMatchObject({
      check: true,
      text: "Paused since 31 March 2026. It was due to last until 30 March 2030. That date has passed: check IRCC's page for what holds now.",
    });
  });
  it('says when a scheme ended', () => {
    expect(statusView({ state: 'ended', since: day('2025-12-31'), source: src }, day('2026-12-01'))?.text).toBe(
      'Ended on 31 December 2025.',
    );
  });
});

describe('the build date', () => {
  it('is today by default and fixed by IMP_BUILD_DATE', () => {
    expect(buildDate({}).toISOString().slice(0, 10)).toBe(new Date().toISOString().slice(0, 10));
    expect(buildDate({ IMP_BUILD_DATE: '2027-01-02' }).toISOString()).toBe('2027-01-02T00:00:00.000Z');
  });
  it('refuses a date it cannot read, naming it', () => {
    expect(() => buildDate({ IMP_BUILD_DATE: '1/2/2027' })).toThrow('IMP_BUILD_DATE must be a day written YYYY-MM-DD, not "1/2/2027"');
  });
});

describe('the status of a page about one scheme', () => {
  it('says "Open", with its note and source, where a guide would say nothing', () => {
    const open = { state: 'open' as const, note: 'A 5-year policy from 31 March 2025.', source: 'https://www.canada.ca/x.html' };
    expect(statusView(open, new Date('2026-12-01'))).toBeNull();
    expect(statusViewOrOpen(open, new Date('2026-12-01'))).toMatchObject({
      state: 'open',
      label: 'Open',
      text: 'Open.',
      note: open.note,
      source: open.source,
    });
    const ended = { state: 'ended' as const, since: new Date('2025-02-07'), source: 'https://www.canada.ca/x.html' };
    expect(statusViewOrOpen(ended, new Date('2026-12-01'))).toEqual(statusView(ended, new Date('2026-12-01')));
  });
});
