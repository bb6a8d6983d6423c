import type { ServerResponse } from 'node:http';

/**
 * Makes every `Vary` header this response gets include `Cookie`. Next sets `Vary` itself when it renders a page
 * (overwriting headers from next.config.ts or the proxy), so the addition has to happen where the header is set.
 */
export function varyOnCookie(res: ServerResponse): void {
  const setHeader = res.setHeader.bind(res);
  res.setHeader = (name, value) => {
    if (name.toLowerCase() !== 'vary') return setHeader(name, value);
    const fields = String(value)
      .split(',')
      .map((f) => f.trim())
      .filter(Boolean);
    return setHeader(
      name,
      fields.some((f) => f.toLowerCase() === 'cookie' || f === '*') ? value : [...fields, 'Cookie'].join(', '),
    );
  };
  res.setHeader('Vary', 'Cookie');
}
