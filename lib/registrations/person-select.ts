import type { Prisma } from '@/lib/generated/prisma/client';

/** The person's details as entered in the registration form; the manage page and the organizers' view show the same. */
export const personSelect = {
  salutation: true,
  title: true,
  firstName: true,
  lastName: true,
  email: true,
  organization: true,
  position: true,
  sector: true,
  state: true,
  locale: true,
} as const satisfies Prisma.RegistrationSelect;
