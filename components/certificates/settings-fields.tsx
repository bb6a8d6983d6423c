'use client';

import type { UseFormReturn } from 'react-hook-form';
import { CheckboxField, TextAreaField, TextField } from '@/components/ui/form-field';
import { CERTIFICATE_PLACEHOLDERS } from '@/lib/certificates/placeholders';
import {
  CERTIFICATE_PLACEHOLDER_NAMES,
  type CertificateSettingsFormValues,
  type CertificateSettingsInput,
  HOURS_MODES,
} from '@/lib/certificates/settings-schema';
import { fill, type Locale } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import styles from './settings-editor.module.css';

interface Props {
  form: UseFormReturn<CertificateSettingsFormValues, unknown, CertificateSettingsInput>;
  t: Dictionary['certificates']['settings'];
  locale: Locale;
  defaultTitles: Record<Locale, string>;
  countsSessions: boolean;
  errorText: (message: string | undefined) => string | undefined;
}

/** The settings' fields: on/off, wording with the valid placeholders, signatory and how hours are counted. */
export function CertificateSettingsFields({ form, t, locale, defaultTitles, countsSessions, errorText }: Props) {
  const { register, formState } = form;
  const error = (name: keyof CertificateSettingsFormValues) => errorText(formState.errors[name]?.message);
  const text = (name: keyof CertificateSettingsFormValues, label: string, hint?: string) => (
    <TextField id={`certificate-${name}`} label={label} hint={hint} registration={register(name)} error={error(name)} />
  );
  const area = (name: 'bodyDe' | 'bodyEn', label: string, hint: string) => (
    <TextAreaField
      id={`certificate-${name}`}
      label={label}
      hint={hint}
      rows={6}
      registration={register(name)}
      error={error(name)}
    />
  );
  return (
    <>
      <CheckboxField
        id="certificate-enabled"
        label={t.enabled}
        hint={t.enabledHint}
        registration={register('enabled')}
      />
      <fieldset className={`${styles.fieldset} stack`}>
        <legend>{t.wording}</legend>
        <div>
          <p>{t.placeholdersIntro}</p>
          <dl className={styles.placeholders}>
            {CERTIFICATE_PLACEHOLDER_NAMES[locale].map((name) => (
              <div key={name} className={styles.pair}>
                <dt>{`{${name}}`}</dt>
                <dd>{t.placeholders[CERTIFICATE_PLACEHOLDERS[name as keyof typeof CERTIFICATE_PLACEHOLDERS]]}</dd>
              </div>
            ))}
          </dl>
        </div>
        {text('titleDe', t.titleDe, fill(t.titleHint, { default: defaultTitles.de }))}
        {area('bodyDe', t.bodyDe, t.bodyHint)}
        {text('titleEn', t.titleEn, `${t.englishHint} ${fill(t.titleHint, { default: defaultTitles.en })}`)}
        {area('bodyEn', t.bodyEn, t.englishHint)}
      </fieldset>
      <fieldset className={`${styles.fieldset} stack`}>
        <legend>{t.signatory}</legend>
        {text('signatoryName', t.signatoryName, t.signatoryNameHint)}
        {text('signatoryFunctionDe', t.signatoryFunctionDe, t.signatoryFunctionHint)}
        {text('signatoryFunctionEn', t.signatoryFunctionEn, t.englishHint)}
      </fieldset>
      <fieldset className={`${styles.fieldset} stack`}>
        <legend>{t.hours}</legend>
        <fieldset className="field" aria-describedby="certificate-hoursMode-error">
          <legend>{t.hoursMode}</legend>
          {HOURS_MODES.map((mode) => (
            <div className="checkbox" key={mode}>
              <input id={`certificate-hours-${mode}`} type="radio" value={mode} {...register('hoursMode')} />
              <label htmlFor={`certificate-hours-${mode}`}>{mode === 'fixed' ? t.hoursFixed : t.hoursSessions}</label>
            </div>
          ))}
          <p id="certificate-hoursMode-error" className="error-text" aria-live="polite">
            {error('hoursMode')}
          </p>
        </fieldset>
        <TextField
          id="certificate-fixedHours"
          label={t.fixedHours}
          hint={countsSessions ? `${t.fixedHoursHint} ${t.hoursSessionsHint}` : t.fixedHoursHint}
          inputMode="decimal"
          autoComplete="off"
          registration={register('fixedHours')}
          error={error('fixedHours')}
        />
      </fieldset>
    </>
  );
}
