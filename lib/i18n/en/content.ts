import type { Dictionary } from '../de';

export const content: Dictionary['content'] = {
  fallbackNote: 'Some content is only available in German.',
};
