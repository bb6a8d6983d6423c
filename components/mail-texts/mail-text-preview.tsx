'use client';

import { Fragment } from 'react';
import { fillPlaceholders, type PlaceholderValues, parseBody } from '@/lib/mail-texts/placeholders';

interface Props {
  heading: string;
  subjectLabel: string;
  subject: string;
  body: string;
  salutation: string;
  values: PlaceholderValues;
}

/** The mail's subject and opening as the attendee would read them, rendered like the mail (React escapes all). */
export function MailTextPreview({ heading, subjectLabel, subject, body, salutation, values }: Props) {
  const paragraphs = parseBody(body, values);
  return (
    <section aria-labelledby="mail-text-preview-heading" className="card stack">
      <h3 id="mail-text-preview-heading">{heading}</h3>
      <p>
        <strong>{subjectLabel}:</strong> {fillPlaceholders(subject, values)}
      </p>
      <p>{salutation}</p>
      {paragraphs.map((lines, i) => (
        <p key={i}>
          {lines.map((line, j) => (
            <Fragment key={j}>
              {j > 0 ? <br /> : null}
              {line.map((s, k) =>
                s.type === 'link' ? (
                  <a key={k} href={s.href} rel="noopener noreferrer" target="_blank">
                    {s.text}
                  </a>
                ) : s.type === 'bold' ? (
                  <strong key={k}>{s.value}</strong>
                ) : (
                  <Fragment key={k}>{s.value}</Fragment>
                ),
              )}
            </Fragment>
          ))}
        </p>
      ))}
    </section>
  );
}
