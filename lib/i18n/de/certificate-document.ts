// The certificate PDF and the public verify page.
export const certificateDocument = {
  // Used when the organizer leaves the title or body empty. {name} is printed once, in the body.
  defaultTitle: 'Teilnahmebescheinigung',
  defaultBody:
    'Hiermit wird bestätigt, dass {name} am {datum} an der Veranstaltung „{veranstaltung}“ in {ort} teilgenommen hat. Der Umfang der Teilnahme betrug {stunden} Zeitstunden.',
};
