import { z } from 'zod';
import * as zm from 'zod/mini';
import { berlinDateTime } from '@/lib/events/editor-schema';
import { personFields } from '@/lib/registrations/schema';

export const INVITATION_STATUSES = ['invited', 'opened', 'registered', 'declined'] as const;
export type InvitationStatusValue = (typeof INVITATION_STATUSES)[number];

/** One invitee added by hand: the person fields of the registration form, and the language of their mails. */
export const inviteeSchema = zm.object({
  salutation: personFields.salutation,
  title: personFields.title,
  firstName: personFields.firstName,
  lastName: personFields.lastName,
  email: personFields.email,
  organization: personFields.organization,
  position: personFields.position,
  locale: zm._default(zm.enum(['de', 'en'], { error: 'option' }), 'de'),
});
export type InviteeValues = zm.input<typeof inviteeSchema>;
export type InviteeInput = zm.output<typeof inviteeSchema>;

export const INVITATION_PAGE_SIZE = 50;

/** The list's URL filters: status, search and page. */
export const invitationFilterSchema = z.object({
  status: z.enum(INVITATION_STATUSES, { error: 'filterStatus' }).optional().catch(undefined),
  q: z.string().trim().max(200, 'filterSearchTooLong').optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});
export type InvitationFilters = z.output<typeof invitationFilterSchema>;

export function parseInvitationFilters(search: Record<string, string | string[] | undefined>): InvitationFilters {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  return invitationFilterSchema.parse({ status: first(search.status), q: first(search.q), page: first(search.page) });
}

export function invitationFilterQuery(filters: InvitationFilters, page?: number): string {
  const params = new URLSearchParams();
  if (filters.status) params.set('status', filters.status);
  if (filters.q) params.set('q', filters.q);
  if (page && page > 1) params.set('page', String(page));
  return params.toString();
}

export const DECLINE_NOTE_MAX = 1000;

/** "Ich kann leider nicht teilnehmen": the token and an optional note for the organizers. */
export const declineSchema = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'invitationNotFound'),
  note: z
    .string()
    .transform((v) => v.replace(/\r\n?/g, '\n').trim())
    .pipe(z.string().max(DECLINE_NOTE_MAX, 'tooLong'))
    .prefault(''),
});

/** The scheduled reminder: a wall-clock date-time at the venue (datetime-local), or empty to switch it off. */
export const reminderScheduleSchema = z.object({
  at: z
    .string()
    .trim()
    .prefault('')
    .pipe(z.union([z.literal('').transform(() => null), berlinDateTime()])),
});
