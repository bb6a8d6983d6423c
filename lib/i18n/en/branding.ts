import type { Dictionary } from '../de';

export const branding: Dictionary['branding'] = {
  title: 'Settings',
  nav: 'Settings',
  intro: 'These apply to the whole website: the header, the colours and the legal texts in the footer of every page.',
  identityHeading: 'Appearance',
  orgName: 'Organisation name',
  orgNameHint: 'Shown next to the logo in the header. Empty: “Tagungsbüro”.',
  logo: 'Logo',
  newLogo: 'New logo',
  logoHint: 'PNG, JPEG or WebP, at most 1 MB. Shown about 40 pixels high in the header.',
  logoTooLarge: 'The logo must not be larger than 1 MB.',
  currentLogo: 'Current logo',
  removeLogo: 'Remove logo',
  primaryColor: 'Primary colour',
  primaryColorHint:
    'Format #RRGGBB, e.g. #0b5394. The colour is used for text and links on white and as a background under white text, so it needs a contrast ratio of at least 4.5:1. Empty: default colour.',
  contrast: 'Contrast against white: {ratio}:1',
  save: 'Save',
  saved: 'Saved.',
  legalHeading: 'Legal texts',
  legalIntro:
    'Markdown is allowed (## headings, **bold**, lists, links). While a text contains the marker “[Platzhalter”, it counts as not set up. Without an English text, the English page shows the German one with a note.',
  textDe: 'Text (German)',
  textEn: 'Text (English)',
  feedbackEmail: 'E-mail address for reports about barriers',
  view: 'View page',
  placeholderWarning: 'Still contains placeholder text.',
};
