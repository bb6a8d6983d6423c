import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CertificateRules } from '@/components/certificates/certificate-rules';
import { CertificateSettingsEditor } from '@/components/certificates/settings-editor';
import { CertificateSignatureForm } from '@/components/certificates/settings-signature';
import { requireOrganizer } from '@/lib/auth/guards';
import { getBranding } from '@/lib/branding/queries';
import { getCertificateSettingsForEditing } from '@/lib/certificates/settings-queries';
import { certificateEditorDefaults, SAMPLE_CERTIFICATE_ID } from '@/lib/certificates/settings-sample';
import { getEditableEvent } from '@/lib/events/editor-queries';
import { formatDayMonthYear } from '@/lib/format';
import { LOCALES, type Locale } from '@/lib/i18n/config';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { getI18n } from '@/lib/i18n/server';
import { appUrl } from '@/lib/mail/compose/shared';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.certificates.settings.heading };
}

export default async function EditCertificatePage({ params }: { params: Promise<{ slug: string }> }) {
  await requireOrganizer();
  const event = await getEditableEvent((await params).slug);
  if (!event) notFound();
  const [{ t, locale }, data, branding] = await Promise.all([
    getI18n(),
    getCertificateSettingsForEditing(event.id),
    getBranding(),
  ]);
  if (!data) notFound();
  const text = t.certificates.settings;
  const base = `/dashboard/events/${event.slug}/edit/certificate`;
  // The version makes the browser fetch a replaced signature; the route itself is never cached.
  const signatureUrl = data.hasSignature ? `${base}/signature.img?v=${data.settings?.updatedAt.getTime() ?? 0}` : null;
  const now = new Date();
  const perLocale = <T,>(make: (l: Locale) => T) =>
    Object.fromEntries(LOCALES.map((l) => [l, make(l)])) as Record<Locale, T>;
  return (
    <section aria-labelledby="certificate-heading" className="stack">
      <h2 id="certificate-heading">{text.heading}</h2>
      <p className="muted">{text.intro}</p>
      <CertificateRules t={t.sessionAdmin.certificate} online={event.attendanceFormat !== 'onsite'} />
      <CertificateSettingsEditor
        eventId={event.id}
        slug={event.slug}
        locale={locale}
        t={text}
        defaults={certificateEditorDefaults(data.settings, locale)}
        defaultTitles={perLocale((l) => getDictionary(l).certificates.document.defaultTitle)}
        event={data.event}
        sheets={perLocale((l) => ({
          text: getDictionary(l).certificates.settings.preview,
          issued: formatDayMonthYear(now, l),
        }))}
        verifyUrl={appUrl(`/verify/${SAMPLE_CERTIFICATE_ID}`)}
        signatureUrl={signatureUrl}
        logoUrl={branding.logoUrl}
        signatureForm={
          <CertificateSignatureForm eventId={event.id} locale={locale} t={text} signatureUrl={signatureUrl} />
        }
      />
    </section>
  );
}
