/** Words that are true the day they are written and wrong soon after: dates and countdowns come from data instead. */
const STALE =
  /\b(checked against today|as of (today|now)|at the moment|right now|(this|next|coming) (year|month|week)|(days|weeks|months) away|in the coming (days|weeks|months)|today(?!['’]s))\b|\baujourd['’]hui\b|\b(cette année|l['’]an prochain|l['’]année prochaine|ce mois-ci|cette semaine)(?![\p{L}])|\bdans (quelques|deux|trois|quatre|cinq|six) (jours|semaines|mois)\b/giu;

/** The stale phrases in a text, as written there. */
export function staleWords(text: string): string[] {
  return [...text.matchAll(STALE)].map((m) => m[0]);
}
