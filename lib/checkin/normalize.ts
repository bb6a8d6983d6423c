// Name search on the device, tolerant of how people type German names at a busy door.

/**
 * Folds a name for comparison: case, accents and umlauts in either spelling (Müller, Mueller, Muller → "muller"),
 * ß → ss. Applied to both the list and the query, so the occasional over-folding ("Samuel" → "samul") still matches.
 */
export function normalizeName(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/ue/g, 'u')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Whether every word of the query occurs in the normalised haystack (name and organisation). */
export function matchesQuery(haystack: string, query: string): boolean {
  const terms = normalizeName(query).split(' ').filter(Boolean);
  if (terms.length === 0) return false;
  return terms.every((t) => haystack.includes(t));
}
