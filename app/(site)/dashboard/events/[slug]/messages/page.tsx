import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Toolbar } from '@/components/dashboard/toolbar';
import { FillContent } from '@/components/dashboard/fill-content';
import { MessageTable } from '@/components/messages/message-table';
import { requireOrganizer } from '@/lib/auth/guards';
import { formatDateTime, formatNumber } from '@/lib/format';
import { contentLang, fill } from '@/lib/i18n/config';
import { getI18n } from '@/lib/i18n/server';
import { getMessageList, MESSAGE_LIST_LIMIT } from '@/lib/messages/queries';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.dashboard.messages.title };
}

export default async function EventMessagesPage({ params }: { params: Promise<{ slug: string }> }) {
  await requireOrganizer();
  const { slug } = await params;
  const [data, { t: dict, locale }] = await Promise.all([getMessageList(slug), getI18n()]);
  if (!data) notFound();
  const { event, messages, total } = data;
  const t = dict.dashboard.messages;
  return (
    <div className="stack">
      <p>
        <Link href={`/dashboard/events/${event.slug}`}>{t.back}</Link>
      </p>
      <h1>{t.title}</h1>
      <p className="muted">
        <span lang={contentLang(locale)}>{event.title}</span> · {formatDateTime(event.startsAt, locale)}
      </p>
      <Toolbar
        label={t.title}
        primary={
          <Link className="btn" href={`/dashboard/events/${event.slug}/messages/new`}>
            {t.write}
          </Link>
        }
        menuLabel={dict.dashboard.moreActions}
        actions={[]}
      />
      {messages.length === 0 ? (
        <p className="alert alert-info">{t.none}</p>
      ) : (
        <>
          {total > messages.length ? (
            <p className="muted">
              {fill(t.newest, { n: formatNumber(MESSAGE_LIST_LIMIT, locale), total: formatNumber(total, locale) })}
            </p>
          ) : null}
          <MessageTable
            slug={event.slug}
            messages={messages}
            caption={
              <FillContent
                template={t.caption}
                values={{ event: event.title }}
                german={['event']}
                lang={contentLang(locale)}
              />
            }
            t={t}
            mails={dict.dashboard.mails}
            locale={locale}
          />
        </>
      )}
    </div>
  );
}
