import { describe, expect, it } from 'vitest';
import { localizedTitle, localizeEvent } from './localize';

const event = {
  id: 'e1',
  title: 'Konferenz',
  titleEn: 'Conference',
  motto: 'Gemeinsam digital',
  mottoEn: '',
  description: 'Beschreibung',
  descriptionEn: null,
  themes: ['Souveränität'],
  themesEn: ['Sovereignty'],
  venueDirections: null,
  venueDirectionsEn: null,
  photoNotice: 'Es wird fotografiert.',
  photoNoticeEn: 'Photos will be taken.',
  sessions: [
    {
      id: 's1',
      title: 'Eröffnung',
      titleEn: 'Opening',
      description: 'Grußworte',
      descriptionEn: null,
      speakers: [{ name: 'N.N.', role: 'Moderation', roleEn: 'Host' }],
    },
  ],
  hosts: [{ name: 'Cluster', role: 'Veranstalter', roleEn: null }],
};

describe('localizeEvent', () => {
  it('returns German as it is on German pages, with no lang and no fallbacks', () => {
    const de = localizeEvent(event, 'de');
    expect(de.title).toEqual({ value: 'Konferenz', lang: undefined });
    expect(de.motto.value).toBe('Gemeinsam digital');
    expect(de.sessions[0]?.title.value).toBe('Eröffnung');
    expect(de.fallbacks).toEqual([]);
  });

  it('returns English where given and German field by field with lang="de" where not', () => {
    const en = localizeEvent(event, 'en');
    expect(en.title).toEqual({ value: 'Conference', lang: undefined });
    expect(en.themes).toEqual({ value: ['Sovereignty'], lang: undefined });
    expect(en.motto).toEqual({ value: 'Gemeinsam digital', lang: 'de' });
    expect(en.description).toEqual({ value: 'Beschreibung', lang: 'de' });
    expect(en.sessions[0]?.title).toEqual({ value: 'Opening', lang: undefined });
    expect(en.sessions[0]?.description).toEqual({ value: 'Grußworte', lang: 'de' });
    expect(en.sessions[0]?.speakers[0]?.role.value).toBe('Host');
    expect(en.hosts[0]?.role).toEqual({ value: 'Veranstalter', lang: 'de' });
    expect(en.fallbacks).toEqual(['sessions.0.description', 'hosts.0.role', 'motto', 'description']);
  });

  it('does not count a field as fallen back when German is empty too', () => {
    const en = localizeEvent(event, 'en');
    expect(en.venueDirections).toEqual({ value: null, lang: undefined });
    expect(en.fallbacks).not.toContain('venueDirections');
  });

  it('keeps the other properties of sessions and hosts', () => {
    const en = localizeEvent(event, 'en');
    expect(en.sessions[0]?.id).toBe('s1');
    expect(en.hosts[0]?.name).toBe('Cluster');
  });

  it('reports no fallback for a fully translated event', () => {
    const full = { ...event, mottoEn: 'Digital together', descriptionEn: 'About', hosts: [], sessions: [] };
    expect(localizeEvent(full, 'en').fallbacks).toEqual([]);
  });
});

describe('localizedTitle', () => {
  it('picks English on English pages and German otherwise or when English is blank', () => {
    expect(localizedTitle(event, 'en')).toBe('Conference');
    expect(localizedTitle(event, 'de')).toBe('Konferenz');
    expect(localizedTitle({ title: 'Nur Deutsch', titleEn: '  ' }, 'en')).toBe('Nur Deutsch');
  });
});
