import Link from 'next/link';
import type { ReactNode } from 'react';
import styles from './toolbar.module.css';
import { ToolbarMenu } from './toolbar-menu';

export interface MenuAction {
  label: string;
  href: string;
  /** A file download or a route handler (CSV, PDF): a plain link, not a client-side navigation. */
  download?: boolean;
}

/** A page's one toolbar: the primary action as a button, everything else behind a disclosure (ToolbarMenu). */
export function Toolbar({
  label,
  primary,
  menuLabel,
  actions,
}: {
  label: string;
  primary?: ReactNode;
  menuLabel: string;
  actions: MenuAction[];
}) {
  return (
    <nav aria-label={label} className={styles.toolbar}>
      {primary}
      {actions.length > 0 && (
        <ToolbarMenu label={menuLabel}>
          <ul className={styles.menuList}>
            {actions.map((a) => (
              <li key={a.href}>{a.download ? <a href={a.href}>{a.label}</a> : <Link href={a.href}>{a.label}</Link>}</li>
            ))}
          </ul>
        </ToolbarMenu>
      )}
    </nav>
  );
}
