// Handing a place to a substitute: manage page, mails, dashboard (owner: substitutes helper). Door texts: door.ts.
export const substitution = {
  manage: {
    heading: 'Platz an eine Vertretung übergeben',
    intro:
      'Sie können nicht teilnehmen, aber eine Kollegin oder ein Kollege kann an Ihrer Stelle kommen? Tragen Sie die Person hier ein. Ihr Platz geht direkt an sie über, ohne Umweg über die Warteliste.',
    personLegend: 'Angaben zur Vertretung',
    salutation: 'Anrede der Vertretung',
    personTitle: 'Titel der Vertretung',
    firstName: 'Vorname der Vertretung',
    lastName: 'Nachname der Vertretung',
    email: 'E-Mail-Adresse der Vertretung',
    emailHint: 'An diese Adresse schicken wir das neue Ticket.',
    organization: 'Organisation der Vertretung',
    position: 'Funktion der Vertretung',
    noAnswer: 'Keine Angabe',
    informed: 'Die Person weiß Bescheid und ist einverstanden, dass ich ihre Angaben für die Anmeldung weitergebe.',
    next: 'Weiter zur Bestätigung',
    confirmHeading: 'Bitte bestätigen Sie die Übergabe',
    confirmTo: 'Ihr Platz geht an {name} ({email}).',
    confirmPoints: {
      ticketVoid: 'Ihr Ticket wird sofort ungültig und am Einlass abgewiesen.',
      newTicket: 'Die Vertretung erhält ein eigenes, neues Ticket per E-Mail.',
      confirmation: 'Sie erhalten eine Bestätigung der Übergabe per E-Mail.',
      final: 'Die Übergabe kann nicht rückgängig gemacht werden.',
    },
    confirm: 'Ja, Platz verbindlich übergeben',
    confirming: 'Wird übergeben …',
    back: 'Angaben ändern',
    unexpected: 'Die Übergabe ist fehlgeschlagen. Bitte versuchen Sie es erneut.',
    doneHeading: 'Ihr Platz wurde übergeben',
    done: 'Ihr Platz gehört jetzt {name}. Das neue Ticket ist unterwegs an {email}.',
    doneOld: 'Ihr bisheriges Ticket ist ungültig. Eine Bestätigung ist an Ihre E-Mail-Adresse unterwegs.',
    handedOverHeading: 'Platz übergeben',
    substituteFor: 'Sie nehmen diesen Platz als Vertretung für {name} ein.',
    handedOver: 'Sie haben diesen Platz am {date} an {name} übergeben. Ihr Ticket ist ungültig.',
    notPossible: {
      checkedIn: 'Sie sind bereits eingecheckt; der Platz kann nicht mehr übergeben werden.',
      ended: 'Die Veranstaltung ist vorbei.',
    },
  },
  mail: {
    subject: 'Platz übergeben: {event}',
    heading: 'Ihr Platz wurde übergeben',
    intro: {
      attendee: 'wie gewünscht haben wir Ihren Platz bei „{event}“ an {name} übergeben.',
      organizer: 'auf Ihren Wunsch hat das Veranstaltungsteam Ihren Platz bei „{event}“ an {name} übergeben.',
    },
    ticket:
      'Ihr Ticket ist damit ungültig und wird am Einlass abgewiesen. {name} hat ein eigenes Ticket per E-Mail erhalten.',
    details: 'Die Veranstaltung',
    question:
      'Falls Sie diese Übergabe nicht veranlasst haben, wenden Sie sich bitte umgehend an das Veranstaltungsteam.',
    event: 'Zur Veranstaltungsseite',
  },
  dashboard: {
    heading: 'Vertretung eintragen',
    intro:
      'Die angemeldete Person kann nicht kommen und schickt eine Vertretung: Der Platz geht direkt über, das alte Ticket wird ungültig, die Vertretung bekommt ein neues.',
    substituteFor: 'Vertretung für',
    substitutedBy: 'Übergeben an',
  },
};
