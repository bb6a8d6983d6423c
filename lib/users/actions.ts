'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { defineAction } from '@/lib/server/edge/action';
import { changeRoleSchema, inviteUserSchema, setDisabledSchema, staffAssignmentsSchema } from './schema';
import { changeUserRole, inviteUser, setStaffAssignments, setUserDisabled } from './service';

const revalidateUsers = () => revalidatePath('/dashboard/users');

/** An admin invites an address with a role; the person then signs in with a magic link. */
export const inviteUserAction = defineAction({
  access: 'admin',
  input: z.tuple([inviteUserSchema]),
  run: async ([values], { user }) => {
    const { created } = await inviteUser(user.email, values);
    revalidateUsers();
    return { email: values.email, created };
  },
});

/** An admin changes another user's role. */
export const changeUserRoleAction = defineAction({
  access: 'admin',
  input: z.tuple([changeRoleSchema]),
  run: async ([values], { user }) => {
    await changeUserRole(user, values);
    revalidateUsers();
    return null;
  },
});

/** An admin disables (ending every session) or enables another user. */
export const setUserDisabledAction = defineAction({
  access: 'admin',
  input: z.tuple([setDisabledSchema]),
  run: async ([values], { user }) => {
    await setUserDisabled(user, values);
    revalidateUsers();
    return null;
  },
});

/** An admin sets the events a staff member may check in at. */
export const setStaffAssignmentsAction = defineAction({
  access: 'admin',
  input: z.tuple([staffAssignmentsSchema]),
  run: async ([values], { user }) => {
    const counts = await setStaffAssignments(user.email, values);
    revalidateUsers();
    return counts;
  },
});
