/** The legal-basis groups categories are filed under, in the order the site lists them; their words are in the UI dictionaries (t.groups[id]). */
export const GROUPS = [
  { id: 'agreements', basis: 'R204' },
  { id: 'significant-benefit', basis: 'R205(a)' },
  { id: 'reciprocal-employment', basis: 'R205(b)' },
  { id: 'designated-by-minister', basis: 'R205(c)' },
  { id: 'charitable-religious', basis: 'R205(d)' },
  { id: 'other-grounds', basis: 'R206 to R208' },
  { id: 'public-policies', basis: 'IRPA 25.2' },
] as const;
export type GroupId = (typeof GROUPS)[number]['id'];

export const GROUP_IDS = GROUPS.map((g) => g.id) as [GroupId, ...GroupId[]];
