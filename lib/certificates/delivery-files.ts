// File names of certificate PDFs: mail attachments, downloads and ZIP entries all use plain ASCII, so every
// mail client, archive tool and file system keeps them as they are.

const TRANSLITERATION: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss' };

/** "Prof. Dr. Anna Großmann" → "Prof-Dr-Anna-Grossmann"; umlauts transliterated, other accents dropped. */
export function asciiFilePart(text: string): string {
  return text
    .replace(/[äöüÄÖÜß]/g, (c) => TRANSLITERATION[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

/** "Teilnahmebescheinigung-Anna-Grossmann.pdf"; without a usable name the base alone. */
export function namedCertificateFileName(base: string, holderName: string): string {
  const name = asciiFilePart(holderName);
  return `${base}${name ? `-${name}` : ''}.pdf`;
}

/** Hands out file names, numbering repeats ("…-Anna-Meier-2.pdf"), so no ZIP entry overwrites another. */
export function uniqueFileNames(): (fileName: string) => string {
  const seen = new Set<string>();
  return (fileName) => {
    const stem = fileName.replace(/\.pdf$/, '');
    let candidate = fileName;
    for (let n = 2; seen.has(candidate.toLowerCase()); n++) candidate = `${stem}-${n}.pdf`;
    seen.add(candidate.toLowerCase());
    return candidate;
  };
}

/** A refused download as readable text: the link is opened in a browser tab, where JSON would puzzle people. */
export function refusedDownload(status: 404 | 409, text: string): Response {
  return new Response(text, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}
