import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { EditorNav } from '@/components/event-editor/editor-nav';
import styles from '@/components/event-editor/editor.module.css';
import { EditorTextProvider } from '@/components/event-editor/editor-text';
import { PublishToggle } from '@/components/event-editor/publish-toggle';
import { requireOrganizer } from '@/lib/auth/guards';
import { getEditableEvent } from '@/lib/events/editor-queries';
import { isLegalConfigured } from '@/lib/legal/queries';
import { publishChecklist } from '@/lib/events/publish-checklist';
import { getI18n } from '@/lib/i18n/server';

type Props = { params: Promise<{ slug: string }>; children: ReactNode };

export default async function EditEventLayout({ params, children }: Props) {
  await requireOrganizer();
  const [event, { t }, legalConfigured] = await Promise.all([
    params.then((p) => getEditableEvent(p.slug)),
    getI18n(),
    isLegalConfigured(),
  ]);
  if (!event) notFound();
  const e = t.editor;
  const checklist = publishChecklist({ event, sessionCount: event.sessionCount, legalConfigured });
  return (
    <EditorTextProvider text={e}>
      <div className="stack">
        <p>
          <Link href="/dashboard">{e.common.backToOverview}</Link>
        </p>
        <div className={styles.header}>
          <h1>{event.title}</h1>
          <div className={styles.row}>
            <span className={`badge ${event.published ? 'badge-success' : 'badge-warning'}`}>
              {event.published ? e.header.published : e.header.unpublished}
            </span>
            {event.published ? <Link href={`/events/${event.slug}`}>{e.header.publicPage}</Link> : null}
          </div>
        </div>
        {/* Own line: the checklist opens below the button across the full width. */}
        <PublishToggle
          eventId={event.id}
          title={event.title}
          published={event.published}
          checklist={checklist}
          streamText={t.sessionAdmin.checklist}
        />
        <EditorNav slug={event.slug} attendanceLabel={t.sessionAdmin.nav} />
        {children}
      </div>
    </EditorTextProvider>
  );
}
