import { readFile } from 'node:fs/promises';
import path from 'node:path';

// Satori (next/og) draws with these; local files from the npm package, nothing is fetched.
const FONT_DIR = path.join(process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf');

export async function shareImageFonts() {
  const [regular, bold] = await Promise.all([
    readFile(path.join(FONT_DIR, 'DejaVuSans.ttf')),
    readFile(path.join(FONT_DIR, 'DejaVuSans-Bold.ttf')),
  ]);
  return [
    { name: 'DejaVu Sans', data: regular, weight: 400 as const, style: 'normal' as const },
    { name: 'DejaVu Sans', data: bold, weight: 700 as const, style: 'normal' as const },
  ];
}

interface Props {
  title: string;
  when: string;
  where: string;
  orgName: string;
  /** Background; white text on it passes 4.5:1 (checked when it was saved). */
  colour: string;
}

/** The 1200×630 share picture; satori only knows flexbox and inline styles. */
export function ShareImage({ title, when, where, orgName, colour }: Props) {
  const titleSize = title.length > 70 ? 56 : title.length > 40 ? 68 : 80;
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '64px 72px',
        background: colour,
        color: '#ffffff',
        fontFamily: 'DejaVu Sans',
      }}
    >
      <div style={{ display: 'flex', fontSize: 32, fontWeight: 700, opacity: 0.92 }}>{orgName}</div>
      <div style={{ display: 'flex', fontSize: titleSize, fontWeight: 700, lineHeight: 1.15 }}>{title}</div>
      <div style={{ display: 'flex', flexDirection: 'column', gap: 12, fontSize: 36 }}>
        <div style={{ display: 'flex' }}>{when}</div>
        <div style={{ display: 'flex' }}>{where}</div>
      </div>
    </div>
  );
}
