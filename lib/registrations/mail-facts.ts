import type { Locale } from '@/lib/i18n/config';

export { eventFor as mailEventFor, eventSelect as mailEventSelect } from '@/lib/mail/outbox-registration';

/** A stored locale as a mail language: English where chosen, German otherwise. */
export const mailLocale = (locale: string): Locale => (locale === 'en' ? 'en' : 'de');
