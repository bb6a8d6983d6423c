import type { Metadata } from 'next';
import Link from 'next/link';
import { requireUser } from '@/lib/auth/guards';
import { roleAtLeast } from '@/lib/auth/roles';
import { formatDate, formatDateTime } from '@/lib/format';
import { anonymisationNote } from '@/lib/retention/schedule';
import { getDoorEvents } from '@/lib/users/queries';

export const metadata: Metadata = { title: 'Einlass' };

// The landing page for door staff; organizers and admins see every current and upcoming event here.
export default async function DoorPage() {
  const user = await requireUser();
  const events = await getDoorEvents();
  const organizer = roleAtLeast(user.role, 'organizer');
  return (
    <div className="stack">
      <h1>Einlass</h1>
      <p className="muted">
        {organizer
          ? 'Alle laufenden und anstehenden Veranstaltungen.'
          : 'Die Veranstaltungen, bei denen Sie für den Einlass eingeteilt sind.'}
      </p>
      {events.length === 0 ? (
        <p className="alert alert-info">
          {organizer
            ? 'Es gibt keine anstehenden Veranstaltungen.'
            : 'Sie sind zurzeit keiner Veranstaltung zugeordnet. Bitte wenden Sie sich an die Organisation.'}
        </p>
      ) : (
        <ul className="stack" style={{ listStyle: 'none', padding: 0 }}>
          {events.map((event) => (
            <li key={event.id} className="card stack">
              <h2>{event.title}</h2>
              <p>
                {formatDateTime(event.startsAt)} · {event.venueName}
              </p>
              {organizer && <p className="muted">{anonymisationNote(event, formatDate)}</p>}
              <p>
                <Link className="btn" href={`/checkin/${encodeURIComponent(event.slug)}`}>
                  Einlass öffnen<span className="visually-hidden">: {event.title}</span>
                </Link>
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
