import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as columnsApi from '../../api/columns.ts';
import { resetStore, useAppStore } from '../../store/index.ts';
import { makeBoard } from '../../test/fixtures.ts';
import { StaleDaysDialog } from './StaleDaysDialog.tsx';

vi.mock('../../api/columns.ts', () => ({ updateColumn: vi.fn() }));

describe('StaleDaysDialog', () => {
  beforeEach(() => {
    resetStore();
    vi.mocked(columnsApi.updateColumn).mockReset();
    useAppStore.getState().setBoard(makeBoard({ Doing: [] }));
  });

  it('refuses a threshold out of range without a request, then saves days or "never"', async () => {
    const user = userEvent.setup();
    const column = Object.values(useAppStore.getState().columnsById)[0]!;
    vi.mocked(columnsApi.updateColumn).mockImplementation(async (_id, patch) => ({ ...column, ...patch }) as never);
    const onClose = vi.fn();
    render(<StaleDaysDialog columnId={column.id} onClose={onClose} />);
    const input = screen.getByLabelText('Stale after (days)');
    expect(input).toHaveValue(3);

    await user.clear(input);
    await user.type(input, '0');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText('Stale threshold must be a whole number of days from 1 to 365')).toBeInTheDocument();
    expect(columnsApi.updateColumn).not.toHaveBeenCalled();

    await user.clear(input);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(columnsApi.updateColumn).toHaveBeenCalledWith(column.id, { staleDays: null });
    expect(useAppStore.getState().columnsById[column.id]?.staleDays).toBeNull();
    expect(onClose).toHaveBeenCalled();
  });
});
