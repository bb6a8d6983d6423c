import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AttendeeExportForm } from '@/components/dashboard/attendee-export-form';
import { attendeeFilterQuery, parseAttendeeFilters } from '@/lib/attendees/filters';
import { requireOrganizer } from '@/lib/auth/guards';
import { availableColumns, DEFAULT_COLUMN_KEYS, questionColumnKey } from '@/lib/export/columns';
import { listExportTemplates } from '@/lib/export/templates';
import { getEventQuestions } from '@/lib/questions/queries';
import { db } from '@/lib/server/db';

export const metadata: Metadata = { title: 'Teilnehmende exportieren', robots: { index: false } };

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function ExportPage({ params, searchParams }: Props) {
  await requireOrganizer();
  const { slug } = await params;
  const event = await db.event.findUnique({ where: { slug }, select: { id: true, slug: true, title: true } });
  if (!event) notFound();
  const parsed = parseAttendeeFilters(await searchParams);
  const query = parsed.success ? attendeeFilterQuery(parsed.data) : '';
  const [questions, templates] = await Promise.all([
    getEventQuestions(event.id, { includeArchived: true }),
    listExportTemplates(event.id),
  ]);
  const columns = availableColumns(questions).map((c) => ({ key: c.key, label: c.label }));
  const defaultKeys = [...DEFAULT_COLUMN_KEYS, ...questions.map((q) => questionColumnKey(q.id))];
  const back = `/dashboard/events/${event.slug}${query ? `?${query}` : ''}`;
  return (
    <div className="stack">
      <p>
        <Link href={back}>← Zurück zu den Teilnehmenden</Link>
      </p>
      <h1>Teilnehmende exportieren</h1>
      <p className="muted">
        {event.title} ·{' '}
        {query
          ? 'Es werden nur die Anmeldungen exportiert, die den aktuellen Filtern entsprechen.'
          : 'Alle Anmeldungen.'}
      </p>
      {!parsed.success && (
        <p className="alert alert-error" role="alert">
          Die Filter in der Adresse sind ungültig und werden ignoriert.
        </p>
      )}
      <AttendeeExportForm
        slug={event.slug}
        filters={[...new URLSearchParams(query)]}
        columns={columns}
        defaultKeys={defaultKeys}
        templates={templates}
      />
    </div>
  );
}
