// Organizers' sign-in pages and the pages shown when access is refused.
export const auth = {
  signIn: {
    title: 'Anmelden',
    heading: 'Anmelden im Tagungsbüro',
    intro:
      'Der Veranstalterbereich ist für das Organisationsteam. Geben Sie Ihre E-Mail-Adresse ein, dann senden wir Ihnen einen Anmeldelink. Ein Passwort brauchen Sie nicht.',
    email: 'E-Mail',
    emailHint: 'Die Adresse, mit der Sie für das Tagungsbüro freigeschaltet sind.',
    emailMissing: 'Bitte geben Sie Ihre E-Mail-Adresse ein.',
    emailInvalid: 'Bitte geben Sie eine gültige E-Mail-Adresse ein, z. B. name@beispiel.de.',
    offline: 'Der Server ist gerade nicht erreichbar. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    submit: 'Anmeldelink senden',
    sending: 'Wird gesendet …',
  },
  signInErrors: {
    EmailSignin:
      'Der Anmeldelink konnte gerade nicht versendet werden. Bitte versuchen Sie es in einigen Minuten erneut.',
    Verification: 'Dieser Anmeldelink ist abgelaufen oder wurde bereits verwendet. Bitte fordern Sie einen neuen an.',
    AccessDenied: 'Für diese Adresse ist kein Zugang eingerichtet.',
    generic:
      'Die Anmeldung hat nicht geklappt. Bitte versuchen Sie es erneut oder wenden Sie sich an das Organisationsteam.',
  },
  checkEmail: {
    title: 'Prüfen Sie Ihr Postfach',
    sent: 'Falls für diese Adresse ein Zugang eingerichtet ist, haben wir Ihnen einen Anmeldelink geschickt. Der Link ist {minutes} Minuten gültig und kann nur einmal verwendet werden.',
    noMail: 'Keine E-Mail bekommen? Sehen Sie auch im Spam-Ordner nach, oder fordern Sie einen neuen Link an.',
    again: 'Neuen Anmeldelink anfordern',
  },
  forbidden: {
    title: 'Kein Zugriff',
    text: 'Für diese Seite fehlt Ihnen die Berechtigung. Wenn Sie meinen, dass Sie Zugriff haben sollten, wenden Sie sich bitte an eine Administratorin oder einen Administrator des Tagungsbüros.',
    toDoor: 'Zum Einlass',
    toHome: 'Zur Startseite',
  },
};
