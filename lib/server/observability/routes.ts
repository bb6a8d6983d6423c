// A request's route for metrics and logs: the app's route pattern (`/events/[slug]`) from the build's
// app-paths manifest, never the raw URL, so label values stay a small fixed set and no token reaches a log line.

// Parameters whose values are public (event slugs, languages, export formats); every other parameter (ticket codes,
// manage and newsletter tokens, certificate and registration ids) is masked in logged paths.
const PUBLIC_PARAMS = new Set(['slug', 'locale', 'format', 'index', 'nextauth']);

/** The labels of requests outside the app's routes. */
export const STATIC_ROUTE = 'static';
export const OTHER_ROUTE = 'other';

interface Segment {
  literal?: string;
  param?: string;
  catchAll?: boolean;
  optional?: boolean;
}

interface RoutePattern {
  label: string;
  segments: Segment[];
}

const MASK = '…';

function parseSegment(raw: string): Segment {
  const optionalCatchAll = /^\[\[\.\.\.(.+)\]\]$/.exec(raw);
  if (optionalCatchAll) return { param: optionalCatchAll[1], catchAll: true, optional: true };
  const catchAll = /^\[\.\.\.(.+)\]$/.exec(raw);
  if (catchAll) return { param: catchAll[1], catchAll: true };
  const param = /^\[(.+)\]$/.exec(raw);
  return param ? { param: param[1] } : { literal: raw };
}

/** The pattern of one manifest key (`/(site)/events/[slug]/register/page`), or null for Next's internal entries. */
export function patternOfManifestKey(key: string): RoutePattern | null {
  if (!/\/(page|route)$/.test(key)) return null;
  const parts = key
    .replace(/\/(page|route)$/, '')
    .split('/')
    .filter((s) => s && !/^\(.+\)$/.test(s) && !s.startsWith('@'));
  if (parts[0]?.startsWith('_')) return null;
  // The cached event page is served at its public URL (lib/i18n/cached-route.ts).
  if (parts[0] === 'cached' && parts[1] === '[locale]') parts.splice(0, 2);
  const segments = parts.map(parseSegment);
  return { label: `/${parts.join('/')}`, segments };
}

// Literal segments before parameters, parameters before catch-alls: `/events/new` wins over `/events/[slug]`.
function specificity(pattern: RoutePattern): number[] {
  return pattern.segments.map((s) => (s.literal !== undefined ? 0 : s.catchAll ? 2 : 1));
}

function compare(a: RoutePattern, b: RoutePattern): number {
  const sa = specificity(a);
  const sb = specificity(b);
  for (let i = 0; i < Math.max(sa.length, sb.length); i++) {
    const diff = (sa[i] ?? -1) - (sb[i] ?? -1);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** Matches `parts` against a pattern; the masked path's parts on success. */
function match(pattern: RoutePattern, parts: string[]): string[] | null {
  const out: string[] = [];
  for (let i = 0; i < pattern.segments.length; i++) {
    const segment = pattern.segments[i]!;
    const part = parts[i];
    if (segment.catchAll) {
      if (part === undefined && !segment.optional) return null;
      const rest = parts.slice(i);
      out.push(...(PUBLIC_PARAMS.has(segment.param!) ? rest : rest.map(() => MASK)));
      return out;
    }
    if (part === undefined) return null;
    if (segment.literal !== undefined) {
      if (segment.literal !== part) return null;
      out.push(part);
    } else out.push(PUBLIC_PARAMS.has(segment.param!) ? part : MASK);
  }
  return parts.length === pattern.segments.length ? out : null;
}

export interface RouteMatch {
  /** The route pattern, or `static` / `other`: a bounded label. */
  route: string;
  /** The path with every secret parameter masked; no query string. */
  path: string;
}

export interface RouteTable {
  match(url: string): RouteMatch;
}

// Outside the app's routes only Next's own assets are passed as they are; any other unknown path is cut to its
// first segment, since it may be anything a client typed.
function unmatched(pathname: string): RouteMatch {
  if (pathname.startsWith('/_next/')) return { route: STATIC_ROUTE, path: pathname };
  if (/^\/[\w-]+\.(ico|png|svg|webmanifest|txt|js|json|xml)$/.test(pathname))
    return { route: STATIC_ROUTE, path: pathname };
  const first = pathname.split('/')[1] ?? '';
  return {
    route: OTHER_ROUTE,
    path: `/${/^[\w.-]{1,40}$/.test(first) ? first : MASK}${pathname.includes('/', 1) ? `/${MASK}` : ''}`,
  };
}

/** The route table of a build, from the keys of `.next/server/app-paths-manifest.json`. */
export function routeTable(manifestKeys: string[]): RouteTable {
  const seen = new Set<string>();
  const patterns = manifestKeys
    .map(patternOfManifestKey)
    .filter((p): p is RoutePattern => p !== null && !seen.has(p.label) && Boolean(seen.add(p.label)))
    .sort(compare);
  return {
    match(url) {
      const pathname = (url.split('?')[0] ?? '').replace(/\/+$/, '') || '/';
      const parts = pathname.split('/').filter(Boolean);
      for (const pattern of patterns) {
        const masked = match(pattern, parts);
        if (masked) return { route: pattern.label, path: `/${masked.join('/')}` };
      }
      return unmatched(pathname);
    },
  };
}
