// Shared by pages, forms and the server: no server-only imports here.

export const LEGAL_KINDS = ['imprint', 'privacy', 'accessibility'] as const;
export type LegalKind = (typeof LEGAL_KINDS)[number];

/** The fixed public paths; mails and the registration form link them too. */
export const LEGAL_PATHS: Record<LegalKind, string> = {
  imprint: '/impressum',
  privacy: '/datenschutz',
  accessibility: '/barrierefreiheit',
};

/** Seeded texts start with it; while any page still contains it, the legal pages count as not configured. */
export const LEGAL_PLACEHOLDER_MARKER = '[Platzhalter';
