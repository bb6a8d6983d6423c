import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { LanguageSwitch } from '@/components/ui/language-switch';
import type { Locale } from '@/lib/i18n/config';
import { getDictionary } from '@/lib/i18n/dictionaries';

/** Metadata shared by every root layout (the cookie-reading site layout and the cached event pages). */
export const siteMetadata: Metadata = {
  title: { default: 'Tagungsbüro', template: '%s · Tagungsbüro' },
  description: 'Anmeldung zu den Veranstaltungen des Cluster IT Mitteldeutschland e.V. und seiner Partner',
};

/** Viewport shared by every root layout. */
export const siteViewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0b5394' };

/**
 * The whole document: skip link, header with the language switch, the page, footer. Pages render their own
 * <main id="main"> (components/ui/page-main.tsx). The locale comes in as a prop, so a cached root layout can
 * pass its URL segment and the site layout the cookie.
 */
export function SiteDocument({ locale, children }: { locale: Locale; children: ReactNode }) {
  const t = getDictionary(locale);
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t.site.skipLink}
        </a>
        <header className="site-header">
          <div className="container">
            <Link href="/" className="site-name">
              {t.site.name}
            </Link>
            <LanguageSwitch current={locale} label={t.site.languageNav} />
          </div>
        </header>
        {children}
        <footer className="site-footer">
          <div className="container">
            <p>{t.site.footer}</p>
            <p>
              <Link href="/dashboard" prefetch={false}>
                {t.site.organizerLogin}
              </Link>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
