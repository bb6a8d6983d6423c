/** The admins' settings page: the organizer's identity and the legal texts. */
export const branding = {
  title: 'Einstellungen',
  nav: 'Einstellungen',
  intro: 'Diese Angaben gelten für die ganze Website: Kopfzeile, Farben und die Rechtstexte im Fuß jeder Seite.',
  identityHeading: 'Erscheinungsbild',
  orgName: 'Name der Organisation',
  orgNameHint: 'Steht neben dem Logo in der Kopfzeile. Leer: „Tagungsbüro“.',
  logo: 'Logo',
  newLogo: 'Neues Logo',
  logoHint: 'PNG, JPEG oder WebP, höchstens 1 MB. Wird in der Kopfzeile etwa 40 Pixel hoch angezeigt.',
  logoTooLarge: 'Das Logo darf höchstens 1 MB groß sein.',
  currentLogo: 'Aktuelles Logo',
  removeLogo: 'Logo entfernen',
  primaryColor: 'Hauptfarbe',
  primaryColorHint:
    'Format #RRGGBB, z. B. #0b5394. Die Farbe dient als Schrift- und Linkfarbe auf Weiß und als Hintergrund für weiße Schrift; sie braucht daher ein Kontrastverhältnis von mindestens 4,5:1. Leer: Standardfarbe.',
  contrast: 'Kontrast gegen Weiß: {ratio}:1',
  save: 'Speichern',
  saved: 'Gespeichert.',
  legalHeading: 'Rechtstexte',
  legalIntro:
    'Markdown ist erlaubt (Überschriften mit ##, **fett**, Listen, Links). Solange ein Text die Markierung „[Platzhalter“ enthält, gilt er als nicht eingerichtet. Ohne englischen Text zeigt die englische Seite den deutschen mit einem Hinweis.',
  textDe: 'Text (Deutsch)',
  textEn: 'Text (Englisch)',
  feedbackEmail: 'E-Mail-Adresse für Rückmeldungen zu Barrieren',
  view: 'Seite ansehen',
  placeholderWarning: 'Enthält noch Platzhaltertext.',
};
