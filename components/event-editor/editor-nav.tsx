'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import styles from './editor.module.css';

const SECTIONS = [
  ['', 'Grunddaten'],
  ['/venue', 'Ort'],
  ['/programme', 'Programm'],
  ['/hosts', 'Gastgeber'],
  ['/questions', 'Fragen'],
  ['/settings', 'Einstellungen'],
  ['/mails', 'Mail-Texte'],
  ['/duplicate', 'Neue Ausgabe'],
] as const;

/** The editor's sections; the current one is marked for assistive technology. */
export function EditorNav({ slug }: { slug: string }) {
  const pathname = usePathname();
  const base = `/dashboard/events/${slug}/edit`;
  return (
    <nav aria-label="Bereiche des Editors">
      <ul className={styles.tabs}>
        {SECTIONS.map(([path, label]) => (
          <li key={path}>
            <Link href={`${base}${path}`} aria-current={pathname === `${base}${path}` ? 'page' : undefined}>
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
