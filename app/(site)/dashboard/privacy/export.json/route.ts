import { inputError } from '@/lib/errors';
import { privacyLookupSchema } from '@/lib/privacy/schema';
import { collectPersonalData } from '@/lib/privacy/service';
import { downloadHeaders } from '@/lib/server/download';
import { defineRoute } from '@/lib/server/edge/route';

export const dynamic = 'force-dynamic';

/** Art. 15 DSGVO: everything stored about one address, as a JSON download. A POST, so the address stays out of URLs and logs. */
export const POST = defineRoute({
  access: 'admin',
  run: async ({ request, user }) => {
    // A plain form post from the privacy page, not JSON.
    const form = await request.formData().catch(() => null);
    const parsed = privacyLookupSchema.safeParse({ email: form?.get('email') ?? '' });
    if (!parsed.success) throw inputError(parsed.error.issues);
    const data = await collectPersonalData(user.email, parsed.data.email);
    const filename = `auskunft-${new Date().toISOString().slice(0, 10)}.json`;
    return new Response(JSON.stringify(data, null, 2), {
      headers: downloadHeaders(filename, 'application/json; charset=utf-8'),
    });
  },
});
