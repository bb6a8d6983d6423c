import type { LocalizedEvent } from '@/lib/events/localize';
import type { EventDetail } from '@/lib/events/queries';
import { formatTimeRange } from '@/lib/format';
import type { Locale } from '@/lib/i18n/config';
import { getDictionary } from '@/lib/i18n/dictionaries';
import styles from './events.module.css';
import { SessionPlacesMark } from './session-places';

type Localized = LocalizedEvent<EventDetail>;

/** The programme as an ordered list of sessions with time, room, description and speakers. */
export function EventProgramme({ sessions, locale }: { sessions: Localized['sessions']; locale: Locale }) {
  const dictionary = getDictionary(locale);
  const t = dictionary.event;
  if (sessions.length === 0) return <p>{t.programmeEmpty}</p>;
  return (
    <ol className={styles.programme}>
      {sessions.map((s) => (
        <li key={s.id}>
          <p className={styles.sessionTime}>
            <time dateTime={s.startsAt.toISOString()}>{formatTimeRange(s.startsAt, s.endsAt, locale)}</time>
          </p>
          <div>
            <h3 lang={s.title.lang}>{s.title.value}</h3>
            {s.bookable ? <SessionPlacesMark session={s} t={dictionary.sessions} /> : null}
            {s.room ? (
              <p className="muted">
                {t.room}:{' '}
                <span lang="de" translate="no">
                  {s.room}
                </span>
              </p>
            ) : null}
            {s.description.value ? <p lang={s.description.lang}>{s.description.value}</p> : null}
            {s.speakers.length > 0 ? (
              <ul className={styles.speakers} aria-label={t.speakers}>
                {s.speakers.map((sp) => (
                  <li key={sp.id}>
                    <strong>{sp.name}</strong>
                    {sp.role.value ? <span lang={sp.role.lang}>, {sp.role.value}</span> : null}
                    {sp.organization ? (
                      <span lang="de" translate="no">
                        , {sp.organization}
                      </span>
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        </li>
      ))}
    </ol>
  );
}

/** Organisers and partners, linked when they have a website. */
export function EventHosts({ hosts }: { hosts: Localized['hosts'] }) {
  return (
    <ul>
      {hosts.map((h) => (
        <li key={h.id}>
          {h.logoMime ? (
            <>
              {/* The name follows as text, so the logo is decorative. */}
              <img src={`/media/hosts/${h.id}`} alt="" className={styles.hostLogo} loading="lazy" />{' '}
            </>
          ) : null}
          {h.url ? (
            <a href={h.url} rel="external noopener noreferrer">
              {h.name}
            </a>
          ) : (
            <strong>{h.name}</strong>
          )}
          {h.role.value ? (
            <span className="muted" lang={h.role.lang}>
              {' '}
              – {h.role.value}
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
