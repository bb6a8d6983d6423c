import { Heading, Section, Text } from '@react-email/components';
import { Fragment } from 'react';
import type { Locale } from '@/lib/i18n/config';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { h2Style } from './parts';

/** The organizer's optional message with a decision: plain text, its line breaks kept, escaped by React. */
export function DecisionNote(props: { lang: Locale; note: string | null | undefined }) {
  if (!props.note) return null;
  return (
    <Section>
      <Heading as="h2" style={h2Style}>
        {getDictionary(props.lang).registrationMails.note}
      </Heading>
      <Text>
        {props.note.split('\n').map((line, i) => (
          <Fragment key={i}>
            {i > 0 ? <br /> : null}
            {line}
          </Fragment>
        ))}
      </Text>
    </Section>
  );
}
