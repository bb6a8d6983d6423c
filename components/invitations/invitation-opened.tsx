'use client';

import { useEffect } from 'react';
import { markInvitationOpenedAction } from '@/lib/invitations/actions';

/**
 * Reports the first display of the invitation page. It runs in the browser after the page is shown, so a HEAD
 * request, a router prefetch or a mail scanner that fetches the link without running scripts does not count.
 */
export function InvitationOpened({ token }: { token: string }) {
  useEffect(() => {
    void markInvitationOpenedAction(token).catch(() => undefined);
  }, [token]);
  return null;
}
