/** The legal-basis groups categories are filed under, in the order the site lists them. */
import { en } from '../i18n/en';

const GROUP_BASES = [
  { id: 'agreements', basis: 'R204' },
  { id: 'significant-benefit', basis: 'R205(a)' },
  { id: 'reciprocal-employment', basis: 'R205(b)' },
  { id: 'designated-by-minister', basis: 'R205(c)' },
  { id: 'charitable-religious', basis: 'R205(d)' },
  { id: 'other-grounds', basis: 'R206 to R208' },
  { id: 'public-policies', basis: 'IRPA 25.2' },
] as const;
export type GroupId = (typeof GROUP_BASES)[number]['id'];

/** Each group with its English label (the UI dictionary holds the words). */
export const GROUPS = GROUP_BASES.map((g) => ({ ...g, label: en.groups[g.id] }));
export const GROUP_IDS = GROUPS.map((g) => g.id) as [GroupId, ...GroupId[]];

export function groupLabel(id: GroupId): string {
  return GROUPS.find((g) => g.id === id)?.label ?? id;
}
