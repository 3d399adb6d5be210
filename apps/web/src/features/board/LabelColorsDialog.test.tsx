import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as extrasApi from '../../api/cardExtras.ts';
import { ApiError } from '../../api/client.ts';
import { resetStore, useAppStore } from '../../store/index.ts';
import { BOARD_ID, makeBoard } from '../../test/fixtures.ts';
import { LabelColorsDialog } from './LabelColorsDialog.tsx';

vi.mock('../../api/cardExtras.ts', () => ({ setLabelColor: vi.fn() }));

describe('LabelColorsDialog', () => {
  beforeEach(() => {
    resetStore();
    const board = makeBoard({ 'To do': ['Brief', 'Copy'] });
    board.columns[0]!.cards[0]!.labels = ['SEO', 'launch'];
    board.columns[0]!.cards[1]!.labels = ['Email'];
    useAppStore.getState().setBoard({ ...board, labelColors: { Archived: 'red' } });
  });

  it("lists the board's labels with their colour and saves a new one for every viewer", async () => {
    const user = userEvent.setup();
    vi.mocked(extrasApi.setLabelColor).mockResolvedValue({ Archived: 'red', SEO: 'green' });
    render(<LabelColorsDialog onClose={() => {}} />);
    // The cards' labels and the palette's, one control each.
    expect(screen.getAllByRole('combobox')).toHaveLength(4);
    expect(screen.getByLabelText('Colour of “Archived”')).toHaveValue('red');
    await user.selectOptions(screen.getByLabelText('Colour of “SEO”'), 'green');
    expect(extrasApi.setLabelColor).toHaveBeenCalledWith(BOARD_ID, { label: 'SEO', color: 'green' });
    expect(useAppStore.getState().labelColors).toEqual({ Archived: 'red', SEO: 'green' });
    expect(screen.getByLabelText('Colour of “SEO”')).toHaveValue('green');
  });

  it("shows the server's reason when a colour is refused and keeps the old one", async () => {
    const user = userEvent.setup();
    vi.mocked(extrasApi.setLabelColor).mockRejectedValue(
      new ApiError({
        status: 403,
        code: 'FORBIDDEN',
        title: 'Forbidden',
        detail: 'Only a team lead can set label colours.',
      }),
    );
    render(<LabelColorsDialog onClose={() => {}} />);
    await user.selectOptions(screen.getByLabelText('Colour of “Email”'), 'blue');
    expect(screen.getByRole('alert')).toHaveTextContent('Only a team lead can set label colours.');
    expect(screen.getByLabelText('Colour of “Email”')).toHaveValue('');
  });
});
