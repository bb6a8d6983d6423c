import { Button, Heading, Text } from '@react-email/components';
import { MailLayout } from './layout';

export interface UserInvitationProps {
  /** The sign-in page; the magic link itself is requested there, since an invitation may wait for days. */
  signInUrl: string;
  roleLabel: string;
  invitedBy: string;
}

/** An admin invited this address to the organizers' dashboard. */
export default function UserInvitation({ signInUrl, roleLabel, invitedBy }: UserInvitationProps) {
  return (
    <MailLayout lang="de" preview="Einladung in das Tagungsbüro">
      <Heading as="h1" style={{ fontSize: '22px' }}>
        Einladung in das Tagungsbüro
      </Heading>
      <Text>
        {invitedBy} hat Sie in den Veranstalterbereich des Tagungsbüros eingeladen, mit der Rolle „{roleLabel}“.
      </Text>
      <Text>
        Sie melden sich ohne Passwort an: Geben Sie auf der Anmeldeseite diese E-Mail-Adresse ein, und Sie erhalten
        einen Anmeldelink.
      </Text>
      <Button
        href={signInUrl}
        style={{ backgroundColor: '#0b5394', color: '#ffffff', padding: '12px 20px', borderRadius: '4px' }}
      >
        Zur Anmeldung
      </Button>
      <Text style={{ fontSize: '13px', color: '#555555' }}>
        Falls der Knopf nicht funktioniert, kopieren Sie diese Adresse in Ihren Browser:
        <br />
        {signInUrl}
      </Text>
    </MailLayout>
  );
}

UserInvitation.PreviewProps = {
  signInUrl: 'http://localhost:3000/signin',
  roleLabel: 'Organisation',
  invitedBy: 'admin@example.org',
} satisfies UserInvitationProps;
