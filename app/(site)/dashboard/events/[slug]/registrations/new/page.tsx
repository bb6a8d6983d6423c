import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AttendeeForm } from '@/components/dashboard/attendee-form';
import { getRegistrationTargetForOrganizer } from '@/lib/registrations/queries';

export const metadata: Metadata = { title: 'Person hinzufügen', robots: { index: false } };

export default async function NewRegistrationPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const target = await getRegistrationTargetForOrganizer(slug);
  if (!target) notFound();
  const { questions } = target;
  return (
    <div className="stack">
      <p>
        <Link href={`/dashboard/events/${slug}`}>← Zurück zu den Teilnehmenden</Link>
      </p>
      <h1>Gast oder Referent/in hinzufügen</h1>
      <p className="muted">
        Die Person erhält die Bestätigung mit Ticket per E-Mail. Ist die Veranstaltung ausgebucht, kommt sie auf die
        Warteliste – außer Sie vergeben ausdrücklich einen Platz über die Kapazität hinaus.
      </p>
      <AttendeeForm mode="create" slug={slug} questions={questions} />
    </div>
  );
}
