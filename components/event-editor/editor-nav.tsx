'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import styles from './editor.module.css';
import { useEditorText } from './editor-text';

const SECTIONS = [
  ['', 'basics'],
  ['/venue', 'venue'],
  ['/programme', 'programme'],
  ['/hosts', 'hosts'],
  ['/cover', 'cover'],
  ['/questions', 'questions'],
  ['/settings', 'settings'],
  ['/attendance', 'attendance'],
  ['/mails', 'mails'],
  ['/certificate', 'certificate'],
  ['/duplicate', 'duplicate'],
] as const;

/**
 * The editor's sections; the current one is marked for assistive technology. The label of "Teilnahme" (issue #17)
 * comes from the sessionAdmin dictionary.
 */
export function EditorNav({ slug, attendanceLabel }: { slug: string; attendanceLabel: string }) {
  const t = { ...useEditorText().nav, attendance: attendanceLabel };
  const pathname = usePathname();
  const base = `/dashboard/events/${slug}/edit`;
  return (
    <nav aria-label={t.label}>
      <ul className={styles.tabs}>
        {SECTIONS.map(([path, key]) => (
          <li key={path}>
            <Link href={`${base}${path}`} aria-current={pathname === `${base}${path}` ? 'page' : undefined}>
              {t[key]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
