import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { de } from '@/lib/i18n/de';
import { en } from '@/lib/i18n/en';
import { PRIVACY_CONSENT_VERSION } from './consent';

// Registrations store the version they agreed to, so each version must stand for exactly one wording.
const CONSENT_TEXTS_SHA256: Record<string, string> = {
  'privacy-2025-01': 'ebfae0359ed0aa9a47c3d0ebc6302ddfd3376957a2b3c07fb2160b8a69fa1963',
};

describe('privacy consent', () => {
  it('gets a new version whenever its text changes in either language', () => {
    const hash = createHash('sha256')
      .update(JSON.stringify([de.form.privacyConsent, en.form.privacyConsent]))
      .digest('hex');
    expect(hash, 'consent text changed: bump PRIVACY_CONSENT_VERSION and record the new hash').toBe(
      CONSENT_TEXTS_SHA256[PRIVACY_CONSENT_VERSION],
    );
  });
});
