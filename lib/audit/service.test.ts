import { describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { recordAudit } from './service';

describe('audit log', () => {
  it('records an entry inside the caller’s transaction, and a rolled-back change leaves none', async () => {
    const action = `test.audit-${Date.now()}`;
    await recordAudit(db, { actor: 'orga@example.test', action, summary: 'Test', details: { rows: 3 } });
    await expect(
      db.$transaction(async (tx) => {
        await recordAudit(tx, { actor: 'orga@example.test', action, summary: 'rolled back' });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    const rows = await db.auditLog.findMany({ where: { action } });
    expect(rows.map((r) => r.summary)).toEqual(['Test']);
    expect(rows[0]?.details).toEqual({ rows: 3 });
  });

  it('is append-only: the database refuses updates and deletes', async () => {
    const action = `test.append-only-${Date.now()}`;
    await recordAudit(db, { actor: 'system', action, summary: 'bleibt' });
    await expect(db.auditLog.updateMany({ where: { action }, data: { summary: 'geändert' } })).rejects.toThrow(
      /append-only/,
    );
    await expect(db.auditLog.deleteMany({ where: { action } })).rejects.toThrow(/append-only/);
    expect((await db.auditLog.findFirstOrThrow({ where: { action } })).summary).toBe('bleibt');
  });
});
