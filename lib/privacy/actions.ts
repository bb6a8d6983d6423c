'use server';

import { z } from 'zod';
import { defineAction } from '@/lib/server/edge/action';
import { privacyErasureSchema } from './schema';
import { anonymisePerson, deletePerson } from './service';

/** Art. 17: an admin anonymises or deletes every registration of one address, after typing it twice. */
export const erasePersonAction = defineAction({
  access: 'admin',
  input: z.tuple([privacyErasureSchema]),
  run: async ([{ email, mode }], { user }) => {
    const registrations =
      mode === 'anonymise' ? await anonymisePerson(user.email, email) : await deletePerson(user.email, email);
    return { mode, registrations };
  },
});
