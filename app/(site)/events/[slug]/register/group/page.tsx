import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { EventWhen } from '@/components/events/event-facts';
import { registrationNotice } from '@/components/events/registration-status';
import { GroupForm } from '@/components/registrations/group-form';
import { Alert } from '@/components/ui/alert';
import { PageMain } from '@/components/ui/page-main';
import { localizedTitle } from '@/lib/events/localize';
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
  return event ? { title: fill(t.approval.group.title, { title: localizedTitle(event, locale) }) } : {};
}

/** "Kolleginnen und Kollegen anmelden": several people in one submission, all or nothing. */
export default async function GroupRegisterPage({ params }: Props) {
  const [{ slug }, { locale, t }] = await Promise.all([params, getI18n()]);
  const event = await loadEvent(slug);
  if (!event) notFound();
  const g = t.approval.group;
  const notice = registrationNotice(event.registration, event.startsAt, locale);
  const canRegister = notice.canRegister && event.maxGroupSize > 1;
  const questions = canRegister ? await getEventQuestions(event.id) : [];
  const remaining = event.registration.remaining;
  return (
    <PageMain narrow>
      <p>
        <Link href={`/events/${event.slug}`}>← {t.register.backToEvent}</Link>
      </p>
      <h1>
        {g.heading}
        <br />
        <span lang={localizedTitle(event, locale) === event.title ? 'de' : undefined}>
          {localizedTitle(event, locale)}
        </span>
      </h1>
      <p>
        <EventWhen startsAt={event.startsAt} endsAt={event.endsAt} locale={locale} />
        <br />
        {event.venueName}
      </p>
      {canRegister ? (
        <>
          {event.approvalRequired ? (
            <Alert kind="info">
              <p>{t.approval.public.reviewNotice}</p>
            </Alert>
          ) : null}
          {event.registration.status === 'waitlist' ? (
            <Alert kind="warning">
              <p>{t.register.waitlistNotice}</p>
            </Alert>
          ) : null}
          <p>{fill(g.intro, { n: event.maxGroupSize })}</p>
          <p>
            {g.allOrNothing}
            {remaining !== null && event.registration.status === 'open' ? (
              <> {fill(g.placesLeft, { n: remaining })}</>
            ) : null}
          </p>
          <GroupForm
            slug={event.slug}
            locale={locale}
            t={t.form}
            g={g}
            questions={questions}
            maxGroupSize={event.maxGroupSize}
            formToken={issueFormToken()}
          />
        </>
      ) : (
        <Alert kind="info" title={g.notPossible}>
          {(notice.canRegister ? [g.disabled] : notice.lines).map((line) => (
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
