import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AttendeeExportForm } from '@/components/dashboard/attendee-export-form';
import { attendeeFilterQuery, parseAttendeeFilters } from '@/lib/attendees/filters';
import { requireOrganizer } from '@/lib/auth/guards';
import { availableColumns, defaultColumnKeys, questionColumnKey } from '@/lib/export/columns';
import { listExportTemplates } from '@/lib/export/templates';
import { getEventQuestions } from '@/lib/questions/queries';
import { contentLang } from '@/lib/i18n/config';
import { getI18n } from '@/lib/i18n/server';
import { db } from '@/lib/server/db';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.dashboard.export.title, robots: { index: false } };
}

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function ExportPage({ params, searchParams }: Props) {
  await requireOrganizer();
  const { slug } = await params;
  const event = await db.event.findUnique({
    where: { slug },
    select: { id: true, slug: true, title: true, attendanceFormat: true },
  });
  if (!event) notFound();
  const { t: dict, locale } = await getI18n();
  const t = dict.dashboard.export;
  const parsed = parseAttendeeFilters(await searchParams);
  const query = parsed.success ? attendeeFilterQuery(parsed.data) : '';
  const [questions, templates, bookable] = await Promise.all([
    getEventQuestions(event.id, { includeArchived: true }),
    listExportTemplates(event.id),
    db.eventSession.count({ where: { eventId: event.id, bookable: true } }),
  ]);
  const columns = availableColumns(questions).map((c) => ({ key: c.key, label: c.label }));
  const facts = { modes: event.attendanceFormat !== 'onsite', workshops: bookable > 0 };
  const defaultKeys = [...defaultColumnKeys(facts), ...questions.map((q) => questionColumnKey(q.id))];
  const back = `/dashboard/events/${event.slug}${query ? `?${query}` : ''}`;
  return (
    <div className="stack">
      <p>
        <Link href={back}>{t.back}</Link>
      </p>
      <h1>{t.title}</h1>
      <p className="muted">
        <span lang={contentLang(locale)}>{event.title}</span> · {query ? t.filtered : t.all}
        {locale !== 'de' && ` ${t.columnsNote}`}
      </p>
      {!parsed.success && (
        <p className="alert alert-error" role="alert">
          {t.badFilters}
        </p>
      )}
      <AttendeeExportForm
        slug={event.slug}
        filters={[...new URLSearchParams(query)]}
        columns={columns}
        defaultKeys={defaultKeys}
        templates={templates}
        t={t}
      />
    </div>
  );
}
