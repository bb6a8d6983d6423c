import type { Metadata } from 'next';
import Link from 'next/link';
import { requireUser } from '@/lib/auth/guards';
import { getCheckinEventsFor } from '@/lib/checkin/queries';
import { formatDateTime } from '@/lib/format';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: 'Einlass',
  manifest: '/checkin.webmanifest',
  robots: { index: false, follow: false },
};

// The installed web app starts here (manifest start_url): pick the event at whose door this device is used.
export default async function CheckinIndexPage() {
  const user = await requireUser();
  const events = await getCheckinEventsFor(user);
  return (
    <main id="main" className="container">
      <h1>Einlass</h1>
      {events.length === 0 ? (
        <p>Ihnen ist keine laufende oder kommende Veranstaltung für den Einlass zugeteilt.</p>
      ) : (
        <ul>
          {events.map((e) => (
            <li key={e.slug}>
              <Link href={`/checkin/${e.slug}`}>{e.title}</Link> – {formatDateTime(e.startsAt)}
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
