import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AutoRefresh } from '@/components/messages/auto-refresh';
import { isInFlight, persons } from '@/components/messages/delivery-status';
import { DeliveryTotals } from '@/components/messages/delivery-totals';
import styles from '@/components/messages/messages.module.css';
import { RecipientTable } from '@/components/messages/recipient-table';
import { RecipientPagination } from '@/components/messages/recipient-pagination';
import { StatusBadge } from '@/components/ui/status-badge';
import { requireOrganizer } from '@/lib/auth/guards';
import { formatDateTime } from '@/lib/format';
import { getMessageDetail } from '@/lib/messages/queries';
import { AUDIENCE_LABELS } from '@/lib/messages/schema';

export const metadata: Metadata = { title: 'Zustellung einer Nachricht' };

interface Props {
  params: Promise<{ slug: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function MessageDetailPage({ params, searchParams }: Props) {
  await requireOrganizer();
  const { slug, id } = await params;
  const rawPage = (await searchParams).page;
  const page = Number.parseInt(Array.isArray(rawPage) ? (rawPage[0] ?? '') : (rawPage ?? ''), 10);
  const data = await getMessageDetail(slug, id, Number.isFinite(page) ? page : 1);
  if (!data) notFound();
  const { message: m, delivery, recipients, totalPages } = data;
  const base = `/dashboard/events/${m.event.slug}/messages/${m.id}`;
  return (
    <div className="stack">
      <p>
        <Link href={`/dashboard/events/${m.event.slug}/messages`}>← Zurück zu den Nachrichten</Link>
      </p>
      <h1 className={styles.subject}>
        {m.subject}
        {m.isTest ? (
          <>
            {' '}
            <StatusBadge label="Testmail" tone="warning" />
          </>
        ) : null}
      </h1>
      <p className="muted">
        {m.event.title} · geschrieben von {m.createdBy} am {formatDateTime(m.createdAt)} ·{' '}
        {m.isTest ? `nur an ${m.createdBy}` : `${AUDIENCE_LABELS[m.audience]}, ${persons(m.recipientCount)}`}
      </p>
      <section aria-labelledby="delivery" className="stack">
        <h2 id="delivery">Zustellung</h2>
        <DeliveryTotals counts={delivery} />
        <AutoRefresh active={isInFlight(delivery)} />
        <RecipientTable
          slug={m.event.slug}
          rows={recipients}
          caption={`Empfänger der Nachricht, Seite ${data.page} von ${totalPages}`}
        />
        {totalPages > 1 ? <RecipientPagination base={base} page={data.page} totalPages={totalPages} /> : null}
      </section>
      <section aria-labelledby="text" className="stack">
        <h2 id="text">Nachrichtentext</h2>
        <pre className={styles.plain}>{m.body}</pre>
      </section>
    </div>
  );
}
