import 'server-only';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { getEventRefBySlug } from '@/lib/events/queries';
import { IMPORT_MAX_BYTES } from './import-file';
import { confirmImport, previewImport } from './import-service';

// Multipart framing and the other fields on top of the file itself.
const MULTIPART_OVERHEAD = 64 * 1024;

const fieldsSchema = z.object({
  step: z.enum(['preview', 'confirm']),
  fileHash: z
    .string()
    .regex(/^([0-9a-f]{64})?$/)
    .prefault(''),
});

const tooLarge = () => new AppError('PAYLOAD_TOO_LARGE', 'importTooLarge', { mb: IMPORT_MAX_BYTES / 1024 / 1024 });

// Reads at most the limit, whatever Content-Length claims, so an oversized upload is refused without buffering it.
async function readBody(request: Request): Promise<Buffer> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > IMPORT_MAX_BYTES + MULTIPART_OVERHEAD) throw tooLarge();
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > IMPORT_MAX_BYTES + MULTIPART_OVERHEAD) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/**
 * The two steps of an import, each an upload of the same file: `preview` reads and checks it and stores nothing;
 * `confirm` (with the preview's fileHash) reads it again and stores its good rows (see import-service.ts).
 */
export async function handleImportUpload(request: Request, slug: string, actor: string) {
  const event = await getEventRefBySlug(slug);
  if (!event) throw new AppError('NOT_FOUND', 'eventNotFound');
  const body = await readBody(request);
  const form = await new Response(new Blob([new Uint8Array(body)]), {
    headers: { 'content-type': request.headers.get('content-type') ?? '' },
  })
    .formData()
    .catch(() => {
      throw new AppError('INVALID_INPUT', 'importNoFile');
    });
  const fields = fieldsSchema.safeParse({
    step: form.get('step'),
    fileHash: form.get('fileHash') ?? undefined,
  });
  const file = form.get('file');
  if (!fields.success || !(file instanceof File) || file.size === 0)
    throw new AppError('INVALID_INPUT', 'importNoFile');
  if (file.size > IMPORT_MAX_BYTES) throw tooLarge();
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (fields.data.step === 'preview') return previewImport(event.id, bytes);
  const result = await confirmImport(event.id, bytes, fields.data.fileHash, actor);
  revalidatePath(`/dashboard/events/${slug}/invitations`);
  return result;
}
