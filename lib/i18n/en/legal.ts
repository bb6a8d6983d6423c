import type { Dictionary } from '../de';

export const legal: Dictionary['legal'] = {
  imprint: 'Legal notice',
  privacy: 'Privacy',
  privacyTitle: 'Privacy policy',
  accessibility: 'Accessibility',
  accessibilityTitle: 'Accessibility statement',
  footerNav: 'Legal',
  missing: 'This text has not been provided yet.',
  fallbackNote: 'This text is only available in German.',
  feedbackHeading: 'Feedback and contact',
  feedbackText: 'Have you come across a barrier on this website? Please write to us at {email}.',
  privacyLinkNextToConsent: 'Read the privacy policy (opens in a new tab)',
  updated: 'Last updated: {date}',
};
