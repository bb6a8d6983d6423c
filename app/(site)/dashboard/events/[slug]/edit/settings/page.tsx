import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ContingentStatus } from '@/components/event-editor/contingent-status';
import { SettingsForm } from '@/components/event-editor/settings-form';
import { requireOrganizer } from '@/lib/auth/guards';
import { contingentSummary } from '@/lib/events/editor-contingent';
import { toBerlinInput } from '@/lib/events/datetime-input';
import { getEditableEvent } from '@/lib/events/editor-queries';
import { getI18n } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.editor.settings.heading };
}

const str = (n: number | null) => (n === null ? '' : String(n));

export default async function EditSettingsPage({ params }: { params: Promise<{ slug: string }> }) {
  await requireOrganizer();
  const [event, { t, locale }] = await Promise.all([params.then((p) => getEditableEvent(p.slug)), getI18n()]);
  if (!event) notFound();
  const contingent = contingentSummary(event, t.approval.settings, locale);
  return (
    <section aria-labelledby="settings-heading" className="stack">
      <h2 id="settings-heading" className="visually-hidden">
        {t.editor.settings.heading}
      </h2>
      {event.reservedSeats > 0 ? (
        <ContingentStatus
          eventId={event.id}
          status={contingent.line}
          releasable={contingent.held > 0}
          t={t.approval.settings}
        />
      ) : null}
      <SettingsForm
        eventId={event.id}
        confirmedCount={event.confirmedCount}
        approvalText={t.approval}
        defaults={{
          capacity: str(event.capacity),
          waitlistEnabled: event.waitlistEnabled,
          registrationOpensAt: toBerlinInput(event.registrationOpensAt),
          registrationClosesAt: toBerlinInput(event.registrationClosesAt),
          reminderDaysBefore: str(event.reminderDaysBefore),
          photoNotice: event.photoNotice ?? '',
          photoNoticeEn: event.photoNoticeEn ?? '',
          retentionDays: String(event.retentionDays),
          invitationOnly: event.invitationOnly,
          approvalRequired: event.approvalRequired,
          approvalOverflow: event.approvalOverflow,
          reservedSeats: String(event.reservedSeats),
          reservedReleaseAt: toBerlinInput(event.reservedReleaseAt),
          maxGroupSize: String(event.maxGroupSize),
        }}
      />
    </section>
  );
}
