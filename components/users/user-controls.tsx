'use client';

import { useRouter } from 'next/navigation';
import { useId, useState, useTransition } from 'react';
import { ROLE_LABELS, ROLES, type Role } from '@/lib/auth/roles';
import { changeUserRoleAction, setStaffAssignmentsAction, setUserDisabledAction } from '@/lib/users/actions';

interface Props {
  userId: string;
  email: string;
  role: Role;
  disabled: boolean;
  self: boolean;
  assignedEventIds: string[];
  events: { id: string; label: string }[];
}

/** Role, access and door assignments of one user; each change is saved at once and reported in a live region. */
export function UserControls({ userId, email, role, disabled, self, assignedEventIds, events }: Props) {
  const id = useId();
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const [assigned, setAssigned] = useState(new Set(assignedEventIds));
  const [selectedRole, setSelectedRole] = useState<Role>(role);

  function run(action: () => Promise<{ ok: boolean; formError?: string }>, success: string) {
    startTransition(async () => {
      const result = await action();
      setMessage(
        result.ok ? { ok: true, text: success } : { ok: false, text: result.formError ?? 'Das hat nicht geklappt.' },
      );
      if (result.ok) router.refresh();
    });
  }

  if (self) return <p className="muted">Ihr eigener Zugang</p>;
  return (
    <div className="stack">
      <div className="field">
        <label htmlFor={`${id}-role`}>Rolle von {email}</label>
        <select
          id={`${id}-role`}
          className="input"
          value={selectedRole}
          disabled={pending}
          onChange={(e) => setSelectedRole(e.target.value as Role)}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>
      </div>
      {selectedRole !== role && (
        <p>
          <button
            type="button"
            className="btn"
            disabled={pending}
            onClick={() => run(() => changeUserRoleAction({ userId, role: selectedRole }), 'Die Rolle ist geändert.')}
          >
            Rolle speichern
          </button>
        </p>
      )}
      {role === 'staff' && (
        <fieldset>
          <legend>Einlass bei</legend>
          {events.length === 0 && <p className="muted">Keine anstehenden Veranstaltungen.</p>}
          {events.map((event) => (
            <label key={event.id} className="checkbox">
              <input
                type="checkbox"
                checked={assigned.has(event.id)}
                disabled={pending}
                onChange={(e) => {
                  const next = new Set(assigned);
                  if (e.target.checked) next.add(event.id);
                  else next.delete(event.id);
                  setAssigned(next);
                  run(
                    () => setStaffAssignmentsAction({ userId, eventIds: [...next] }),
                    'Die Einlass-Zuordnung ist gespeichert.',
                  );
                }}
              />{' '}
              {event.label}
            </label>
          ))}
        </fieldset>
      )}
      <p>
        <button
          type="button"
          className="btn btn-secondary"
          disabled={pending}
          onClick={() =>
            run(
              () => setUserDisabledAction({ userId, disabled: !disabled }),
              disabled ? 'Der Zugang ist wieder freigegeben.' : 'Der Zugang ist gesperrt; alle Sitzungen sind beendet.',
            )
          }
        >
          {disabled ? 'Zugang freigeben' : 'Zugang sperren'}
        </button>
      </p>
      <div aria-live="polite">
        {message && <p className={`alert alert-${message.ok ? 'success' : 'error'}`}>{message.text}</p>}
      </div>
    </div>
  );
}
