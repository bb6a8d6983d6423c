'use client';
import { useEffect, useState } from 'react';

/** Registers the check-in service worker and has it cache this page and its assets; true once that is done. */
export function useOfflineShell(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    const onMessage = (e: MessageEvent) => {
      if (e.data?.type === 'cached') setReady(true);
    };
    navigator.serviceWorker.addEventListener('message', onMessage);
    void (async () => {
      try {
        await navigator.serviceWorker.register('/sw.js', { scope: '/checkin/' });
        const registration = await navigator.serviceWorker.ready;
        // The worker starts after the first load, so it is told which files this page used.
        const urls = [location.pathname, ...performance.getEntriesByType('resource').map((r) => r.name)].filter((u) => {
          const url = new URL(u, location.href);
          return url.origin === location.origin && !url.pathname.startsWith('/api/');
        });
        registration.active?.postMessage({ type: 'cache', urls });
      } catch {
        // Without a service worker the page still works online.
      }
    })();
    return () => navigator.serviceWorker.removeEventListener('message', onMessage);
  }, []);
  return ready;
}
