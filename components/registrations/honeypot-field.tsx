import type { UseFormRegisterReturn } from 'react-hook-form';
import type { HONEYPOT_FIELD } from '@/lib/registrations/anti-bot';
import styles from './registration-form.module.css';

/** The honeypot's field name; typed against the server's constant, which lives in a server-only module. */
export const HONEYPOT_NAME: typeof HONEYPOT_FIELD = 'website';

/**
 * A field hidden from people (off-screen and aria-hidden, out of the tab order) that bots fill in.
 * Its label still tells anyone who reaches it anyway to leave it empty.
 */
export function HoneypotField({ label, registration }: { label: string; registration: UseFormRegisterReturn }) {
  return (
    <div className={styles.honeypot} aria-hidden="true">
      <label htmlFor={HONEYPOT_NAME}>{label}</label>
      <input id={HONEYPOT_NAME} type="text" tabIndex={-1} autoComplete="off" {...registration} />
    </div>
  );
}
