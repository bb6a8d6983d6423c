const BASE = 'http://same-site.invalid';

/**
 * The redirect target after switching language: only a relative path on this site, else "/".
 * Protocol-relative ("//evil"), backslash tricks ("/\evil"), absolute URLs and control characters are rejected.
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(next)) return '/';
  let url: URL;
  try {
    url = new URL(next, BASE);
  } catch {
    return '/';
  }
  if (url.origin !== BASE) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}
