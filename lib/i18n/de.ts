import { auth } from './de/auth';
import { errorPage } from './de/error-page';
import { door } from './de/door';
import { branding } from './de/branding';
import { certificates } from './de/certificates';
import { dashboard } from './de/dashboard';
import { content } from './de/content';
import { editor } from './de/editor';
import { errors } from './de/errors';
import { legal } from './de/legal';
import { mail } from './de/mail';
import { manage } from './de/manage';
import { selfService } from './de/self-service';
import { validation } from './de/validation';
import { invitations } from './de/invitations';
import { approval } from './de/approval';
import { registrationMails } from './de/registration-mails';
import { substitution } from './de/substitution';
import { sessions } from './de/sessions';
import { sessionAdmin } from './de/session-admin';
import { sessionLists } from './de/session-lists';
import { roomDoor } from './de/room-door';

// German is the default language and must always be complete; placeholders look like {name}.
// Namespaces that grew large live in ./de/<namespace>.ts.
export const de = {
  site: {
    name: 'Tagungsbüro',
    skipLink: 'Zum Inhalt springen',
    languageNav: 'Sprache wählen',
    footer:
      'Tagungsbüro – die Anmeldung zu den Veranstaltungen des Cluster IT Mitteldeutschland e.V. und seiner Partner.',
    organizerLogin: 'Veranstalter-Login',
  },
  common: {
    yes: 'ja',
    no: 'nein',
  },
  validation,
  failures: errors,
  auth,
  errorPage,
  manage,
  selfService,
  mail,
  door,
  legal,
  branding,
  dashboard,
  content,
  editor,
  certificates,
  invitations,
  approval,
  registrationMails,
  substitution,
  sessions,
  sessionAdmin,
  sessionLists,
  roomDoor,
  status: {
    open: 'Anmeldung offen',
    openPlaces: 'Anmeldung offen – noch {n} Plätze',
    openOnePlace: 'Anmeldung offen – noch 1 Platz',
    full: 'Ausgebucht',
    waitlist: 'Warteliste',
    closed: 'Anmeldung geschlossen',
    opensAt: 'Anmeldung ab {date}',
    past: 'Hat stattgefunden',
    invitationOnly: 'Nur mit Einladung',
    example: 'Beispielveranstaltung',
  },
  home: {
    title: 'Veranstaltungen',
    intro: 'Hier finden Sie die kommenden Veranstaltungen und melden sich mit wenigen Angaben an.',
    upcoming: 'Kommende Veranstaltungen',
    past: 'Vergangene Veranstaltungen',
    noUpcoming: 'Zurzeit sind keine Veranstaltungen geplant. Schauen Sie bald wieder vorbei.',
    empty: 'Es sind noch keine Veranstaltungen veröffentlicht.',
    details: 'Details und Anmeldung',
    detailsPast: 'Details',
    venue: 'Ort',
    date: 'Datum',
  },
  event: {
    when: 'Termin',
    whenWhere: 'Termin und Ort',
    until: 'bis',
    venue: 'Veranstaltungsort',
    room: 'Raum',
    directions: 'Anfahrt',
    directionsLink: 'Anfahrt planen (OpenStreetMap)',
    motto: 'Motto',
    about: 'Über die Veranstaltung',
    programme: 'Programm',
    programmeEmpty: 'Das Programm wird noch bekanntgegeben.',
    speakers: 'Mitwirkende',
    themes: 'Themen',
    hosts: 'Veranstalter und Partner',
    registration: 'Anmeldung',
    register: 'Jetzt anmelden',
    placesLeft: 'Noch {n} von {capacity} Plätzen frei.',
    noCapacityLimit: 'Die Teilnehmerzahl ist nicht begrenzt.',
    hybridInfo: 'Sie können vor Ort oder online teilnehmen. Die freien Plätze je Teilnahmeart:',
    waitlistInfo:
      'Alle Plätze sind vergeben. Sie können sich auf die Warteliste setzen lassen; wir melden uns, sobald ein Platz frei wird.',
    fullInfo: 'Die Veranstaltung ist leider ausgebucht.',
    invitationOnlyInfo:
      'Die Teilnahme ist nur auf persönliche Einladung möglich. Eingeladene Gäste melden sich über den Link in ihrer Einladung an.',
    notYetOpen: 'Die Anmeldung öffnet am {date}.',
    pastInfo: 'Diese Veranstaltung hat am {date} stattgefunden.',
    startedInfo: 'Die Veranstaltung hat bereits begonnen; eine Online-Anmeldung ist nicht mehr möglich.',
    windowClosedInfo: 'Die Online-Anmeldung für diese Veranstaltung ist geschlossen.',
    exampleNotice: 'Dies ist eine Beispielveranstaltung zum Ausprobieren. Anmeldungen dienen nur zu Testzwecken.',
    back: 'Alle Veranstaltungen',
  },
  register: {
    title: 'Anmeldung – {title}',
    backToEvent: 'Zurück zur Veranstaltung',
    intro: 'Bitte füllen Sie das Formular aus. Pflichtfelder sind mit * gekennzeichnet.',
    waitlistNotice: 'Alle Plätze sind vergeben. Mit diesem Formular setzen Sie sich auf die Warteliste.',
    notPossible: 'Eine Anmeldung ist derzeit nicht möglich.',
  },
  form: {
    salutation: 'Anrede',
    title: 'Titel',
    titleHint: 'z. B. Dr.',
    firstName: 'Vorname',
    lastName: 'Nachname',
    email: 'E-Mail',
    emailHint: 'An diese Adresse senden wir die Bestätigung mit Ihrem Ticket.',
    organization: 'Organisation',
    position: 'Funktion/Position',
    sector: 'Bereich',
    state: 'Bundesland',
    noAnswer: 'keine Angabe',
    personalData: 'Ihre Angaben',
    consentLegend: 'Datenschutz',
    // Changing this text (or its translation) needs a new PRIVACY_CONSENT_VERSION (lib/registrations/consent.ts).
    privacyConsent:
      'Ich willige ein, dass die Veranstalter meine Angaben zur Durchführung der Veranstaltung (Anmeldung, Einlass, Teilnehmerliste) verarbeiten. Die Daten werden nach Ablauf der Aufbewahrungsfrist gelöscht. Ich kann meine Einwilligung jederzeit widerrufen.',
    submit: 'Verbindlich anmelden',
    submitting: 'Wird gesendet …',
    resend: 'Bestätigung erneut senden',
    resending: 'Wird gesendet …',
    unexpected: 'Die Anmeldung konnte nicht gesendet werden. Bitte versuchen Sie es in einem Moment erneut.',
    'salutation.Frau': 'Frau',
    'salutation.Herr': 'Herr',
    'salutation.Divers': 'Divers',
    'sector.Verwaltung': 'Verwaltung',
    'sector.Wirtschaft': 'Wirtschaft',
    'sector.Wissenschaft': 'Wissenschaft',
    'sector.Politik': 'Politik',
    'sector.Sonstiges': 'Sonstiges',
    'state.Andere': 'Anderes Bundesland / Ausland',
    questionsLegend: 'Weitere Angaben',
    photoNoticeTitle: 'Hinweis zu Foto- und Videoaufnahmen',
    newsletterLegend: 'Newsletter',
    newsletter:
      'Ja, ich möchte den Newsletter des Cluster IT Mitteldeutschland e.V. erhalten. Die Anmeldung bestätige ich über einen Link per E-Mail.',
    requiredHidden: '(Pflichtfeld)',
    honeypot: 'Bitte leer lassen',
    emailSuggestion: 'Meinten Sie {email}?',
    emailSuggestionApply: '{email} übernehmen',
  },
  formErrors: {
    ALREADY_REGISTERED: 'Mit dieser E-Mail-Adresse sind Sie bereits angemeldet.',
    EVENT_FULL: 'Die Veranstaltung ist leider ausgebucht.',
    REGISTRATION_CLOSED: 'Die Anmeldung für diese Veranstaltung ist geschlossen.',
    NOT_FOUND: 'Diese Veranstaltung gibt es nicht (mehr).',
    resendDone: 'Falls zu dieser Adresse eine Anmeldung besteht, haben wir die Bestätigung erneut gesendet.',
    rejected:
      'Ihre Anmeldung konnte nicht verarbeitet werden. Bitte prüfen Sie Ihre Angaben und senden Sie das Formular erneut.',
    expired: 'Das Formular ist abgelaufen. Bitte laden Sie die Seite neu und senden Sie es erneut.',
    rateLimited: 'Zu viele Anmeldungen von Ihrem Netzwerk. Bitte versuchen Sie es in {minutes} Minuten erneut.',
  },
  newsletter: {
    title: 'Newsletter-Anmeldung bestätigen',
    intro:
      'Bei Ihrer Anmeldung zu „{event}“ haben Sie den Newsletter des Cluster IT Mitteldeutschland e.V. bestellt. Bitte bestätigen Sie, dass Sie ihn erhalten möchten.',
    requestedAt: 'Angefordert am {date}.',
    confirm: 'Newsletter-Anmeldung bestätigen',
    confirming: 'Wird bestätigt …',
    confirmed: 'Vielen Dank! Ihre Newsletter-Anmeldung ist bestätigt.',
    confirmedAt: 'Bestätigt am {date}.',
    ignore:
      'Sie haben den Newsletter nicht bestellt? Dann ignorieren Sie diese Seite einfach; ohne Bestätigung erhalten Sie nichts.',
  },
  ticket: {
    title: 'Ihr Ticket',
    date: 'Datum',
    venue: 'Ort',
    attendee: 'Teilnehmer/in',
    organization: 'Organisation',
    status: 'Status',
    'status.confirmed': 'bestätigt',
    'status.waitlisted': 'Warteliste',
    'status.cancelled': 'storniert',
    'status.pending': 'zur Prüfung',
    'status.rejected': 'abgelehnt',
    cancelledInfo: 'Diese Anmeldung wurde storniert. Das Ticket ist nicht mehr gültig.',
    waitlistInfo: 'Sie stehen auf der Warteliste. Dieses Ticket berechtigt noch nicht zum Einlass.',
    qrLabel: 'QR-Code für Ticket {code}',
    code: 'Ticket-Code',
    howTo:
      'Zeigen Sie diesen QR-Code beim Einlass vor – ausgedruckt oder auf dem Smartphone. Kann der Code nicht gescannt werden, nennen Sie den Ticket-Code.',
    keepPrivate: 'Bitte geben Sie den Link zu dieser Seite nicht weiter: Er enthält Ihr persönliches Ticket.',
    toEvent: 'Zur Veranstaltung',
  },
  errors: {
    notFoundTitle: 'Seite nicht gefunden',
    notFoundText: 'Die aufgerufene Seite gibt es nicht oder nicht mehr. Vielleicht hat sich die Adresse geändert.',
    home: 'Zur Startseite',
  },
};

/** The shape every dictionary has; English must provide every key. */
export type Dictionary = typeof de;
