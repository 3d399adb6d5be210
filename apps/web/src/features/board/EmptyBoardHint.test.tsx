import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetStore, useAppStore } from '../../store/index.ts';
import { makeBoard } from '../../test/fixtures.ts';
import { EmptyBoardHint } from './EmptyBoardHint.tsx';

describe('EmptyBoardHint', () => {
  beforeEach(resetStore);

  it('tells how to get the first card onto an empty board, and goes once there is one', () => {
    useAppStore.getState().setBoard(makeBoard({ 'To do': [], Done: [] }));
    const { rerender } = render(<EmptyBoardHint isLead={false} />);
    expect(screen.getByTestId('board-empty')).toHaveTextContent(
      'This board has no cards yet. Add one with “Add card” under a column, or bring cards from the backlog with “Plan sprints”.',
    );
    useAppStore.getState().setBoard(makeBoard({ 'To do': [], Done: ['Newsletter'] }));
    rerender(<EmptyBoardHint isLead={false} />);
    expect(screen.queryByTestId('board-empty')).not.toBeInTheDocument();
  });

  it('asks a lead for a first column on a board without any', () => {
    useAppStore.getState().setBoard(makeBoard({}));
    render(<EmptyBoardHint isLead />);
    expect(screen.getByTestId('board-empty')).toHaveTextContent('Add the first one with “Add column”.');
  });
});
