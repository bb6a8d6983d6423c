'use client';

import { type FormEvent, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useEditorSubmit } from '@/components/event-editor/use-editor-submit';
import {
  removeCertificateSignatureAction,
  uploadCertificateSignatureAction,
} from '@/lib/certificates/settings-actions';
import { localizeCertificateMessage, MAX_SIGNATURE_BYTES } from '@/lib/certificates/settings-schema';
import type { Locale } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import styles from './settings-editor.module.css';

interface Props {
  eventId: string;
  locale: Locale;
  t: Dictionary['certificates']['settings'];
  /** The current signature for the organizer (no-store route), or null. */
  signatureUrl: string | null;
}

/** Uploads, replaces or removes the signature image; its type and size are checked by the server from the bytes. */
export function CertificateSignatureForm({ eventId, locale, t, signatureUrl }: Props) {
  const formRef = useRef<HTMLFormElement>(null);
  // No handleSubmit: the only field is the file, whose refusals are set by hand and must not block the next try.
  const { setError, clearErrors, formState } = useForm<{ signature?: string }>();
  const [busy, setBusy] = useState(false);
  const upload = useEditorSubmit(setError, t.signature.saved);
  const removal = useEditorSubmit(setError, t.signature.removed);
  const fileInput = () => formRef.current?.elements.namedItem('signature') as HTMLInputElement;
  const refuse = (message: string) => setError('signature', { message }, { shouldFocus: true });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    clearErrors();
    const file = fileInput().files?.[0];
    if (!file) return refuse(t.validation.signatureMissing);
    // Refused here too, so a large file is not sent first; the server checks the bytes either way.
    if (file.size > MAX_SIGNATURE_BYTES) return refuse(t.validation.signatureTooLarge);
    setBusy(true);
    try {
      if (await upload.submit(() => uploadCertificateSignatureAction(eventId, new FormData(formRef.current!))))
        fileInput().value = '';
    } finally {
      setBusy(false);
    }
  }
  const error = localizeCertificateMessage(formState.errors.signature?.message, t.validation, locale);

  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      encType="multipart/form-data"
      aria-labelledby="certificate-signature-heading"
      className="stack"
    >
      <h3 id="certificate-signature-heading">{t.signature.heading}</h3>
      <p className="hint">{t.signature.intro}</p>
      {upload.status}
      {removal.status}
      {signatureUrl ? (
        <p>
          <img className={styles.signature} src={signatureUrl} alt={t.signature.current} />
        </p>
      ) : (
        <p>{t.signature.none}</p>
      )}
      <div className="field">
        <label htmlFor="certificate-signature">{t.signature.file}</label>
        <p id="certificate-signature-hint" className="hint">
          {t.signature.fileHint}
        </p>
        <input
          id="certificate-signature"
          type="file"
          name="signature"
          accept="image/png,image/jpeg"
          className="input"
          aria-describedby={
            error ? 'certificate-signature-hint certificate-signature-error' : 'certificate-signature-hint'
          }
          aria-invalid={error ? true : undefined}
        />
        <p id="certificate-signature-error" className="error-text" aria-live="polite">
          {error}
        </p>
      </div>
      <div className="actions">
        <button type="submit" className="btn" disabled={busy}>
          {busy ? t.signature.uploading : t.signature.upload}
        </button>
        {signatureUrl ? (
          <button
            type="button"
            className="btn btn-secondary"
            onClick={() => {
              clearErrors();
              removal.submit(() => removeCertificateSignatureAction(eventId));
            }}
          >
            {t.signature.remove}
          </button>
        ) : null}
      </div>
    </form>
  );
}
