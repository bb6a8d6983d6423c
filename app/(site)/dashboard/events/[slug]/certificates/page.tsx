import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CertificateCounts } from '@/components/certificates/certificate-counts';
import { SendCertificates } from '@/components/certificates/send-certificates';
import { AutoRefresh } from '@/components/messages/auto-refresh';
import { isInFlight } from '@/components/messages/delivery-status';
import { DeliveryTotals } from '@/components/messages/delivery-totals';
import { RecipientPagination } from '@/components/messages/recipient-pagination';
import { RecipientTable } from '@/components/messages/recipient-table';
import { Alert } from '@/components/ui/alert';
import { requireOrganizer } from '@/lib/auth/guards';
import { getCertificateDelivery } from '@/lib/certificates/delivery-queries';
import { formatDateTime, formatNumber } from '@/lib/format';
import { contentLang, fill } from '@/lib/i18n/config';
import { getI18n } from '@/lib/i18n/server';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.certificates.delivery.pageTitle };
}

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function CertificatesPage({ params, searchParams }: Props) {
  await requireOrganizer();
  const { slug } = await params;
  const rawPage = (await searchParams).page;
  const page = Number.parseInt(Array.isArray(rawPage) ? (rawPage[0] ?? '') : (rawPage ?? ''), 10);
  const [data, { t: dict, locale }] = await Promise.all([
    getCertificateDelivery(slug, Number.isFinite(page) ? page : 1),
    getI18n(),
  ]);
  if (!data) notFound();
  const { event, counts, delivery, total, recipients, zipCount, totalPages } = data;
  const t = dict.certificates.delivery;
  const base = `/dashboard/events/${event.slug}`;
  const enabled = event.certificateSettings?.enabled ?? false;
  const ended = event.endsAt <= new Date();
  const done = total - delivery.queued - delivery.retrying;
  return (
    <div className="stack">
      <p>
        <Link href={base}>{t.back}</Link>
      </p>
      <h1>{t.pageTitle}</h1>
      <p className="muted">
        <span lang={contentLang(locale)}>{event.title}</span> · {formatDateTime(event.startsAt, locale)}
      </p>
      {enabled ? null : (
        <Alert kind="info">
          <p>{t.disabled}</p>
          <p>
            <Link href={`${base}/edit/certificate`}>{t.disabledLink}</Link>
          </p>
        </Alert>
      )}
      {ended ? null : (
        <Alert kind="info">
          <p>{fill(t.notEnded, { date: formatDateTime(event.endsAt, locale) })}</p>
        </Alert>
      )}
      {enabled && ended ? (
        <section aria-labelledby="certificate-counts" className="stack">
          <h2 id="certificate-counts">{t.countsHeading}</h2>
          <CertificateCounts counts={counts} t={t} locale={locale} />
          <p className="muted">{t.countsHint}</p>
          {counts.eligible === 0 ? <p className="alert alert-info">{t.empty}</p> : null}
          {counts.eligible > 0 && counts.toSend === 0 ? <p className="alert alert-info">{t.nothingToSend}</p> : null}
          <SendCertificates slug={event.slug} toSend={counts.toSend} t={t} locale={locale} />
        </section>
      ) : null}
      {total > 0 ? (
        <section aria-labelledby="certificate-delivery" className="stack">
          <h2 id="certificate-delivery">{t.deliveryHeading}</h2>
          <DeliveryTotals counts={delivery} label={t.deliveryTotals} t={dict.dashboard.mails} locale={locale} />
          <p>
            <label htmlFor="certificate-progress">
              {fill(t.progress, { done: formatNumber(done, locale), total: formatNumber(total, locale) })}
            </label>{' '}
            <progress id="certificate-progress" max={total} value={done} />
          </p>
          <AutoRefresh active={isInFlight(delivery)} text={dict.dashboard.messages.refreshing} />
          <RecipientTable
            slug={event.slug}
            rows={recipients}
            caption={fill(t.recipientsCaption, { page: data.page, pages: totalPages })}
            t={dict.dashboard.messages}
            mails={dict.dashboard.mails}
            locale={locale}
          />
          {totalPages > 1 ? (
            <RecipientPagination
              base={`${base}/certificates`}
              page={data.page}
              totalPages={totalPages}
              t={dict.dashboard.messages}
            />
          ) : null}
        </section>
      ) : null}
      <section aria-labelledby="certificate-zip" className="stack">
        <h2 id="certificate-zip">{t.zipHeading}</h2>
        <p className="muted">{t.zipHint}</p>
        {zipCount > 0 ? (
          <p>
            <a className="btn btn-secondary" href={`${base}/certificates/certificates.zip`}>
              {fill(t.zipLink, { n: formatNumber(zipCount, locale) })}
            </a>
          </p>
        ) : (
          <p>{t.zipNone}</p>
        )}
      </section>
    </div>
  );
}
