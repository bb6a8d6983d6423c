'use client';

import type { UseFormReturn } from 'react-hook-form';
import { placesLabel } from '@/components/events/session-places';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import type { RegistrationInput } from '@/lib/registrations/schema';
import type { RegistrationFormFields as FormValues } from './registration-form-types';
import type { AttendanceChoices } from './session-options';

export type { AttendanceChoices } from './session-options';
import styles from './registration-form.module.css';
import { SessionSlots } from './session-slots';

interface Props {
  form: UseFormReturn<FormValues, unknown, RegistrationInput>;
  choices: AttendanceChoices;
  t: Dictionary['sessions'];
  /** Already translated messages of the two fields. */
  errors: { mode?: string; sessions?: string };
}

/** How the person attends (hybrid events) and which workshops they book (on site). */
export function AttendanceFields({ form, choices, t, errors }: Props) {
  const { register, watch, setValue } = form;
  const mode = watch('mode') ?? choices.modes[0]?.mode ?? 'onsite';
  const sessions = watch('sessions') ?? [];
  return (
    <>
      {choices.modes.length > 1 ? (
        <fieldset className="card" aria-describedby={errors.mode ? 'mode-error' : undefined}>
          <legend>{t.form.modeLegend}</legend>
          {choices.modes.map((m) => {
            const id = `mode-${m.mode}`;
            const full = m.remaining === 0;
            return (
              <div className="checkbox" key={m.mode}>
                <input
                  id={id}
                  type="radio"
                  value={m.mode}
                  aria-invalid={errors.mode ? true : undefined}
                  aria-describedby={`${id}-hint`}
                  {...register('mode')}
                />
                <label htmlFor={id}>
                  <strong>{t.mode[m.mode]}</strong>
                  {' – '}
                  {full
                    ? t.form.modeFull
                    : placesLabel({ remaining: m.remaining, waitlistEnabled: true }, t.places).label}
                  <span id={`${id}-hint`} className={`hint ${styles.modeHint}`}>
                    {t.form.modeHint[m.mode]}
                  </span>
                </label>
              </div>
            );
          })}
          <p id="mode-error" className="error-text" aria-live="polite">
            {errors.mode}
          </p>
        </fieldset>
      ) : null}
      {choices.slots.length > 0 ? (
        <fieldset className="card" id="sessions" tabIndex={-1}>
          <legend>{t.form.sessionsLegend}</legend>
          {mode === 'online' ? (
            <p>{t.form.sessionsOnline}</p>
          ) : (
            <>
              <p>{choices.sessionsRequired ? t.form.sessionsRequired : t.form.sessionsIntro}</p>
              <SessionSlots
                slots={choices.slots}
                value={sessions}
                onChange={(next) => setValue('sessions', next, { shouldValidate: form.formState.isSubmitted })}
                required={choices.sessionsRequired}
                error={errors.sessions}
                t={t}
              />
            </>
          )}
        </fieldset>
      ) : null}
    </>
  );
}
