// Text with highlighted spans, built as React text nodes inside <mark> elements (never HTML), so hostile article
// text stays text.
import { Fragment, useMemo } from 'react';
import { segment, type Mark } from '../lib/segments';

export function Highlighted({ text, marks, offset = 0 }: { text: string; marks: readonly Mark[]; offset?: number }) {
  const parts = useMemo(() => segment(text, marks, offset), [text, marks, offset]);
  return (
    <>
      {parts.map((p) =>
        p.marks.length === 0 ? (
          <Fragment key={p.start}>{p.text}</Fragment>
        ) : (
          <mark
            key={p.start}
            data-start={p.start}
            className={p.marks.map((m) => `hl hl-${m.kind}`).join(' ')}
            title={p.marks.map((m) => m.label).filter(Boolean).join(' · ') || undefined}
          >
            {p.text}
          </mark>
        ),
      )}
    </>
  );
}
