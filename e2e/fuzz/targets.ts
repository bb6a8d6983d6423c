import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

// What the fuzz aims at, found at test time: every route handler under app/ (with the methods it exports) and
// every server action of the build under test (its id from the server reference manifest, the page it is posted to,
// and whether it is public). A new handler or action is fuzzed without touching this file.

const root = path.resolve(import.meta.dirname, '..', '..');
const appDir = path.join(root, 'app');

export interface RouteTarget {
  /** URL pattern with the dynamic segments as in the file system, e.g. /api/v1/events/[slug]. */
  route: string;
  methods: string[];
}

export interface ActionTarget {
  id: string;
  name: string;
  /** The page the action is posted to (the first page whose bundle holds it), as a URL pattern. */
  page: string;
  public: boolean;
}

function findFiles(dir: string, match: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? findFiles(full, match) : match.test(entry.name) ? [full] : [];
  });
}

/** `app/(site)/manage/[token]/page` → `/manage/[token]`: route groups are no part of a URL. */
export function urlPattern(appRelativeDir: string): string {
  const segments = appRelativeDir.split(/[\\/]/).filter((s) => s && s !== 'app' && !/^\(.+\)$/.test(s));
  return `/${segments.join('/')}`;
}

const EXPORTED_METHOD =
  /export (?:const|(?:async )?function) (GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)\b|\bas (GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)\b/g;

export function routeTargets(): RouteTarget[] {
  return findFiles(appDir, /^route\.tsx?$/).map((file) => {
    const source = readFileSync(file, 'utf8');
    const methods = [...source.matchAll(EXPORTED_METHOD)].map((m) => (m[1] ?? m[2])!);
    return { route: urlPattern(path.relative(appDir, path.dirname(file))), methods: [...new Set(methods)] };
  });
}

/** Names of actions declared `access: 'public'` in lib's action files and pages' inline actions ('use server'). */
function publicActionNames(): Set<string> {
  const names = new Set<string>();
  for (const file of findFiles(path.join(root, 'lib'), /actions\.ts$/)) {
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/export const (\w+) = defineAction\(\{[\s\S]*?\baccess: '(\w+)'/g))
      if (m[2] === 'public') names.add(m[1]!);
  }
  return names;
}

export function actionTargets(): ActionTarget[] {
  const manifest = JSON.parse(readFileSync(path.join(root, '.next/server/server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }>;
  };
  const publicNames = publicActionNames();
  return Object.entries(manifest.node).map(([id, action]) => {
    const name = action.exportedName ?? id;
    const page = urlPattern(Object.keys(action.workers)[0]!.replace(/\/page$/, ''));
    // An inline action of a page (no defineAction) is reachable by anyone who can open the page.
    const inline = action.filename?.startsWith('app/') ?? false;
    return { id, name, page, public: inline || publicNames.has(name) };
  });
}
