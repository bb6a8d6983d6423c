// Generates the favicon, the app icons and the check-in PWA icons from two SVG sources, so they can be redrawn in
// one place: `npm run icons`. The outputs are committed; the app does not run this.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';

const root = path.resolve(import.meta.dirname, '..');
const at = (...parts: string[]) => path.join(root, ...parts);

const png = (svg: Buffer, size: number) => sharp(svg, { density: 300 }).resize(size, size).png().toBuffer();

// Opaque squares: the platform cuts its own shape. Maskable icons keep the mark within the 80 % safe zone (scale
// 0.7); Apple's touch icon fills the square (scale 1), its corners in the background colour.
function square(svg: Buffer, background: string, scale: number): Buffer {
  const inner = svg
    .toString()
    .replace(/^[\s\S]*?<svg[^>]*>/, '')
    .replace(/<\/svg>\s*$/, '');
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><rect width="512" height="512" fill="${background}"/>` +
      `<g transform="translate(${256 * (1 - scale)} ${256 * (1 - scale)}) scale(${scale})">${inner}</g></svg>`,
  );
}

// An ICO file that embeds PNG images (supported by every browser since Windows Vista's format change).
function ico(images: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, data }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.data)]);
}

async function main() {
  const mark = await readFile(at('scripts/icons/mark.svg'));
  const checkin = await readFile(at('public/checkin-icon.svg'));

  await writeFile(at('app/icon.svg'), mark);
  await writeFile(at('app/apple-icon.png'), await png(square(mark, '#0b5394', 1), 180));
  await writeFile(
    at('app/favicon.ico'),
    ico(await Promise.all([16, 32, 48].map(async (size) => ({ size, data: await png(mark, size) })))),
  );
  await writeFile(at('public/checkin-icon-192.png'), await png(checkin, 192));
  await writeFile(at('public/checkin-icon-512.png'), await png(checkin, 512));
  await writeFile(at('public/checkin-icon-maskable-512.png'), await png(square(checkin, '#11632b', 0.7), 512));
}

await main();
