import { Button, Heading, Text } from '@react-email/components';
import { MailLayout } from './layout';

export interface NewsletterConfirmationProps {
  lang: 'de' | 'en';
  firstName: string;
  lastName: string;
  eventTitle: string;
  confirmUrl: string;
}

const TEXT = {
  de: {
    preview: 'Bitte bestätigen Sie Ihre Newsletter-Anmeldung',
    heading: 'Newsletter-Anmeldung bestätigen',
    greeting: (first: string, last: string) => `Guten Tag ${first} ${last},`,
    body: (event: string) =>
      `bei Ihrer Anmeldung zu „${event}“ haben Sie den Newsletter des Cluster IT Mitteldeutschland e.V. bestellt. Bitte bestätigen Sie dies über den folgenden Knopf. Erst dann tragen wir Sie ein.`,
    button: 'Newsletter-Anmeldung bestätigen',
    fallback: 'Falls der Knopf nicht funktioniert, kopieren Sie diese Adresse in Ihren Browser:',
    ignore:
      'Sie haben den Newsletter nicht bestellt? Dann ignorieren Sie diese E-Mail; ohne Bestätigung erhalten Sie nichts. Ihre Anmeldung zur Veranstaltung bleibt davon unberührt.',
  },
  en: {
    preview: 'Please confirm your newsletter subscription',
    heading: 'Confirm your newsletter subscription',
    greeting: (first: string, last: string) => `Dear ${first} ${last},`,
    body: (event: string) =>
      `when registering for “${event}” you asked for the newsletter of Cluster IT Mitteldeutschland e.V. Please confirm this with the button below. Only then will we add you.`,
    button: 'Confirm newsletter subscription',
    fallback: 'If the button does not work, copy this address into your browser:',
    ignore:
      'You did not ask for the newsletter? Then ignore this e-mail; without confirmation you will receive nothing. Your event registration is not affected.',
  },
} as const;

/** The double opt-in mail for the newsletter: one link to a page that confirms with a button (never on GET). */
export default function NewsletterConfirmation({
  lang,
  firstName,
  lastName,
  eventTitle,
  confirmUrl,
}: NewsletterConfirmationProps) {
  const t = TEXT[lang];
  return (
    <MailLayout lang={lang} preview={t.preview}>
      <Heading as="h1" style={{ fontSize: '22px' }}>
        {t.heading}
      </Heading>
      <Text>{t.greeting(firstName, lastName)}</Text>
      <Text>{t.body(eventTitle)}</Text>
      <Button
        href={confirmUrl}
        style={{ backgroundColor: '#0b5394', color: '#ffffff', padding: '12px 20px', borderRadius: '4px' }}
      >
        {t.button}
      </Button>
      <Text style={{ fontSize: '13px', color: '#555555' }}>
        {t.fallback}
        <br />
        {confirmUrl}
      </Text>
      <Text style={{ fontSize: '13px', color: '#555555' }}>{t.ignore}</Text>
    </MailLayout>
  );
}

/** The subject line; it names the event so the mail is recognisable next to the registration confirmation. */
export function newsletterSubject(lang: 'de' | 'en', eventTitle: string): string {
  return lang === 'en' ? `Please confirm: newsletter (${eventTitle})` : `Bitte bestätigen: Newsletter (${eventTitle})`;
}

NewsletterConfirmation.PreviewProps = {
  lang: 'de',
  firstName: 'Erika',
  lastName: 'Mustermann',
  eventTitle: 'Beispielveranstaltung',
  confirmUrl: 'http://localhost:3000/newsletter/example-token',
} satisfies NewsletterConfirmationProps;
