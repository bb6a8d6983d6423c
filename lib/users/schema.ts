import { z } from 'zod';

const roleSchema = z.enum(['admin', 'organizer', 'staff'], { message: 'Bitte wählen Sie eine Rolle.' });
const id = z.string().min(1).max(100);

/** The invitation form: an address and the role it gets. */
export const inviteUserSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, 'Bitte geben Sie eine E-Mail-Adresse ein.')
    .max(254, 'Die E-Mail-Adresse ist zu lang.')
    .pipe(z.email('Bitte geben Sie eine gültige E-Mail-Adresse ein, z. B. name@beispiel.de.')),
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
