import Link from 'next/link';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { fill } from '@/lib/i18n/config';

/** "Kolleginnen und Kollegen anmelden": the way to the group form, where an event allows groups of two or more. */
export function GroupLink({
  slug,
  maxGroupSize,
  t,
}: {
  slug: string;
  maxGroupSize: number;
  t: Dictionary['approval']['public'];
}) {
  if (maxGroupSize < 2) return null;
  return (
    <p>
      {fill(t.groupLinkHint, { n: maxGroupSize })} <Link href={`/events/${slug}/register/group`}>{t.groupLink}</Link>
    </p>
  );
}
