import type { OutboxComposition, OutboxRow } from '@/lib/mail/outbox-row';

// CONTRACT STUB (#16, owner: substitutes helper): replace with the real composition.
export async function composeSubstitutionMailRow(row: OutboxRow): Promise<OutboxComposition> {
  return { skip: `Noch nicht umgesetzt: ${row.kind}` };
}
