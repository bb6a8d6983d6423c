// Event settings for modes and stream, the programme editor's bookable sessions, certificate rules (owner: organizer-settings helper).
export const sessionAdmin = {
  nav: 'Teilnahme',
  attendance: {
    heading: 'Teilnahme',
    metaTitle: 'Teilnahme bearbeiten',
    intro:
      'Wie die Veranstaltung besucht wird: vor Ort, online über einen Stream oder beides. Die Plätze vor Ort stellen Sie unter „Einstellungen“ ein.',
    formLabel: 'Teilnahme',
    format: 'Format',
    formatOnsite: 'Vor Ort',
    formatOnline: 'Online',
    formatHybrid: 'Hybrid: vor Ort und online',
    formatHint:
      'Bei „Hybrid“ wählen Angemeldete, wie sie teilnehmen. Online Teilnehmende erhalten keinen QR-Code, sondern einen persönlichen Link zum Stream.',
    onlineHeading: 'Online-Teilnahme',
    onlineCapacity: 'Online-Plätze',
    onlineCapacityHint: 'Leer lassen für unbegrenzt. Bereits bestätigt online: {n}.',
    streamUrl: 'Adresse des Streams',
    streamUrlHint:
      'Nur https-Adressen. Die Adresse erscheint auf keiner Seite und in keiner Mail: Angemeldete öffnen ihren persönlichen Link, der erst ab der Freigabe weiterleitet.',
    releaseMinutes: 'Freigabe (Minuten vor Beginn)',
    releaseMinutesHint:
      'Ab so vielen Minuten vor dem Beginn leitet der persönliche Link zum Stream weiter, vorher nennt er die Uhrzeit der Freigabe. 0 bis 10080 (eine Woche).',
    sessionsHeading: 'Workshops',
    sessionChoice: 'Wahl der Workshops',
    sessionChoiceOptional: 'Freiwillig: Angemeldete können Workshops buchen',
    sessionChoiceRequired: 'Pflicht: vor Ort Teilnehmende wählen in jedem Zeitraum einen Workshop',
    sessionChoiceHint:
      'Buchbar machen Sie einen Programmpunkt unter „Programm“. Gruppenanmeldungen sind bei „Pflicht“ nicht möglich, weil jede Person selbst wählt.',
  },
  programme: {
    bookingHeading: 'Buchung',
    bookable: 'Buchbar (Workshop mit eigenen Plätzen)',
    bookableHint: 'Buchbare Programmpunkte wählen vor Ort Teilnehmende im Anmeldeformular. Sie brauchen ein Ende.',
    capacity: 'Plätze',
    capacityHint: 'Leer lassen für unbegrenzt.',
    capacityHintBooked: 'Leer lassen für unbegrenzt. Bereits gebucht: {n}.',
    waitlist: 'Eigene Warteliste, wenn ausgebucht',
    waitlistHint: 'Ohne Warteliste wird eine Anmeldung mit diesem ausgebuchten Workshop abgelehnt.',
    badgeBookable: 'buchbar',
    places: '{booked} von {capacity} Plätzen gebucht',
    placesUnlimited: '{booked} gebucht, unbegrenzt',
  },
  checklist: {
    stream: 'Die Adresse des Streams ist eingetragen.',
    streamOpen: 'Für die Online-Teilnahme fehlt die Adresse des Streams.',
  },
  certificate: {
    rulesHeading: 'Wer eine Bescheinigung erhält',
    ruleOnsite: 'Vor Ort: wer am Einlass eingecheckt wurde.',
    ruleOnline:
      'Online: wer online angemeldet ist und den persönlichen Link zum Stream während der Veranstaltung geöffnet hat (ab der Freigabe bis zwei Stunden nach dem Ende).',
    hoursRule:
      'Stunden „aus den besuchten Programmpunkten“: es zählen die Workshops, für die jemand am Raumeingang eingecheckt wurde, jeweils mit ihrer Dauer; sie werden auf der Bescheinigung genannt. Wer keinen solchen Workshop besucht hat, erhält die feste Stundenzahl.',
  },
  validation: {
    formatRequired: 'Bitte wählen Sie ein Format.',
    onlineCapacityRange: 'Bitte geben Sie eine ganze Zahl von 1 bis 100000 an oder lassen Sie das Feld leer.',
    streamUrlHttps: 'Bitte geben Sie eine vollständige https-Adresse an, zum Beispiel https://stream.example.org/live.',
    streamUrlTooLong: 'Die Adresse ist zu lang (höchstens 2000 Zeichen).',
    releaseRange: 'Bitte geben Sie eine ganze Zahl von 0 bis 10080 Minuten an.',
    sessionChoiceRequired: 'Bitte wählen Sie, ob die Wahl freiwillig oder Pflicht ist.',
    sessionCapacityRange: 'Bitte geben Sie eine ganze Zahl von 1 bis 100000 an oder lassen Sie das Feld leer.',
    bookableNeedsEnd: 'Ein buchbarer Programmpunkt braucht ein Ende.',
  },
};
