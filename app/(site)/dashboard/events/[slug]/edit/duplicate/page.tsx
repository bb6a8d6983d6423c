import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DuplicateForm } from '@/components/event-editor/duplicate-form';
import { requireOrganizer } from '@/lib/auth/guards';
import { toBerlinInput } from '@/lib/events/datetime-input';
import { nextEditionDefaults } from '@/lib/events/duplicate-service';
import { getEditableEvent } from '@/lib/events/editor-queries';

export const metadata: Metadata = { title: 'Neue Ausgabe' };

export default async function DuplicateEventPage({ params }: { params: Promise<{ slug: string }> }) {
  await requireOrganizer();
  const event = await getEditableEvent((await params).slug);
  if (!event) notFound();
  const next = nextEditionDefaults(event);
  return (
    <section aria-labelledby="duplicate-heading" className="stack">
      <h2 id="duplicate-heading">Neue Ausgabe anlegen</h2>
      <p>
        Kopiert Texte, Ort, Einstellungen, Gastgeber mit Logos, das Programm mit den Mitwirkenden und die aktiven Fragen
        in eine neue, noch nicht veröffentlichte Veranstaltung. Anmeldungen werden nicht kopiert.
      </p>
      <DuplicateForm
        sourceId={event.id}
        defaults={{ title: next.title, slug: next.slug, startsAt: toBerlinInput(next.startsAt) }}
      />
    </section>
  );
}
