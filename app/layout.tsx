import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Tagungsbüro', template: '%s · Tagungsbüro' },
  description: 'Anmeldung zu den Veranstaltungen des Cluster IT Mitteldeutschland e.V. und seiner Partner',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0b5394' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="de">
      <body>{children}</body>
    </html>
  );
}
