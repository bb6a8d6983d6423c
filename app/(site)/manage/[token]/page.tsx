import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AttendanceSection } from '@/components/manage/attendance-section';
import { CancelRegistration } from '@/components/manage/cancel-registration';
import { EditRegistrationForm } from '@/components/manage/edit-registration-form';
import { EmailCorrectionForm } from '@/components/manage/email-correction-form';
import styles from '@/components/manage/manage.module.css';
import { RegistrationDetails } from '@/components/manage/registration-details';
import { SubstituteForNotice, SubstituteSection, SubstitutionNotice } from '@/components/manage/substitute-section';
import { ManageCertificate } from '@/components/certificates/manage-certificate';
import { TicketCard } from '@/components/tickets/ticket-card';
import { Alert } from '@/components/ui/alert';
import { PageMain } from '@/components/ui/page-main';
import { formatDateTime } from '@/lib/format';
import { fill } from '@/lib/i18n/config';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { getI18n, getLocale } from '@/lib/i18n/server';
import { getAttendance, getAttendanceOptions } from '@/lib/attendance/queries';
import { isCertificateOffered } from '@/lib/certificates/delivery-queries';
import { getRegistrationByManageToken } from '@/lib/registrations/manage-queries';
import { getSubstitutionState } from '@/lib/registrations/substitution-queries';

export const dynamic = 'force-dynamic';

// Names stay out of the title: titles end up in history and bookmarks.
export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.manage.title, robots: { index: false, follow: false } };
}

type Props = {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ neu?: string | string[]; uebergeben?: string | string[] }>;
};

// Public on purpose: the unguessable manage token in the URL is the credential, as in the confirmation mail.
export default async function ManagePage({ params, searchParams }: Props) {
  const [{ token }, { neu, uebergeben }, locale] = await Promise.all([params, searchParams, getLocale()]);
  const [registration, certificateOffered] = await Promise.all([
    getRegistrationByManageToken(token),
    isCertificateOffered(token),
  ]);
  if (!registration) notFound();
  const [substitution, attendance, options] = await Promise.all([
    getSubstitutionState(registration.id),
    getAttendance({ id: registration.id }),
    getAttendanceOptions(registration.eventId),
  ]);
  const online = attendance?.mode === 'online';
  const dictionary = getDictionary(locale);
  const t = dictionary.manage;
  const confirm = dictionary.selfService.cancelConfirm;
  const r = registration;
  const active = r.status !== 'cancelled';
  const justRegistered = neu === '1' && active;
  const base = `/manage/${token}`;
  return (
    <PageMain narrow>
      <h1>{t.title}</h1>
      <div className="stack">
        {justRegistered ? (
          <Alert kind="success" role="status" title={t.thanks}>
            <p>{fill(r.status === 'waitlisted' ? t.waitlistSentTo : t.sentTo, { email: r.email })}</p>
            <p>
              <a href="#email-korrigieren">{t.wrongAddress}</a>
            </p>
          </Alert>
        ) : null}
        {substitution?.substitute ? (
          <SubstitutionNotice
            substitute={substitution.substitute}
            justNow={uebergeben === '1'}
            locale={locale}
            t={dictionary.substitution.manage}
          />
        ) : r.status === 'cancelled' ? (
          <Alert kind="error">
            <p>{fill(t.cancelledInfo, { date: r.cancelledAt ? formatDateTime(r.cancelledAt, locale) : t.none })}</p>
          </Alert>
        ) : null}
        {r.status === 'confirmed' && substitution?.substituteFor ? (
          <SubstituteForNotice person={substitution.substituteFor} t={dictionary.substitution.manage} />
        ) : null}
        {r.status === 'waitlisted' && r.waitlistPosition ? (
          <Alert kind="warning">
            <p>
              <strong>{fill(t.waitlistPlace, { n: r.waitlistPosition })}</strong>
            </p>
            <p>{t.waitlistInfo}</p>
          </Alert>
        ) : null}
        {r.status === 'confirmed' && r.promotedAt ? (
          <Alert kind="success">
            <p>{t.promotedInfo}</p>
          </Alert>
        ) : null}

        {certificateOffered ? (
          <ManageCertificate href={`${base}/certificate.pdf`} t={dictionary.certificates.delivery} />
        ) : null}

        <TicketCard ticket={r} locale={locale} attendance={attendance} />
        {active && !online ? (
          <section aria-labelledby="ticket-links-heading" className="stack">
            <h2 id="ticket-links-heading" className="visually-hidden">
              {t.ticket}
            </h2>
            {r.status === 'waitlisted' ? <p className="muted">{t.waitlistTicket}</p> : null}
            <ul className={styles.links}>
              <li>
                <a className="btn btn-secondary" href={`${base}/ticket.png`} download>
                  {t.downloadPng}
                </a>
              </li>
              <li>
                <a className="btn btn-secondary" href={`${base}/calendar.ics`} download>
                  {t.calendar}
                </a>
              </li>
            </ul>
          </section>
        ) : null}

        <RegistrationDetails registration={r} locale={locale} t={t} />
        {attendance && options ? (
          <AttendanceSection
            token={token}
            changeable={(r.status === 'confirmed' || r.status === 'waitlisted') && r.event.startsAt > new Date()}
            attendance={attendance}
            options={options}
            locale={locale}
            dictionary={dictionary}
          />
        ) : null}

        {active ? (
          <>
            <section aria-labelledby="edit-heading" className="card stack">
              <h2 id="edit-heading">{t.edit}</h2>
              <p>{t.editIntro}</p>
              <EditRegistrationForm
                token={token}
                locale={locale}
                t={t}
                salutationLabels={{
                  Frau: dictionary.form['salutation.Frau'],
                  Herr: dictionary.form['salutation.Herr'],
                  Divers: dictionary.form['salutation.Divers'],
                }}
                questions={r.activeQuestions}
                registration={{
                  salutation: r.salutation,
                  title: r.title,
                  firstName: r.firstName,
                  lastName: r.lastName,
                  organization: r.organization,
                  position: r.position,
                  answers: r.answers,
                }}
              />
            </section>
            <section id="email-korrigieren" aria-labelledby="email-heading" className={`card stack ${styles.section}`}>
              <h2 id="email-heading">{t.correctEmail}</h2>
              <p>{t.correctEmailIntro}</p>
              <EmailCorrectionForm token={token} t={t} />
            </section>
            {substitution && !substitution.refusal ? (
              <SubstituteSection token={token} locale={locale} dictionary={dictionary} />
            ) : null}
            <section aria-labelledby="cancel-heading" className="card stack">
              <h2 id="cancel-heading">{t.cancelHeading}</h2>
              <p>{t.cancelIntro}</p>
              <CancelRegistration
                token={token}
                t={t}
                question={
                  r.status === 'waitlisted'
                    ? confirm.waitlisted
                    : r.seatGoesToWaitlist
                      ? confirm.seatToWaitlist
                      : confirm.seatFreed
                }
              />
            </section>
          </>
        ) : null}

        <p className="muted">{t.keepPrivate}</p>
        <p>
          <Link href={`/events/${r.event.slug}`}>{t.toEvent}</Link>
        </p>
      </div>
    </PageMain>
  );
}
