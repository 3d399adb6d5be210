import type { ChecklistItem } from '@echoboard/contracts';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as extrasApi from '../../api/cardExtras.ts';
import { ApiError } from '../../api/client.ts';
import { resetStore, useAppStore } from '../../store/index.ts';
import { makeCard } from '../../test/fixtures.ts';
import { ChecklistSection } from './ChecklistSection.tsx';

vi.mock('../../api/cardExtras.ts', () => ({
  listChecklist: vi.fn(),
  addChecklistItem: vi.fn(),
  updateChecklistItem: vi.fn(),
  deleteChecklistItem: vi.fn(),
}));

const card = makeCard({ title: 'Launch webinar' });
const item = (id: string, checklist: string, text: string, done = false, position = 0): ChecklistItem => ({
  id,
  cardId: card.id,
  checklist,
  text,
  done,
  position,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

describe('ChecklistSection', () => {
  beforeEach(() => {
    resetStore();
    vi.mocked(extrasApi.listChecklist).mockReset();
    vi.mocked(extrasApi.updateChecklistItem).mockReset();
    vi.mocked(extrasApi.addChecklistItem).mockReset();
  });

  it('says what to do when the card has no checklist, and adds the first item', async () => {
    const user = userEvent.setup();
    vi.mocked(extrasApi.listChecklist).mockResolvedValue([]);
    vi.mocked(extrasApi.addChecklistItem).mockResolvedValue(item('a', 'Checklist', 'Book speaker'));
    render(<ChecklistSection card={card} />);
    expect(await screen.findByText(/No checklist yet/)).toBeInTheDocument();
    await user.type(screen.getByLabelText('New item'), 'Book speaker{Enter}');
    expect(extrasApi.addChecklistItem).toHaveBeenCalledWith(card.id, { text: 'Book speaker', checklist: 'Checklist' });
    expect(screen.getByRole('checkbox', { name: 'Book speaker' })).not.toBeChecked();
    expect(screen.getByLabelText('New item')).toHaveValue('');
    expect(useAppStore.getState().cardStats[card.id]).toMatchObject({ checklistDone: 0, checklistTotal: 1 });
  });

  it('groups items by checklist with their progress and ticks one, updating the board card', async () => {
    const user = userEvent.setup();
    vi.mocked(extrasApi.listChecklist).mockResolvedValue([
      item('a', 'Prep', 'Slides', true, 0),
      item('b', 'QA', 'Test stream', false, 1),
      item('c', 'Prep', 'Invite list', false, 2),
    ]);
    vi.mocked(extrasApi.updateChecklistItem).mockImplementation(async (id, patch) => ({
      ...item(id, 'QA', 'Test stream', false, 1),
      ...patch,
    }));
    render(<ChecklistSection card={card} />);
    const prep = await screen.findByRole('progressbar', { name: 'Prep: 1 of 2 done' });
    expect(prep).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'QA: 0 of 1 done' })).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Test stream' }));
    expect(extrasApi.updateChecklistItem).toHaveBeenCalledWith('b', { done: true });
    expect(await screen.findByRole('progressbar', { name: 'QA: 1 of 1 done' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('Checklist 2/3 done');
    expect(useAppStore.getState().cardStats[card.id]).toMatchObject({ checklistDone: 2, checklistTotal: 3 });
  });

  it('edits an item from the keyboard, and shows the server’s reason when a change is refused', async () => {
    const user = userEvent.setup();
    vi.mocked(extrasApi.listChecklist).mockResolvedValue([item('a', 'Checklist', 'Draft agenda')]);
    vi.mocked(extrasApi.updateChecklistItem).mockRejectedValue(
      new ApiError({ status: 404, code: 'CHECKLIST_ITEM_NOT_FOUND', title: 'Not found', detail: 'It was deleted.' }),
    );
    render(<ChecklistSection card={card} />);
    await user.click(await screen.findByRole('button', { name: 'Edit “Draft agenda”' }));
    const input = screen.getByRole('textbox', { name: 'Edit “Draft agenda”' });
    expect(input).toHaveFocus();
    await user.clear(input);
    await user.type(input, 'Final agenda{Enter}');
    expect(extrasApi.updateChecklistItem).toHaveBeenCalledWith('a', { text: 'Final agenda' });
    expect(screen.getByRole('alert')).toHaveTextContent('It was deleted.');
    await user.keyboard('{Escape}');
    const list = screen.getByRole('list');
    expect(within(list).getByRole('checkbox', { name: 'Draft agenda' })).toBeInTheDocument();
  });
});
