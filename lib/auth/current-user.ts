import 'server-only';
import { headers } from 'next/headers';
import { cache } from 'react';
import { db } from '@/lib/server/db';
import { type HeaderReader, type LoadedUser, loadSessionAndEvent, sessionTokenOf } from './session-lookup';

type Lookup = Promise<LoadedUser | null>;

// One lookup per request, keyed by the request: the Request a route handler passes in, and the request's header
// object from next/headers. Next creates that object once per request (its request store) and hands out the same one
// to pages, server actions and route handlers alike, so guards deep in lib/ that get no Request share the lookup too;
// React's cache() alone would not, because it memoises only while React renders, not in route handlers.
const lookups = new WeakMap<object, Lookup>();

interface Scope {
  keys: object[];
  source: HeaderReader;
}

async function scopeOf(request?: Request): Promise<Scope> {
  if (!request) {
    const requestHeaders = await headers();
    return { keys: [requestHeaders], source: requestHeaders };
  }
  // Outside a request (scripts, some tests) next/headers throws, synchronously: then only the Request is a key.
  let requestHeaders: HeaderReader | null = null;
  try {
    requestHeaders = await headers();
  } catch {}
  return { keys: requestHeaders ? [request, requestHeaders] : [request], source: request.headers };
}

function remembered(scope: Scope): Lookup | undefined {
  for (const key of scope.keys) {
    const lookup = lookups.get(key);
    if (lookup) return lookup;
  }
  return undefined;
}

function remember(scope: Scope, lookup: Lookup): Lookup {
  for (const key of scope.keys) lookups.set(key, lookup);
  return lookup;
}

async function lookupIn(scope: Scope): Lookup {
  const known = remembered(scope);
  if (known) return known;
  const token = sessionTokenOf(scope.source);
  return remember(scope, token ? loadSessionAndEvent(token, null).then((found) => found.user) : Promise.resolve(null));
}

const currentFromNextHeaders = cache(async () => lookupIn(await scopeOf()));

/** The signed-in user of this request (memoised per request; see getCurrentUser in ./guards). */
export async function currentUser(request?: Request): Lookup {
  if (!request) return currentFromNextHeaders();
  return lookups.get(request) ?? lookupIn(await scopeOf(request));
}

/**
 * The current user and the id of the event with this slug: one statement when the request has not looked the
 * session up yet, else the remembered user and a lookup of the slug alone.
 */
export async function currentUserAndEvent(
  slug: string,
  request?: Request,
): Promise<{ user: LoadedUser | null; eventId: string | null }> {
  const scope = await scopeOf(request);
  const known = remembered(scope);
  if (known) {
    const [user, event] = await Promise.all([known, db.event.findUnique({ where: { slug }, select: { id: true } })]);
    return { user, eventId: event?.id ?? null };
  }
  const found = loadSessionAndEvent(sessionTokenOf(scope.source), slug);
  remember(
    scope,
    found.then((f) => f.user),
  );
  return found;
}
