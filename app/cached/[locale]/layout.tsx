import type { ReactNode } from 'react';
import { SiteDocument, siteMetadata, siteViewport } from '@/components/ui/site-frame';
import { LOCALES, toLocale } from '@/lib/i18n/config';
import '../../globals.css';

export const metadata = siteMetadata;
export const generateViewport = siteViewport;

// Both languages are known at build time; the pages below them are rendered on first request and then cached.
export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

// Root layout of the cached public pages (reached through the rewrite in scripts/server.ts or proxy.ts): the language is a URL
// segment, never the cookie, so nothing here makes the pages dynamic.
export default async function CachedLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  return <SiteDocument locale={toLocale(locale)}>{children}</SiteDocument>;
}
