import { generateLinkToken, isLinkToken } from '@/lib/registrations/tokens';

/** The secret of /invitations/<token>: 32 random bytes as base64url (256 bits), like the manage links. */
export const generateInvitationToken = generateLinkToken;

/** Whether a path segment has the shape of an invitation token, so others are refused without a query. */
export const isInvitationToken = isLinkToken;
