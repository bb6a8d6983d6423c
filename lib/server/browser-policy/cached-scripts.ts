import { createHash } from 'node:crypto';

// Next's inline scripts in a rendered page are pure data handed to its runtime: the RSC payload
// (`self.__next_f.push([...])`) and Turbopack's chunk list. Each is allowed only as exactly this call with a JSON
// argument, so a script of any other shape (an injected one, say) gets no hash and does not run.
const NEXT_DATA_SCRIPTS = [
  /^\(self\.__next_f=self\.__next_f\|\|\[\]\)\.push\(\[0\]\)(?:;self\.__next_f\.push\((.*)\))?$/s,
  /^self\.__next_f\.push\((.*)\)$/s,
  /^\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\((.*)\);?$/s,
];

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const TYPE = /\btype\s*=\s*["']?([^"'\s>]+)/i;
const JS_TYPES = new Set(['', 'text/javascript', 'module', 'application/javascript']);

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Whether an inline script is one of Next's data scripts (and nothing more). */
export function isNextDataScript(body: string): boolean {
  return NEXT_DATA_SCRIPTS.some((pattern) => {
    const match = pattern.exec(body);
    return match !== null && (match[1] === undefined || isJson(match[1]));
  });
}

/**
 * The CSP hashes (`sha256-…`) of the inline scripts of an HTML document that are Next's data scripts. Data blocks
 * such as JSON-LD (`type="application/ld+json"`) are never executed, so CSP does not check them.
 */
export function nextScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes = '', body = ''] of html.matchAll(SCRIPT)) {
    if (/\bsrc\s*=/i.test(attributes)) continue;
    if (!JS_TYPES.has((TYPE.exec(attributes)?.[1] ?? '').toLowerCase())) continue;
    if (isNextDataScript(body)) hashes.add(`sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`);
  }
  return [...hashes];
}
