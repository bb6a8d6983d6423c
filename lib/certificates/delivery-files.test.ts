import { describe, expect, it } from 'vitest';
import { asciiFilePart, namedCertificateFileName, uniqueFileNames } from './delivery-files';

describe('certificate file names', () => {
  it('transliterates umlauts and drops what is not plain ASCII', () => {
    expect(asciiFilePart('Prof. Dr. Anna Großmann-Öztürk')).toBe('Prof-Dr-Anna-Grossmann-Oeztuerk');
    expect(asciiFilePart('José Müller / "x"')).toBe('Jose-Mueller-x');
    expect(namedCertificateFileName('Teilnahmebescheinigung', '')).toBe('Teilnahmebescheinigung.pdf');
  });

  it('numbers repeated names so no ZIP entry overwrites another', () => {
    const unique = uniqueFileNames();
    expect(['A.pdf', 'a.pdf', 'A.pdf', 'B.pdf'].map(unique)).toEqual(['A.pdf', 'a-2.pdf', 'A-3.pdf', 'B.pdf']);
  });
});
