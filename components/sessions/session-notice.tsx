'use client';

import { createContext, type ReactNode, useContext, useState } from 'react';

export interface Notice {
  kind: 'success' | 'error';
  text: string;
}

const NoticeContext = createContext<(notice: Notice) => void>(() => undefined);

/**
 * The session page's one live region: a move or removal takes the person off the list it was started from, so the
 * outcome is announced here, above the lists, where it survives the refresh.
 */
export function SessionNoticeProvider({ children }: { children: ReactNode }) {
  const [notice, setNotice] = useState<Notice | null>(null);
  return (
    <NoticeContext.Provider value={setNotice}>
      <div aria-live="polite">
        {notice && <p className={`alert alert-${notice.kind === 'success' ? 'success' : 'error'}`}>{notice.text}</p>}
      </div>
      {children}
    </NoticeContext.Provider>
  );
}

export const useNotice = () => useContext(NoticeContext);
