'use client';

import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { approval as germanApproval } from '@/lib/i18n/de/approval';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { CheckField, InputField } from './fields';
import type { SettingsFieldValues } from './settings-form';

type ApprovalText = Dictionary['approval'];
type ValidationKey = keyof ApprovalText['settings']['validation'];

/** The schema reports the German text of the approval dictionary; shown in the editor's language. */
function localize(message: string | undefined, t: ApprovalText): string | undefined {
  const german = germanApproval.settings.validation;
  const key = (Object.keys(german) as ValidationKey[]).find((k) => german[k] === message);
  return key ? t.settings.validation[key] : message;
}

interface Props {
  register: UseFormRegister<SettingsFieldValues>;
  errors: FieldErrors<SettingsFieldValues>;
  t: ApprovalText;
}

/** Invitation-only, "Anmeldungen prüfen" with its overflow, the invitees' contingent and the group size. */
export function AccessFields({ register, errors, t }: Props) {
  const s = t.settings;
  const err = (message: string | undefined) => localize(message, t);
  return (
    <>
      <h2>{s.accessHeading}</h2>
      <CheckField
        id="settings-invitation-only"
        label={s.invitationOnly}
        hint={s.invitationOnlyHint}
        registration={register('invitationOnly')}
      />
      <CheckField
        id="settings-approval"
        label={s.approvalRequired}
        hint={s.approvalHint}
        registration={register('approvalRequired')}
      />
      <fieldset className="field" aria-describedby="settings-overflow-error">
        <legend>{s.overflowLegend}</legend>
        {(['waitlist', 'refuse'] as const).map((mode) => (
          <div className="checkbox" key={mode}>
            <input id={`settings-overflow-${mode}`} type="radio" value={mode} {...register('approvalOverflow')} />
            <label htmlFor={`settings-overflow-${mode}`}>
              {mode === 'waitlist' ? s.overflowWaitlist : s.overflowRefuse}
            </label>
          </div>
        ))}
        <p id="settings-overflow-error" className="error-text" aria-live="polite">
          {err(errors.approvalOverflow?.message)}
        </p>
      </fieldset>
      <h2>{s.contingentHeading}</h2>
      <InputField
        id="settings-reserved"
        label={s.reservedSeats}
        inputMode="numeric"
        registration={register('reservedSeats')}
        error={err(errors.reservedSeats?.message)}
        hint={s.reservedSeatsHint}
      />
      <InputField
        id="settings-release-at"
        type="datetime-local"
        label={s.releaseAt}
        registration={register('reservedReleaseAt')}
        error={err(errors.reservedReleaseAt?.message)}
        hint={s.releaseAtHint}
      />
      <h2>{s.groupHeading}</h2>
      <InputField
        id="settings-group-size"
        label={s.maxGroupSize}
        inputMode="numeric"
        registration={register('maxGroupSize')}
        error={err(errors.maxGroupSize?.message)}
        hint={s.maxGroupSizeHint}
      />
    </>
  );
}
