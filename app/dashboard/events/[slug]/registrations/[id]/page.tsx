import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CancelRegistrationButton } from '@/components/dashboard/cancel-registration-button';
import { RegistrationDetail } from '@/components/dashboard/registration-detail';
import { RegistrationMails } from '@/components/messages/registration-mails';
import { getRegistrationDetail } from '@/lib/attendees/queries';
import { requireOrganizer } from '@/lib/auth/guards';
import { getRegistrationMails } from '@/lib/messages/queries';

export const metadata: Metadata = { title: 'Anmeldung', robots: { index: false } };

export default async function RegistrationDetailPage({ params }: { params: Promise<{ slug: string; id: string }> }) {
  await requireOrganizer();
  const { slug, id } = await params;
  const detail = await getRegistrationDetail(slug, id);
  if (!detail) notFound();
  const { registration: r, questions } = detail;
  const mails = await getRegistrationMails(r.id);
  const name = [r.title, r.firstName, r.lastName].filter(Boolean).join(' ');
  return (
    <div className="stack">
      <p><Link href={`/dashboard/events/${r.event.slug}`}>← Zurück zu den Teilnehmenden</Link></p>
      <h1>{name}</h1>
      <p className="muted">{r.event.title}</p>
      <RegistrationDetail r={r} questions={questions} />
      <section aria-labelledby="actions" className="stack">
        <h2 id="actions">Aktionen</h2>
        {/* Rendered for cancelled registrations too, so the outcome message survives the refresh. */}
        <CancelRegistrationButton slug={r.event.slug} registrationId={r.id} name={name} cancelled={r.status === 'cancelled'} />
      </section>
      <RegistrationMails mails={mails} />
    </div>
  );
}
