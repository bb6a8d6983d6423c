import { getCheckinConflicts } from '@/lib/checkin/queries';
import { defineRoute } from '@/lib/server/edge/route';

export const dynamic = 'force-dynamic';

/** Offline admissions the server refused, for organizers and admins (staff get an empty list). */
export const GET = defineRoute({
  access: 'checkin',
  run: async ({ event, user }) => ({
    conflicts: user.role === 'staff' ? [] : await getCheckinConflicts(event.id),
  }),
});
