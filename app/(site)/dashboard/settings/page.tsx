import type { Metadata } from 'next';
import Link from 'next/link';
import { EditorTextProvider } from '@/components/event-editor/editor-text';
import { BrandingForm } from '@/components/settings/branding-form';
import { LegalPageForm } from '@/components/settings/legal-page-form';
import { requireAdmin } from '@/lib/auth/guards';
import { getBranding } from '@/lib/branding/queries';
import { getI18n } from '@/lib/i18n/server';
import { LEGAL_PATHS, LEGAL_PLACEHOLDER_MARKER, type LegalKind } from '@/lib/legal/kinds';
import { getLegalPagesForEditing } from '@/lib/legal/queries';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.branding.title };
}

export default async function SettingsPage() {
  await requireAdmin();
  const { t } = await getI18n();
  const [branding, pages] = await Promise.all([getBranding(), getLegalPagesForEditing()]);
  const titles: Record<LegalKind, string> = {
    imprint: t.legal.imprint,
    privacy: t.legal.privacyTitle,
    accessibility: t.legal.accessibilityTitle,
  };
  // The forms share the editor's save button and submit hook, which read their texts from this provider.
  return (
    <EditorTextProvider text={t.editor}>
      <div className="stack">
        <h1>{t.branding.title}</h1>
        <p className="muted">{t.branding.intro}</p>
        <section className="stack" aria-labelledby="identity-heading">
          <h2 id="identity-heading">{t.branding.identityHeading}</h2>
          <BrandingForm
            defaults={{ orgName: branding.orgName ?? '', primaryColor: branding.primaryColor ?? '' }}
            logoUrl={branding.logoUrl}
            t={t.branding}
          />
        </section>
        <section className="stack" aria-labelledby="legal-heading">
          <h2 id="legal-heading">{t.branding.legalHeading}</h2>
          <p className="muted">{t.branding.legalIntro}</p>
          {pages.map((page) => (
            <section key={page.kind} className="stack" aria-labelledby={`${page.kind}-heading`}>
              <h3 id={`${page.kind}-heading`}>{titles[page.kind]}</h3>
              <p>
                <Link href={LEGAL_PATHS[page.kind]}>
                  {t.branding.view}
                  <span className="visually-hidden">: {titles[page.kind]}</span>
                </Link>
                {`${page.textDe}${page.textEn}`.includes(LEGAL_PLACEHOLDER_MARKER) ? (
                  <strong> – {t.branding.placeholderWarning}</strong>
                ) : null}
              </p>
              <LegalPageForm
                headingId={`${page.kind}-heading`}
                defaults={{
                  kind: page.kind,
                  textDe: page.textDe,
                  textEn: page.textEn,
                  feedbackEmail: page.feedbackEmail ?? '',
                }}
                t={t.branding}
              />
            </section>
          ))}
        </section>
      </div>
    </EditorTextProvider>
  );
}
