import { isLocale, type Locale } from './config';

/**
 * Internal prefix of the public pages that are served from Next's full-route cache. proxy.ts rewrites the
 * public URL (/events/<slug>) to /cached/<locale>/events/<slug> by the lang cookie, so the language is part
 * of the cache key and nothing in those pages reads a cookie.
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
