// Attendee mails (emails/, composed in lib/mail/compose/). The salutation comes first, so body texts start in
// lower case; {event} is the event's title, in subjects its title and date.
export const mail = {
  footer: 'Tagungsbüro – Anmeldung für die Veranstaltungen des Cluster IT Mitteldeutschland e.V. und seiner Partner.',
  // The salutation line (lib/mail/salutation.ts). {name} is title and surname, or the full name without Anrede.
  legal: { imprint: 'Impressum', privacy: 'Datenschutzerklärung' },
  salutation: {
    female: 'Sehr geehrte Frau {name},',
    male: 'Sehr geehrter Herr {name},',
    neutral: 'Guten Tag {name},',
    ranks: { professor: 'Prof.', doctor: 'Dr.' },
  },
  details: { heading: 'Wann und wo', when: 'Wann', where: 'Wo' },
  ticket: {
    heading: 'Ihr Ticket',
    qrAlt: 'QR-Code Ihres Tickets',
    code: 'Ticket-Code',
    open: 'Ticket im Browser öffnen',
    show: 'Bitte zeigen Sie diesen QR-Code beim Einlass vor, auf dem Smartphone oder ausgedruckt. Falls er nicht gelesen werden kann, nennen Sie den Ticket-Code.',
  },
  calendarNote: 'Bitte bringen Sie Ihr Ticket (QR-Code aus der Bestätigungs-E-Mail) zum Einlass mit.',
  registration: {
    subject: {
      confirmation: 'Anmeldebestätigung: {event}',
      waitlist: 'Warteliste: {event}',
      promotion: 'Platz frei – Teilnahme bestätigt: {event}',
    },
    heading: {
      confirmation: 'Ihre Anmeldung ist bestätigt',
      promotion: 'Platz frei – Ihre Teilnahme ist bestätigt',
      waitlist: 'Sie stehen auf der Warteliste',
    },
    intro: {
      confirmation: 'vielen Dank für Ihre Anmeldung zu „{event}“. Ihre Teilnahme ist bestätigt.',
      promotion:
        'gute Nachricht: Bei „{event}“ ist ein Platz frei geworden. Sie sind von der Warteliste nachgerückt, Ihre Teilnahme ist jetzt bestätigt.',
      waitlist: 'vielen Dank für Ihre Anmeldung zu „{event}“. Die Veranstaltung ist derzeit ausgebucht.',
    },
    position: 'Sie stehen auf Platz {n} der Warteliste.',
    positionUnknown: 'Sie stehen auf der Warteliste.',
    moveUp:
      'Sobald ein Platz frei wird, rücken Sie automatisch nach und erhalten eine E-Mail mit Ihrem Ticket. Sie müssen nichts weiter tun.',
    moveUpOnline:
      'Sobald ein Platz frei wird, rücken Sie automatisch nach und erhalten eine E-Mail mit Ihrem persönlichen Zugang zum Livestream. Sie müssen nichts weiter tun.',
    calendar: 'Den Termin für Ihren Kalender finden Sie im Anhang dieser E-Mail (.ics-Datei).',
    manage: 'Ihre Anmeldung verwalten',
    manageHint:
      'Über Ihren persönlichen Link können Sie Ihre Angaben korrigieren, das Ticket erneut abrufen oder absagen. Bitte geben Sie den Link nicht weiter.',
    manageHintOnline:
      'Über Ihren persönlichen Link können Sie Ihre Angaben korrigieren, Ihren Zugang zum Livestream erneut abrufen oder absagen. Bitte geben Sie den Link nicht weiter.',
    manageLink: 'Anmeldung ansehen, ändern oder stornieren',
    waitlistHint:
      'Falls Sie doch nicht teilnehmen möchten, melden Sie sich bitte über Ihren persönlichen Link von der Warteliste ab. Bitte geben Sie den Link nicht weiter.',
    waitlistLink: 'Anmeldung ansehen oder stornieren',
    event: 'Zur Veranstaltungsseite',
  },
  cancellation: {
    subject: { attendee: 'Stornierung bestätigt: {event}', organizer: 'Ihre Anmeldung wurde storniert: {event}' },
    heading: 'Ihre Anmeldung ist storniert',
    intro: {
      attendee: 'wie gewünscht haben wir Ihre Anmeldung zu „{event}“ storniert.',
      organizer:
        'das Veranstaltungsteam hat Ihre Anmeldung zu „{event}“ storniert. Wir bedauern das. Bei Fragen wenden Sie sich bitte an das Veranstaltungsteam.',
    },
    // What became of the place, as it was when the cancellation was queued (OutboxMail.variant).
    outcome: {
      seatPassedOn:
        'Ihr Ticket ist damit ungültig. Ihr Platz geht an die nächste Person auf der Warteliste – danke, dass Sie Bescheid gegeben haben.',
      seatFreed: 'Ihr Ticket ist damit ungültig. Ihr Platz ist wieder frei – danke, dass Sie Bescheid gegeben haben.',
      waitlistLeft: 'Sie stehen damit nicht mehr auf der Warteliste. Danke, dass Sie Bescheid gegeben haben.',
      organizerSeat: 'Ihr Ticket ist damit ungültig.',
      organizerWaitlist: 'Sie stehen damit nicht mehr auf der Warteliste.',
      reviewWithdrawn: 'Ihre Anmeldung wird damit nicht mehr geprüft. Danke, dass Sie Bescheid gegeben haben.',
      organizerReview: 'Ihre Anmeldung wird damit nicht mehr geprüft.',
    },
    details: 'Die stornierte Anmeldung',
    again: 'Falls Sie doch teilnehmen möchten, finden Sie auf der Veranstaltungsseite, ob noch Plätze frei sind.',
    event: 'Zur Veranstaltungsseite',
  },
  reminder: {
    subject: 'Erinnerung: {event}',
    heading: 'Wir sehen uns am {day}',
    intro:
      'bald ist es so weit: Wir freuen uns, Sie bei „{event}“ zu begrüßen. Hier noch einmal alles Wichtige für den Tag.',
    directions: 'Anfahrt',
    map: 'Adresse auf OpenStreetMap anzeigen',
    manage: 'Pläne geändert?',
    manageHint:
      'Falls Sie nicht kommen können, stornieren Sie bitte Ihre Anmeldung, damit jemand von der Warteliste Ihren Platz bekommt.',
    manageLink: 'Anmeldung ansehen oder stornieren',
    event: 'Programm auf der Veranstaltungsseite',
  },
  newsletter: {
    subject: 'Bitte bestätigen: Newsletter ({event})',
    preview: 'Bitte bestätigen Sie Ihre Newsletter-Anmeldung',
    heading: 'Newsletter-Anmeldung bestätigen',
    intro:
      'bei Ihrer Anmeldung zu „{event}“ haben Sie den Newsletter des Cluster IT Mitteldeutschland e.V. bestellt. Bitte bestätigen Sie dies über den folgenden Knopf. Erst dann tragen wir Sie ein.',
    button: 'Newsletter-Anmeldung bestätigen',
    fallback: 'Falls der Knopf nicht funktioniert, kopieren Sie diese Adresse in Ihren Browser:',
    ignore:
      'Sie haben den Newsletter nicht bestellt? Dann ignorieren Sie diese E-Mail; ohne Bestätigung erhalten Sie nichts. Ihre Anmeldung zur Veranstaltung bleibt davon unberührt.',
  },
  organizerMessage: {
    about: 'Eine Nachricht des Veranstaltungsteams zu „{event}“ ({when}).',
    manage: 'Ihre Anmeldung',
    manageHint:
      'Falls Sie nicht teilnehmen können, stornieren Sie bitte, damit jemand von der Warteliste Ihren Platz bekommt.',
    manageLink: 'Anmeldung ansehen, ändern oder stornieren',
    textFooter:
      'Diese Nachricht kommt vom Veranstaltungsteam von „{event}“.\nAnmeldung ansehen, ändern oder stornieren: {url}',
  },
  // The editor of per-event mail texts (dashboard, lib/mail-texts).
  editor: {
    heading: 'Mail-Texte',
    intro:
      'Betreff und Einleitung der Mails an Angemeldete, je Sprache. Leer bleibt der Standardtext. Die Anrede („Sehr geehrte Frau Dr. …“), Termin, Ort, Ticket und Links ergänzt das Tagungsbüro automatisch.',
    kind: 'Mail',
    kinds: {
      confirmation: 'Anmeldebestätigung',
      waitlist: 'Warteliste',
      promotion: 'Nachgerückt von der Warteliste',
      reminder: 'Erinnerung',
      cancellation: 'Stornierung',
      event_invitation: 'Einladung',
      event_invitation_reminder: 'Erinnerung an die Einladung',
    },
    language: 'Sprache',
    languages: { de: 'Deutsch', en: 'Englisch' },
    subject: 'Betreff',
    body: 'Text',
    bodyHint:
      'Reiner Text; eine Leerzeile beginnt einen neuen Absatz. **fett** und [Linktext](https://…) sind möglich, HTML nicht.',
    placeholders:
      'Platzhalter: {vorname}, {nachname}, {veranstaltung}, {datum}, {ort}, {link} (persönlicher Link; bei der Stornierung die Veranstaltungsseite). Englische Namen gehen auch: {firstName}, {lastName}, {event}, {date}, {venue}.',
    save: 'Speichern',
    saving: 'Wird gespeichert …',
    saved: 'Gespeichert. Neue Mails verwenden diesen Text.',
    reset: 'Gespeichert: Es gilt wieder der Standardtext.',
    unexpected: 'Das hat nicht geklappt. Bitte versuchen Sie es noch einmal.',
    preview: 'Vorschau mit Beispieldaten',
    previewSubject: 'Betreff',
    defaultText: '(Standardtext)',
  },
  signIn: {
    subject: 'Ihr Anmeldelink für das Tagungsbüro',
    heading: 'Anmelden im Tagungsbüro',
    intro:
      'Mit diesem Link melden Sie sich im Veranstalterbereich an. Er ist {minutes} Minuten gültig und kann nur einmal verwendet werden.',
    button: 'Jetzt anmelden',
    fallback: 'Falls der Knopf nicht funktioniert, kopieren Sie diese Adresse in Ihren Browser:',
    ignore: 'Sie haben diese Anmeldung nicht angefordert? Dann können Sie diese E-Mail ignorieren.',
  },
  invitation: {
    subject: 'Einladung in das Tagungsbüro',
    intro: '{invitedBy} hat Sie in den Veranstalterbereich des Tagungsbüros eingeladen, mit der Rolle „{role}“.',
    invitedByFallback: 'Die Administration',
    howTo:
      'Sie melden sich ohne Passwort an: Geben Sie auf der Anmeldeseite diese E-Mail-Adresse ein, und Sie erhalten einen Anmeldelink.',
    button: 'Zur Anmeldung',
    fallback: 'Falls der Knopf nicht funktioniert, kopieren Sie diese Adresse in Ihren Browser:',
  },
};
