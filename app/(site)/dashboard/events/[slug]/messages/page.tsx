import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import dashboard from '@/components/dashboard/dashboard.module.css';
import { MessageTable } from '@/components/messages/message-table';
import { requireOrganizer } from '@/lib/auth/guards';
import { formatDateTime, formatNumber } from '@/lib/format';
import { getMessageList, MESSAGE_LIST_LIMIT } from '@/lib/messages/queries';

export const metadata: Metadata = { title: 'Nachrichten' };

export default async function EventMessagesPage({ params }: { params: Promise<{ slug: string }> }) {
  await requireOrganizer();
  const { slug } = await params;
  const data = await getMessageList(slug);
  if (!data) notFound();
  const { event, messages, total } = data;
  return (
    <div className="stack">
      <p>
        <Link href={`/dashboard/events/${event.slug}`}>← Zurück zu den Teilnehmenden</Link>
      </p>
      <h1>Nachrichten</h1>
      <p className="muted">
        {event.title} · {formatDateTime(event.startsAt)}
      </p>
      <div className={dashboard.actions}>
        <Link className="btn" href={`/dashboard/events/${event.slug}/messages/new`}>
          Neue Nachricht schreiben
        </Link>
      </div>
      {messages.length === 0 ? (
        <p className="alert alert-info">Für diese Veranstaltung wurden noch keine Nachrichten verschickt.</p>
      ) : (
        <>
          {total > messages.length ? (
            <p className="muted">
              Die neuesten {formatNumber(MESSAGE_LIST_LIMIT)} von {formatNumber(total)} Nachrichten.
            </p>
          ) : null}
          <MessageTable
            slug={event.slug}
            messages={messages}
            caption={`Nachrichten an Teilnehmende von ${event.title}`}
          />
        </>
      )}
    </div>
  );
}
