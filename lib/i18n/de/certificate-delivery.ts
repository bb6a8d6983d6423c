// Sending certificates, the attendee's download on the manage page and the organizers' ZIP.
export const certificateDelivery = {
  navLink: 'Teilnahmebescheinigungen',
  pageTitle: 'Teilnahmebescheinigungen',
  back: 'Zurück zur Teilnehmerliste',
  notEnded:
    'Die Veranstaltung endet am {date}. Teilnahmebescheinigungen können Sie erst nach dem Ende versenden; dann zählt diese Seite, wer eine erhält.',
  disabled: 'Teilnahmebescheinigungen sind für diese Veranstaltung ausgeschaltet.',
  disabledLink: 'Teilnahmebescheinigungen einrichten',
  countsHeading: 'Übersicht',
  countsLabel: 'Teilnahmebescheinigungen nach Stand',
  countEligible: 'Berechtigt',
  countSent: 'Bereits versandt oder in der Warteschlange',
  countToSend: 'Erhalten jetzt eine Mail',
  countRevoked: 'Widerrufen (erhalten keine)',
  countNoEmail: 'Ohne E-Mail-Adresse (erhalten keine Mail)',
  countsHint:
    'Berechtigt sind eingecheckte Personen, online Teilnehmende, die ihren Link zum Stream während der Veranstaltung geöffnet haben, und Personen, denen Sie eine Bescheinigung zuerkannt haben. Wer schon eine Mail erhalten hat oder in der Warteschlange steht, bekommt keine zweite.',
  empty:
    'Niemand ist berechtigt: Es wurde niemand eingecheckt, niemand hat online teilgenommen und keine Bescheinigung wurde zuerkannt.',
  nothingToSend: 'Alle Berechtigten haben ihre Bescheinigung bereits erhalten oder stehen in der Warteschlange.',
  send: 'Bescheinigungen an {n} Personen senden',
  sendOne: 'Bescheinigung an 1 Person senden',
  confirm:
    'Jede berechtigte Person erhält eine eigene Mail mit ihrer Bescheinigung als PDF. Wirklich an {n} Personen senden?',
  confirmOne: 'Die berechtigte Person erhält eine Mail mit ihrer Bescheinigung als PDF. Wirklich senden?',
  confirmYes: 'Ja, jetzt senden',
  cancel: 'Abbrechen',
  sending: 'Wird in die Warteschlange gestellt …',
  sent: '{n} Mails sind in der Warteschlange.',
  sentNone: 'Niemand war neu hinzuzufügen; es wurde keine Mail doppelt versandt.',
  refusedNotEnded: 'Die Veranstaltung ist noch nicht zu Ende. Bescheinigungen können Sie erst danach versenden.',
  refusedDisabled: 'Teilnahmebescheinigungen sind für diese Veranstaltung ausgeschaltet.',
  refusedNone: 'Niemand ist berechtigt, eine Bescheinigung zu erhalten.',
  deliveryHeading: 'Zustellung',
  deliveryTotals: 'Zustellung der Bescheinigungen nach Status',
  deliveryNone: 'Noch keine Bescheinigung versandt.',
  progress: '{done} von {total} Mails bearbeitet',
  recipientsCaption: 'Empfängerinnen und Empfänger der Bescheinigungen (Seite {page} von {pages})',
  zipHeading: 'Alle Bescheinigungen herunterladen',
  zipHint: 'Eine ZIP-Datei mit einer PDF-Datei je ausgestellter, nicht widerrufener Bescheinigung.',
  zipLink: 'ZIP-Datei herunterladen ({n} Bescheinigungen)',
  zipNone:
    'Es ist noch keine Bescheinigung ausgestellt. Die ZIP-Datei gibt es, sobald Bescheinigungen versandt wurden.',
  fileBase: 'Teilnahmebescheinigung',
  // The manage page and its download route.
  manageHeading: 'Teilnahmebescheinigung',
  manageText: 'Vielen Dank für Ihre Teilnahme. Ihre Bescheinigung steht als PDF bereit.',
  manageDownload: 'Teilnahmebescheinigung herunterladen',
  downloadNotFound: 'Für diesen Link gibt es keine Teilnahmebescheinigung.',
  downloadNotEnded: 'Die Veranstaltung ist noch nicht zu Ende. Ihre Teilnahmebescheinigung gibt es nach dem Ende.',
  downloadNotEligible:
    'Für diese Anmeldung gibt es keine Teilnahmebescheinigung: Sie wurden nicht eingecheckt, oder die Bescheinigung wurde widerrufen. Bitte wenden Sie sich an das Veranstaltungsteam.',
  // The mail.
  mailSubject: 'Ihre Teilnahmebescheinigung – {event}, {date}',
  mailHeading: 'Ihre Teilnahmebescheinigung',
  mailIntro:
    'vielen Dank für Ihre Teilnahme an „{event}“ ({when}). Im Anhang erhalten Sie Ihre Teilnahmebescheinigung als PDF.',
  mailVerify:
    'Die Bescheinigung trägt einen QR-Code und eine Prüfadresse; darüber kann Ihr Arbeitgeber ihre Echtheit prüfen.',
  mailManage: 'Ihre Anmeldung',
  mailManageHint: 'Über Ihren persönlichen Link können Sie die Bescheinigung jederzeit erneut herunterladen.',
  mailManageLink: 'Anmeldung ansehen und Bescheinigung herunterladen',
  mailClosing: 'Mit freundlichen Grüßen\nIhr Veranstaltungsteam',
};
