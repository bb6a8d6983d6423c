import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Toolbar } from '@/components/dashboard/toolbar';
import { ApprovalBulkForm } from '@/components/dashboard/approval-bulk-form';
import { AttendeeFilterForm } from '@/components/dashboard/attendee-filter-form';
import { AttendeeTable } from '@/components/dashboard/attendee-table';
import { FillContent } from '@/components/dashboard/fill-content';
import { Pagination } from '@/components/dashboard/pagination';
import { RegistrationCountsList } from '@/components/dashboard/registration-counts';
import { attendeeFilterQuery, DEFAULT_ATTENDEE_FILTERS, parseAttendeeFilters } from '@/lib/attendees/filters';
import { getAttendeePage } from '@/lib/attendees/queries';
import { requireOrganizer } from '@/lib/auth/guards';
import { formatDate, formatDateTime, formatNumber } from '@/lib/format';
import { contentLang, fill, type Locale } from '@/lib/i18n/config';
import { errorMessage, isErrorKey } from '@/lib/i18n/errors';
import { getI18n } from '@/lib/i18n/server';
import { contingentReleased } from '@/lib/events/editor-contingent';
import { anonymisationDate } from '@/lib/retention/schedule';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.dashboard.attendees.title };
}

const filterProblem = (message: string | undefined, locale: Locale) =>
  isErrorKey(message) ? errorMessage(message, locale) : '';

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function EventAttendeesPage({ params, searchParams }: Props) {
  await requireOrganizer();
  const { slug } = await params;
  const { t, locale } = await getI18n();
  const a = t.dashboard.attendees;
  const parsed = parseAttendeeFilters(await searchParams);
  const filters = parsed.success ? parsed.data : DEFAULT_ATTENDEE_FILTERS;
  const data = await getAttendeePage(slug, filters);
  if (!data) notFound();
  const { event, counts, attendees, page, totalPages, total, questions, workshops } = data;
  const modes = event.attendanceFormat === 'onsite' ? undefined : t.sessionLists.attendees;
  const query = attendeeFilterQuery(filters);
  const withQuery = (path: string) => `${path}${query ? `?${query}` : ''}`;
  const base = `/dashboard/events/${event.slug}`;
  const filtered = query !== '' && query !== attendeeFilterQuery({ sort: filters.sort, dir: filters.dir });
  // The decision form appears while someone waits for review; their rows get a checkbox for it.
  // It stays while the list is filtered to them, so that its outcome is still read after the last one is decided.
  const decidable = counts.pending > 0 || filters.status === 'pending';
  const selection = decidable
    ? { formId: 'approval-decision', header: t.approval.list.select, label: t.approval.list.selectOne }
    : undefined;
  const anonymised = event.anonymizedAt
    ? fill(a.anonymised, { date: formatDate(event.anonymizedAt, locale) })
    : fill(a.anonymisedOn, { date: formatDate(anonymisationDate(event), locale) });

  return (
    <div className="stack">
      <p>
        <Link href="/dashboard">{a.back}</Link>
      </p>
      <h1 lang={contentLang(locale)}>{event.title}</h1>
      <p className="muted">
        {formatDateTime(event.startsAt, locale)} · {anonymised}
      </p>
      <RegistrationCountsList
        counts={counts}
        capacity={event.capacity}
        t={a}
        locale={locale}
        access={{
          approvalRequired: event.approvalRequired,
          contingent:
            event.reservedSeats > 0
              ? {
                  seats: event.reservedSeats,
                  taken: event.reservedTaken,
                  released: contingentReleased(event),
                }
              : null,
          t: t.approval.list,
        }}
      />

      <h2>{a.title}</h2>
      <Toolbar
        label={a.toolbar}
        primary={
          <Link className="btn" href={`${base}/registrations/new`}>
            {a.add}
          </Link>
        }
        menuLabel={t.dashboard.moreActions}
        actions={[
          ...(workshops ? [{ label: t.sessionLists.navLink, href: `${base}/sessions` }] : []),
          { label: a.exportChoose, href: withQuery(`${base}/export`) },
          { label: a.exportCsv, href: withQuery(`${base}/export/csv`), download: true },
          { label: a.signInSheet, href: withQuery(`${base}/print/sign-in-sheet.pdf`), download: true },
          { label: a.badges, href: withQuery(`${base}/print/badges.pdf`), download: true },
          { label: a.stats, href: `${base}/stats` },
          { label: a.messages, href: `${base}/messages` },
          { label: t.invitations.dashboard.navLink, href: `${base}/invitations` },
          { label: t.certificates.delivery.navLink, href: `${base}/certificates` },
          { label: a.checkin, href: `/checkin/${event.slug}` },
          { label: a.editEvent, href: `${base}/edit` },
        ]}
      />
      <AttendeeFilterForm
        slug={event.slug}
        filters={filters}
        questions={questions}
        t={a}
        form={t.form}
        locale={locale}
        modes={modes}
      />
      {!parsed.success && (
        <p className="alert alert-error" role="alert">
          {filterProblem(parsed.error.issues[0]?.message, locale)} {a.badFilters}
        </p>
      )}

      {selection ? <ApprovalBulkForm slug={event.slug} formId={selection.formId} t={t.approval.list} /> : null}
      <p aria-live="polite" className="muted">
        {fill(filtered ? a.hits : a.total, { n: formatNumber(total, locale) })}
      </p>
      {attendees.length === 0 ? (
        <p className="alert alert-info">{filtered ? a.noHits : a.none}</p>
      ) : (
        <>
          <AttendeeTable
            slug={event.slug}
            attendees={attendees}
            selection={selection}
            caption={
              <FillContent
                template={a.caption}
                values={{ event: event.title, page, pages: totalPages }}
                german={['event']}
                lang={contentLang(locale)}
              />
            }
            t={a}
            locale={locale}
            modes={modes}
          />
          <Pagination slug={event.slug} filters={filters} page={page} totalPages={totalPages} t={a} />
        </>
      )}
    </div>
  );
}
