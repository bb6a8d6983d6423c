import type { Metadata } from 'next';
import Link from 'next/link';
import { NewEventForm } from '@/components/event-editor/new-event-form';
import { requireOrganizer } from '@/lib/auth/guards';

export const metadata: Metadata = { title: 'Neue Veranstaltung' };

export default async function NewEventPage() {
  await requireOrganizer();
  return (
    <div className="stack">
      <p>
        <Link href="/dashboard">← Übersicht</Link>
      </p>
      <h1>Neue Veranstaltung</h1>
      <p className="muted">
        Die Veranstaltung bleibt unveröffentlicht, bis Sie sie im Editor veröffentlichen. Programm, Gastgeber, Fragen
        und Anmeldung richten Sie danach ein.
      </p>
      <NewEventForm />
    </div>
  );
}
