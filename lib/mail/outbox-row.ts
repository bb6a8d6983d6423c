import type { MailKind } from '@/lib/generated/prisma/client';
import type { ComposedMail } from './compose/types';

export type OutboxComposition = { mail: ComposedMail; to: string; toName?: string } | { skip: string };

/** What the worker reads of an outbox row before composing it (lib/mail/deliver.ts). */
export interface OutboxRow {
  kind: MailKind;
  recipient: string;
  registrationId: string | null;
  organizerMessageId: string | null;
  invitationId?: string | null;
  groupId?: string | null;
  sessionId?: string | null;
  variant: string | null;
  createdAt?: Date;
}
