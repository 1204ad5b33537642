import type { Lang } from '../lib/paths';
import { en, type Dictionary } from './en';
import { fr } from './fr';

const DICTIONARIES: { [L in Lang]?: Dictionary } = { en, fr };

/** The UI strings of a language. */
export function ui(lang: Lang = 'en'): Dictionary {
  const dictionary = DICTIONARIES[lang];
  if (!dictionary) throw new Error(`No UI dictionary for "${lang}" (src/i18n/${lang}.ts)`);
  return dictionary;
}
