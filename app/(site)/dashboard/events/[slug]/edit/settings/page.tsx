import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SettingsForm } from '@/components/event-editor/settings-form';
import { requireOrganizer } from '@/lib/auth/guards';
import { toBerlinInput } from '@/lib/events/datetime-input';
import { getEditableEvent } from '@/lib/events/editor-queries';

export const metadata: Metadata = { title: 'Einstellungen' };

const str = (n: number | null) => (n === null ? '' : String(n));

export default async function EditSettingsPage({ params }: { params: Promise<{ slug: string }> }) {
  await requireOrganizer();
  const event = await getEditableEvent((await params).slug);
  if (!event) notFound();
  return (
    <section aria-labelledby="settings-heading" className="stack">
      <h2 id="settings-heading" className="visually-hidden">
        Einstellungen
      </h2>
      <SettingsForm
        eventId={event.id}
        confirmedCount={event.confirmedCount}
        defaults={{
          capacity: str(event.capacity),
          waitlistEnabled: event.waitlistEnabled,
          registrationOpensAt: toBerlinInput(event.registrationOpensAt),
          registrationClosesAt: toBerlinInput(event.registrationClosesAt),
          reminderDaysBefore: str(event.reminderDaysBefore),
          photoNotice: event.photoNotice ?? '',
          retentionDays: String(event.retentionDays),
        }}
      />
    </section>
  );
}
