import type { EditableEvent } from '@/lib/events/editor-queries';
import { toBerlinInput } from '@/lib/events/datetime-input';
import { deleteSessionAction } from '@/lib/events/programme-actions';
import { formatShortDate, formatTimeRange } from '@/lib/format';
import { fill, type Locale } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { ActionButton } from './action-button';
import type { EditorText } from './editor-text';
import styles from './editor.module.css';
import { SessionForm } from './session-form';

/** The programme items, each with its edit form behind a disclosure. */
export function SessionList({
  eventId,
  sessions,
  t,
  adminText,
  locale,
}: {
  eventId: string;
  sessions: EditableEvent['sessions'];
  t: EditorText;
  adminText: Dictionary['sessionAdmin'];
  locale: Locale;
}) {
  const a = adminText.programme;
  if (sessions.length === 0) return <p>{t.programme.empty}</p>;
  return (
    <ul className={styles.items}>
      {sessions.map((s) => (
        <li key={s.id} className={styles.item}>
          <details>
            <summary>
              {formatShortDate(s.startsAt, locale)}, {formatTimeRange(s.startsAt, s.endsAt, locale)}: {s.title}
              {s.speakers.length > 0 ? (
                <span className="muted"> – {s.speakers.map((sp) => sp.name).join(', ')}</span>
              ) : null}
              {s.bookable ? (
                <>
                  {' '}
                  <span className="badge">{a.badgeBookable}</span>{' '}
                  <span className="muted">
                    {s.capacity === null
                      ? fill(a.placesUnlimited, { booked: s.confirmedCount })
                      : fill(a.places, { booked: s.confirmedCount, capacity: s.capacity })}
                  </span>
                </>
              ) : null}
            </summary>
            <SessionForm
              eventId={eventId}
              sessionId={s.id}
              idPrefix={`session-${s.id}`}
              booked={s.confirmedCount}
              adminText={adminText}
              defaults={{
                title: s.title,
                titleEn: s.titleEn ?? '',
                startsAt: toBerlinInput(s.startsAt),
                endsAt: toBerlinInput(s.endsAt),
                room: s.room ?? '',
                description: s.description ?? '',
                descriptionEn: s.descriptionEn ?? '',
                speakers: s.speakers.map((sp) => ({
                  name: sp.name,
                  role: sp.role ?? '',
                  roleEn: sp.roleEn ?? '',
                  organization: sp.organization ?? '',
                })),
                bookable: s.bookable,
                capacity: s.capacity === null ? '' : String(s.capacity),
                waitlistEnabled: s.waitlistEnabled,
              }}
            />
          </details>
          <ActionButton
            label={t.common.remove}
            itemName={s.title}
            confirmText={fill(t.programme.removeConfirm, { title: s.title })}
            action={deleteSessionAction.bind(null, eventId, s.id)}
          />
        </li>
      ))}
    </ul>
  );
}
