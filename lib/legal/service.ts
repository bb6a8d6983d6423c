import 'server-only';
import { recordAudit } from '@/lib/audit/service';
import { db } from '@/lib/server/db';
import type { LegalPageInput } from './schema';

/** Saves one legal page with an audit entry; the texts themselves are not copied into the log. */
export async function saveLegalPage(actor: string, { kind, textDe, textEn, feedbackEmail }: LegalPageInput) {
  const data = { textDe, textEn, feedbackEmail: kind === 'accessibility' ? feedbackEmail : null };
  await db.$transaction(async (tx) => {
    await tx.legalPage.upsert({ where: { kind }, create: { kind, ...data }, update: data, select: { kind: true } });
    await recordAudit(tx, {
      actor,
      action: 'settings.legal',
      summary: 'Rechtstext geändert',
      details: { kind, english: textEn !== '' },
    });
  });
}
