import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AttendeeSearchForm } from '@/components/dashboard/attendee-search-form';
import { AttendeeTable } from '@/components/dashboard/attendee-table';
import styles from '@/components/dashboard/dashboard.module.css';
import { Pagination } from '@/components/dashboard/pagination';
import { RegistrationCountsList } from '@/components/dashboard/registration-counts';
import { getAttendeePage } from '@/lib/attendees/queries';
import { parseAttendeeSearch } from '@/lib/attendees/schema';
import { requireOrganizer } from '@/lib/auth/guards';
import { formatDateTime, formatNumber } from '@/lib/format';

export const metadata: Metadata = { title: 'Teilnehmende' };

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function EventAttendeesPage({ params, searchParams }: Props) {
  await requireOrganizer();
  const { slug } = await params;
  const parsed = parseAttendeeSearch(await searchParams);
  const inputError = parsed.success ? null : (parsed.error.issues[0]?.message ?? 'Ungültige Suchangaben.');
  const data = await getAttendeePage(slug, parsed.success ? parsed.data : { q: '', page: 1 });
  if (!data) notFound();
  const { event, counts, attendees, q, page, totalPages, total } = data;
  const exportHref = `/dashboard/events/${event.slug}/export.csv${q ? `?${new URLSearchParams({ q })}` : ''}`;

  return (
    <div className="stack">
      <p><Link href="/dashboard">← Zur Übersicht</Link></p>
      <h1>{event.title}</h1>
      <p className="muted">{formatDateTime(event.startsAt)}</p>
      <RegistrationCountsList counts={counts} capacity={event.capacity} />

      <h2>Teilnehmende</h2>
      <div className={styles.toolbar}>
        <AttendeeSearchForm slug={event.slug} q={q} />
        <div className={styles.actions}>
          <a className="btn btn-secondary" href={exportHref}>CSV exportieren</a>
          <Link className="btn btn-secondary" href={`/checkin/${event.slug}`}>Zum Check-in</Link>
          <Link className="btn btn-secondary" href={`/dashboard/events/${event.slug}/messages`}>Nachrichten</Link>
        </div>
      </div>
      {inputError && <p className="alert alert-error" role="alert">{inputError}</p>}

      <p aria-live="polite" className="muted">
        {q ? `${formatNumber(total)} Treffer für „${q}“` : `${formatNumber(total)} Anmeldungen insgesamt`}
      </p>
      {attendees.length === 0 ? (
        <p className="alert alert-info">{q ? `Keine Treffer für „${q}“.` : 'Noch keine Anmeldungen.'}</p>
      ) : (
        <>
          <AttendeeTable slug={event.slug} attendees={attendees} caption={`Teilnehmende von ${event.title}, Seite ${page} von ${totalPages}`} />
          <Pagination slug={event.slug} q={q} page={page} totalPages={totalPages} />
        </>
      )}
    </div>
  );
}
