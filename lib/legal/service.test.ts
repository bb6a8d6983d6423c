import { describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { LEGAL_KINDS, LEGAL_PLACEHOLDER_MARKER } from './kinds';
import { isLegalConfigured } from './queries';
import { legalPageSchema } from './schema';
import { LEGAL_PLACEHOLDERS, seedLegal } from './seed';
import { saveLegalPage } from './service';

// The legal pages are one global set shared by every test file: writes here keep the placeholder marker (or roll
// back), so the publish checklist's view of "configured" never changes under another test.
class Rollback extends Error {}

describe('legal pages', () => {
  it('seeds a marked placeholder for every page, the privacy one saying there is no cookie banner', async () => {
    await seedLegal(db);
    const rows = await db.legalPage.findMany();
    expect(rows.map((r) => r.kind).sort()).toEqual([...LEGAL_KINDS].sort());
    expect(LEGAL_PLACEHOLDERS.privacy.textDe).toMatch(/nur technisch notwendige Cookies/);
    expect(LEGAL_PLACEHOLDERS.privacy.textDe).toMatch(/Cookie-Banner/);
    for (const text of Object.values(LEGAL_PLACEHOLDERS)) expect(text.textDe).toContain(LEGAL_PLACEHOLDER_MARKER);
    expect(await isLegalConfigured()).toBe(false);
  });

  it('counts as configured only when no page contains the marker any more', async () => {
    await seedLegal(db);
    await expect(
      db.$transaction(async (tx) => {
        await tx.legalPage.update({ where: { kind: 'imprint' }, data: { textDe: 'Echt', textEn: 'Real' } });
        await tx.legalPage.update({ where: { kind: 'privacy' }, data: { textDe: 'Echt', textEn: '' } });
        expect(await isLegalConfigured(tx)).toBe(false);
        await tx.legalPage.update({ where: { kind: 'accessibility' }, data: { textDe: 'Echt', textEn: 'Real' } });
        expect(await isLegalConfigured(tx)).toBe(true);
        // An English text that still has the marker is not done either.
        await tx.legalPage.update({ where: { kind: 'privacy' }, data: { textEn: LEGAL_PLACEHOLDERS.privacy.textEn } });
        expect(await isLegalConfigured(tx)).toBe(false);
        throw new Rollback();
      }),
    ).rejects.toBeInstanceOf(Rollback);
  });

  it('saves a page with an audit entry and does not overwrite it when seeding again', async () => {
    const actor = `legal-${Date.now()}@example.test`;
    const textDe = `${LEGAL_PLACEHOLDER_MARKER}] Test ${actor}`;
    await saveLegalPage(
      actor,
      legalPageSchema.parse({ kind: 'accessibility', textDe, textEn: '', feedbackEmail: 'a11y@example.test' }),
    );
    await seedLegal(db);
    const row = await db.legalPage.findUniqueOrThrow({ where: { kind: 'accessibility' } });
    expect(row).toMatchObject({ textDe, textEn: '', feedbackEmail: 'a11y@example.test' });
    const audit = await db.auditLog.findMany({ where: { actor, action: 'settings.legal' } });
    expect(audit).toHaveLength(1);
    expect(audit[0]?.details).toEqual({ kind: 'accessibility', english: false });
  });

  it('refuses an empty German text and a broken feedback address', () => {
    const result = legalPageSchema.safeParse({ kind: 'imprint', textDe: '  ', feedbackEmail: 'nope' });
    expect(result.error?.issues.map((i) => i.path[0]).sort()).toEqual(['feedbackEmail', 'textDe']);
  });
});
