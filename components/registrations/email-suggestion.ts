import { POPULAR_DOMAINS, POPULAR_TLDS, run } from '@zootools/email-spell-checker';

// Domains German public-sector attendees actually use; listed first so that ties prefer them.
const GERMAN_DOMAINS = [
  'gmx.de',
  'gmx.net',
  'web.de',
  't-online.de',
  'freenet.de',
  'posteo.de',
  'mailbox.org',
  'outlook.de',
  'yahoo.de',
  'gmail.com',
  'googlemail.com',
  'icloud.com',
  'arcor.de',
  // Real neighbours of the above, so that they are not "corrected" into them.
  'gmx.at',
  'gmx.ch',
  'gmx.com',
  'hotmail.de',
  'live.de',
  'mail.de',
  'email.de',
  'aol.de',
  'posteo.net',
];
const DOMAINS = [...new Set([...GERMAN_DOMAINS, ...POPULAR_DOMAINS])];
const TLDS = [...new Set(['de', 'com', 'net', 'org', ...POPULAR_TLDS])];

/**
 * Optimal-string-alignment distance: a swapped pair of letters ("wbe" → "web") counts as one edit.
 * The library's default (sift3) rates such swaps too far apart to suggest anything.
 */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/** A likely correction of a mistyped e-mail domain ("jw@gmial.com" → "jw@gmail.com"), or null. Never blocks. */
export function suggestEmail(email: string): string | null {
  const value = email.trim();
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value)) return null;
  const suggestion = run({
    email: value,
    domains: DOMAINS,
    topLevelDomains: TLDS,
    distanceFunction: editDistance,
    // One edit at most: with two, real short domains (sab.de, bmi.de, lvz.de) were "corrected" into web.de, gmx.de, live.de.
    domainThreshold: 1,
    topLevelThreshold: 1,
    secondLevelThreshold: 1,
  });
  if (!suggestion || suggestion.full.toLowerCase() === value.toLowerCase()) return null;
  return suggestion.full;
}
