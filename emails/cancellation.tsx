import { Heading, Text } from '@react-email/components';
import { fill, type Locale } from '@/lib/i18n/config';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { MailLayout } from './layout';
import type { Segment } from '@/lib/mail-texts/placeholders';
import { CustomBody, EventDetails, h1Style, EventPageLink } from './parts';
import { previewSample } from './preview-sample';

export interface CancellationProps {
  lang: Locale;
  cancelledBy: 'attendee' | 'organizer';
  /** What became of the place (ticket invalid, seat passed on or freed, waiting list left). */
  outcome: string;
  /** The salutation line (lib/mail/salutation.ts). */
  greeting: string;
  eventTitle: string;
  when: string;
  venue: string[];
  eventUrl: string;
  /** The organizer's wording in place of the default introduction; the outcome sentence stays automatic. */
  customBody?: Segment[][][] | null;
}

/** Confirms a cancellation, by the attendee or (said politely) by the organizers. */
export default function Cancellation(props: CancellationProps) {
  const t = getDictionary(props.lang).mail.cancellation;
  return (
    <MailLayout lang={props.lang} preview={`${t.heading}: ${props.eventTitle}`}>
      <Heading as="h1" style={h1Style}>
        {t.heading}
      </Heading>
      <Text>{props.greeting}</Text>
      {props.customBody ? (
        <>
          <CustomBody paragraphs={props.customBody} />
          <Text>{props.outcome}</Text>
        </>
      ) : (
        <Text>
          {fill(t.intro[props.cancelledBy], { event: props.eventTitle })} {props.outcome}
        </Text>
      )}
      <EventDetails lang={props.lang} heading={t.details} when={props.when} venue={props.venue} />
      <Text>{t.again}</Text>
      <EventPageLink url={props.eventUrl} text={t.event} />
    </MailLayout>
  );
}

Cancellation.PreviewProps = {
  ...previewSample,
  lang: 'de',
  cancelledBy: 'attendee',
  outcome: 'Ihr Ticket ist damit ungültig. Ihr Platz ist wieder frei – danke, dass Sie Bescheid gegeben haben.',
} satisfies CancellationProps;
