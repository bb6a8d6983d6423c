// Messages of expected failures (AppError keys), for forms and every API; placeholders look like {name}.
export const errors = {
  // Dashboard URL filters (attendee list, exports, audit log): zod names these keys.
  filterPage: 'Die Seitenzahl muss eine ganze Zahl ab 1 sein.',
  filterPageTooLarge: 'Die Seitenzahl ist zu groß.',
  filterSearchTooLong: 'Der Suchbegriff darf höchstens 200 Zeichen lang sein.',
  filterStatus: 'Unbekannter Status.',
  filterSector: 'Unbekannter Bereich.',
  filterState: 'Unbekanntes Bundesland.',
  filterCheckedIn: 'Eingecheckt: ja oder nein.',
  filterGuestType: 'Unbekannte Art der Anmeldung.',
  filterQuestion: 'Ungültige Frage.',
  filterAnswer: 'Ungültige Antwort.',
  filterAnswerCount: 'Höchstens 20 Antwortfilter.',
  filterSort: 'Unbekannte Sortierung.',
  filterDir: 'Unbekannte Sortierrichtung.',
  filterDate: 'Bitte ein Datum im Format JJJJ-MM-TT angeben.',
  eventNotFound: 'Veranstaltung nicht gefunden.',
  registrationNotFound: 'Anmeldung nicht gefunden.',
  questionNotFound: 'Frage nicht gefunden.',
  sessionNotFound: 'Programmpunkt nicht gefunden.',
  hostNotFound: 'Gastgeber nicht gefunden.',
  entryNotFound: 'Eintrag nicht gefunden.',
  templateNotFound: 'Vorlage nicht gefunden.',
  userNotFound: 'Diese Person gibt es nicht (mehr).',
  linkInvalid: 'Dieser Link ist ungültig oder abgelaufen.',
  noRegistrationsForAddress: 'Zu dieser Adresse gibt es keine Anmeldungen.',
  mailViewOff: 'Die lokale Mail-Ansicht ist ausgeschaltet.',
  attachmentNotFound: 'Anhang nicht gefunden.',
  invalidAttachmentNumber: 'Ungültige Anhangnummer.',
  notFound: 'Nicht gefunden.',
  signInRequired: 'Bitte melden Sie sich an.',
  forbidden: 'Dafür fehlt Ihnen die Berechtigung.',
  registrationClosed: 'Die Anmeldung für diese Veranstaltung ist geschlossen.',
  eventFull: 'Die Veranstaltung ist leider ausgebucht.',
  alreadyRegistered: 'Mit dieser E-Mail-Adresse besteht bereits eine Anmeldung.',
  alreadyRegisteredAtDoor: 'Mit dieser E-Mail-Adresse besteht bereits eine Anmeldung. Bitte nach dem Namen suchen.',
  eventFullAtDoor: 'Die Veranstaltung ist voll. Nur die Einlassleitung kann weitere Personen aufnehmen.',
  eventFullManual:
    'Die Veranstaltung ist ausgebucht. Setzen Sie den Haken „über die Kapazität hinaus“, um trotzdem einen Platz zu vergeben.',
  cancellationAfterStart: 'Die Veranstaltung hat bereits begonnen; eine Stornierung ist nicht mehr möglich.',
  registrationCancelled: 'Diese Anmeldung wurde storniert und kann nicht mehr geändert werden.',
  alreadyRegisteredForEvent: 'Mit dieser E-Mail-Adresse besteht für diese Veranstaltung bereits eine Anmeldung.',
  tooManyCorrections: 'Zu viele Korrekturen. Bitte versuchen Sie es später erneut.',
  mailNotResent:
    'Nicht versandt: Die Anmeldung ist storniert, oder in den letzten zehn Minuten ging bereits eine Mail hinaus.',
  invalidInput: 'Die Angaben sind unvollständig oder ungültig.',
  ownRole: 'Ihre eigene Rolle können Sie nicht ändern.',
  disableSelf: 'Sie können sich nicht selbst sperren.',
  unknownEvents: 'Mindestens eine der gewählten Veranstaltungen gibt es nicht.',
  notCheckedIn: 'Diese Person ist nicht eingecheckt.',
  undoOwnOnly:
    'Nur eigene Check-ins der letzten 30 Minuten können zurückgenommen werden. Bitte wenden Sie sich an die Einlassleitung.',
  reasonRequired: 'Bitte geben Sie einen Grund an.',
  certificatesOff: 'Für diese Veranstaltung sind Teilnahmebescheinigungen ausgeschaltet.',
  certificateExists: 'Diese Person hat bereits eine Teilnahmebescheinigung.',
  certificateRevoked: 'Diese Teilnahmebescheinigung wurde bereits widerrufen.',
  certificateNotFound: 'Teilnahmebescheinigung nicht gefunden.',
  sinceInvalid: 'since muss ein ISO-Zeitpunkt sein.',
  unknownColumns: 'Unbekannte Spalten: {columns}',
  unknownExportFormat: 'Unbekanntes Exportformat.',
  fileEmpty: 'Die Datei ist leer.',
  logoTooLarge: 'Das Logo darf höchstens 1 MB groß sein.',
  logoType: 'Bitte ein Logo als PNG, JPEG oder WebP hochladen (SVG wird nicht angenommen).',
  coverTooLarge: 'Das Titelbild darf höchstens 1 MB groß sein.',
  coverType: 'Bitte ein Titelbild als PNG, JPEG oder WebP hochladen.',
  coverMissing: 'Bitte zuerst ein Titelbild hochladen.',
  brandingLogoType: 'Bitte ein Logo als PNG, JPEG, WebP oder SVG hochladen.',
  slugTaken: 'Diese Kurzadresse ist schon vergeben.',
  slugFixed: 'Die Kurzadresse ist fest, sobald die Veranstaltung veröffentlicht ist oder Anmeldungen hat.',
  capacityBelowConfirmed: 'Die Kapazität darf nicht unter der Zahl der bestätigten Anmeldungen ({count}) liegen.',
  noRecipients: 'Diese Auswahl erreicht derzeit niemanden. Es wurde nichts versendet.',
  questionTypeFixed: 'Die Art einer Frage lässt sich nach dem Anlegen nicht mehr ändern.',
  activeRegistration:
    'Die Person hat noch eine aktive Anmeldung für eine anstehende Veranstaltung. Bitte stornieren Sie diese zuerst.',
  rejected:
    'Ihre Anmeldung konnte nicht verarbeitet werden. Bitte prüfen Sie Ihre Angaben und senden Sie das Formular erneut.',
  formExpired: 'Das Formular ist abgelaufen. Bitte laden Sie die Seite neu und senden Sie es erneut.',
  rateLimited: 'Zu viele Anmeldungen von Ihrem Netzwerk. Bitte versuchen Sie es in {minutes} Minuten erneut.',
  apiKeyInvalid: 'Ungültiger oder widerrufener API-Schlüssel.',
  unsupportedMediaType: 'Bitte senden Sie die Daten als JSON (Content-Type: application/json).',
  malformedJson: 'Der Inhalt ist kein gültiges JSON.',
  notAnObject: 'Der Inhalt muss ein JSON-Objekt sein.',
  payloadTooLarge: 'Die Anfrage ist zu groß (höchstens {kb} KB).',
  internal: 'Ein unerwarteter Fehler ist aufgetreten. Bitte versuchen Sie es später noch einmal.',
  publishChecklistUnconfirmed:
    'Bitte bestätigen Sie jeden offenen Punkt der Checkliste, bevor Sie die Veranstaltung veröffentlichen.',
  malformedUrl: 'Die Adresse ist ungültig kodiert.',
  malformedRequest: 'Die Anfrage ist ungültig.',
  foreignOrigin: 'Anfragen von anderen Websites werden nicht angenommen.',
  methodNotAllowed: 'Diese Anfragemethode wird hier nicht unterstützt.',
  databaseUnavailable: 'Der Dienst ist gerade nicht erreichbar. Bitte versuchen Sie es in einigen Sekunden erneut.',
  // #16 registration core (owner: core helper)
  invitationUsed: 'Diese Einladung wurde bereits für eine Anmeldung verwendet.',
  invitationOnly: 'Die Anmeldung zu dieser Veranstaltung ist nur mit persönlicher Einladung möglich.',
  groupPlacesLeft:
    'Für {size} Personen sind nicht genug Plätze frei: Es sind noch {left} Plätze verfügbar. Bitte verkleinern Sie die Gruppe.',
  memberAlreadyRegistered:
    'Für {email} besteht bereits eine Anmeldung zu dieser Veranstaltung. Bitte entfernen Sie diese Person aus der Gruppe.',

  // #16 invitations (owner: invitations helper)
  invitationNotFound: 'Diese Einladung ist nicht gültig. Bitte prüfen Sie den Link aus Ihrer E-Mail.',
  importTooLarge: 'Die Datei ist größer als {mb} MB. Bitte teilen Sie die Liste auf.',
  importTooManyRows: 'Die Datei hat mehr als {max} Zeilen. Bitte teilen Sie die Liste auf; nichts wurde importiert.',
  importBinary: 'Die Datei ist keine CSV- oder Excel-Datei (.xlsx). Nichts wurde importiert.',
  importOldExcel:
    'Ältere Excel-Dateien (.xls) werden nicht gelesen. Bitte speichern Sie die Liste als .xlsx oder .csv.',
  importEmpty: 'Die Datei enthält keine Datenzeilen.',
  importUnreadable: 'Die Datei kann nicht gelesen werden. Bitte prüfen Sie das Format.',
  importNoEmailColumn:
    'Keine Spalte „E-Mail“ gefunden. Die erste Zeile muss die Spaltennamen enthalten (Anrede, Titel, Vorname, Nachname, E-Mail, Organisation, Funktion).',
  importFileChanged: 'Die Datei hat sich seit der Vorschau geändert. Bitte lassen Sie die Vorschau erneut anzeigen.',
  importNoFile: 'Bitte wählen Sie eine Datei.',
  alreadyInvited: 'Diese Adresse ist für diese Veranstaltung bereits eingeladen.',
  inviteeRegistered: 'Mit dieser Adresse besteht bereits eine Anmeldung zu dieser Veranstaltung.',
  noInvitationsToSend: 'Es gibt keine Einladungen, die noch nicht versandt wurden.',
  noInvitationsToRemind: 'Niemand wartet auf eine Erinnerung.',
  invitationAlreadyRegistered:
    'Zu dieser Einladung besteht bereits eine Anmeldung. Bitte stornieren Sie sie über den Link in Ihrer Bestätigungsmail.',

  // #16 approval, contingent and groups (owner: organizer-ui helper)
  registrationNotPending: 'Diese Anmeldung wurde bereits entschieden.',
  reservedBelowTaken: 'Bereits {count} Eingeladene haben einen Platz aus dem Kontingent; weniger geht nicht.',
  reservedAboveFree: 'Es sind nur noch {count} Plätze frei, die für Eingeladene zurückgehalten werden können.',

  // #16 substitutes (owner: substitutes helper)
  substitutionNotAllowed: 'Dieser Platz kann nicht mehr übergeben werden.',
  substitutionAlreadyDone: 'Dieser Platz wurde bereits übergeben oder die Anmeldung ist storniert.',
  substitutionNotConfirmed:
    'Nur ein bestätigter Platz kann übergeben werden, kein Platz auf der Warteliste oder in Prüfung.',
  substitutionCheckedIn: 'Sie sind bereits eingecheckt; dieser Platz kann nicht mehr übergeben werden.',
  substitutionEnded: 'Die Veranstaltung ist vorbei; der Platz kann nicht mehr übergeben werden.',
  substituteSameAddress: 'Bitte geben Sie die E-Mail-Adresse der Vertretung an, nicht Ihre eigene.',
  substituteAlreadyRegistered:
    'Unter dieser E-Mail-Adresse ist bereits jemand für diese Veranstaltung angemeldet. Die Vertretung braucht keinen zweiten Platz.',

  // #17 registration core (owner: core helper)
  sessionUnknown: 'Mindestens einer der gewählten Programmpunkte ist nicht buchbar. Bitte laden Sie die Seite neu.',
  sessionDuplicate: 'Ein Programmpunkt wurde doppelt gewählt.',
  sessionOverlap: '„{first}“ und „{second}“ finden gleichzeitig statt. Bitte wählen Sie einen der beiden.',
  sessionFull: '„{title}“ ist ausgebucht. Bitte wählen Sie einen anderen Programmpunkt.',
  sessionRequired: 'Bitte wählen Sie für jeden Zeitraum einen Workshop.',
  modeUnavailable: 'Diese Teilnahmeart bietet die Veranstaltung nicht an.',
  modeFull: 'Für diese Teilnahmeart ist kein Platz mehr frei.',
  sessionOnlineMode: 'Workshops vor Ort können nur bei Teilnahme vor Ort gebucht werden.',
  bookingAfterStart:
    'Die Veranstaltung hat bereits begonnen; Workshops und Teilnahmeart können nicht mehr geändert werden.',

  // #17 attendee pages and mails (owner: attendee helper)

  // #17 event settings, programme and certificates (owner: organizer-settings helper)

  // #17 session lists, exports and print (owner: organizer-lists helper)

  // #17 room door (owner: door helper)
};
