import { StatusBadge } from '@/components/ui/status-badge';
import { formatShortDate, formatTime } from '@/lib/format';
import type { RegistrationMailRow } from '@/lib/messages/queries';
import { KIND_LABELS, STATUS_DISPLAY } from './delivery-status';
import styles from './messages.module.css';

const dateTime = (d: Date) => `${formatShortDate(d)}, ${formatTime(d)} Uhr`;

/** The "E-Mails" section of a registration: every outbox mail to this person with its state. */
export function RegistrationMails({ mails }: { mails: RegistrationMailRow[] }) {
  return (
    <section aria-labelledby="mails" className="stack">
      <h2 id="mails">E-Mails</h2>
      {mails.length === 0 ? (
        <p className="muted">Für diese Anmeldung wurden keine E-Mails erfasst.</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">E-Mails an diese Person, neueste zuerst</caption>
            <thead>
              <tr>
                <th scope="col">Art</th>
                <th scope="col">Status</th>
                <th scope="col">Zeit</th>
                <th scope="col">Fehler oder Grund</th>
              </tr>
            </thead>
            <tbody>
              {mails.map((m) => {
                const state = STATUS_DISPLAY[m.status];
                const at = m.sentAt ?? m.createdAt;
                return (
                  <tr key={m.id}>
                    <th scope="row">
                      {KIND_LABELS[m.kind]}
                      {m.organizerMessage ? <span className={styles.subject}>: {m.organizerMessage.subject}</span> : null}
                    </th>
                    <td><StatusBadge label={state.label} tone={state.tone} /></td>
                    <td>
                      <span className="visually-hidden">{m.sentAt ? 'versendet am ' : 'erstellt am '}</span>
                      <time dateTime={at.toISOString()}>{dateTime(at)}</time>
                    </td>
                    <td className={styles.error}>{m.lastError ?? <span className="muted">–</span>}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
