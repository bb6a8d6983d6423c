'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { SubmitButton } from '@/components/event-editor/submit-button';
import { useEditorSubmit } from '@/components/event-editor/use-editor-submit';
import { saveCertificateSettingsAction } from '@/lib/certificates/settings-actions';
import {
  type CertificateSampleEvent,
  certificateSampleValues,
  sampleSessions,
} from '@/lib/certificates/settings-sample';
import {
  type CertificateSettingsFormValues,
  type CertificateSettingsInput,
  certificateSettingsSchema,
  localizeCertificateMessage,
  parseHours,
} from '@/lib/certificates/settings-schema';
import { fill, LOCALES, type Locale } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import styles from './settings-editor.module.css';
import { CertificateSettingsFields } from './settings-fields';
import { CertificateSheet } from './settings-preview';

type Text = Dictionary['certificates']['settings'];

export interface CertificateSettingsEditorProps {
  eventId: string;
  slug: string;
  /** The editor's language. */
  locale: Locale;
  t: Text;
  defaults: CertificateSettingsFormValues;
  /** Default titles per language, for the hints. */
  defaultTitles: Record<Locale, string>;
  event: CertificateSampleEvent;
  /** Per sheet language: its preview texts and the sample issue date. */
  sheets: Record<Locale, { text: Text['preview']; issued: string }>;
  verifyUrl: string;
  signatureUrl: string | null;
  logoUrl: string | null;
  /** The signature upload, rendered in the form column. */
  signatureForm: React.ReactNode;
}

/** The settings form and, next to it, the certificate as the organizer types, in either language. */
export function CertificateSettingsEditor(props: CertificateSettingsEditorProps) {
  const { eventId, slug, locale, t, event, sheets } = props;
  const form = useForm<CertificateSettingsFormValues, unknown, CertificateSettingsInput>({
    resolver: zodResolver(certificateSettingsSchema) as never,
    defaultValues: props.defaults,
  });
  const { submit, status } = useEditorSubmit(form.setError, t.saved);
  const onSubmit = form.handleSubmit(() => submit(() => saveCertificateSettingsAction(eventId, form.getValues())));
  const values = { ...props.defaults, ...useWatch({ control: form.control }) } as CertificateSettingsFormValues;
  const [lang, setLang] = useState<Locale>(locale);
  const hours = parseHours(values.fixedHours);
  const minutes = typeof hours === 'number' ? hours : null;
  const countsSessions = values.hoursMode === 'sessions';
  const errorText = (message: string | undefined) => localizeCertificateMessage(message, t.validation, locale);
  return (
    <div className={styles.layout}>
      <div className="stack">
        <form onSubmit={onSubmit} noValidate aria-label={t.formLabel} className="stack">
          {status}
          <CertificateSettingsFields
            form={form}
            t={t}
            locale={locale}
            defaultTitles={props.defaultTitles}
            countsSessions={countsSessions}
            errorText={errorText}
          />
          <SubmitButton pending={form.formState.isSubmitting} label={t.save} />
        </form>
        {props.signatureForm}
      </div>
      <section aria-labelledby="certificate-preview-heading" className={`stack ${styles.preview}`}>
        <h3 id="certificate-preview-heading">{t.preview.heading}</h3>
        <p className="hint">{t.preview.hint}</p>
        <fieldset className={`${styles.fieldset} ${styles.choices}`}>
          <legend>{t.preview.language}</legend>
          {LOCALES.map((l) => (
            <div className="checkbox" key={l}>
              <input
                id={`certificate-preview-${l}`}
                type="radio"
                name="certificate-preview-language"
                checked={lang === l}
                onChange={() => setLang(l)}
              />
              <label htmlFor={`certificate-preview-${l}`}>{t.preview.languages[l]}</label>
            </div>
          ))}
        </fieldset>
        <p>
          <a href={`/dashboard/events/${slug}/edit/certificate/preview.pdf?lang=${lang}`}>
            {fill(t.preview.pdf, { language: t.preview.languages[lang] })}
          </a>
        </p>
        <CertificateSheet
          t={t}
          locale={lang}
          sheetText={sheets[lang].text}
          wording={values}
          values={certificateSampleValues(event, lang, minutes, sheets[lang].text.sampleSessions)}
          sessions={countsSessions ? sampleSessions(event, lang, sheets[lang].text.sampleSessions) : null}
          signatureUrl={props.signatureUrl}
          logoUrl={props.logoUrl}
          issued={sheets[lang].issued}
          verifyUrl={props.verifyUrl}
        />
      </section>
    </div>
  );
}
