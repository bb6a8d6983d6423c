import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AttendeeFilterForm } from '@/components/dashboard/attendee-filter-form';
import { AttendeeTable } from '@/components/dashboard/attendee-table';
import styles from '@/components/dashboard/dashboard.module.css';
import { Pagination } from '@/components/dashboard/pagination';
import { RegistrationCountsList } from '@/components/dashboard/registration-counts';
import { attendeeFilterQuery, DEFAULT_ATTENDEE_FILTERS, parseAttendeeFilters } from '@/lib/attendees/filters';
import { getAttendeePage } from '@/lib/attendees/queries';
import { requireOrganizer } from '@/lib/auth/guards';
import { anonymisationNote } from '@/lib/retention/schedule';
import { formatDate, formatDateTime, formatNumber } from '@/lib/format';

export const metadata: Metadata = { title: 'Teilnehmende' };

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function EventAttendeesPage({ params, searchParams }: Props) {
  await requireOrganizer();
  const { slug } = await params;
  const parsed = parseAttendeeFilters(await searchParams);
  const inputError = parsed.success ? null : (parsed.error.issues[0]?.message ?? 'Ungültige Filter.');
  const filters = parsed.success ? parsed.data : DEFAULT_ATTENDEE_FILTERS;
  const data = await getAttendeePage(slug, filters);
  if (!data) notFound();
  const { event, counts, attendees, page, totalPages, total, questions } = data;
  const query = attendeeFilterQuery(filters);
  const withQuery = (path: string) => `${path}${query ? `?${query}` : ''}`;
  const base = `/dashboard/events/${event.slug}`;
  const filtered = query !== '' && query !== attendeeFilterQuery({ sort: filters.sort, dir: filters.dir });

  return (
    <div className="stack">
      <p>
        <Link href="/dashboard">← Zur Übersicht</Link>
      </p>
      <h1>{event.title}</h1>
      <p className="muted">
        {formatDateTime(event.startsAt)} · {anonymisationNote(event, formatDate)}
      </p>
      <RegistrationCountsList counts={counts} capacity={event.capacity} />

      <h2>Teilnehmende</h2>
      {/* Toolbar: exports and check-in here; print (PDF) and statistics belong to the print/stats area. */}
      <nav aria-label="Aktionen zur Teilnehmendenliste" className={styles.actions}>
        <Link className="btn" href={`${base}/registrations/new`}>
          Person hinzufügen
        </Link>
        <Link className="btn btn-secondary" href={withQuery(`${base}/export`)}>
          Exportieren …
        </Link>
        <a className="btn btn-secondary" href={withQuery(`${base}/export/csv`)}>
          CSV exportieren
        </a>
        <a className="btn btn-secondary" href={withQuery(`${base}/print/sign-in-sheet.pdf`)}>
          Teilnehmerliste (PDF)
        </a>
        <a className="btn btn-secondary" href={withQuery(`${base}/print/badges.pdf`)}>
          Namensschilder (PDF)
        </a>
        <Link className="btn btn-secondary" href={`${base}/stats`}>
          Statistik
        </Link>
        <Link className="btn btn-secondary" href={`${base}/messages`}>
          Nachrichten
        </Link>
        <Link className="btn btn-secondary" href={`/checkin/${event.slug}`}>
          Zum Check-in
        </Link>
      </nav>
      <AttendeeFilterForm slug={event.slug} filters={filters} questions={questions} />
      {inputError && (
        <p className="alert alert-error" role="alert">
          {inputError}
        </p>
      )}

      <p aria-live="polite" className="muted">
        {filtered ? `${formatNumber(total)} Treffer` : `${formatNumber(total)} Anmeldungen insgesamt`}
      </p>
      {attendees.length === 0 ? (
        <p className="alert alert-info">
          {filtered ? 'Keine Treffer für diese Suche und Filter.' : 'Noch keine Anmeldungen.'}
        </p>
      ) : (
        <>
          <AttendeeTable
            slug={event.slug}
            attendees={attendees}
            caption={`Teilnehmende von ${event.title}, Seite ${page} von ${totalPages}`}
          />
          <Pagination slug={event.slug} filters={filters} page={page} totalPages={totalPages} />
        </>
      )}
    </div>
  );
}
