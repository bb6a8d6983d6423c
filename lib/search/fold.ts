// The ONE definition of how search text is folded. The SQL function tb_search_fold() in
// prisma/migrations/20261127142000_attendee_search mirrors it; lib/search/fold.test.ts proves they agree.

/** Letters written as two letters in German transliteration (Müller = Mueller, Straße = Strasse). */
export const FOLD_DIGRAPHS: ReadonlyArray<readonly [string, string]> = [
  ['ä', 'ae'],
  ['ö', 'oe'],
  ['ü', 'ue'],
  ['ß', 'ss'],
  ['æ', 'ae'],
  ['œ', 'oe'],
];

/** Accented letters and their base letter (after lower-casing), as used by SQL translate(). */
export const FOLD_ACCENTS_FROM = 'àáâãåāăąçćčďđèéêëēėęěğìíîïīįıłľĺñńňòóôõøōőŕřśšşťţùúûůūűųýÿžźż';
export const FOLD_ACCENTS_TO = 'aaaaaaaacccddeeeeeeeegiiiiiiilllnnnooooooorrsssttuuuuuuuyyzzz';

const accentMap = new Map([...FOLD_ACCENTS_FROM].map((c, i) => [c, FOLD_ACCENTS_TO[i]!]));

/** Lower-cases, transliterates umlauts and ß, and drops accents, exactly like the SQL tb_search_fold(). */
export function foldSearchText(value: string): string {
  // JavaScript lower-cases the Turkish dotted İ to "i" plus a combining dot; PostgreSQL to a plain "i".
  let out = value.replaceAll('İ', 'i').toLowerCase();
  for (const [from, to] of FOLD_DIGRAPHS) out = out.replaceAll(from, to);
  return [...out].map((c) => accentMap.get(c) ?? c).join('');
}
