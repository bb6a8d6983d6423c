import type { Prisma } from '@/lib/generated/prisma/client';

/** What every organizer page about one event needs for its heading and links. */
export const eventHeadingSelect = {
  id: true,
  slug: true,
  title: true,
  startsAt: true,
} as const satisfies Prisma.EventSelect;
