const GERMAN: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', Ä: 'ae', Ö: 'oe', Ü: 'ue', ẞ: 'ss' };

/** Longest slug the editor accepts (slugSchema). */
const MAX_LENGTH = 80;

/**
 * A slug proposed from a title: German umlauts and ß transliterated (ä→ae, ß→ss), other accents dropped,
 * lower case, words joined by single hyphens, at most 80 characters and never ending in a hyphen.
 */
export function slugify(title: string): string {
  return title
    .replace(/[äöüßÄÖÜẞ]/g, (c) => GERMAN[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_LENGTH)
    .replace(/-+$/, '');
}
