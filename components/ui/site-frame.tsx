import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import type { CSSProperties, ReactNode } from 'react';
import { LanguageSwitch } from '@/components/ui/language-switch';
import { DEFAULT_PRIMARY, hoverShade } from '@/lib/branding/colour';
import { getBranding } from '@/lib/branding/queries';
import type { Locale } from '@/lib/i18n/config';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { LEGAL_PATHS } from '@/lib/legal/kinds';
import { env } from '@/lib/server/env';

/** Metadata shared by every root layout (the cookie-reading site layout and the cached event pages). */
export const siteMetadata: Metadata = {
  // Share previews and canonical links need absolute URLs.
  metadataBase: new URL(env.APP_URL),
  title: { default: 'Tagungsbüro', template: '%s · Tagungsbüro' },
  description: 'Anmeldung zu den Veranstaltungen des Cluster IT Mitteldeutschland e.V. und seiner Partner',
};

/** Viewport of every root layout; the browser's theme colour follows the organizer's primary colour. */
export async function siteViewport(): Promise<Viewport> {
  const { primaryColor } = await getBranding();
  return { width: 'device-width', initialScale: 1, themeColor: primaryColor ?? DEFAULT_PRIMARY };
}

/** The saved primary colour as the design tokens the stylesheet reads; nothing when the default applies. */
function brandStyle(primaryColor: string | null): CSSProperties | undefined {
  if (!primaryColor) return undefined;
  return { '--color-primary': primaryColor, '--color-primary-hover': hoverShade(primaryColor) } as CSSProperties;
}

/**
 * The whole document: skip link, header with the organizer's logo and name and the language switch, the page,
 * footer with the legal links. Pages render their own <main id="main"> (components/ui/page-main.tsx). The locale
 * comes in as a prop, so a cached root layout can pass its URL segment and the site layout the cookie.
 */
export async function SiteDocument({ locale, children }: { locale: Locale; children: ReactNode }) {
  const t = getDictionary(locale);
  const branding = await getBranding();
  return (
    <html lang={locale} style={brandStyle(branding.primaryColor)}>
      <body>
        <a className="skip-link" href="#main">
          {t.site.skipLink}
        </a>
        <header className="site-header">
          <div className="container">
            <Link href="/" className="site-name">
              {branding.logoUrl ? (
                // The name follows as text, so the logo is decorative.
                <img src={branding.logoUrl} alt="" className="site-logo" />
              ) : null}
              <span>{branding.orgName ?? t.site.name}</span>
            </Link>
            <LanguageSwitch current={locale} label={t.site.languageNav} />
          </div>
        </header>
        {children}
        <footer className="site-footer">
          <div className="container">
            <p>{t.site.footer}</p>
            <nav aria-label={t.legal.footerNav}>
              <ul className="footer-links">
                <li>
                  <Link href={LEGAL_PATHS.imprint} prefetch={false}>
                    {t.legal.imprint}
                  </Link>
                </li>
                <li>
                  <Link href={LEGAL_PATHS.privacy} prefetch={false}>
                    {t.legal.privacy}
                  </Link>
                </li>
                <li>
                  <Link href={LEGAL_PATHS.accessibility} prefetch={false}>
                    {t.legal.accessibility}
                  </Link>
                </li>
                <li>
                  <Link href="/dashboard" prefetch={false}>
                    {t.site.organizerLogin}
                  </Link>
                </li>
              </ul>
            </nav>
          </div>
        </footer>
      </body>
    </html>
  );
}
