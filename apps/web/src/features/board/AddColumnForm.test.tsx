import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as columnsApi from '../../api/columns.ts';
import { resetStore, useAppStore } from '../../store/index.ts';
import { BOARD_ID, makeBoard } from '../../test/fixtures.ts';
import { AddColumnForm } from './AddColumnForm.tsx';

vi.mock('../../api/columns.ts', () => ({ createColumn: vi.fn() }));
vi.mock('../../api/boards.ts', () => ({ getBoard: vi.fn(() => new Promise(() => {})) }));

const columnId = (name: string) => {
  const s = useAppStore.getState();
  return s.columnOrder.find((id) => s.columnsById[id]?.name === name);
};

describe('AddColumnForm', () => {
  beforeEach(() => {
    resetStore();
    vi.mocked(columnsApi.createColumn).mockReset();
  });

  it('adds the column before the done column, which stays last, and says so', async () => {
    useAppStore.getState().setBoard(makeBoard({ 'To do': [], Doing: [], Done: ['Brief'] }));
    vi.mocked(columnsApi.createColumn).mockImplementation(async (boardId, body) => ({
      id: '40000000-0000-4000-8000-000000000001',
      boardId,
      name: body.name,
      wipLimit: null,
      wipHard: false,
      staleDays: 3,
      rank: 'a15',
    }));
    render(<AddColumnForm />);
    await userEvent.click(screen.getByRole('button', { name: 'Add column' }));
    const name = screen.getByRole('textbox', { name: 'Column name' });
    expect(name).toHaveAccessibleDescription('It goes before "Done", which stays last: cards there count as done.');
    await userEvent.type(name, 'QA');
    await userEvent.click(screen.getByRole('button', { name: 'Add column' }));
    expect(columnsApi.createColumn).toHaveBeenCalledWith(BOARD_ID, { name: 'QA', afterColumnId: columnId('Doing') });
    const s = useAppStore.getState();
    expect(s.columnOrder.map((id) => s.columnsById[id]?.name)).toEqual(['To do', 'Doing', 'QA', 'Done']);
  });

  it('puts a new column first when the done column is the only one', async () => {
    useAppStore.getState().setBoard(makeBoard({ Done: [] }));
    vi.mocked(columnsApi.createColumn).mockReturnValue(new Promise(() => {}));
    render(<AddColumnForm />);
    await userEvent.click(screen.getByRole('button', { name: 'Add column' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Column name' }), 'To do');
    await userEvent.click(screen.getByRole('button', { name: 'Add column' }));
    expect(columnsApi.createColumn).toHaveBeenCalledWith(BOARD_ID, { name: 'To do', afterColumnId: null });
  });
});
