// The repository files a set of entry points imports, transitively (static and dynamic imports, `@/` and relative
// specifiers; packages are not followed). Tells which sources the runtime image must carry.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const EXTENSIONS = ['.ts', '.tsx', '.js', '.mjs', '.json'];

function resolveFile(base: string): string | null {
  const candidates = [base, ...EXTENSIONS.map((e) => base + e), ...EXTENSIONS.map((e) => path.join(base, `index${e}`))];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

export interface Closure {
  /** Paths relative to `root` of every repository file reachable from the entries. */
  files: Set<string>;
  /** npm packages those files import (type-only imports included, `node:` built-ins left out). */
  packages: Set<string>;
}

export function importClosure(root: string, entries: string[]): Closure {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const queue = entries.map((e) => path.join(root, e));
  while (queue.length > 0) {
    const file = queue.pop()!;
    const relative = path.relative(root, file);
    if (seen.has(relative)) continue;
    seen.add(relative);
    if (!/\.(ts|tsx|js|mjs)$/.test(file)) continue;
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const { fileName } of info.importedFiles) {
      let base: string | null = null;
      if (fileName.startsWith('@/')) base = path.join(root, fileName.slice(2));
      else if (fileName.startsWith('.')) base = path.resolve(path.dirname(file), fileName);
      if (!base) {
        if (!fileName.startsWith('node:')) packages.add(packageName(fileName));
        continue;
      }
      const resolved = resolveFile(base);
      if (!resolved) throw new Error(`${relative}: cannot resolve ${fileName}`);
      queue.push(resolved);
    }
  }
  return { files: seen, packages };
}

/** `@scope/name/sub` → `@scope/name`, `name/sub` → `name`. */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}
