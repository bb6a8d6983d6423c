import 'server-only';
import { randomUUID } from 'node:crypto';
import { recordAudit } from '@/lib/audit/service';
import { db } from '@/lib/server/db';
import { validateBrandingLogo } from './logo';
import type { BrandingInput } from './schema';

/**
 * Saves the organizer's identity (the one row) with an audit entry. `logoBytes` undefined keeps the logo, null
 * removes it; a new logo gets a new id, so its URL can be cached for a year.
 */
export async function saveBranding(actor: string, values: BrandingInput, logoBytes?: Uint8Array | null) {
  const logo = logoBytes
    ? { ...validateBrandingLogo(logoBytes), logoId: randomUUID() }
    : logoBytes === null
      ? { logo: null, logoMime: null, logoId: null }
      : {};
  return db.$transaction(async (tx) => {
    const data = { ...values, ...logo };
    await tx.branding.upsert({ where: { id: 1 }, create: { id: 1, ...data }, update: data, select: { id: true } });
    await recordAudit(tx, {
      actor,
      action: 'settings.branding',
      summary: 'Erscheinungsbild geändert',
      details: {
        orgName: values.orgName,
        primaryColor: values.primaryColor,
        logo: 'logo' in logo ? (logo.logo ? 'replaced' : 'removed') : 'kept',
      },
    });
  });
}
