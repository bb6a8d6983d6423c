import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { MailTextEditor, type MailTextKey } from '@/components/mail-texts/mail-text-editor';
import { requireOrganizer } from '@/lib/auth/guards';
import { getEditableEvent } from '@/lib/events/editor-queries';
import { formatDate } from '@/lib/format';
import { LOCALES, type Locale } from '@/lib/i18n/config';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { getI18n } from '@/lib/i18n/server';
import { appUrl } from '@/lib/mail/compose/shared';
import { sampleRecipient } from '@/lib/mail/sample-data';
import { salutationLine } from '@/lib/mail/salutation';
import type { PlaceholderValues } from '@/lib/mail-texts/placeholders';
import { getMailTexts } from '@/lib/mail-texts/queries';
import { MAIL_TEXT_KINDS, type MailTextKind } from '@/lib/mail-texts/schema';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.mail.editor.heading };
}

type Text = { subject: string; body: string };

/** The dictionaries' wording of each mail, which an empty override keeps. */
function defaultText(kind: MailTextKind, lang: Locale): Text {
  const m = getDictionary(lang).mail;
  if (kind === 'reminder') return { subject: m.reminder.subject, body: m.reminder.intro };
  if (kind === 'event_invitation' || kind === 'event_invitation_reminder') {
    const i = getDictionary(lang).invitations.mail;
    const which = kind === 'event_invitation' ? 'invitation' : 'reminder';
    return { subject: i.subject[which], body: i.intro[which] };
  }
  if (kind === 'cancellation') return { subject: m.cancellation.subject.attendee, body: m.cancellation.intro.attendee };
  return { subject: m.registration.subject[kind], body: m.registration.intro[kind] };
}

export default async function EditMailTextsPage({ params }: { params: Promise<{ slug: string }> }) {
  await requireOrganizer();
  const event = await getEditableEvent((await params).slug);
  if (!event) notFound();
  const [{ t }, stored] = await Promise.all([getI18n(), getMailTexts(event.id)]);
  const keys = MAIL_TEXT_KINDS.flatMap((kind) => LOCALES.map((lang) => [kind, lang] as const));
  const saved = Object.fromEntries(
    keys.map(([kind, lang]) => {
      const row = stored.find((s) => s.kind === kind && s.locale === lang);
      return [`${kind}.${lang}`, { subject: row?.subject ?? '', body: row?.body ?? '' }];
    }),
  ) as Record<MailTextKey, Text>;
  const defaults = Object.fromEntries(
    keys.map(([kind, lang]) => [`${kind}.${lang}`, defaultText(kind, lang)]),
  ) as Record<MailTextKey, Text>;
  const samples = Object.fromEntries(
    LOCALES.map((lang) => {
      const person = sampleRecipient(lang);
      const values = {
        firstName: person.firstName,
        lastName: person.lastName,
        event: event.title,
        date: formatDate(event.startsAt, lang),
        venue: event.venueName ?? '',
        link: appUrl('/manage/beispiel'),
      };
      return [lang, { values, salutation: salutationLine(lang, person) }];
    }),
  ) as Record<Locale, { values: PlaceholderValues; salutation: string }>;
  return (
    <section aria-labelledby="mail-texts-heading" className="stack">
      <h2 id="mail-texts-heading">{t.mail.editor.heading}</h2>
      <p>{t.mail.editor.intro}</p>
      <MailTextEditor eventId={event.id} t={t.mail.editor} saved={saved} defaults={defaults} samples={samples} />
    </section>
  );
}
