import type { ReactNode } from 'react';

/**
 * A page's title with an optional lead and its actions (the primary one first), aligned on wide screens and
 * stacked on phones.
 */
export function PageHeader({ title, lead, actions }: { title: ReactNode; lead?: ReactNode; actions?: ReactNode }) {
  return (
    <header className="page-header">
      <div>
        <h1>{title}</h1>
        {lead ? <p className="lead">{lead}</p> : null}
      </div>
      {actions ? <div className="actions">{actions}</div> : null}
    </header>
  );
}
