import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageLinks } from '@/components/dashboard/pagination';
import { Toolbar } from '@/components/dashboard/toolbar';
import { FillContent } from '@/components/dashboard/fill-content';
import { BulkMailButton } from '@/components/invitations/bulk-mail-button';
import { InvitationCounts, InvitationFilterForm } from '@/components/invitations/invitation-filters';
import { InvitationTable } from '@/components/invitations/invitation-table';
import { ReminderScheduleForm } from '@/components/invitations/reminder-schedule-form';
import { requireOrganizer } from '@/lib/auth/guards';
import { toBerlinInput } from '@/lib/events/datetime-input';
import { formatDateTime, formatNumber } from '@/lib/format';
import { contentLang, fill } from '@/lib/i18n/config';
import { getI18n } from '@/lib/i18n/server';
import { getInvitationPage } from '@/lib/invitations/queries';
import { invitationFilterQuery, parseInvitationFilters } from '@/lib/invitations/schema';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.invitations.dashboard.title };
}

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function EventInvitationsPage({ params, searchParams }: Props) {
  await requireOrganizer();
  const { slug } = await params;
  const filters = parseInvitationFilters(await searchParams);
  const [data, { t: dict, locale }] = await Promise.all([getInvitationPage(slug, filters), getI18n()]);
  if (!data) notFound();
  const { event, counts, all, total, rows, page, totalPages, unsent, remindable } = data;
  const t = dict.invitations;
  const d = t.dashboard;
  const base = `/dashboard/events/${event.slug}/invitations`;
  const query = invitationFilterQuery(filters);
  const filtered = Boolean(filters.status || filters.q);
  const buttons = { yes: d.confirmYes, no: d.confirmNo, busy: d.busy, unexpected: d.unexpected };
  return (
    <div className="stack">
      <p>
        <Link href={`/dashboard/events/${event.slug}`}>{d.back}</Link>
      </p>
      <h1>{d.title}</h1>
      <p className="muted">
        <span lang={contentLang(locale)}>{event.title}</span> · {formatDateTime(event.startsAt, locale)}
      </p>
      <p>{d.intro}</p>
      <Toolbar
        label={d.toolbar}
        primary={
          <Link className="btn" href={`${base}/new`}>
            {d.add}
          </Link>
        }
        menuLabel={dict.dashboard.moreActions}
        actions={[
          { label: d.import, href: `${base}/import` },
          { label: d.exportCsv, href: `${base}/export.csv${query ? `?${query}` : ''}`, download: true },
          { label: d.mailTexts, href: `/dashboard/events/${event.slug}/edit/mails` },
        ]}
      />
      <section aria-labelledby="invitation-mails" className="card stack">
        <h2 id="invitation-mails">{d.send.heading}</h2>
        <BulkMailButton
          kind="send"
          slug={event.slug}
          count={unsent}
          countText={formatNumber(unsent, locale)}
          t={{ ...d.send, ...buttons }}
        />
        <BulkMailButton
          kind="remind"
          slug={event.slug}
          count={remindable}
          countText={formatNumber(remindable, locale)}
          t={{ ...d.remind, ...buttons }}
        />
        <h3>{d.schedule.legend}</h3>
        <ReminderScheduleForm
          slug={event.slug}
          value={toBerlinInput(event.invitationReminderAt)}
          formatted={event.invitationReminderAt ? formatDateTime(event.invitationReminderAt, locale) : null}
          queued={event.invitationReminderQueuedAt ? formatDateTime(event.invitationReminderQueuedAt, locale) : null}
          t={d}
          locale={locale}
        />
      </section>
      <InvitationCounts base={base} counts={counts} all={all} filters={filters} t={t} locale={locale} />
      <InvitationFilterForm base={base} filters={filters} t={t} />
      <p aria-live="polite" className="muted">
        {fill(filtered ? d.hits : d.total, { n: formatNumber(total, locale) })}
      </p>
      {rows.length === 0 ? (
        <p className="alert alert-info">{filtered ? d.noHits : d.none}</p>
      ) : (
        <>
          <InvitationTable
            rows={rows}
            t={d}
            statuses={t.statuses}
            locale={locale}
            caption={
              <FillContent
                template={d.caption}
                values={{ event: event.title, page, pages: totalPages }}
                german={['event']}
                lang={contentLang(locale)}
              />
            }
          />
          <PageLinks
            label={d.pagination}
            page={page}
            totalPages={totalPages}
            href={(p) => {
              const q = invitationFilterQuery(filters, p);
              return q ? `${base}?${q}` : base;
            }}
            t={{ prev: d.previous, next: d.next, pageOf: d.pageOf }}
          />
        </>
      )}
    </div>
  );
}
