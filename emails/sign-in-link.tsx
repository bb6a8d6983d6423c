import { Button, Heading, Text } from '@react-email/components';
import { MailLayout } from './layout';

export interface SignInLinkProps {
  url: string;
  validMinutes: number;
}

/** The magic-link sign-in mail for organizers. */
export default function SignInLink({ url, validMinutes }: SignInLinkProps) {
  return (
    <MailLayout lang="de" preview="Ihr Anmeldelink für das Tagungsbüro">
      <Heading as="h1" style={{ fontSize: '22px' }}>
        Anmelden im Tagungsbüro
      </Heading>
      <Text>
        Mit diesem Link melden Sie sich im Veranstalterbereich an. Er ist {validMinutes} Minuten gültig und kann nur
        einmal verwendet werden.
      </Text>
      <Button
        href={url}
        style={{ backgroundColor: '#0b5394', color: '#ffffff', padding: '12px 20px', borderRadius: '4px' }}
      >
        Jetzt anmelden
      </Button>
      <Text style={{ fontSize: '13px', color: '#555555' }}>
        Falls der Knopf nicht funktioniert, kopieren Sie diese Adresse in Ihren Browser:
        <br />
        {url}
      </Text>
      <Text style={{ fontSize: '13px', color: '#555555' }}>
        Sie haben diese Anmeldung nicht angefordert? Dann können Sie diese E-Mail ignorieren.
      </Text>
    </MailLayout>
  );
}

SignInLink.PreviewProps = {
  url: 'http://localhost:3000/api/auth/callback/email?token=example',
  validMinutes: 15,
} satisfies SignInLinkProps;
