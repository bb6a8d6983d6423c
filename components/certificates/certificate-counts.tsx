import dashboard from '@/components/dashboard/dashboard.module.css';
import type { CertificateSendCounts } from '@/lib/certificates/delivery-queries';
import { formatNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';

/** The numbers an organizer sees before "send all": eligible, already mailed, to send now, revoked, no address. */
export function CertificateCounts({
  counts,
  t,
  locale,
}: {
  counts: CertificateSendCounts;
  t: Dictionary['certificates']['delivery'];
  locale: Locale;
}) {
  const items: [string, number][] = [
    [t.countEligible, counts.eligible],
    [t.countSent, counts.alreadyMailed],
    [t.countToSend, counts.toSend],
    [t.countRevoked, counts.revoked],
    [t.countNoEmail, counts.noEmail],
  ];
  return (
    <dl className={dashboard.counts} aria-label={t.countsLabel}>
      {items.map(([label, n]) => (
        <div key={label} className={dashboard.count}>
          <dt>{label}</dt>
          <dd>{formatNumber(n, locale)}</dd>
        </div>
      ))}
    </dl>
  );
}
