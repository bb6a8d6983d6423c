import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { FillContent } from '@/components/dashboard/fill-content';
import { MessageForm } from '@/components/messages/message-form';
import { requireOrganizer } from '@/lib/auth/guards';
import { formatDateTime } from '@/lib/format';
import { contentLang } from '@/lib/i18n/config';
import { getI18n } from '@/lib/i18n/server';
import { getMessageComposer } from '@/lib/messages/queries';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.dashboard.messages.newTitle };
}

export default async function NewMessagePage({ params }: { params: Promise<{ slug: string }> }) {
  const user = await requireOrganizer();
  const { slug } = await params;
  const data = await getMessageComposer(slug);
  if (!data) notFound();
  const { event, counts } = data;
  const { t: dict, locale } = await getI18n();
  const t = dict.dashboard.messages;
  return (
    <div className="stack narrow">
      <p>
        <Link href={`/dashboard/events/${event.slug}/messages`}>{t.backToMessages}</Link>
      </p>
      <h1>{t.newTitle}</h1>
      <p className="muted">
        <FillContent
          template={t.newIntro}
          values={{ event: event.title, date: formatDateTime(event.startsAt, locale) }}
          german={['event']}
          lang={contentLang(locale)}
        />
      </p>
      <MessageForm
        slug={event.slug}
        counts={counts}
        actorEmail={user.email}
        t={dict.dashboard.compose}
        labels={t}
        locale={locale}
      />
    </div>
  );
}
