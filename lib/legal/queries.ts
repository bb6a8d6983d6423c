import 'server-only';
import { cache } from 'react';
import { requireAdmin } from '@/lib/auth/guards';
import { db, type Tx } from '@/lib/server/db';
import { LEGAL_KINDS, LEGAL_PLACEHOLDER_MARKER, type LegalKind } from './kinds';

const select = { kind: true, textDe: true, textEn: true, feedbackEmail: true, updatedAt: true } as const;

/** One legal page for its public route; null until it was seeded or saved. */
export const getLegalPage = cache(async (kind: LegalKind) => {
  // Public on purpose: the legal pages are for everyone.
  return db.legalPage.findUnique({ where: { kind }, select });
});

/** All legal pages for the settings form, in the fixed order; missing ones come back empty. */
export async function getLegalPagesForEditing() {
  await requireAdmin();
  const rows = await db.legalPage.findMany({ select });
  return LEGAL_KINDS.map(
    (kind) =>
      rows.find((r) => r.kind === kind) ?? { kind, textDe: '', textEn: '', feedbackEmail: null, updatedAt: null },
  );
}

/** True when every legal page exists and none still contains the placeholder marker (publish checklist). */
export async function isLegalConfigured(client: Tx | typeof db = db): Promise<boolean> {
  // Public on purpose: a yes/no about public pages.
  const rows = await client.legalPage.findMany({ select: { textDe: true, textEn: true } });
  return (
    rows.length === LEGAL_KINDS.length &&
    rows.every((r) => !r.textDe.includes(LEGAL_PLACEHOLDER_MARKER) && !r.textEn.includes(LEGAL_PLACEHOLDER_MARKER))
  );
}
