'use client';

import { useRouter } from 'next/navigation';
import { useId, useState, useTransition } from 'react';
import { ROLES, type Role } from '@/lib/auth/roles';
import { fill } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { changeUserRoleAction, setStaffAssignmentsAction, setUserDisabledAction } from '@/lib/users/actions';

interface Props {
  userId: string;
  email: string;
  role: Role;
  /** Admin through ADMIN_EMAILS: the stored role does not count, so it is not offered for change. */
  bootstrapped: boolean;
  disabled: boolean;
  self: boolean;
  assignedEventIds: string[];
  events: { id: string; title: string; date: string }[];
  t: Dictionary['dashboard']['users'];
  roles: Dictionary['dashboard']['roles'];
}

/** Role, access and door assignments of one user; each change is saved at once and reported in a live region. */
export function UserControls(props: Props) {
  const { userId, email, role, bootstrapped, disabled, self, assignedEventIds, events, t, roles } = props;
  const id = useId();
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const [assigned, setAssigned] = useState(new Set(assignedEventIds));
  const [selectedRole, setSelectedRole] = useState<Role>(role);

  function run(action: () => Promise<{ ok: boolean; formError?: string }>, success: string) {
    startTransition(async () => {
      const result = await action();
      setMessage(result.ok ? { ok: true, text: success } : { ok: false, text: result.formError ?? t.failed });
      if (result.ok) router.refresh();
    });
  }

  if (self) return <p className="muted">{t.self}</p>;
  return (
    <div className="stack">
      {bootstrapped ? (
        <p className="muted">{t.bootstrappedHint}</p>
      ) : (
        <div className="field">
          <label htmlFor={`${id}-role`}>{fill(t.roleOf, { email })}</label>
          <select
            id={`${id}-role`}
            className="input"
            value={selectedRole}
            disabled={pending}
            onChange={(e) => setSelectedRole(e.target.value as Role)}
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {roles[r]}
              </option>
            ))}
          </select>
        </div>
      )}
      {selectedRole !== role && (
        <p>
          <button
            type="button"
            className="btn"
            disabled={pending}
            onClick={() => run(() => changeUserRoleAction({ userId, role: selectedRole }), t.roleSaved)}
          >
            {t.saveRole}
          </button>
        </p>
      )}
      {role === 'staff' && (
        <fieldset>
          <legend>{t.doorAt}</legend>
          {events.length === 0 && <p className="muted">{t.noEvents}</p>}
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
                  run(() => setStaffAssignmentsAction({ userId, eventIds: [...next] }), t.assignmentsSaved);
                }}
              />{' '}
              <span lang="de">{event.title}</span> ({event.date})
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
            run(() => setUserDisabledAction({ userId, disabled: !disabled }), disabled ? t.enabled : t.disabled)
          }
        >
          {disabled ? t.enable : t.disable}
        </button>
      </p>
      <div aria-live="polite">
        {message && <p className={`alert alert-${message.ok ? 'success' : 'error'}`}>{message.text}</p>}
      </div>
    </div>
  );
}
