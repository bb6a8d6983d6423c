import { StatusBadge } from '@/components/ui/status-badge';
import type { BookedSession } from '@/lib/attendance/queries';
import { pickText } from '@/lib/events/localize';
import { formatDateTime, formatTimeRange } from '@/lib/format';
import { fill, type Locale } from '@/lib/i18n/config';
import { getDictionary } from '@/lib/i18n/dictionaries';

/** The booked workshops (and waiting lists) under the ticket; nothing when there are none. */
export function BookedSessions({ sessions, locale }: { sessions: BookedSession[]; locale: Locale }) {
  const t = getDictionary(locale).sessions;
  if (sessions.length === 0) return null;
  return (
    <section aria-labelledby="booked-sessions-heading">
      <h3 id="booked-sessions-heading">{t.manage.sessionsHeading}</h3>
      <ul>
        {sessions.map((s) => (
          <li key={s.id}>
            <span lang={locale === 'en' && s.titleEn ? 'en' : 'de'}>{pickText(s.title, s.titleEn, locale)}</span>
            {' – '}
            {formatTimeRange(s.startsAt, s.endsAt, locale)}
            {s.room ? `, ${fill(t.form.room, { room: s.room })}` : null}{' '}
            <StatusBadge
              label={s.status === 'confirmed' ? t.manage.sessionsConfirmed : t.manage.sessionsWaitlisted}
              tone={s.status === 'confirmed' ? 'success' : 'warning'}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The personal join link (never the stream URL) with the time it starts to lead to the stream. */
export function JoinLink({ token, releaseAt, locale }: { token: string; releaseAt: Date; locale: Locale }) {
  const t = getDictionary(locale).sessions.manage;
  return (
    <section aria-labelledby="join-heading" className="stack">
      <h3 id="join-heading">{t.joinHeading}</h3>
      <p>{t.noQrOnline}</p>
      <p>{fill(t.joinRelease, { time: formatDateTime(releaseAt, locale) })}</p>
      <p>
        <a className="btn" href={`/join/${token}`} rel="noreferrer" data-testid="join-link">
          {t.joinLink}
        </a>
      </p>
      <p className="muted">{t.joinIntro}</p>
    </section>
  );
}
