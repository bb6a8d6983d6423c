import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AttendeeForm } from '@/components/dashboard/attendee-form';
import { getI18n } from '@/lib/i18n/server';
import { getRegistrationTargetForOrganizer } from '@/lib/registrations/queries';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.dashboard.registration.newPageTitle, robots: { index: false } };
}

export default async function NewRegistrationPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const [target, { t, locale }] = await Promise.all([getRegistrationTargetForOrganizer(slug), getI18n()]);
  if (!target) notFound();
  const { questions } = target;
  const tr = t.dashboard.registration;
  return (
    <div className="stack">
      <p>
        <Link href={`/dashboard/events/${slug}`}>{tr.back}</Link>
      </p>
      <h1>{tr.newTitle}</h1>
      <p className="muted">{tr.newIntro}</p>
      <AttendeeForm mode="create" slug={slug} questions={questions} t={tr} form={t.form} locale={locale} />
    </div>
  );
}
