import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { registrationNotice } from '@/components/events/registration-status';
import { DeclineForm } from '@/components/invitations/decline-form';
import { InvitationOpened } from '@/components/invitations/invitation-opened';
import { RegistrationForm } from '@/components/registrations/registration-form';
import { attendanceChoices } from '@/components/registrations/session-options';
import { Alert } from '@/components/ui/alert';
import { PageMain } from '@/components/ui/page-main';
import { localizeEvent } from '@/lib/events/localize';
import { formatDate } from '@/lib/format';
import { fill } from '@/lib/i18n/config';
import { getI18n } from '@/lib/i18n/server';
import { getAttendanceOptions } from '@/lib/attendance/queries';
import { getInvitationByToken, type InvitationForInvitee } from '@/lib/invitations/queries';
import { getEventQuestions } from '@/lib/questions/queries';
import { issueFormToken } from '@/lib/registrations/anti-bot';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ token: string }> };

const load = cache((token: string) => getInvitationByToken(token));

// The token is a credential: no search engine may keep the page, and no link on it may pass the URL on.
const PRIVATE = { robots: { index: false, follow: false }, referrer: 'no-referrer' } as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [invitation, { t, locale }] = await Promise.all([params.then((p) => load(p.token)), getI18n()]);
  if (!invitation) return PRIVATE;
  const { title } = localizeEvent({ title: invitation.event.title, titleEn: invitation.event.titleEn }, locale);
  return { ...PRIVATE, title: fill(t.invitations.invitee.title, { event: title.value }) };
}

function RegisteredState({
  invitation,
  t,
}: {
  invitation: InvitationForInvitee;
  t: Awaited<ReturnType<typeof getI18n>>['t'];
}) {
  const r = t.invitations.invitee.registered;
  const status = invitation.registration?.status;
  const text = status === 'confirmed' || status === 'waitlisted' || status === 'pending' ? r[status] : r.other;
  return (
    <Alert kind="success" title={r.title}>
      <p>{text}</p>
    </Alert>
  );
}

export default async function InvitationPage({ params }: Props) {
  const [{ token }, { t, locale }] = await Promise.all([params, getI18n()]);
  const invitation = await load(token);
  if (!invitation) notFound();
  const i = t.invitations.invitee;
  const { event } = invitation;
  const { title, photoNotice } = localizeEvent(
    { title: event.title, titleEn: event.titleEn, photoNotice: event.photoNotice, photoNoticeEn: event.photoNoticeEn },
    locale,
  );
  const registered = invitation.status === 'registered';
  const notice = registrationNotice(invitation.registrationState, event.startsAt, locale);
  // Invitees choose their mode and workshops like everyone else (an event may require a workshop per slot).
  const [questions, options] =
    !registered && notice.canRegister
      ? await Promise.all([getEventQuestions(event.id), getAttendanceOptions(event.id)])
      : [[], null];
  const attendance = options && attendanceChoices(options, invitation.registrationState.modes, locale);
  const name = [invitation.title, invitation.firstName, invitation.lastName].filter(Boolean).join(' ');
  return (
    <PageMain narrow>
      <InvitationOpened token={invitation.token} />
      <p>
        <Link href={`/events/${event.slug}`}>← {t.register.backToEvent}</Link>
      </p>
      <h1>
        {i.heading}: <span lang={title.lang}>{title.value}</span>
      </h1>
      <p>{fill(i.for, { name })}</p>
      {registered ? (
        <RegisteredState invitation={invitation} t={t} />
      ) : (
        <>
          {invitation.status === 'declined' && invitation.declinedAt ? (
            <Alert kind="info">
              <p>{fill(i.declined, { date: formatDate(invitation.declinedAt, locale) })}</p>
            </Alert>
          ) : null}
          {notice.canRegister ? (
            <>
              <p>{i.intro}</p>
              <RegistrationForm
                slug={event.slug}
                locale={locale}
                t={t.form}
                questions={questions}
                photoNotice={photoNotice.value}
                formToken={issueFormToken()}
                attendance={attendance ? { ...attendance, t: t.sessions } : undefined}
                invitation={{
                  token: invitation.token,
                  emailLockedHint: i.emailLocked,
                  values: {
                    salutation: (invitation.salutation ?? '') as 'Frau' | 'Herr' | 'Divers' | '',
                    title: invitation.title ?? '',
                    firstName: invitation.firstName,
                    lastName: invitation.lastName,
                    email: invitation.email,
                    organization: invitation.organization ?? '',
                    position: invitation.position ?? '',
                  },
                }}
              />
            </>
          ) : (
            <Alert kind="info" title={i.closed}>
              {notice.lines.map((line) => (
                <p key={line}>{line}</p>
              ))}
            </Alert>
          )}
          {invitation.status !== 'declined' && !invitation.registrationState.isPast ? (
            <section aria-labelledby="decline-heading" className="card stack">
              <h2 id="decline-heading">{i.decline.heading}</h2>
              <DeclineForm token={invitation.token} t={i.decline} unexpected={t.form.unexpected} />
            </section>
          ) : null}
        </>
      )}
    </PageMain>
  );
}
