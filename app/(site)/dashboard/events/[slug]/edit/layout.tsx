import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { EditorNav } from '@/components/event-editor/editor-nav';
import styles from '@/components/event-editor/editor.module.css';
import { PublishToggle } from '@/components/event-editor/publish-toggle';
import { requireOrganizer } from '@/lib/auth/guards';
import { getEditableEvent } from '@/lib/events/editor-queries';

type Props = { params: Promise<{ slug: string }>; children: ReactNode };

export default async function EditEventLayout({ params, children }: Props) {
  await requireOrganizer();
  const event = await getEditableEvent((await params).slug);
  if (!event) notFound();
  return (
    <div className="stack">
      <p>
        <Link href="/dashboard">← Übersicht</Link>
      </p>
      <div className={styles.header}>
        <h1>{event.title}</h1>
        <div className={styles.row}>
          <span className={`badge ${event.published ? 'badge-success' : 'badge-warning'}`}>
            {event.published ? 'veröffentlicht' : 'nicht veröffentlicht'}
          </span>
          {event.published ? <Link href={`/events/${event.slug}`}>Öffentliche Seite</Link> : null}
          <PublishToggle eventId={event.id} title={event.title} published={event.published} />
        </div>
      </div>
      <EditorNav slug={event.slug} />
      {children}
    </div>
  );
}
