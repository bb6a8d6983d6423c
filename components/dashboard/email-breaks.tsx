import styles from './email-breaks.module.css';

/** An e-mail address that may wrap after "@" and dots, and nowhere else (never inside a word). */
export function EmailBreaks({ email }: { email: string }) {
  const parts = email.split(/(?<=[@.])/);
  return (
    <span className={styles.email}>
      {parts.map((part, i) => (
        <span key={i}>
          {i > 0 && <wbr />}
          {part}
        </span>
      ))}
    </span>
  );
}
