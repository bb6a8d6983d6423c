import type { Locale } from './config';
import { de, type Dictionary } from './de';
import { en } from './en';

export type { Dictionary };

const DICTIONARIES: Record<Locale, Dictionary> = { de, en };

/** The dictionary for a locale (plain strings only, so slices can be passed to client components). */
export function getDictionary(locale: Locale): Dictionary {
  return DICTIONARIES[locale];
}
