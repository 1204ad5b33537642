/** The legal-basis groups categories are filed under, in the order the site lists them. */
export const GROUPS = [
  { id: 'agreements', label: 'International agreements', basis: 'R204' },
  { id: 'significant-benefit', label: 'Canadian interests: significant benefit', basis: 'R205(a)' },
  { id: 'reciprocal-employment', label: 'Canadian interests: reciprocal employment', basis: 'R205(b)' },
  { id: 'designated-by-minister', label: 'Canadian interests: designated by the Minister', basis: 'R205(c)' },
  { id: 'charitable-religious', label: 'Charitable or religious work', basis: 'R205(d)' },
  { id: 'other-grounds', label: 'Self-support, permanent residence applicants, vulnerable workers and humanitarian reasons', basis: 'R206 to R208' },
  { id: 'public-policies', label: 'Public policies', basis: 'IRPA 25.2' },
] as const;

export type GroupId = (typeof GROUPS)[number]['id'];
export const GROUP_IDS = GROUPS.map((g) => g.id) as [GroupId, ...GroupId[]];

export function groupLabel(id: GroupId): string {
  return GROUPS.find((g) => g.id === id)?.label ?? id;
}
