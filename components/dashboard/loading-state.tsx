import styles from './dashboard.module.css';

/** Placeholder while a table loads; announced politely to screen readers. */
export function LoadingState({ label = 'Daten werden geladen …' }: { label?: string }) {
  return (
    <div role="status" aria-live="polite">
      <p className="muted">{label}</p>
      {[0, 1, 2, 3, 4].map((i) => (
        <div key={i} className={styles.skeleton} aria-hidden="true" />
      ))}
    </div>
  );
}
