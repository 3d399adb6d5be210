import type { SprintDetail } from '@echoboard/contracts';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { StartSprintDialog } from './StartSprintDialog.tsx';

const planned = {
  id: '20000000-0000-4000-8000-000000000001',
  name: 'Sprint 5',
  startDate: '2026-12-10',
  endDate: '2026-12-23',
  lengthDays: 14,
  holidays: ['2026-12-11', '2026-12-22'],
} as unknown as SprintDetail;

describe('StartSprintDialog', () => {
  it('offers to move the dates to start today, keeping the length, or to keep the planned ones', async () => {
    const user = userEvent.setup();
    const onStart = vi.fn();
    render(<StartSprintDialog sprint={planned} today="2026-12-07" busy={false} onStart={onStart} onClose={vi.fn()} />);
    const dialog = screen.getByRole('dialog', { name: 'Start “Sprint 5”' });
    expect(dialog).toHaveAccessibleDescription('It is planned for 2026-12-10 – 2026-12-23; today is 2026-12-07.');
    const today = screen.getByRole('radio', { name: /^Start today: 2026-12-07 – 2026-12-20, its 14 days from today/ });
    expect(today).toBeChecked();
    expect(today).toHaveAccessibleName(expect.stringContaining('1 day off falls outside them and is dropped'));

    await user.click(screen.getByRole('button', { name: 'Start sprint' }));
    expect(onStart).toHaveBeenLastCalledWith(true);
    await user.click(screen.getByRole('radio', { name: 'Keep the planned dates: 2026-12-10 – 2026-12-23' }));
    await user.click(screen.getByRole('button', { name: 'Start sprint' }));
    expect(onStart).toHaveBeenLastCalledWith(false);
  });
});
