import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AutoRefresh } from '@/components/messages/auto-refresh';
import { isInFlight, personsIn } from '@/components/messages/delivery-status';
import { DeliveryTotals } from '@/components/messages/delivery-totals';
import styles from '@/components/messages/messages.module.css';
import { RecipientPagination } from '@/components/messages/recipient-pagination';
import { RecipientTable } from '@/components/messages/recipient-table';
import { StatusBadge } from '@/components/ui/status-badge';
import { requireOrganizer } from '@/lib/auth/guards';
import { formatDateTime } from '@/lib/format';
import { contentLang, fill } from '@/lib/i18n/config';
import { getI18n } from '@/lib/i18n/server';
import { getMessageDetail } from '@/lib/messages/queries';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.dashboard.messages.detailTitle };
}

interface Props {
  params: Promise<{ slug: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function MessageDetailPage({ params, searchParams }: Props) {
  await requireOrganizer();
  const { slug, id } = await params;
  const rawPage = (await searchParams).page;
  const page = Number.parseInt(Array.isArray(rawPage) ? (rawPage[0] ?? '') : (rawPage ?? ''), 10);
  const [data, { t: dict, locale }] = await Promise.all([
    getMessageDetail(slug, id, Number.isFinite(page) ? page : 1),
    getI18n(),
  ]);
  if (!data) notFound();
  const { message: m, delivery, recipients, totalPages } = data;
  const t = dict.dashboard.messages;
  const mails = dict.dashboard.mails;
  const content = contentLang(locale);
  const base = `/dashboard/events/${m.event.slug}/messages/${m.id}`;
  return (
    <div className="stack">
      <p>
        <Link href={`/dashboard/events/${m.event.slug}/messages`}>{t.backToMessages}</Link>
      </p>
      <h1 className={styles.subject}>
        <span lang={content}>{m.subject}</span>
        {m.isTest ? (
          <>
            {' '}
            <StatusBadge label={t.testMail} tone="warning" />
          </>
        ) : null}
      </h1>
      <p className="muted">
        <span lang={content}>{m.event.title}</span> ·{' '}
        {fill(t.writtenBy, { email: m.createdBy, date: formatDateTime(m.createdAt, locale) })} ·{' '}
        {m.isTest
          ? fill(t.onlyTo, { email: m.createdBy })
          : `${t[`audience.${m.audience}`]}, ${personsIn(m.recipientCount, t, locale)}`}
      </p>
      <section aria-labelledby="delivery" className="stack">
        <h2 id="delivery">{t.delivery}</h2>
        <DeliveryTotals counts={delivery} label={t.deliveryTotals} t={mails} locale={locale} />
        <AutoRefresh active={isInFlight(delivery)} text={t.refreshing} />
        <RecipientTable
          slug={m.event.slug}
          rows={recipients}
          caption={fill(t.recipientsCaption, { page: data.page, pages: totalPages })}
          t={t}
          mails={mails}
          locale={locale}
        />
        {totalPages > 1 ? <RecipientPagination base={base} page={data.page} totalPages={totalPages} t={t} /> : null}
      </section>
      <section aria-labelledby="text" className="stack">
        <h2 id="text">{t.text}</h2>
        <pre className={styles.plain} lang={content}>
          {m.body}
        </pre>
      </section>
    </div>
  );
}
