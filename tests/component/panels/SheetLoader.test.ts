import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import SheetLoader from '../../../src/view/panels/SheetLoader.svelte';
import { readSheetFile } from '../../../src/view/panels/readText.ts';
import { HOSTILE } from './fixtures.ts';

const MB = 1024 * 1024;

/** A File whose size is faked and whose reads are spied on. */
function fakeFile(name: string, size: number, content = 'x') {
  const file = new File([content], name, { type: 'text/plain' });
  Object.defineProperty(file, 'size', { get: () => size });
  const text = vi.fn(async () => content);
  const arrayBuffer = vi.fn(async () => new TextEncoder().encode(content).buffer);
  Object.assign(file, { text, arrayBuffer });
  return { file, text, arrayBuffer };
}

const fileInput = (c: HTMLElement) => c.querySelector<HTMLInputElement>('input[type="file"]')!;

describe('SheetLoader', () => {
  it('refuses a 21 MB file without reading it', async () => {
    const user = userEvent.setup();
    const onload = vi.fn();
    const onerror = vi.fn();
    const { container } = render(SheetLoader, { onload, onerror, lang: 'ja' });
    const { file, text, arrayBuffer } = fakeFile('big.txt', 21 * MB);
    await user.upload(fileInput(container), file);
    await waitFor(() => expect(onerror).toHaveBeenCalledTimes(1));
    expect(onerror.mock.calls[0]![0]).toMatch(/big\.txt.*21 MB.*20 MB/);
    expect(text).not.toHaveBeenCalled();
    expect(arrayBuffer).not.toHaveBeenCalled();
    expect(onload).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent('上限の20 MB');
  });

  it('reads a picked file, strips the BOM and passes the file name', async () => {
    const user = userEvent.setup();
    const onload = vi.fn();
    const { container } = render(SheetLoader, { onload, lang: 'ja' });
    const { file, arrayBuffer } = fakeFile('sheet.txt', 20, '\uFEFF事業番号\t2022');
    await user.upload(fileInput(container), file);
    await waitFor(() => expect(onload).toHaveBeenCalledWith('事業番号\t2022', 'sheet.txt'));
    expect(arrayBuffer).toHaveBeenCalledTimes(1);
  });

  it('opens the file picker from a real button', async () => {
    const user = userEvent.setup();
    const { container } = render(SheetLoader, { onload: vi.fn(), lang: 'ja' });
    const click = vi.spyOn(fileInput(container), 'click');
    await user.click(screen.getByRole('button', { name: 'ファイルを選ぶ' }));
    expect(click).toHaveBeenCalled();
  });

  it('loads pasted text with 読み込む, stripping a BOM', async () => {
    const user = userEvent.setup();
    const onload = vi.fn();
    render(SheetLoader, { onload, lang: 'ja' });
    await user.click(screen.getByText('テキストを貼り付け'));
    const box = screen.getByLabelText('レビューシートのテキスト(タブ区切り)');
    await user.click(box);
    await user.paste('\uFEFF資金の流れ\tA');
    await user.click(screen.getByRole('button', { name: '読み込む' }));
    expect(onload).toHaveBeenCalledWith('資金の流れ\tA', '貼り付けたテキスト');
  });

  it('refuses an empty paste', async () => {
    const user = userEvent.setup();
    const onload = vi.fn();
    const onerror = vi.fn();
    render(SheetLoader, { onload, onerror, lang: 'en' });
    await user.click(screen.getByText('Paste text'));
    await user.click(screen.getByRole('button', { name: 'Load' }));
    expect(onload).not.toHaveBeenCalled();
    expect(onerror).toHaveBeenCalledWith('The pasted text is empty.');
  });

  it('shows an overlay while a file is dragged over the window and loads the drop', async () => {
    const onload = vi.fn();
    render(SheetLoader, { onload, lang: 'ja' });
    const { file } = fakeFile('dropped.txt', 10, 'abc');
    const dataTransfer = { types: ['Files'], files: [file], dropEffect: 'none' };
    expect(screen.queryByTestId('drop-overlay')).toBeNull();
    await fireEvent.dragEnter(window, { dataTransfer });
    await fireEvent.dragOver(window, { dataTransfer });
    expect(screen.getByTestId('drop-overlay')).toHaveTextContent('ここにドロップ');
    await fireEvent.drop(window, { dataTransfer });
    expect(screen.queryByTestId('drop-overlay')).toBeNull();
    await waitFor(() => expect(onload).toHaveBeenCalledWith('abc', 'dropped.txt'));
  });

  it('ignores drags of non-files and stops listening when unmounted', async () => {
    const onload = vi.fn();
    const { unmount } = render(SheetLoader, { onload, lang: 'ja' });
    await fireEvent.dragEnter(window, { dataTransfer: { types: ['text/plain'], files: [] } });
    expect(screen.queryByTestId('drop-overlay')).toBeNull();
    unmount();
    const { file, text } = fakeFile('late.txt', 10);
    await fireEvent.drop(window, { dataTransfer: { types: ['Files'], files: [file] } });
    expect(text).not.toHaveBeenCalled();
  });

  it('shows an error prop with its line in an alert, as text, in the UI language', async () => {
    const message = { ja: `「${HOSTILE}」は読めません`, en: `cannot read "${HOSTILE}"` };
    const ondismiss = vi.fn();
    const { container, rerender } = render(SheetLoader, { onload: vi.fn(), lang: 'ja', error: { message, line: 7 }, ondismiss });
    expect(screen.getByRole('alert')).toHaveTextContent(`7行目: 「${HOSTILE}」は読めません`);
    expect(container.querySelector('img')).toBeNull();
    await rerender({ lang: 'en' });
    expect(screen.getByRole('alert')).toHaveTextContent(`Line 7: cannot read "${HOSTILE}"`);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(ondismiss).toHaveBeenCalled();
  });
});

describe('readSheetFile', () => {
  it('decodes Shift_JIS when UTF-8 fails', async () => {
    // 資金 in Shift_JIS
    const bytes = new Uint8Array([0x8e, 0x91, 0x8b, 0xe0]);
    const result = await readSheetFile(new Blob([bytes]));
    expect(result).toEqual({ ok: true, text: '資金' });
  });
});

// --- issue #12: every encoding through the one decode function; the latest file wins ---

/** A File with the given bytes (arrayBuffer answered when `gate` resolves, if given). */
function bytesFile(name: string, bytes: Uint8Array, gate?: Promise<void>) {
  const file = new File([bytes as BlobPart], name);
  const arrayBuffer = vi.fn(async () => {
    await gate;
    return bytes.slice().buffer;
  });
  Object.assign(file, { arrayBuffer });
  return file;
}

describe('SheetLoader: encodings and kinds of file', () => {
  it('reads a UTF-16 LE file with BOM (as Excel saves "Unicode text")', async () => {
    const onload = vi.fn();
    const { container } = render(SheetLoader, { onload, lang: 'ja' });
    const text = '事業番号\t2022\n資金の流れ';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) new DataView(bytes.buffer).setUint16(2 + 2 * i, text.charCodeAt(i), true);
    await userEvent.setup().upload(fileInput(container), bytesFile('u16.txt', bytes));
    await waitFor(() => expect(onload).toHaveBeenCalledWith(text, 'u16.txt'));
  });

  it('refuses an old .xls with what to do, in the UI language, and loads nothing', async () => {
    const onload = vi.fn();
    const onerror = vi.fn();
    const { container } = render(SheetLoader, { onload, onerror, lang: 'en' });
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    await userEvent.setup({ applyAccept: false }).upload(fileInput(container), bytesFile('2019.xls', xls));
    await waitFor(() => expect(onerror).toHaveBeenCalledTimes(1));
    expect(onerror.mock.calls[0]![0]).toBe('"2019.xls" is an old-format Excel workbook (.xls) or other Office file, which cannot be read. Save it as .xlsx or as tab-separated text in Excel, then load that file.');
    expect(onload).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent('Save it as .xlsx or as tab-separated text');
  });

  it('the picker offers .xlsx (and .xls, to say what to do with it)', () => {
    const { container } = render(SheetLoader, { onload: vi.fn(), lang: 'ja' });
    expect(fileInput(container).accept.split(',')).toEqual(expect.arrayContaining(['.txt', '.tsv', '.xlsx', '.xls']));
  });

  it('the latest file wins: a big file still being read when a small one is picked is dropped', async () => {
    const onload = vi.fn();
    const { container } = render(SheetLoader, { onload, lang: 'ja' });
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const enc = (t: string) => new TextEncoder().encode(t);
    const user = userEvent.setup();
    await user.upload(fileInput(container), bytesFile('big.txt', enc('大きい方'), gate));
    await user.upload(fileInput(container), bytesFile('small.txt', enc('小さい方')));
    await waitFor(() => expect(onload).toHaveBeenCalledWith('小さい方', 'small.txt'));
    release();
    await new Promise((r) => setTimeout(r, 50));
    expect(onload).toHaveBeenCalledTimes(1);
  });

  it('refuses pasted text over the limit, measured in UTF-8 bytes', async () => {
    const user = userEvent.setup();
    const onload = vi.fn();
    const onerror = vi.fn();
    render(SheetLoader, { onload, onerror, lang: 'ja', maxBytes: 10 });
    await user.click(screen.getByText('テキストを貼り付け'));
    await user.click(screen.getByLabelText('レビューシートのテキスト(タブ区切り)'));
    await user.paste('資金の流れ'); // 5 characters, 15 bytes
    await user.click(screen.getByRole('button', { name: '読み込む' }));
    expect(onload).not.toHaveBeenCalled();
    expect(onerror).toHaveBeenCalledWith('「貼り付けたテキスト」は0 MBあり、上限の0 MBを超えるため読み込みませんでした。');
  });
});
