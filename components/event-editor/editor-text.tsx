'use client';

import { createContext, type ReactNode, useContext } from 'react';
import type { Dictionary } from '@/lib/i18n/dictionaries';

export type EditorText = Dictionary['editor'];

const EditorTextContext = createContext<EditorText | null>(null);

/** Hands the editor's texts (in the visitor's language) to the client components below it. */
export function EditorTextProvider({ text, children }: { text: EditorText; children: ReactNode }) {
  return <EditorTextContext.Provider value={text}>{children}</EditorTextContext.Provider>;
}

/** The editor's texts; only inside EditorTextProvider (the editor layout and the new-event page). */
export function useEditorText(): EditorText {
  const text = useContext(EditorTextContext);
  if (!text) throw new Error('useEditorText outside EditorTextProvider');
  return text;
}
