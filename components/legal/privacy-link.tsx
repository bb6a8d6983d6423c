import type { Locale } from '@/lib/i18n/config';
import { legal as de } from '@/lib/i18n/de/legal';
import { legal as en } from '@/lib/i18n/en/legal';
import { LEGAL_PATHS } from '@/lib/legal/kinds';

// Only the legal namespace, not the whole dictionary: this sits in the registration form's client bundle.
const TEXT = { de, en };

/** The link to the privacy policy next to a consent checkbox; a new tab, so a half-filled form is not lost. */
export function PrivacyLink({ locale }: { locale: Locale }) {
  return (
    <p>
      <a href={LEGAL_PATHS.privacy} target="_blank" rel="noopener">
        {TEXT[locale].privacyLinkNextToConsent}
      </a>
    </p>
  );
}
