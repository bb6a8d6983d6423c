import type { ReactNode } from 'react';
import { SiteDocument, siteMetadata, siteViewport } from '@/components/ui/site-frame';
import { getLocale } from '@/lib/i18n/server';
import '../globals.css';

export const metadata = siteMetadata;
export const generateViewport = siteViewport;

// Root layout of every page except the cached event pages (app/cached): reading the language cookie here makes
// each of these pages dynamic, which they are anyway (sessions, tokens, forms).
export default async function SiteLayout({ children }: { children: ReactNode }) {
  return <SiteDocument locale={await getLocale()}>{children}</SiteDocument>;
}
