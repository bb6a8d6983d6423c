import Link from 'next/link';
import type { ReactNode } from 'react';
import { DataTable, type DataTableColumn } from '@/components/ui/data-table';
import { StatusBadge } from '@/components/ui/status-badge';
import { formatNumber, formatShortDate, formatTime } from '@/lib/format';
import { fill, type Locale } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import type { MessageListItem } from '@/lib/messages/queries';
import { deliverySummaryIn } from './delivery-status';

interface Texts {
  t: Dictionary['dashboard']['messages'];
  mails: Dictionary['dashboard']['mails'];
  locale: Locale;
}

// Subjects are what organizers wrote: marked lang="de".
function columns(slug: string, { t, mails, locale }: Texts): DataTableColumn<MessageListItem>[] {
  return [
    {
      key: 'date',
      header: t.colDate,
      wrap: 'nowrap',
      cell: (m) => (
        <time dateTime={m.createdAt.toISOString()}>
          {formatShortDate(m.createdAt, locale)}, {formatTime(m.createdAt, locale)}
        </time>
      ),
    },
    {
      key: 'subject',
      header: t.colSubject,
      rowHeader: true,
      cell: (m) => (
        <>
          <Link href={`/dashboard/events/${slug}/messages/${m.id}`} lang="de">
            {m.subject}
          </Link>
          {m.isTest ? (
            <>
              {' '}
              <StatusBadge label={t.testMail} tone="warning" />
            </>
          ) : null}
        </>
      ),
    },
    {
      key: 'audience',
      header: t.colAudience,
      cell: (m) => (m.isTest ? fill(t.onlyTo, { email: m.createdBy }) : t[`audience.${m.audience}`]),
    },
    {
      key: 'recipients',
      header: t.colRecipients,
      numeric: true,
      cell: (m) => formatNumber(m.recipientCount, locale),
    },
    { key: 'delivery', header: t.colDelivery, cell: (m) => deliverySummaryIn(m.delivery, mails, locale) },
  ];
}

/** An event's messages: date, subject (linking to the delivery view), audience, recipients and delivery counts. */
export function MessageTable({
  slug,
  messages,
  caption,
  ...texts
}: { slug: string; messages: MessageListItem[]; caption: ReactNode } & Texts) {
  return <DataTable caption={caption} columns={columns(slug, texts)} rows={messages} rowKey={(m) => m.id} />;
}
