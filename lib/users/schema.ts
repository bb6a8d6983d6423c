import { z } from 'zod';
import type { ValidationKey } from '@/lib/edge/field-errors';

// Messages are validation keys (lib/edge/field-errors.ts), turned into text in the reader's language.
const roleSchema = z.enum(['admin', 'organizer', 'staff'], { message: 'option' satisfies ValidationKey });
const id = z.string().min(1).max(100);

/** The invitation form: an address and the role it gets. */
export const inviteUserSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, 'required' satisfies ValidationKey)
    .max(254, 'tooLong' satisfies ValidationKey)
    .pipe(z.email('email' satisfies ValidationKey)),
  role: roleSchema,
});
export type InviteUserValues = z.input<typeof inviteUserSchema>;
export type InviteUserInput = z.output<typeof inviteUserSchema>;

/** Changing one user's role. */
export const changeRoleSchema = z.object({ userId: id, role: roleSchema });
export type ChangeRoleInput = z.output<typeof changeRoleSchema>;

/** Disabling (every session ends) or enabling a user. */
export const setDisabledSchema = z.object({ userId: id, disabled: z.boolean() });
export type SetDisabledInput = z.output<typeof setDisabledSchema>;

/** The events a staff member is assigned to (replaces the previous set). */
export const staffAssignmentsSchema = z.object({ userId: id, eventIds: z.array(id).max(500) });
export type StaffAssignmentsInput = z.output<typeof staffAssignmentsSchema>;
