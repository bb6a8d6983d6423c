import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SessionForm } from '@/components/event-editor/session-form';
import { SessionList } from '@/components/event-editor/session-list';
import { requireOrganizer } from '@/lib/auth/guards';
import { toBerlinInput } from '@/lib/events/datetime-input';
import { getEditableEvent } from '@/lib/events/editor-queries';
import { getI18n } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.editor.programme.metaTitle };
}

export default async function EditProgrammePage({ params }: { params: Promise<{ slug: string }> }) {
  await requireOrganizer();
  const [event, { locale, t }] = await Promise.all([params.then((p) => getEditableEvent(p.slug)), getI18n()]);
  if (!event) notFound();
  const p = t.editor.programme;
  const start = toBerlinInput(event.startsAt);
  return (
    <div className="stack">
      <section aria-labelledby="sessions-heading" className="stack">
        <h2 id="sessions-heading">{p.heading}</h2>
        <p className="muted">{p.sorted}</p>
        <SessionList
          eventId={event.id}
          sessions={event.sessions}
          t={t.editor}
          adminText={t.sessionAdmin}
          locale={locale}
        />
      </section>
      <section aria-labelledby="new-session-heading" className="stack">
        <h2 id="new-session-heading">{p.newHeading}</h2>
        <SessionForm
          eventId={event.id}
          sessionId={null}
          idPrefix="new-session"
          booked={0}
          adminText={t.sessionAdmin}
          defaults={{
            title: '',
            titleEn: '',
            startsAt: start,
            endsAt: '',
            room: '',
            description: '',
            descriptionEn: '',
            speakers: [],
            bookable: false,
            capacity: '',
            waitlistEnabled: false,
          }}
        />
      </section>
    </div>
  );
}
