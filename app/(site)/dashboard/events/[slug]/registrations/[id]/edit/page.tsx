import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AttendeeForm } from '@/components/dashboard/attendee-form';
import { getRegistrationDetail } from '@/lib/attendees/queries';
import { requireOrganizer } from '@/lib/auth/guards';
import { getI18n } from '@/lib/i18n/server';
import { storedAnswers } from '@/lib/questions/format';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.dashboard.registration.editTitle, robots: { index: false } };
}

export default async function EditRegistrationPage({ params }: { params: Promise<{ slug: string; id: string }> }) {
  await requireOrganizer();
  const { slug, id } = await params;
  const [detail, { t, locale }] = await Promise.all([getRegistrationDetail(slug, id), getI18n()]);
  const tr = t.dashboard.registration;
  if (!detail) notFound();
  const { registration: r } = detail;
  // Archived questions are not on the form; their stored answers are kept by the update.
  const questions = detail.questions.filter((q) => !q.archived);
  return (
    <div className="stack">
      <p>
        <Link href={`/dashboard/events/${slug}/registrations/${r.id}`}>{tr.editBack}</Link>
      </p>
      <h1>{tr.editTitle}</h1>
      <p className="muted">
        {r.email} · {tr.editNote}
      </p>
      <AttendeeForm
        mode="edit"
        slug={slug}
        questions={questions}
        registrationId={r.id}
        registration={{ ...r, answers: storedAnswers(r.answers) }}
        t={tr}
        form={t.form}
        locale={locale}
      />
    </div>
  );
}
