/**
 * Version identifier stored with every registration; bump it whenever the consent text (`form.privacyConsent` in
 * the dictionaries) changes.
 */
export const PRIVACY_CONSENT_VERSION = 'privacy-2025-01';
