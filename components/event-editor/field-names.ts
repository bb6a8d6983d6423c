import { fill } from '@/lib/i18n/config';
import type { EditorText } from './editor-text';

/** Names for the German and the English field of one content field, distinct for assistive technology. */
export function fieldNames(t: EditorText) {
  return {
    de: (label: string) => fill(t.common.germanField, { label }),
    en: (label: string) => fill(t.common.englishField, { label }),
  };
}
