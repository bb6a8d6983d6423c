import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AttendeeForm } from '@/components/dashboard/attendee-form';
import { getRegistrationDetail } from '@/lib/attendees/queries';
import { requireOrganizer } from '@/lib/auth/guards';
import { storedAnswers } from '@/lib/questions/format';

export const metadata: Metadata = { title: 'Anmeldung bearbeiten', robots: { index: false } };

export default async function EditRegistrationPage({ params }: { params: Promise<{ slug: string; id: string }> }) {
  await requireOrganizer();
  const { slug, id } = await params;
  const detail = await getRegistrationDetail(slug, id);
  if (!detail) notFound();
  const { registration: r } = detail;
  // Archived questions are not on the form; their stored answers are kept by the update.
  const questions = detail.questions.filter((q) => !q.archived);
  return (
    <div className="stack">
      <p>
        <Link href={`/dashboard/events/${slug}/registrations/${r.id}`}>← Zurück zur Anmeldung</Link>
      </p>
      <h1>Anmeldung bearbeiten</h1>
      <p className="muted">{r.email} · Die E-Mail-Adresse ändert die Person selbst über ihren persönlichen Link.</p>
      <AttendeeForm
        mode="edit"
        slug={slug}
        questions={questions}
        registrationId={r.id}
        registration={{ ...r, answers: storedAnswers(r.answers) }}
      />
    </div>
  );
}
