'use client';

const STORAGE_KEY = 'tagungsbuero-checkin-device';

/** This browser's stable device id ("geraet-…"), created on first use; names the device in "eingecheckt an Gerät X". */
export function deviceId(): string {
  let id = localStorage.getItem(STORAGE_KEY);
  if (!id || !/^[A-Za-z0-9_-]{8,100}$/.test(id)) {
    id = `geraet-${crypto.randomUUID().replace(/-/g, '').slice(0, 12)}`;
    localStorage.setItem(STORAGE_KEY, id);
  }
  return id;
}
