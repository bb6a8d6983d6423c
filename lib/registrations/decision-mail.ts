import type { OutboxComposition, OutboxRow } from '@/lib/mail/outbox-row';

// CONTRACT STUB (#16, owner: core helper): replace with the real composition.
export async function composeDecisionMailRow(row: OutboxRow): Promise<OutboxComposition> {
  return { skip: `Noch nicht umgesetzt: ${row.kind}` };
}
