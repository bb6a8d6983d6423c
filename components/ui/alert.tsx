import type { ReactNode } from 'react';

type AlertKind = 'success' | 'warning' | 'error' | 'info';

interface AlertProps {
  kind: AlertKind;
  title?: string;
  /** Heading level of the title; pick the one that fits the page outline. */
  level?: 2 | 3;
  /** "status" or "alert" when the message appears in response to an action. */
  role?: 'status' | 'alert';
  children?: ReactNode;
  id?: string;
}

/** A coloured message box using the global .alert classes. */
export function Alert({ kind, title, level = 2, role, children, id }: AlertProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <div className={`alert alert-${kind}`} role={role} id={id}>
      {title ? <Heading className="alert-title">{title}</Heading> : null}
      {children}
    </div>
  );
}
