import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { errorText } from '@/lib/edge/field-errors';
import { formatNumber } from '@/lib/format';
import type { MessageAudience } from '@/lib/generated/prisma/client';
import { fill, type Locale } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { BODY_MAX_LENGTH, MESSAGE_AUDIENCES, type MessageFormValues } from '@/lib/messages/schema';
import { personsIn } from './delivery-status';
import styles from './messages.module.css';

interface FieldProps {
  register: UseFormRegister<MessageFormValues>;
  errors: FieldErrors<MessageFormValues>;
  t: Dictionary['dashboard']['compose'];
  locale: Locale;
}

interface AudienceProps extends FieldProps {
  labels: Dictionary['dashboard']['messages'];
  counts: Record<MessageAudience, number>;
  onChange: () => void;
}

/** The audience select; each option says how many people it reaches right now. */
export function AudienceField({ register, errors, t, locale, labels, counts, onChange }: AudienceProps) {
  return (
    <div className="field">
      <label htmlFor="audience">{t.audience}</label>
      <p id="audience-hint" className="hint">
        {t.audienceHint}
      </p>
      <select
        id="audience"
        className="select"
        aria-invalid={errors.audience ? true : undefined}
        aria-describedby={errors.audience ? 'audience-hint audience-error' : 'audience-hint'}
        {...register('audience', { onChange })}
      >
        {MESSAGE_AUDIENCES.map((a) => (
          <option key={a} value={a}>
            {`${labels[`audience.${a}`]} (${personsIn(counts[a] ?? 0, labels, locale)})`}
          </option>
        ))}
      </select>
      <p id="audience-error" className="error-text" aria-live="polite">
        {errorText(errors.audience?.message, locale)}
      </p>
    </div>
  );
}

/** Automatic salutation from each person's data, or the organizer's own in the text. */
export function SalutationField({ register, errors, t, locale }: FieldProps) {
  return (
    <fieldset className="field" aria-describedby={errors.salutation ? 'salutation-error' : undefined}>
      <legend>{t.salutation}</legend>
      <div className="checkbox">
        <input id="salutation-auto" type="radio" value="auto" {...register('salutation')} />
        <label htmlFor="salutation-auto">{t.salutationAuto}</label>
      </div>
      <div className="checkbox">
        <input id="salutation-own" type="radio" value="own" {...register('salutation')} />
        <label htmlFor="salutation-own">{t.salutationOwn}</label>
      </div>
      <p id="salutation-error" className="error-text" aria-live="polite">
        {errorText(errors.salutation?.message, locale)}
      </p>
    </fieldset>
  );
}

/** The message text, with the running character count in its hint. */
export function BodyField({ register, errors, t, locale, length }: FieldProps & { length: number }) {
  return (
    <div className="field">
      <label htmlFor="body">
        {t.body}
        <span className="required-mark" aria-hidden="true">
          {' '}
          *
        </span>
      </label>
      <p id="body-hint" className="hint">
        {fill(t.bodyHint, { n: formatNumber(length, locale), max: formatNumber(BODY_MAX_LENGTH, locale) })}
      </p>
      <textarea
        id="body"
        className={`textarea ${styles.textarea}`}
        aria-required
        aria-invalid={errors.body ? true : undefined}
        aria-describedby={errors.body ? 'body-hint body-error' : 'body-hint'}
        {...register('body')}
      />
      <p id="body-error" className="error-text" aria-live="polite">
        {errorText(errors.body?.message, locale)}
      </p>
    </div>
  );
}
