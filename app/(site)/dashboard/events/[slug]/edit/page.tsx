import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BasicsForm } from '@/components/event-editor/basics-form';
import { requireOrganizer } from '@/lib/auth/guards';
import { toBerlinInput } from '@/lib/events/datetime-input';
import { getEditableEvent } from '@/lib/events/editor-queries';

export const metadata: Metadata = { title: 'Veranstaltung bearbeiten' };

type Props = { params: Promise<{ slug: string }> };

export default async function EditBasicsPage({ params }: Props) {
  await requireOrganizer();
  const event = await getEditableEvent((await params).slug);
  if (!event) notFound();
  const slugLocked = event.slugEditable
    ? undefined
    : event.published
      ? 'Fest, weil die Veranstaltung veröffentlicht ist: Links in Mails und auf anderen Seiten würden sonst ins Leere führen.'
      : 'Fest, weil es schon Anmeldungen gibt: die Links in deren Mails würden sonst ins Leere führen.';
  return (
    <section aria-labelledby="basics-heading" className="stack">
      <h2 id="basics-heading">Grunddaten</h2>
      <BasicsForm
        eventId={event.id}
        slugLocked={slugLocked}
        defaults={{
          title: event.title,
          slug: event.slug,
          motto: event.motto ?? '',
          description: event.description,
          themes: event.themes.join('\n'),
          startsAt: toBerlinInput(event.startsAt),
          endsAt: toBerlinInput(event.endsAt),
        }}
      />
    </section>
  );
}
