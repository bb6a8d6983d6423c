/** The legal pages, their footer links and the link next to the consent checkbox. */
export const legal = {
  imprint: 'Impressum',
  privacy: 'Datenschutz',
  privacyTitle: 'Datenschutzerklärung',
  accessibility: 'Barrierefreiheit',
  accessibilityTitle: 'Erklärung zur Barrierefreiheit',
  footerNav: 'Rechtliches',
  missing: 'Dieser Text wurde noch nicht hinterlegt.',
  fallbackNote: 'Dieser Text liegt nur auf Deutsch vor.',
  feedbackHeading: 'Feedback und Kontakt',
  feedbackText:
    'Sind Ihnen Mängel beim barrierefreien Zugang aufgefallen? Dann schreiben Sie uns bitte eine E-Mail an {email}.',
  privacyLinkNextToConsent: 'Datenschutzerklärung lesen (öffnet in neuem Tab)',
  updated: 'Stand: {date}',
};
