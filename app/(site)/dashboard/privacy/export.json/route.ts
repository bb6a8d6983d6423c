import { NextResponse } from 'next/server';
import { requireApiRole } from '@/lib/auth/guards';
import { isAppError } from '@/lib/errors';
import { privacyLookupSchema } from '@/lib/privacy/schema';
import { collectPersonalData } from '@/lib/privacy/service';

export const dynamic = 'force-dynamic';

/** Art. 15 DSGVO: everything stored about one address, as a JSON download. A POST, so the address stays out of URLs and logs. */
export async function POST(request: Request) {
  try {
    const admin = await requireApiRole('admin');
    const form = await request.formData().catch(() => null);
    const parsed = privacyLookupSchema.safeParse({ email: form?.get('email') ?? '' });
    if (!parsed.success)
      return NextResponse.json({ error: parsed.error.issues[0]?.message ?? 'Ungültige Anfrage.' }, { status: 400 });
    const data = await collectPersonalData(admin.email, parsed.data.email);
    const filename = `auskunft-${new Date().toISOString().slice(0, 10)}.json`;
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Disposition': `attachment; filename="${filename}"`,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch (error) {
    if (isAppError(error)) return NextResponse.json({ error: error.message }, { status: error.status });
    throw error;
  }
}
