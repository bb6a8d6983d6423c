import dashboard from '@/components/dashboard/dashboard.module.css';
import { formatNumber } from '@/lib/format';
import type { DeliveryCounts } from '@/lib/messages/queries';
import { MAIL_STATUSES, STATUS_DISPLAY } from './delivery-status';

/** How many of a message's mails are in each delivery state. */
export function DeliveryTotals({ counts }: { counts: DeliveryCounts }) {
  return (
    <dl className={dashboard.counts} aria-label="Zustellung insgesamt">
      {MAIL_STATUSES.map((status) => (
        <div key={status} className={dashboard.count}>
          <dt>{STATUS_DISPLAY[status].label}</dt>
          <dd>{formatNumber(counts[status])}</dd>
        </div>
      ))}
    </dl>
  );
}
