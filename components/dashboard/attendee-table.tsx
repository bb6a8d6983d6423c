import Link from 'next/link';
import type { ReactNode } from 'react';
import { DataTable, type DataTableColumn } from '@/components/ui/data-table';
import type { AttendeeListItem } from '@/lib/attendees/queries';
import { formatShortDate, formatTime } from '@/lib/format';
import type { Locale } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import styles from './dashboard.module.css';
import { EmailAddress } from '@/components/ui/email-address';

const STATUS_CLASSES = {
  confirmed: 'badge badge-success',
  waitlisted: 'badge badge-warning',
  cancelled: 'badge badge-danger',
  pending: 'badge badge-warning',
  rejected: 'badge badge-danger',
} as const;

/** "Dr. Anna Schmidt": title, first and last name. */
export function attendeeName(a: Pick<AttendeeListItem, 'title' | 'firstName' | 'lastName'>): string {
  return [a.title, a.firstName, a.lastName].filter(Boolean).join(' ');
}

type Texts = Dictionary['dashboard']['attendees'];

// Date and time on two lines: the column stays narrow enough that nothing is clipped at 1,280 px.
const DateTime = ({ at, locale }: { at: Date; locale: Locale }) => (
  <time dateTime={at.toISOString()}>
    {formatShortDate(at, locale)}
    <br />
    {formatTime(at, locale)}
  </time>
);

// Names and organisations are what people typed: marked German (lang="de") so that hyphenation and screen readers
// treat them as such on the English page.
/** Row selection for the bulk decision: a checkbox on each pending row, owned by the decision form (form="…"). */
export interface AttendeeSelection {
  formId: string;
  header: string;
  /** "{name} auswählen" */
  label: string;
}

function selectionColumn(selection: AttendeeSelection): DataTableColumn<AttendeeListItem> {
  return {
    key: 'select',
    header: selection.header,
    cell: (a) =>
      a.status === 'pending' ? (
        <input
          type="checkbox"
          name="registrationIds"
          value={a.id}
          form={selection.formId}
          aria-label={selection.label.replace('{name}', attendeeName(a))}
          className={styles.select}
        />
      ) : null,
  };
}

type ModeTexts = Dictionary['sessionLists']['attendees'];

function modeColumn(m: ModeTexts): DataTableColumn<AttendeeListItem> {
  return { key: 'mode', header: m.colMode, cell: (a) => m[`mode.${a.mode}`] };
}

function columns(slug: string, t: Texts, locale: Locale, selection?: AttendeeSelection, modes?: ModeTexts) {
  const base = baseColumns(slug, t, locale);
  // The mode sits after the status, where it is read together with it.
  const list = modes ? [...base.slice(0, 4), modeColumn(modes), ...base.slice(4)] : base;
  return selection ? [selectionColumn(selection), ...list] : list;
}

function baseColumns(slug: string, t: Texts, locale: Locale): DataTableColumn<AttendeeListItem>[] {
  return [
    {
      key: 'name',
      header: t.colName,
      rowHeader: true,
      cell: (a) => (
        <>
          <Link href={`/dashboard/events/${slug}/registrations/${a.id}`} lang="de">
            {attendeeName(a)}
          </Link>
          {a.guestType !== 'attendee' && (
            <span className={`badge badge-neutral ${styles.marker}`}>{t[`guest.${a.guestType}`]}</span>
          )}
          {a.overCapacity && <span className={`badge badge-warning ${styles.marker}`}>{t.overCapacity}</span>}
        </>
      ),
    },
    {
      key: 'organization',
      header: t.colOrganization,
      cell: (a) => (a.organization ? <span lang="de">{a.organization}</span> : <span className="muted">–</span>),
    },
    {
      key: 'email',
      header: t.colEmail,
      cell: (a) => (
        <a href={`mailto:${a.email}`}>
          <EmailAddress address={a.email} />
        </a>
      ),
    },
    {
      key: 'status',
      header: t.colStatus,
      cell: (a) => <span className={STATUS_CLASSES[a.status]}>{t[`status.${a.status}`]}</span>,
    },
    {
      key: 'registered',
      header: t.colRegistered,
      wrap: 'nowrap',
      cell: (a) => <DateTime at={a.createdAt} locale={locale} />,
    },
    {
      key: 'checkedIn',
      header: t.colCheckedIn,
      wrap: 'nowrap',
      cell: (a) =>
        a.checkedInAt ? <DateTime at={a.checkedInAt} locale={locale} /> : <span className="muted">{t.no}</span>,
    },
  ];
}

/** One page of attendees. */
export function AttendeeTable({
  slug,
  attendees,
  caption,
  t,
  locale,
  selection,
  modes,
}: {
  slug: string;
  attendees: AttendeeListItem[];
  caption: ReactNode;
  t: Texts;
  locale: Locale;
  selection?: AttendeeSelection;
  /** The mode column's texts, on events that offer online attendance. */
  modes?: ModeTexts;
}) {
  return (
    <DataTable
      caption={caption}
      columns={columns(slug, t, locale, selection, modes)}
      rows={attendees}
      rowKey={(a) => a.id}
    />
  );
}
