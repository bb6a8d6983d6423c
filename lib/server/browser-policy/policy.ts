/**
 * The Content-Security-Policy of every page and HSTS. Pure functions (Web Crypto only), so both proxy.ts and the
 * custom server (scripts/server.ts) use them.
 */

/** What the app loads: only its own origin; images also as data:/blob: (QR codes, the camera's canvas, mail previews). */
const COMMON_DIRECTIVES = [
  "default-src 'self'",
  // React and Next set `style=` attributes (e.g. the branding colour on <html>) and the mail previews are inline-styled
  // HTML in sandboxed srcdoc frames, which inherit this policy. Styles cannot run code; see README "Browser policy".
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self' blob:",
  // The door's service worker. Without this the worker would fall back to script-src, where 'strict-dynamic' ignores 'self'.
  "worker-src 'self'",
  "manifest-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

export type PolicyOptions = { dev: boolean; https: boolean };

function join(scriptSrc: string, { https }: PolicyOptions): string {
  return [scriptSrc, ...COMMON_DIRECTIVES, ...(https ? ['upgrade-insecure-requests'] : [])].join('; ');
}

/** A fresh nonce: 128 random bits, base64. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Policy of a page rendered per request: Next reads the nonce from this header (on the request) and puts it on its
 * own scripts; the scripts they load inherit the trust ('strict-dynamic'). Development needs eval for React's
 * error overlays; production never allows inline or eval'd code without the nonce.
 */
export function noncePolicy(nonce: string, options: PolicyOptions): string {
  const dev = options.dev ? " 'unsafe-eval'" : '';
  return join(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev}`, options);
}

/**
 * Policy of a page served from the full-route cache, which carries no nonce: the hashes of its inline scripts that
 * are Next's data (see cached-scripts.ts), and same-origin script files. Nothing else inline runs.
 */
export function hashPolicy(hashes: readonly string[], options: PolicyOptions): string {
  const dev = options.dev ? " 'unsafe-eval'" : '';
  return join(`script-src 'self'${hashes.map((h) => ` '${h}'`).join('')}${dev}`, options);
}

/** HSTS for two years, subdomains included, when the app is served over https; null otherwise. */
export function hstsHeader(appUrl: string | undefined): string | null {
  return appUrl?.toLowerCase().startsWith('https://') ? 'max-age=63072000; includeSubDomains' : null;
}

/** Options from the environment (APP_URL, NODE_ENV). */
export function policyOptions(env: { APP_URL?: string; NODE_ENV?: string } = process.env): PolicyOptions {
  return { dev: env.NODE_ENV === 'development', https: hstsHeader(env.APP_URL) !== null };
}
