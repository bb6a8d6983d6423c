'use client';

import type { MouseEvent, Ref } from 'react';
import type { Locale } from '@/lib/i18n/config';
import { selfService as de } from '@/lib/i18n/de/self-service';
import { selfService as en } from '@/lib/i18n/en/self-service';
import type { SummaryItem } from './error-summary-items';

// Two small objects instead of the whole dictionary in the browser bundle.
const HEADING: Record<Locale, string> = { de: de.errorSummary, en: en.errorSummary };

interface Props {
  locale: Locale;
  items: SummaryItem[];
  /** The form focuses the summary after a failed submit (GOV.UK error summary pattern). */
  ref?: Ref<HTMLDivElement>;
}

// A radio group has no element with the link's id, so the first control of that name takes the focus.
function focusField(event: MouseEvent<HTMLAnchorElement>, item: SummaryItem) {
  const form = event.currentTarget.closest('form');
  const target =
    document.getElementById(item.targetId) ?? form?.querySelector<HTMLElement>(`[name="${CSS.escape(item.name)}"]`);
  if (!target) return;
  event.preventDefault();
  target.focus();
  target.scrollIntoView({ block: 'center' });
}

/** "Es gibt ein Problem": every error of the form as a link to its field, in the order of the form. */
export function ErrorSummary({ locale, items, ref }: Props) {
  if (items.length === 0) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-heading"
      className="alert alert-error stack"
      data-testid="error-summary"
    >
      <h2 id="error-summary-heading" className="alert-title">
        {HEADING[locale]}
      </h2>
      <ul>
        {items.map((item) => (
          <li key={item.name}>
            <a href={`#${item.targetId}`} onClick={(event) => focusField(event, item)}>
              {item.label}: {item.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
