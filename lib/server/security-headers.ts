// The headers every answer carries: set on pages by next.config.ts, and on the answers scripts/server.ts gives
// itself before Next sees a request (lib/server/request-guard.ts).
export const SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(self), microphone=(), geolocation=()' },
];
