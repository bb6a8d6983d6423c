import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/server/db';
import { sniffBrandingLogoMime } from './logo';

export interface Branding {
  orgName: string | null;
  primaryColor: string | null;
  /** Path of the logo image, or null. */
  logoUrl: string | null;
}

/** The organizer's identity for the site frame; defaults when nothing was saved. Once per request. */
export const getBranding = cache(async (): Promise<Branding> => {
  // Public on purpose: every page's header shows it.
  const row = await db.branding.findUnique({
    where: { id: 1 },
    select: { orgName: true, primaryColor: true, logoId: true },
  });
  return {
    orgName: row?.orgName ?? null,
    primaryColor: row?.primaryColor ?? null,
    logoUrl: row?.logoId ? `/media/branding/${row.logoId}` : null,
  };
});

/** The logo behind a logo id with its type taken from the bytes; null when the id is not the current one. */
export async function getBrandingLogo(logoId: string) {
  // Public on purpose (media route): the header of every page shows it.
  const row = await db.branding.findFirst({ where: { id: 1, logoId }, select: { logo: true } });
  if (!row?.logo) return null;
  const mime = sniffBrandingLogoMime(row.logo);
  return mime ? { bytes: row.logo, mime } : null;
}
