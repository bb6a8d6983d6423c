import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ImportForm } from '@/components/invitations/import-form';
import { requireOrganizer } from '@/lib/auth/guards';
import { contentLang } from '@/lib/i18n/config';
import { getI18n } from '@/lib/i18n/server';
import { getInvitationEvent } from '@/lib/invitations/queries';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.invitations.import.title };
}

export default async function ImportInvitationsPage({ params }: { params: Promise<{ slug: string }> }) {
  await requireOrganizer();
  const [event, { t, locale }] = await Promise.all([params.then((p) => getInvitationEvent(p.slug)), getI18n()]);
  if (!event) notFound();
  const i = t.invitations.import;
  return (
    <div className="stack">
      <p>
        <Link href={`/dashboard/events/${event.slug}/invitations`}>{i.back}</Link>
      </p>
      <h1>{i.title}</h1>
      <p className="muted" lang={contentLang(locale)}>
        {event.title}
      </p>
      <p>{i.intro}</p>
      <ImportForm slug={event.slug} t={t.invitations} locale={locale} />
    </div>
  );
}
