'use client';

import { placesLabel } from '@/components/events/session-places';
import { fill } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { choose, type SlotOption } from './session-options';
import styles from './registration-form.module.css';

interface Props {
  slots: SlotOption[];
  value: string[];
  onChange: (next: string[]) => void;
  required: boolean;
  /** Sessions this person already holds a place in (manage page): never shown as full to them. */
  held?: readonly string[];
  error?: string;
  t: Dictionary['sessions'];
  /** Prefix of the control ids, so two forms on one page do not clash. */
  idPrefix?: string;
}

/**
 * The workshops as one fieldset per time slot with a radio each (and "none" where choosing is optional). A full
 * workshop without a waiting list is disabled; with one it says the choice goes on its waiting list.
 */
export function SessionSlots({ slots, value, onChange, required, held = [], error, t, idPrefix = 'sessions' }: Props) {
  const errorId = `${idPrefix}-error`;
  return (
    <div className="stack">
      {slots.map((slot, index) => {
        const name = `${idPrefix}-slot-${index}`;
        const picked = slot.sessions.find((s) => value.includes(s.id))?.id ?? null;
        return (
          <fieldset key={slot.key} className={`field ${styles.slot}`} aria-describedby={error ? errorId : undefined}>
            <legend>{fill(t.form.slot, { time: slot.label })}</legend>
            {slot.sessions.map((s) => {
              const id = `${idPrefix}-${s.id}`;
              const mine = held.includes(s.id);
              const places = placesLabel({ remaining: s.remaining, waitlistEnabled: s.waitlistEnabled }, t.places);
              const full = s.remaining === 0 && !mine;
              const disabled = full && !s.waitlistEnabled;
              return (
                <div className="checkbox" key={s.id}>
                  <input
                    id={id}
                    type="radio"
                    name={name}
                    value={s.id}
                    checked={picked === s.id}
                    disabled={disabled}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={`${id}-info`}
                    onChange={() => onChange(choose(value, slot, s.id))}
                  />
                  <label htmlFor={id}>
                    <span lang={s.lang}>{s.title}</span>
                    <span id={`${id}-info`} className={styles.sessionInfo}>
                      {[
                        s.time,
                        s.room ? fill(t.form.room, { room: s.room }) : null,
                        full ? (s.waitlistEnabled ? t.form.waitlist : t.form.full) : mine ? null : places.label,
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </span>
                  </label>
                </div>
              );
            })}
            {required ? null : (
              <div className="checkbox">
                <input
                  id={`${name}-none`}
                  type="radio"
                  name={name}
                  value=""
                  checked={picked === null}
                  onChange={() => onChange(choose(value, slot, null))}
                />
                <label htmlFor={`${name}-none`}>{t.form.noChoice}</label>
              </div>
            )}
          </fieldset>
        );
      })}
      <p id={errorId} className="error-text" aria-live="polite">
        {error}
      </p>
    </div>
  );
}
