'use client';

import { setPublishedAction } from '@/lib/events/editor-actions';
import { ActionButton } from './action-button';

/** Publishes or unpublishes the event; unpublishing asks first, because the public page disappears at once. */
export function PublishToggle({ eventId, title, published }: { eventId: string; title: string; published: boolean }) {
  return published ? (
    <ActionButton
      label="Veröffentlichung zurücknehmen"
      itemName={title}
      action={() => setPublishedAction(eventId, false)}
      confirmText="Die öffentliche Seite und die Anmeldung verschwinden sofort. Fortfahren?"
    />
  ) : (
    <ActionButton
      label="Veröffentlichen"
      itemName={title}
      secondary={false}
      action={() => setPublishedAction(eventId, true)}
    />
  );
}
