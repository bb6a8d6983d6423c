import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { ContentFallbackNote } from '@/components/events/content-note';
import { EventWhen } from '@/components/events/event-facts';
import { registrationNotice } from '@/components/events/registration-status';
import { GroupLink } from '@/components/registrations/group-link';
import { RegistrationForm } from '@/components/registrations/registration-form';
import { attendanceChoices } from '@/components/registrations/session-options';
import { getAttendanceOptions } from '@/lib/attendance/queries';
import { Alert } from '@/components/ui/alert';
import { PageMain } from '@/components/ui/page-main';
import { localizeEvent, localizedTitle } from '@/lib/events/localize';
import { getEventBySlug } from '@/lib/events/queries';
import { fill } from '@/lib/i18n/config';
import { getI18n } from '@/lib/i18n/server';
import { getEventQuestions } from '@/lib/questions/queries';
import { issueFormToken } from '@/lib/registrations/anti-bot';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string }> };

const loadEvent = cache((slug: string) => getEventBySlug(slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [event, { locale, t }] = await Promise.all([params.then((p) => loadEvent(p.slug)), getI18n()]);
  return event ? { title: fill(t.register.title, { title: localizedTitle(event, locale) }) } : {};
}

export default async function RegisterPage({ params }: Props) {
  const [{ slug }, { locale, t }] = await Promise.all([params, getI18n()]);
  const event = await loadEvent(slug);
  if (!event) notFound();
  const notice = registrationNotice(event.registration, event.startsAt, locale);
  const { title, photoNotice, fallbacks } = localizeEvent(
    { title: event.title, titleEn: event.titleEn, photoNotice: event.photoNotice, photoNoticeEn: event.photoNoticeEn },
    locale,
  );
  // The photo notice is shown only with the form.
  const shownFallbacks = notice.canRegister ? fallbacks : fallbacks.filter((f) => f !== 'photoNotice');
  const [questions, options] = notice.canRegister
    ? await Promise.all([getEventQuestions(event.id), getAttendanceOptions(event.id)])
    : [[], null];
  const attendance = options && attendanceChoices(options, event.registration.modes, locale);
  return (
    <PageMain narrow>
      <p>
        <Link href={`/events/${event.slug}`}>← {t.register.backToEvent}</Link>
      </p>
      <h1>
        {fill(t.register.title, { title: '' })}
        <span lang={title.lang}>{title.value}</span>
      </h1>
      <ContentFallbackNote fallbacks={shownFallbacks} locale={locale} />
      <p>
        <EventWhen startsAt={event.startsAt} endsAt={event.endsAt} locale={locale} />
        <br />
        {event.venueName}
      </p>
      {notice.canRegister ? (
        <>
          {event.registration.status === 'waitlist' ? (
            <Alert kind="warning">
              <p>{t.register.waitlistNotice}</p>
            </Alert>
          ) : null}
          {event.approvalRequired ? (
            <Alert kind="info">
              <p>{t.approval.public.reviewNotice}</p>
            </Alert>
          ) : null}
          <p>{t.register.intro}</p>
          {/* Groups register without workshops, which an event requiring a workshop per slot refuses. */}
          {options?.sessionChoice === 'required' ? null : (
            <GroupLink slug={event.slug} maxGroupSize={event.maxGroupSize} t={t.approval.public} />
          )}
          <RegistrationForm
            slug={event.slug}
            locale={locale}
            t={t.form}
            questions={questions}
            photoNotice={photoNotice.value}
            formToken={issueFormToken()}
            attendance={attendance ? { ...attendance, t: t.sessions } : undefined}
          />
        </>
      ) : (
        <Alert kind="info" title={t.register.notPossible}>
          {notice.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
          <p>
            <Link href={`/events/${event.slug}`}>{t.register.backToEvent}</Link>
          </p>
        </Alert>
      )}
    </PageMain>
  );
}
