import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/server/db';
import { sessionCookieFor } from '@/test/session-cookie';
import { AUDIT_PAGE_SIZE, listAuditEntries } from './queries';

// Signed in as an admin through a real session row; the guard reads its cookie from the request headers.
const state = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock('next/headers', () => ({ headers: async () => state.headers }));

const u = randomBytes(4).toString('hex');
const action = `test.page-${u}`;
const base = new Date('2026-03-10T12:00:00Z');

beforeAll(async () => {
  const admin = await db.user.create({
    data: { email: `audit-admin-${u}@example.test`, role: 'admin', invitedAt: new Date() },
  });
  state.headers = new Headers({ cookie: await sessionCookieFor(admin.id) });
  // Same timestamp for pairs of rows, so the keyset has to fall back on the id.
  await db.auditLog.createMany({
    data: Array.from({ length: AUDIT_PAGE_SIZE + 5 }, (_, i) => ({
      at: new Date(base.getTime() - Math.floor(i / 2) * 60_000),
      actor: i % 5 === 0 ? `special-${u}@example.test` : 'system',
      action,
      summary: `Eintrag ${i}`,
    })),
  });
});

const empty = { action: undefined, actor: undefined, event: undefined };

describe('audit view query', () => {
  it('pages through all entries newest first, without gaps or repeats (keyset on at, id)', async () => {
    const first = await listAuditEntries({ ...empty, action });
    expect(first.entries).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.next).toBeTruthy();
    const second = await listAuditEntries({ ...empty, action, after: first.next! });
    expect(second.entries).toHaveLength(5);
    expect(second.next).toBeNull();
    const all = [...first.entries, ...second.entries];
    expect(new Set(all.map((e) => e.id)).size).toBe(AUDIT_PAGE_SIZE + 5);
    const sorted = [...all].sort((a, b) => b.at.getTime() - a.at.getTime() || (a.id < b.id ? 1 : -1));
    expect(all.map((e) => e.id)).toEqual(sorted.map((e) => e.id));
  });

  it('filters by actor and by date range (Berlin calendar days)', async () => {
    const byActor = await listAuditEntries({ ...empty, action, actor: `SPECIAL-${u}` });
    expect(byActor.entries).toHaveLength(11);
    const oneDay = await listAuditEntries({ ...empty, action, from: '2026-03-10', to: '2026-03-10' });
    expect(oneDay.entries).toHaveLength(AUDIT_PAGE_SIZE);
    expect(oneDay.next).toBeTruthy();
    expect((await listAuditEntries({ ...empty, action, from: '2026-03-11' })).entries).toHaveLength(0);
    expect((await listAuditEntries({ ...empty, action, to: '2026-03-09' })).entries).toHaveLength(0);
  });
});
