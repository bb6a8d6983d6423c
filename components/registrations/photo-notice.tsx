import styles from './registration-form.module.css';

/** The event's photo/video notice (Art. 13 GDPR information): shown before submitting, not a checkbox. */
export function PhotoNotice({ title, text }: { title: string; text: string }) {
  return (
    <section className="alert alert-info" aria-labelledby="photo-notice-title">
      <h2 id="photo-notice-title" className="alert-title">
        {title}
      </h2>
      <p className={styles.photoNotice}>{text}</p>
    </section>
  );
}
