import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SessionList } from '@/components/event-editor/session-list';
import { SessionForm } from '@/components/event-editor/session-form';
import { requireOrganizer } from '@/lib/auth/guards';
import { toBerlinInput } from '@/lib/events/datetime-input';
import { getEditableEvent } from '@/lib/events/editor-queries';

export const metadata: Metadata = { title: 'Programm bearbeiten' };

export default async function EditProgrammePage({ params }: { params: Promise<{ slug: string }> }) {
  await requireOrganizer();
  const event = await getEditableEvent((await params).slug);
  if (!event) notFound();
  const start = toBerlinInput(event.startsAt);
  return (
    <div className="stack">
      <section aria-labelledby="sessions-heading" className="stack">
        <h2 id="sessions-heading">Programm</h2>
        <p className="muted">Programmpunkte erscheinen nach ihrer Anfangszeit sortiert.</p>
        <SessionList eventId={event.id} sessions={event.sessions} />
      </section>
      <section aria-labelledby="new-session-heading" className="stack">
        <h2 id="new-session-heading">Neuer Programmpunkt</h2>
        <SessionForm
          eventId={event.id}
          sessionId={null}
          idPrefix="new-session"
          defaults={{ title: '', startsAt: start, endsAt: '', room: '', description: '', speakers: [] }}
        />
      </section>
    </div>
  );
}
