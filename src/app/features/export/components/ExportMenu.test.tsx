import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { makeEvent, makeReported } from '../testing/events';
import { ExportMenu } from './ExportMenu';

const render = (count: number) =>
  renderToStaticMarkup(<ExportMenu events={[makeEvent(), makeReported()].slice(0, count)} generatedAt="2024-12-19" />);

describe('<ExportMenu events generatedAt>', () => {
  it('renders three labelled, enabled buttons in a group named by the event count', () => {
    const html = render(2);
    const buttons = [...html.matchAll(/<button([^>]*)>([^<]*)<\/button>/g)];
    expect(buttons.map((b) => b[2])).toEqual(['Download CSV', 'Download iCalendar', 'Download TimelineJS']);
    for (const [, attributes] of buttons) {
      expect(attributes).toContain('type="button" class="btn"');
      expect(attributes).not.toContain(' disabled=');
    }
    const labelledBy = /role="group" aria-labelledby="([^"]+)"/.exec(html)?.[1];
    expect(html).toContain(`id="${labelledBy}" class="text-sm text-muted">Export 2 events</span>`);
  });

  it('says "1 event" for one', () => {
    expect(render(1)).toContain('>Export 1 event<');
  });

  it('disables the buttons and says so when no event is shown', () => {
    const html = render(0);
    expect(html).toContain('>No events to export<');
    expect(html.match(/<button[^>]* disabled=""/g)).toHaveLength(3);
  });
});
