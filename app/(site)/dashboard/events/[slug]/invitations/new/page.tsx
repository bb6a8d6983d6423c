import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { InviteeForm } from '@/components/invitations/invitee-form';
import { requireOrganizer } from '@/lib/auth/guards';
import { contentLang } from '@/lib/i18n/config';
import { getI18n } from '@/lib/i18n/server';
import { getInvitationEvent } from '@/lib/invitations/queries';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.invitations.add.title };
}

export default async function NewInvitationPage({ params }: { params: Promise<{ slug: string }> }) {
  await requireOrganizer();
  const [event, { t, locale }] = await Promise.all([params.then((p) => getInvitationEvent(p.slug)), getI18n()]);
  if (!event) notFound();
  return (
    <div className="stack">
      <p>
        <Link href={`/dashboard/events/${event.slug}/invitations`}>{t.invitations.add.back}</Link>
      </p>
      <h1>{t.invitations.add.title}</h1>
      <p className="muted" lang={contentLang(locale)}>
        {event.title}
      </p>
      <p>{t.invitations.add.intro}</p>
      <InviteeForm slug={event.slug} t={t.invitations} form={t.form} locale={locale} />
    </div>
  );
}
