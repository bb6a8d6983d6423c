import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { RegistrationCertificate } from '@/components/certificates/registration-certificate';
import { ApprovalDecision } from '@/components/dashboard/approval-decision';
import { AttendeeAuditTrail } from '@/components/dashboard/attendee-audit-trail';
import { CancelRegistrationButton } from '@/components/dashboard/cancel-registration-button';
import { RegistrationDetail } from '@/components/dashboard/registration-detail';
import { ResendMailButton } from '@/components/dashboard/resend-mail-button';
import { OrganizerSubstitute } from '@/components/manage/organizer-substitute';
import { RegistrationBookings } from '@/components/sessions/registration-bookings';
import { RegistrationMails } from '@/components/messages/registration-mails';
import { getRegistrationDetail } from '@/lib/attendees/queries';
import { requireOrganizer } from '@/lib/auth/guards';
import { getRegistrationCertificate } from '@/lib/certificates/queries';
import { formatDateTime } from '@/lib/format';
import { contentLang, fill } from '@/lib/i18n/config';
import { getI18n } from '@/lib/i18n/server';
import { getRegistrationMails } from '@/lib/messages/queries';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.dashboard.registration.title, robots: { index: false } };
}

export default async function RegistrationDetailPage({ params }: { params: Promise<{ slug: string; id: string }> }) {
  await requireOrganizer();
  const { slug, id } = await params;
  const [detail, { t, locale }] = await Promise.all([getRegistrationDetail(slug, id), getI18n()]);
  if (!detail) notFound();
  const { registration: r, questions, audit } = detail;
  const [mails, certificate] = await Promise.all([getRegistrationMails(r.id), getRegistrationCertificate(r.id)]);
  const name = [r.title, r.firstName, r.lastName].filter(Boolean).join(' ');
  const tr = t.dashboard.registration;
  const kind = r.guestType === 'attendee' ? null : tr[`guest.${r.guestType}`];
  const content = contentLang(locale);
  return (
    <div className="stack">
      <p>
        <Link href={`/dashboard/events/${r.event.slug}`}>{tr.back}</Link>
      </p>
      <h1 lang={content}>{name}</h1>
      <p className="muted">
        <span lang={content}>{r.event.title}</span>
        {kind && ` · ${kind}`}
        {r.overCapacity && ` · ${tr.overCapacity}`}
      </p>
      <RegistrationDetail r={r} questions={questions} t={tr} locale={locale} />
      {(r.event.attendanceFormat !== 'onsite' || r.bookings.length > 0) && (
        <RegistrationBookings
          slug={r.event.slug}
          mode={r.mode}
          showMode={r.event.attendanceFormat !== 'onsite'}
          bookings={r.bookings}
          t={t.sessionLists}
          locale={locale}
        />
      )}
      {r.status === 'pending' || r.decidedAt ? (
        <section aria-labelledby="decision" className="card stack">
          <h2 id="decision">{t.approval.detail.heading}</h2>
          {r.decidedAt ? (
            <p>
              {fill(t.approval.detail.decided, { date: formatDateTime(r.decidedAt, locale), by: r.decidedBy ?? '–' })}
              {r.decisionNote ? (
                <>
                  <br />
                  {fill(t.approval.detail.decisionNote, { note: r.decisionNote })}
                </>
              ) : null}
            </p>
          ) : null}
          <ApprovalDecision slug={r.event.slug} registrationId={r.id} pending={r.status === 'pending'} t={t.approval} />
        </section>
      ) : null}
      <section aria-labelledby="actions" className="stack">
        <h2 id="actions">{tr.actions}</h2>
        {r.status !== 'cancelled' && !r.anonymizedAt && (
          <p>
            <Link className="btn btn-secondary" href={`/dashboard/events/${r.event.slug}/registrations/${r.id}/edit`}>
              {tr.edit}
            </Link>
          </p>
        )}
        {r.status !== 'cancelled' && <ResendMailButton slug={r.event.slug} registrationId={r.id} t={tr} />}
        <OrganizerSubstitute slug={r.event.slug} registrationId={r.id} locale={locale} dictionary={t} />
        {/* Rendered for cancelled registrations too, so the outcome message survives the refresh. */}
        <CancelRegistrationButton
          slug={r.event.slug}
          registrationId={r.id}
          name={name}
          cancelled={r.status === 'cancelled'}
          t={tr}
        />
      </section>
      {certificate && (
        <RegistrationCertificate
          slug={r.event.slug}
          registrationId={r.id}
          state={certificate}
          locale={locale}
          t={t.certificates.document.panel}
        />
      )}
      <RegistrationMails mails={mails} t={t.dashboard.mails} locale={locale} />
      <section aria-labelledby="audit" className="stack">
        <h2 id="audit">{tr.auditHeading}</h2>
        <AttendeeAuditTrail entries={audit} t={tr} locale={locale} />
      </section>
    </div>
  );
}
