import dashboard from '@/components/dashboard/dashboard.module.css';
import { formatNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import type { DeliveryCounts } from '@/lib/messages/queries';
import { MAIL_STATUSES } from './delivery-status';

/** How many of a message's mails are in each delivery state. */
export function DeliveryTotals({
  counts,
  label,
  t,
  locale,
}: {
  counts: DeliveryCounts;
  label: string;
  t: Dictionary['dashboard']['mails'];
  locale: Locale;
}) {
  return (
    <dl className={dashboard.counts} aria-label={label}>
      {MAIL_STATUSES.map((status) => (
        <div key={status} className={dashboard.count}>
          <dt>{t[`status.${status}`]}</dt>
          <dd>{formatNumber(counts[status], locale)}</dd>
        </div>
      ))}
    </dl>
  );
}
