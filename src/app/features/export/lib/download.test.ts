import { afterEach, describe, expect, it, vi } from 'vitest';
import { download } from './download';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('download(filename, mime, content)', () => {
  it('clicks a temporary <a download> on an object URL of the content, then revokes the URL', async () => {
    vi.useFakeTimers();
    const link = { href: '', download: '', hidden: false, click: vi.fn(), remove: vi.fn() };
    const append = vi.fn();
    vi.stubGlobal('document', { createElement: vi.fn(() => link), body: { append } });
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (blobs.push(blob as Blob), 'blob:test/1'));
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});

    download('dateline-events.csv', 'text/csv;charset=utf-8', 'id,title\r\né,😀\r\n');

    expect(link).toMatchObject({ href: 'blob:test/1', download: 'dateline-events.csv', hidden: true });
    expect(append).toHaveBeenCalledWith(link);
    expect(link.click).toHaveBeenCalledOnce();
    expect(link.remove).toHaveBeenCalledOnce();
    expect(blobs[0]!.type).toBe('text/csv;charset=utf-8');
    expect(await blobs[0]!.text()).toBe('id,title\r\né,😀\r\n');
    expect(revoke).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(revoke).toHaveBeenCalledWith('blob:test/1');
  });
});
