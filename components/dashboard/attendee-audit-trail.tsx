import { formatShortDate, formatTime } from '@/lib/format';

interface Entry { id: string; at: Date; actor: string; action: string; summary: string }

/** The audit entries of one registration, newest first. */
export function AttendeeAuditTrail({ entries }: { entries: Entry[] }) {
  if (entries.length === 0) return <p className="muted">Noch keine Einträge.</p>;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">Protokoll dieser Anmeldung</caption>
        <thead>
          <tr><th scope="col">Zeitpunkt</th><th scope="col">Wer</th><th scope="col">Was</th></tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td><time dateTime={e.at.toISOString()}>{formatShortDate(e.at)}, {formatTime(e.at)} Uhr</time></td>
              <td>{e.actor}</td>
              <td>{e.summary} <span className="muted">({e.action})</span></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
