// Mails of the registration core: pending review, rejection, approval notes, group summary (owner: core helper).
export const registrationMails = {
  // The organizer's optional message with an approval, a waiting-list place or a rejection.
  note: 'Nachricht des Veranstaltungsteams',
  pending: {
    subject: 'Ihre Anmeldung wird geprüft: {event}',
    heading: 'Ihre Anmeldung wird geprüft',
    intro:
      'vielen Dank für Ihre Anmeldung zu „{event}“. Das Veranstaltungsteam prüft die Anmeldungen zu dieser Veranstaltung. Sobald über Ihre Anmeldung entschieden ist, erhalten Sie eine weitere E-Mail – mit der Bestätigung auch Ihr Ticket.',
    manage: 'Ihre Anmeldung',
    manageHint: 'Über Ihren persönlichen Link können Sie Ihre Angaben ansehen oder die Anmeldung zurückziehen.',
    manageLink: 'Anmeldung ansehen oder zurückziehen',
    event: 'Zur Veranstaltungsseite',
  },
  rejection: {
    subject: 'Ihre Anmeldung zu {event}',
    heading: 'Ihre Anmeldung wurde nicht bestätigt',
    intro: {
      decision:
        'vielen Dank für Ihr Interesse an „{event}“. Leider können wir Ihre Anmeldung nicht bestätigen. Wir bitten um Ihr Verständnis.',
      full: 'vielen Dank für Ihr Interesse an „{event}“. Leider sind inzwischen alle Plätze vergeben, sodass wir Ihre Anmeldung nicht bestätigen können. Wir bitten um Ihr Verständnis.',
    },
    event: 'Zur Veranstaltungsseite',
  },
  groupSummary: {
    subject: 'Ihre Gruppenanmeldung zu {event}',
    heading: 'Ihre Gruppenanmeldung',
    intro:
      'vielen Dank: Sie haben {count} Personen zu „{event}“ angemeldet. Jede Person erhält eine eigene E-Mail mit ihrem persönlichen Link zum Ansehen oder Stornieren der Anmeldung.',
    outcome: {
      confirmed: 'Alle Personen haben einen Platz; ihre Tickets erhalten sie mit ihrer eigenen E-Mail.',
      waitlisted:
        'Für die ganze Gruppe waren nicht genug Plätze frei. Deshalb stehen alle Personen gemeinsam auf der Warteliste; wird ein Platz frei, erhält die nächste Person der Warteliste ihn und eine E-Mail.',
      pending:
        'Das Veranstaltungsteam prüft die Anmeldungen zu dieser Veranstaltung. Jede Person erhält eine E-Mail, sobald über ihre Anmeldung entschieden ist.',
    },
    members: 'Angemeldete Personen',
    status: {
      confirmed: 'Platz bestätigt',
      waitlisted: 'Warteliste',
      pending: 'Wird geprüft',
      rejected: 'Nicht bestätigt',
      cancelled: 'Storniert',
    },
    event: 'Zur Veranstaltungsseite',
  },
};
