import Link from 'next/link';
import styles from '@/components/dashboard/dashboard.module.css';
import { StatusBadge } from '@/components/ui/status-badge';
import { formatNumber, formatShortDate, formatTime } from '@/lib/format';
import type { MessageListItem } from '@/lib/messages/queries';
import { AUDIENCE_LABELS } from '@/lib/messages/schema';
import { deliverySummary } from './delivery-status';

/** An event's messages: date, subject (linking to the delivery view), audience, recipients and delivery counts. */
export function MessageTable({ slug, messages, caption }: { slug: string; messages: MessageListItem[]; caption: string }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Datum</th>
            <th scope="col">Betreff</th>
            <th scope="col">Empfängerkreis</th>
            <th scope="col" className={styles.num}>Empfänger</th>
            <th scope="col">Zustellung</th>
          </tr>
        </thead>
        <tbody>
          {messages.map((m) => (
            <tr key={m.id}>
              <td className={styles.nowrap}>
                <time dateTime={m.createdAt.toISOString()}>{formatShortDate(m.createdAt)}, {formatTime(m.createdAt)} Uhr</time>
              </td>
              <th scope="row">
                <Link href={`/dashboard/events/${slug}/messages/${m.id}`}>{m.subject}</Link>
                {m.isTest ? <> <StatusBadge label="Testmail" tone="warning" /></> : null}
              </th>
              <td>{m.isTest ? <span>nur an {m.createdBy}</span> : AUDIENCE_LABELS[m.audience]}</td>
              <td className={styles.num}>{formatNumber(m.recipientCount)}</td>
              <td>{deliverySummary(m.delivery)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
