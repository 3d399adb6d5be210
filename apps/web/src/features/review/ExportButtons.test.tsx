import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExportButtons } from './ExportButtons.tsx';

/** A CSV response whose body arrives in two parts, the second only when `finish` is called. */
function slowCsv() {
  let finish: () => void = () => {};
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('title,done\n'));
      finish = () => {
        controller.enqueue(new TextEncoder().encode('Newsletter,yes\n'));
        controller.close();
      };
    },
  });
  const response = new Response(body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-length': '26',
      'content-disposition': 'attachment; filename="echoboard-cards-2026-05-01.csv"',
    },
  });
  return { response, finish: () => finish() };
}

describe('ExportButtons', () => {
  const saved: { name: string; blob: Blob }[] = [];
  beforeEach(() => {
    saved.length = 0;
    let lastBlob: Blob | null = null;
    URL.createObjectURL = vi.fn((blob: Blob) => {
      lastBlob = blob;
      return 'blob:csv';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      if (lastBlob) saved.push({ name: this.download, blob: lastBlob });
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it('says it is preparing and how far it got, then saves the file under the server’s name', async () => {
    const user = userEvent.setup();
    const csv = slowCsv();
    const fetch = vi.spyOn(globalThis, 'fetch').mockResolvedValue(csv.response);
    render(<ExportButtons teamId="team-1" />);
    await user.click(screen.getByRole('button', { name: 'cards.csv' }));

    expect(fetch).toHaveBeenCalledWith('/api/teams/team-1/export/cards.csv', expect.anything());
    expect(await screen.findByRole('status')).toHaveTextContent('Downloading cards.csv: 1 KB of 1 KB…');
    // One export at a time: the others wait.
    expect(screen.getByRole('button', { name: 'sprints.csv' })).toBeDisabled();
    expect(saved).toEqual([]);

    csv.finish();
    expect(await screen.findByText('cards.csv is downloaded.')).toBeInTheDocument();
    expect(saved.map((s) => s.name)).toEqual(['echoboard-cards-2026-05-01.csv']);
    expect(await saved[0]?.blob.text()).toBe('title,done\nNewsletter,yes\n');
    expect(screen.getByRole('button', { name: 'sprints.csv' })).toBeEnabled();
  });

  it('says why an export failed and tries again on request', async () => {
    const user = userEvent.setup();
    const fetch = vi.spyOn(globalThis, 'fetch').mockRejectedValueOnce(new TypeError('Failed to fetch'));
    render(<ExportButtons teamId="team-1" />);
    await user.click(screen.getByRole('button', { name: 'feedback.csv' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not export feedback.csv: Can’t reach the Echoboard server. Check your connection, then try again.',
    );
    expect(saved).toEqual([]);

    fetch.mockResolvedValueOnce(
      new Response(JSON.stringify({ code: 'FORBIDDEN', detail: 'Only members of this team can export it.' }), {
        status: 403,
        headers: { 'content-type': 'application/problem+json' },
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not export feedback.csv: Only members of this team can export it.',
    );
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(saved).toEqual([]);
  });
});
