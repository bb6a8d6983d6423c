'use client';

import { type ReactNode, useEffect, useRef } from 'react';
import styles from './toolbar.module.css';

/**
 * The disclosure behind "More actions": a native <details>, so it opens by keyboard and works before hydration;
 * once hydrated, Escape closes it (focus back on its button) and so does a click or focus outside it.
 */
export function ToolbarMenu({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const details = ref.current;
    if (!details) return;
    const closeIfOutside = (event: Event) => {
      if (details.open && !details.contains(event.target as Node)) details.open = false;
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !details.open) return;
      details.open = false;
      details.querySelector('summary')?.focus();
    };
    document.addEventListener('click', closeIfOutside);
    document.addEventListener('focusin', closeIfOutside);
    details.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('click', closeIfOutside);
      document.removeEventListener('focusin', closeIfOutside);
      details.removeEventListener('keydown', onKey);
    };
  }, []);
  return (
    <details ref={ref} className={styles.menu}>
      <summary className="btn btn-secondary">{label}</summary>
      {children}
    </details>
  );
}
