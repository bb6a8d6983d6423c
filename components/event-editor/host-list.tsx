import type { EditableEvent } from '@/lib/events/editor-queries';
import { deleteHostAction, moveHostAction } from '@/lib/events/programme-actions';
import { fill } from '@/lib/i18n/config';
import { ActionButton } from './action-button';
import type { EditorText } from './editor-text';
import styles from './editor.module.css';
import { MoveButtons } from './move-buttons';
import { HostForm } from './host-form';

/** Hosts in display order with move, edit and remove. */
export function HostList({ eventId, hosts, t }: { eventId: string; hosts: EditableEvent['hosts']; t: EditorText }) {
  if (hosts.length === 0) return <p>{t.hosts.empty}</p>;
  return (
    <ol className={styles.items}>
      {hosts.map((h, i) => (
        <li key={h.id} className={styles.item}>
          <details>
            <summary>
              {h.logoMime ? (
                <>
                  <img src={`/media/hosts/${h.id}`} alt="" className={styles.logo} />{' '}
                </>
              ) : null}
              {h.name}
              {h.role ? <span className="muted"> – {h.role}</span> : null}
            </summary>
            <HostForm
              eventId={eventId}
              hostId={h.id}
              idPrefix={`host-${h.id}`}
              hasLogo={Boolean(h.logoMime)}
              defaults={{ name: h.name, role: h.role ?? '', roleEn: h.roleEn ?? '', url: h.url ?? '' }}
            />
          </details>
          <div className={styles.row}>
            <MoveButtons
              itemName={h.name}
              index={i}
              count={hosts.length}
              t={t}
              moveUp={moveHostAction.bind(null, eventId, h.id, 'up')}
              moveDown={moveHostAction.bind(null, eventId, h.id, 'down')}
            />
            <ActionButton
              label={t.common.remove}
              itemName={h.name}
              confirmText={fill(t.common.removeConfirm, { name: h.name })}
              action={deleteHostAction.bind(null, eventId, h.id)}
            />
          </div>
        </li>
      ))}
    </ol>
  );
}
