import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AttendanceForm } from '@/components/event-editor/attendance-form';
import { requireOrganizer } from '@/lib/auth/guards';
import { getEditableEvent } from '@/lib/events/editor-queries';
import { getI18n } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.sessionAdmin.attendance.metaTitle };
}

export default async function EditAttendancePage({ params }: { params: Promise<{ slug: string }> }) {
  await requireOrganizer();
  const [event, { t }] = await Promise.all([params.then((p) => getEditableEvent(p.slug)), getI18n()]);
  if (!event) notFound();
  const a = t.sessionAdmin.attendance;
  return (
    <section aria-labelledby="attendance-heading" className="stack">
      <h2 id="attendance-heading">{a.heading}</h2>
      <p className="muted">{a.intro}</p>
      <AttendanceForm
        eventId={event.id}
        onlineConfirmedCount={event.onlineConfirmedCount}
        text={t.sessionAdmin}
        defaults={{
          attendanceFormat: event.attendanceFormat,
          onlineCapacity: event.onlineCapacity === null ? '' : String(event.onlineCapacity),
          // The editor is the one place the stream's address is shown.
          streamUrl: event.streamUrl ?? '',
          streamReleaseMinutes: String(event.streamReleaseMinutes),
          sessionChoice: event.sessionChoice,
        }}
      />
    </section>
  );
}
