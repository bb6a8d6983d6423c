import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AttendeeAuditTrail } from '@/components/dashboard/attendee-audit-trail';
import { CancelRegistrationButton } from '@/components/dashboard/cancel-registration-button';
import { RegistrationDetail } from '@/components/dashboard/registration-detail';
import { RegistrationMails } from '@/components/messages/registration-mails';
import { ResendMailButton } from '@/components/dashboard/resend-mail-button';
import { getRegistrationDetail } from '@/lib/attendees/queries';
import { requireOrganizer } from '@/lib/auth/guards';
import { getRegistrationMails } from '@/lib/messages/queries';

export const metadata: Metadata = { title: 'Anmeldung', robots: { index: false } };

const GUEST_LABELS = {
  attendee: null,
  guest: 'Eingeladener Gast',
  speaker: 'Referent/in',
  walk_in: 'Vor Ort registriert',
} as const;

export default async function RegistrationDetailPage({ params }: { params: Promise<{ slug: string; id: string }> }) {
  await requireOrganizer();
  const { slug, id } = await params;
  const detail = await getRegistrationDetail(slug, id);
  if (!detail) notFound();
  const { registration: r, questions, audit } = detail;
  const mails = await getRegistrationMails(r.id);
  const name = [r.title, r.firstName, r.lastName].filter(Boolean).join(' ');
  const kind = GUEST_LABELS[r.guestType];
  return (
    <div className="stack">
      <p>
        <Link href={`/dashboard/events/${r.event.slug}`}>← Zurück zu den Teilnehmenden</Link>
      </p>
      <h1>{name}</h1>
      <p className="muted">
        {r.event.title}
        {kind && ` · ${kind}`}
        {r.overCapacity && ' · über die Kapazität hinaus'}
      </p>
      <RegistrationDetail r={r} questions={questions} />
      <section aria-labelledby="actions" className="stack">
        <h2 id="actions">Aktionen</h2>
        {r.status !== 'cancelled' && !r.anonymizedAt && (
          <p>
            <Link className="btn btn-secondary" href={`/dashboard/events/${r.event.slug}/registrations/${r.id}/edit`}>
              Bearbeiten
            </Link>
          </p>
        )}
        {r.status !== 'cancelled' && <ResendMailButton slug={r.event.slug} registrationId={r.id} />}
        {/* Rendered for cancelled registrations too, so the outcome message survives the refresh. */}
        <CancelRegistrationButton
          slug={r.event.slug}
          registrationId={r.id}
          name={name}
          cancelled={r.status === 'cancelled'}
        />
      </section>
      <RegistrationMails mails={mails} />
      <section aria-labelledby="audit" className="stack">
        <h2 id="audit">Protokoll</h2>
        <AttendeeAuditTrail entries={audit} />
      </section>
    </div>
  );
}
