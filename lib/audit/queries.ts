import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { requireAdmin } from '@/lib/auth/guards';
import { zonedDateTime } from '@/lib/format';
import { db } from '@/lib/server/db';
import type { AuditSearch } from './schema';

export const AUDIT_PAGE_SIZE = 50;

function dayStart(iso: string, offsetDays = 0): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return zonedDateTime(y, m, d + offsetDays);
}

/** One page of audit entries, newest first, filtered; `next` is the cursor of the following page or null. */
export async function listAuditEntries(search: AuditSearch) {
  await requireAdmin();
  const where: Prisma.AuditLogWhereInput[] = [];
  if (search.action) where.push({ action: { startsWith: search.action } });
  if (search.actor) where.push({ actor: { contains: search.actor, mode: 'insensitive' } });
  if (search.event) where.push({ eventId: search.event });
  if (search.from) where.push({ at: { gte: dayStart(search.from) } });
  if (search.to) where.push({ at: { lt: dayStart(search.to, 1) } });
  if (search.after) {
    const [at, id] = search.after.split('_') as [string, string];
    const atDate = new Date(at);
    if (!Number.isNaN(atDate.getTime())) where.push({ OR: [{ at: { lt: atDate } }, { at: atDate, id: { lt: id } }] });
  }
  const rows = await db.auditLog.findMany({
    where: { AND: where },
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    take: AUDIT_PAGE_SIZE + 1,
    select: { id: true, at: true, actor: true, action: true, eventId: true, registrationId: true, summary: true },
  });
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  const last = page.at(-1);
  const next = rows.length > AUDIT_PAGE_SIZE && last ? `${last.at.toISOString()}_${last.id}` : null;
  const eventIds = [...new Set(page.map((r) => r.eventId).filter((id): id is string => !!id))];
  const events = await db.event.findMany({ where: { id: { in: eventIds } }, select: { id: true, title: true } });
  const titles = new Map(events.map((e) => [e.id, e.title]));
  return { entries: page.map((r) => ({ ...r, eventTitle: r.eventId ? (titles.get(r.eventId) ?? null) : null })), next };
}

/** The filter choices of the audit view: known actions and all events. */
export async function getAuditFilterOptions() {
  await requireAdmin();
  const [actions, events] = await Promise.all([
    db.auditLog.findMany({ distinct: ['action'], select: { action: true }, orderBy: { action: 'asc' } }),
    db.event.findMany({ orderBy: { startsAt: 'desc' }, select: { id: true, title: true, startsAt: true } }),
  ]);
  return { actions: actions.map((a) => a.action), events };
}
