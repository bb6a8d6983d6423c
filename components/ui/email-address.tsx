import { Fragment } from 'react';

/**
 * An e-mail address that wraps at its natural seams: after the "@" and before each dot, so a long address breaks
 * into readable pieces instead of mid-word. The text (and what is copied) stays the address itself.
 */
export function EmailAddress({ address }: { address: string }) {
  const parts = address.split(/(?<=@)|(?=\.)/);
  return (
    <span className="email">
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 ? <wbr /> : null}
          {part}
        </Fragment>
      ))}
    </span>
  );
}
