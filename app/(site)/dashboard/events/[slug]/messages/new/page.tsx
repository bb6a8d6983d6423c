import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { MessageForm } from '@/components/messages/message-form';
import { requireOrganizer } from '@/lib/auth/guards';
import { formatDateTime } from '@/lib/format';
import { getMessageComposer } from '@/lib/messages/queries';

export const metadata: Metadata = { title: 'Neue Nachricht' };

export default async function NewMessagePage({ params }: { params: Promise<{ slug: string }> }) {
  const user = await requireOrganizer();
  const { slug } = await params;
  const data = await getMessageComposer(slug);
  if (!data) notFound();
  const { event, counts } = data;
  return (
    <div className="stack narrow">
      <p>
        <Link href={`/dashboard/events/${event.slug}/messages`}>← Zurück zu den Nachrichten</Link>
      </p>
      <h1>Neue Nachricht</h1>
      <p className="muted">
        An Teilnehmende von {event.title} · {formatDateTime(event.startsAt)}
      </p>
      <MessageForm slug={event.slug} counts={counts} actorEmail={user.email} />
    </div>
  );
}
