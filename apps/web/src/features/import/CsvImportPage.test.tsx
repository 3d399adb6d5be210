import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import * as boardsApi from '../../api/boards.ts';
import { networkError } from '../../api/client.ts';
import { BOARD_ID, makeBoard } from '../../test/fixtures.ts';
import { CsvImportPage } from './CsvImportPage.tsx';

vi.mock('../../api/boards.ts', () => ({ getBoard: vi.fn() }));
vi.mock('../../api/imports.ts', () => ({ previewCsv: vi.fn(), importCsv: vi.fn() }));

describe('CsvImportPage', () => {
  it('says why the board could not load, and Try again opens the import into it', async () => {
    const user = userEvent.setup();
    const board = makeBoard({ 'To do': [], Doing: [] });
    vi.mocked(boardsApi.getBoard).mockRejectedValueOnce(networkError()).mockResolvedValueOnce(board);
    render(<CsvImportPage boardId={BOARD_ID} />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading the board…');
    expect(await screen.findByRole('heading', { name: 'Can’t reach the server' })).toBeVisible();
    expect(screen.queryByLabelText('CSV file')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: `Import cards from CSV into ${board.name}` })).toBeVisible();
    expect(screen.getByLabelText('CSV file')).toBeEnabled();
    expect(screen.queryByText('Loading the board…')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
