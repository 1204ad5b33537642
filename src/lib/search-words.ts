// Everyday words to the guide's words, so a question as a reader types it finds the right guide.
// Pagefind has no synonyms of its own, so the query is rewritten before it is searched.
import type { Lang } from './paths';

/** A reader's word → the word the guides use. */
const EVERYDAY: Record<Lang, Record<string, string>> = {
  en: {
    wife: 'spouse',
    husband: 'spouse',
    partner: 'spouse',
    girlfriend: 'common-law',
    boyfriend: 'common-law',
    married: 'spouse',
    kids: 'children',
    kid: 'child',
    son: 'child',
    daughter: 'child',
    job: 'work',
    jobs: 'work',
    working: 'work',
    employment: 'work',
    employed: 'work',
    nanny: 'caregiver',
    babysitter: 'caregiver',
    caretaker: 'caregiver',
    priest: 'religious',
    pastor: 'religious',
    imam: 'religious',
    rabbi: 'religious',
    nun: 'religious',
    missionary: 'religious',
    postdoc: 'post-doctoral',
    postdoctoral: 'post-doctoral',
    internship: 'co-op',
    intern: 'co-op',
    placement: 'co-op',
    graduate: 'post-graduation',
    graduated: 'post-graduation',
    graduation: 'post-graduation',
    studying: 'student',
    studies: 'student',
    study: 'student',
    masters: 'master',
    refugee: 'refugee',
    asylum: 'refugee',
    abuse: 'vulnerable',
    abused: 'vulnerable',
    abusive: 'vulnerable',
    transfer: 'intra-company',
    transferred: 'intra-company',
  },
  fr: {
    femme: 'conjoint',
    mari: 'conjoint',
    épouse: 'conjoint',
    époux: 'conjoint',
    partenaire: 'conjoint',
    conjointe: 'conjoint',
    enfants: 'enfants',
    fils: 'enfant',
    fille: 'enfant',
    emploi: 'travail',
    boulot: 'travail',
    job: 'travail',
    travailler: 'travail',
    nounou: 'aide familial',
    gardienne: 'aide familial',
    prêtre: 'religieux',
    pasteur: 'religieux',
    imam: 'religieux',
    rabbin: 'religieux',
    postdoc: 'postdoctoral',
    stage: 'stage',
    stagiaire: 'stage',
    diplômé: 'postdiplôme',
    diplômée: 'postdiplôme',
    études: 'étudiant',
    étudie: 'étudiant',
    étudier: 'étudiant',
    asile: 'réfugié',
    mutation: 'mutées',
    muté: 'mutées',
    mutée: 'mutées',
  },
};

/** Words of a question that say nothing about the guide wanted. */
const STOP: Record<Lang, Set<string>> = {
  en: new Set(
    'a an the my our your his her their i we you he she they me us is am are was be been can could may might will would should do does did to of in on at for from with and or but if so that this what which who how when where why it its as by not no yes there here please want need get'.split(
      ' ',
    ),
  ),
  fr: new Set(
    'un une le la les l mon ma mes notre nos votre vos son sa ses leur leurs je j tu il elle nous vous ils elles me moi est suis es sont était être peut peux pouvoir puis dois doit de du des d à au aux en dans sur pour par avec et ou mais si que qu qui quoi comment quand où pourquoi ce cet cette ces ça ne pas plus y a ai avoir'.split(
      ' ',
    ),
  ),
};

/** The query Pagefind gets: question words dropped, everyday words replaced by the guide's own; the query itself when nothing is left. */
export function everydayQuery(query: string, lang: Lang = 'en'): string {
  // French inverted questions ("puis-je", "peut-on") end in a pronoun after a hyphen.
  const text = query
    .toLowerCase()
    .replace(/[’']/g, ' ')
    .replace(/-(?:t-)?(?:je|tu|il|elle|on|nous|vous|ils|elles)\b/gu, ' ');
  const words = text.split(/[^\p{L}\p{N}-]+/u).filter(Boolean);
  const kept = words.filter((w) => w.length > 1 && !STOP[lang].has(w)).map((w) => EVERYDAY[lang][w] ?? w);
  const unique = [...new Set(kept)];
  return unique.length ? unique.join(' ') : query;
}

/**
 * Pagefind shows only pages that have every word, so one word no guide uses ("Toronto") would hide them all. These are
 * the queries to try in turn: all the words, then each with one word left out (the last first), then each word alone.
 */
export function fallbackQueries(query: string, limit = 12): string[] {
  const words = query.split(' ').filter(Boolean);
  if (words.length < 2) return [query];
  const out = [words.join(' ')];
  for (let i = words.length - 1; i >= 0; i--) out.push(words.filter((_, j) => j !== i).join(' '));
  out.push(...words);
  return [...new Set(out)].slice(0, limit);
}

/**
 * A page as the search index reads it: the typographic apostrophe between letters ("d’étudiants", "IRCC’s") becomes
 * the plain one, at which Pagefind splits words, so "étudiants" and "IRCC" are found. Readers still see ’ on the page.
 */
export function withPlainApostrophes(html: string): string {
  return html.replace(/(?<=\p{L})’(?=\p{L})/gu, "'");
}
