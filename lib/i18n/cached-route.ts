import { isLocale, LOCALE_COOKIE, toLocale, type Locale } from './config';

/**
 * Internal prefix of the public pages that are served from Next's full-route cache. scripts/server.ts (and
 * proxy.ts under `next start`) rewrites the public URL (/events/<slug>) to /cached/<locale>/events/<slug> by
 * the lang cookie, so the language is part of the cache key and nothing in those pages reads a cookie.
 */
export const CACHED_PREFIX = '/cached';

/**
 * The public event page. Slugs are lower-case words with hyphens (lib/events/editor-schema.ts); anything else is no
 * event and is not rewritten, so junk URLs fall through to the 404 page instead of filling the page cache.
 */
export const EVENT_PAGE_PATH = /^\/events\/[a-z0-9-]{1,80}$/;

/** The internal cached route that renders `publicPath` in `locale`. */
export function cachedPath(locale: Locale, publicPath: string): string {
  return `${CACHED_PREFIX}/${locale}${publicPath}`;
}

/** The public URL of a page, also when it is rendered under its internal cached route. */
export function publicPath(pathname: string): string {
  const match = /^\/cached\/([^/]+)(\/.*)$/.exec(pathname);
  return match && isLocale(match[1]) ? match[2]! : pathname;
}

const LOCALE_IN_COOKIE_HEADER = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]*)`);

/**
 * The internal URL for a request to the public event page (`/events/<slug>`, query kept), with the language taken
 * from the lang cookie in a raw Cookie header; null for any other URL. The production server rewrites with it
 * before Next sees the request, which costs far less than a proxy rewrite.
 */
export function cachedEventUrl(url: string, cookieHeader: string | undefined): string | null {
  const queryAt = url.indexOf('?');
  const pathname = queryAt < 0 ? url : url.slice(0, queryAt);
  if (!EVENT_PAGE_PATH.test(pathname)) return null;
  const locale = toLocale(LOCALE_IN_COOKIE_HEADER.exec(cookieHeader ?? '')?.[1]);
  return cachedPath(locale, pathname) + (queryAt < 0 ? '' : url.slice(queryAt));
}
