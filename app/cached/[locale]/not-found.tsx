import { locale as localeParam } from 'next/root-params';
import { NotFoundContent } from '@/components/ui/not-found-content';
import { toLocale } from '@/lib/i18n/config';
import { getDictionary } from '@/lib/i18n/dictionaries';

// An unknown or unpublished event: the language comes from the URL segment, like the rest of the cached pages.
export default async function NotFound() {
  return <NotFoundContent t={getDictionary(toLocale(await localeParam()))} />;
}
