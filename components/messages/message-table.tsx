import Link from 'next/link';
import { DataTable, type DataTableColumn } from '@/components/ui/data-table';
import { StatusBadge } from '@/components/ui/status-badge';
import { formatNumber, formatShortDate, formatTime } from '@/lib/format';
import type { MessageListItem } from '@/lib/messages/queries';
import { AUDIENCE_LABELS } from '@/lib/messages/schema';
import { deliverySummary } from './delivery-status';

function columns(slug: string): DataTableColumn<MessageListItem>[] {
  return [
    {
      key: 'date',
      header: 'Datum',
      wrap: 'nowrap',
      cell: (m) => (
        <time dateTime={m.createdAt.toISOString()}>
          {formatShortDate(m.createdAt)}, {formatTime(m.createdAt)} Uhr
        </time>
      ),
    },
    {
      key: 'subject',
      header: 'Betreff',
      rowHeader: true,
      cell: (m) => (
        <>
          <Link href={`/dashboard/events/${slug}/messages/${m.id}`}>{m.subject}</Link>
          {m.isTest ? (
            <>
              {' '}
              <StatusBadge label="Testmail" tone="warning" />
            </>
          ) : null}
        </>
      ),
    },
    {
      key: 'audience',
      header: 'Empfängerkreis',
      cell: (m) => (m.isTest ? <span>nur an {m.createdBy}</span> : AUDIENCE_LABELS[m.audience]),
    },
    { key: 'recipients', header: 'Empfänger', numeric: true, cell: (m) => formatNumber(m.recipientCount) },
    { key: 'delivery', header: 'Zustellung', cell: (m) => deliverySummary(m.delivery) },
  ];
}

/** An event's messages: date, subject (linking to the delivery view), audience, recipients and delivery counts. */
export function MessageTable({
  slug,
  messages,
  caption,
}: {
  slug: string;
  messages: MessageListItem[];
  caption: string;
}) {
  return <DataTable caption={caption} columns={columns(slug)} rows={messages} rowKey={(m) => m.id} />;
}
