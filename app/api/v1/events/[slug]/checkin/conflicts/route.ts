import { checkinJson, checkinRoute } from '@/lib/checkin/api';
import { getCheckinConflicts } from '@/lib/checkin/queries';

export const dynamic = 'force-dynamic';

/** Offline admissions the server refused, for organizers and admins (staff get an empty list). */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return checkinRoute(params, async ({ eventId, user }) => {
    if (user.role === 'staff') return checkinJson({ conflicts: [] });
    return checkinJson({ conflicts: await getCheckinConflicts(eventId) });
  });
}
