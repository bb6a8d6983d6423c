import { describe, expect, it } from 'vitest';
import { isAppError } from '@/lib/errors';
import { db } from '@/lib/server/db';
import { getBranding, getBrandingLogo } from './queries';
import { brandingSchema } from './schema';
import { saveBranding } from './service';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
const SVG = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');

describe('branding settings', () => {
  it('saves name, colour and logo in one row with an audit entry, and serves the logo under a fresh id', async () => {
    const actor = `brand-${Date.now()}@example.test`;
    await saveBranding(actor, brandingSchema.parse({ orgName: 'Cluster IT', primaryColor: '#0B5394' }), PNG);
    const first = await db.branding.findUniqueOrThrow({ where: { id: 1 } });
    expect(first).toMatchObject({ orgName: 'Cluster IT', primaryColor: '#0b5394', logoMime: 'image/png' });
    expect(await getBrandingLogo(first.logoId!)).toMatchObject({ mime: 'image/png' });

    // A new logo replaces the id, so the old URL answers nothing.
    await saveBranding(actor, brandingSchema.parse({ orgName: 'Cluster IT', primaryColor: '' }), PNG);
    const second = await db.branding.findUniqueOrThrow({ where: { id: 1 } });
    expect(second.logoId).not.toBe(first.logoId);
    expect(second.primaryColor).toBeNull();
    expect(await getBrandingLogo(first.logoId!)).toBeNull();

    // Saving without a file keeps the logo; null removes it.
    await saveBranding(actor, brandingSchema.parse({ orgName: 'Cluster IT' }));
    expect((await db.branding.findUniqueOrThrow({ where: { id: 1 } })).logoId).toBe(second.logoId);
    await saveBranding(actor, brandingSchema.parse({ orgName: 'Cluster IT' }), null);
    expect((await getBranding()).logoUrl).toBeNull();

    expect(await db.branding.count()).toBe(1);
    const audit = await db.auditLog.findMany({ where: { actor, action: 'settings.branding' }, orderBy: { at: 'asc' } });
    expect(audit.map((a) => (a.details as { logo: string }).logo)).toEqual(['replaced', 'replaced', 'kept', 'removed']);
  });

  it('takes an SVG logo, served as an image, and refuses what is no image, writing nothing', async () => {
    const actor = `brand-svg-${Date.now()}@example.test`;
    await saveBranding(actor, brandingSchema.parse({ orgName: 'Cluster IT' }), SVG);
    const { logoId } = await db.branding.findUniqueOrThrow({ where: { id: 1 } });
    expect(await getBrandingLogo(logoId!)).toMatchObject({ mime: 'image/svg+xml' });

    const html = new TextEncoder().encode('<html><body><svg></svg></body></html>');
    const error = await saveBranding(actor, brandingSchema.parse({ orgName: 'Böse' }), html).catch((e) => e);
    expect(isAppError(error, 'INVALID_INPUT')).toBe(true);
    expect(error.fieldErrors).toEqual({ logo: { key: 'brandingLogoType', values: {} } });
    expect(await db.auditLog.count({ where: { actor } })).toBe(1);
    expect((await db.branding.findUniqueOrThrow({ where: { id: 1 } })).orgName).toBe('Cluster IT');
  });
});
