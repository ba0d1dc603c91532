// The full article in a modal reader, with every temporal expression and actor mention highlighted (as text nodes,
// never HTML) and the selected event's sentence marked and scrolled into view.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { BundledDocument } from '../../../../pipeline/types';
import { Highlighted } from '../../../components/Highlighted';
import { PublicationContext } from '../../../components/PublicationContext';
import type { Mark } from '../../../lib/segments';

export interface ReaderProps {
  doc: BundledDocument;
  /** The selected event's sentence in this document, if any. */
  focus: { start: number; end: number } | null;
  onClose(): void;
}

function marks(doc: BundledDocument, focus: ReaderProps['focus']): Mark[] {
  const out: Mark[] = [
    ...doc.timexes.map((t) => ({ start: t.start, end: t.end, kind: 'timex', label: `${t.type} ${t.value}: ${t.resolution.reason}` })),
    ...doc.mentions.map((m) => ({ start: m.start, end: m.end, kind: m.kind, label: [m.name, m.role, m.country].filter(Boolean).join(', ') })),
  ];
  if (focus) out.push({ ...focus, kind: 'sentence', label: 'the selected event' });
  return out;
}

export function Reader({ doc, focus, onClose }: ReaderProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const all = useMemo(() => marks(doc, focus), [doc, focus]);

  useEffect(() => {
    const el = dialog.current!;
    if (!el.open) el.showModal();
    el.querySelector('.hl-sentence')?.scrollIntoView({ block: 'center' });
  }, [doc, focus]);

  // Closing returns focus to what opened the reader (the dialog leaves the DOM rather than being closed). Read while
  // rendering, before the dialog takes focus.
  const [opener] = useState(() => document.activeElement);
  useEffect(() => {
    return () => {
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, [opener]);

  return (
    <dialog
      ref={dialog}
      aria-labelledby="reader-title"
      className="reader"
      data-testid="reader"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <header className="flex items-start gap-2 border-b border-line p-3">
        <div className="flex-1 space-y-1">
          <h2 id="reader-title" className="text-lg font-semibold">{doc.title}</h2>
          <PublicationContext context={doc.dct} />
          <ul aria-label="Highlight legend" className="flex flex-wrap gap-2 text-xs">
            <li><mark className="hl hl-timex">date or time</mark></li>
            <li><mark className="hl hl-person">person</mark></li>
            <li><mark className="hl hl-country">country</mark></li>
            {focus && <li><mark className="hl hl-sentence">selected event</mark></li>}
          </ul>
        </div>
        <button type="button" className="btn" onClick={onClose} autoFocus>Close reader</button>
      </header>
      <div className="reader-text overflow-y-auto whitespace-pre-wrap p-3 leading-relaxed" data-testid="reader-text" tabIndex={0} aria-label="Article text">
        <Highlighted text={doc.text} marks={all} />
      </div>
    </dialog>
  );
}
