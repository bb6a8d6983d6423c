import { Heading, Text } from '@react-email/components';
import { fill, type Locale } from '@/lib/i18n/config';
import { getDictionary } from '@/lib/i18n/dictionaries';
import type { Segment } from '@/lib/mail-texts/placeholders';
import { MailLayout } from './layout';
import { ActionLink, CustomBody, EventDetails, EventPageLink, h1Style, hintStyle } from './parts';
import { previewSample } from './preview-sample';

export interface EventInvitationProps {
  lang: Locale;
  /** The invitation, or the reminder to those who have not answered. */
  kind: 'invitation' | 'reminder';
  /** The salutation line (lib/mail/salutation.ts). */
  greeting: string;
  eventTitle: string;
  when: string;
  venue: string[];
  /** The personal link /invitations/<token>: register (e-mail fixed) or decline. */
  invitationUrl: string;
  eventUrl: string;
  /** The organizer's wording in place of the default introduction (lib/mail-texts). */
  customBody?: Segment[][][] | null;
}

/** A personal invitation to an event, or its reminder: the event, and one link to register or decline. */
export default function EventInvitation(props: EventInvitationProps) {
  const t = getDictionary(props.lang).invitations.mail;
  const heading = fill(t.heading[props.kind], { event: props.eventTitle });
  return (
    <MailLayout lang={props.lang} preview={heading}>
      <Heading as="h1" style={h1Style}>
        {heading}
      </Heading>
      <Text>{props.greeting}</Text>
      {props.customBody ? (
        <CustomBody paragraphs={props.customBody} />
      ) : (
        <Text>{fill(t.intro[props.kind], { event: props.eventTitle })}</Text>
      )}
      <EventDetails lang={props.lang} when={props.when} venue={props.venue} />
      <Text>{t.linkIntro}</Text>
      <ActionLink href={props.invitationUrl} label={t.button} fallback={t.fallback} />
      <Text style={hintStyle}>{t.personal}</Text>
      <EventPageLink url={props.eventUrl} text={t.event} />
    </MailLayout>
  );
}

EventInvitation.PreviewProps = {
  ...previewSample,
  lang: 'de',
  kind: 'invitation',
  invitationUrl: 'http://localhost:3000/invitations/abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ',
} satisfies EventInvitationProps;
