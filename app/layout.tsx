import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { LanguageSwitch } from '@/components/ui/language-switch';
import { getI18n } from '@/lib/i18n/server';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Tagungsbüro', template: '%s · Tagungsbüro' },
  description: 'Anmeldung zu den Veranstaltungen des Cluster IT Mitteldeutschland e.V. und seiner Partner',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0b5394' };

// Pages render their own <main id="main"> (see components/ui/page-main.tsx); the layout only frames them.
export default async function RootLayout({ children }: { children: ReactNode }) {
  const { locale, t } = await getI18n();
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
