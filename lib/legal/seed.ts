import type { PrismaClient } from '@/lib/generated/prisma/client';
import { LEGAL_PLACEHOLDER_MARKER, type LegalKind } from './kinds';

// Seed content, not UI text: what the operator replaces in the settings before going live. Every text carries the
// marker, so isLegalConfigured() stays false until all three were rewritten.
const DE = `${LEGAL_PLACEHOLDER_MARKER} – bitte vor Veröffentlichung ersetzen]`;
const EN = `${LEGAL_PLACEHOLDER_MARKER} – please replace before publishing]`;

export const LEGAL_PLACEHOLDERS: Record<LegalKind, { textDe: string; textEn: string; feedbackEmail?: string }> = {
  imprint: {
    textDe: `**${DE}**

## Angaben gemäß § 5 DDG

Cluster IT Mitteldeutschland e.V.
Musterstraße 1
01234 Musterstadt

**Vertreten durch den Vorstand:** Vorname Nachname

**Registereintrag:** Vereinsregister, Amtsgericht Musterstadt, VR 00000

## Kontakt

E-Mail: info@example.org
Telefon: +49 000 000000

## Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV

Vorname Nachname, Anschrift wie oben`,
    textEn: `**${EN}**

## Legal notice (§ 5 DDG)

Cluster IT Mitteldeutschland e.V.
Musterstraße 1
01234 Musterstadt, Germany

**Represented by the board:** First name Last name

**Register:** register of associations, Amtsgericht Musterstadt, VR 00000

## Contact

E-mail: info@example.org`,
  },
  privacy: {
    textDe: `**${DE}**

## Verantwortliche Stelle

Cluster IT Mitteldeutschland e.V., Musterstraße 1, 01234 Musterstadt, info@example.org

## Anmeldung zu Veranstaltungen

Wir verarbeiten die Angaben aus dem Anmeldeformular, um Ihre Teilnahme zu organisieren (Art. 6 Abs. 1 lit. b DSGVO). Die Daten werden nach der Veranstaltung und der angegebenen Aufbewahrungsfrist anonymisiert.

## Teilnahmebescheinigungen

Wenn Sie an einer Veranstaltung teilgenommen haben, stellen wir Ihnen eine Teilnahmebescheinigung aus (Art. 6 Abs. 1 lit. b DSGVO). Damit Dritte, etwa Ihre Personalabteilung, die Echtheit prüfen können, zeigt die Prüfseite der Bescheinigung (Adresse und QR-Code auf dem Dokument) Ihren Namen, die Veranstaltung, das Datum und den Umfang der Teilnahme; wer die Nummer der Bescheinigung nicht kennt, findet die Seite nicht. Mit der Anonymisierung Ihrer Anmeldung wird auch Ihr Name aus der Bescheinigung gelöscht; die Prüfseite sagt dann nur noch, dass die Bescheinigung ausgestellt und nach den Aufbewahrungsregeln anonymisiert wurde.

## Cookies

Diese Website verwendet nur technisch notwendige Cookies: die Wahl der Sprache und, für Veranstalterinnen und Veranstalter, die Anmeldesitzung. Es gibt keine Analyse- oder Werbe-Cookies und keine Inhalte von Drittanbietern; deshalb fragen wir nicht mit einem Cookie-Banner nach einer Einwilligung.

## Ihre Rechte

Sie haben das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung der Verarbeitung, Datenübertragbarkeit und Widerspruch sowie auf Beschwerde bei einer Aufsichtsbehörde.`,
    textEn: `**${EN}**

## Controller

Cluster IT Mitteldeutschland e.V., Musterstraße 1, 01234 Musterstadt, Germany, info@example.org

## Registering for events

We process the details from the registration form to organise your attendance (Art. 6(1)(b) GDPR). They are anonymised after the event and the stated retention period.

## Certificates of attendance

If you attended an event, we issue you a certificate of attendance (Art. 6(1)(b) GDPR). So that third parties, such as your HR department, can check that it is genuine, the certificate's verification page (address and QR code on the document) shows your name, the event, the date and the extent of your attendance; it cannot be found without the certificate's number. When your registration is anonymised, your name is deleted from the certificate too; the verification page then only says that the certificate was issued and has been anonymised under the retention rules.

## Cookies

This website only uses strictly necessary cookies: your choice of language and, for organizers, the sign-in session. There are no analytics or advertising cookies and no third-party content, so there is no cookie banner asking for consent.

## Your rights

You have the right of access, rectification, erasure, restriction of processing, data portability and objection, and the right to lodge a complaint with a supervisory authority.`,
  },
  accessibility: {
    textDe: `**${DE}**

Der Cluster IT Mitteldeutschland e.V. ist bemüht, diese Website im Einklang mit der Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) barrierefrei zugänglich zu machen.

## Stand der Vereinbarkeit

Diese Website ist mit den Anforderungen der WCAG 2.1 auf Stufe AA weitgehend vereinbar. Die Prüfung erfolgte durch eine Selbstbewertung (Datum eintragen).

## Nicht barrierefreie Inhalte

Bitte tragen Sie hier bekannte Einschränkungen ein oder löschen Sie diesen Absatz.

## Durchsetzungsverfahren

Bitte die zuständige Schlichtungs- oder Durchsetzungsstelle Ihres Landes eintragen.`,
    textEn: `**${EN}**

Cluster IT Mitteldeutschland e.V. strives to make this website accessible in line with the German accessibility regulation (BITV 2.0).

## Compliance status

This website is largely compliant with WCAG 2.1 level AA. It was assessed by self-evaluation (enter the date).

## Non-accessible content

Please list known limitations here or delete this paragraph.

## Enforcement procedure

Please enter the conciliation or enforcement body of your federal state.`,
    feedbackEmail: 'barrierefreiheit@example.org',
  },
};

/** Creates the legal pages with their placeholders where none exist; texts an admin saved are never overwritten. */
export async function seedLegal(db: PrismaClient): Promise<void> {
  for (const [kind, data] of Object.entries(LEGAL_PLACEHOLDERS) as [
    LegalKind,
    (typeof LEGAL_PLACEHOLDERS)[LegalKind],
  ][])
    await db.legalPage.upsert({ where: { kind }, create: { kind, ...data }, update: {}, select: { kind: true } });
}
