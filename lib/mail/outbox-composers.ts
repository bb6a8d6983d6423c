import type { MailKind } from '@/lib/generated/prisma/client';
import { composeInvitationMailRow } from '@/lib/invitations/mail';
import { composeBookingMailRow } from '@/lib/registrations/booking-mail';
import { composeDecisionMailRow } from '@/lib/registrations/decision-mail';
import { composeGroupSummaryMailRow } from '@/lib/registrations/group-mail';
import { composeSubstitutionMailRow } from '@/lib/registrations/substitution-mail';
import type { OutboxComposition, OutboxRow } from './outbox-row';

/**
 * Mail kinds whose domain composes them itself (reading what it needs at send time), so the generic composer in
 * outbox-compose.ts stays about the registration mails.
 */
export const domainComposers: Partial<Record<MailKind, (row: OutboxRow) => Promise<OutboxComposition>>> = {
  event_invitation: composeInvitationMailRow,
  event_invitation_reminder: composeInvitationMailRow,
  pending: composeDecisionMailRow,
  rejection: composeDecisionMailRow,
  group_summary: composeGroupSummaryMailRow,
  substitution: composeSubstitutionMailRow,
  session_promotion: composeBookingMailRow,
  booking_changed: composeBookingMailRow,
};
