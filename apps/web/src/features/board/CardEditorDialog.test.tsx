import type { Card } from '@echoboard/contracts';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as cardsApi from '../../api/cards.ts';
import { ApiError } from '../../api/client.ts';
import { resetStore, useAppStore } from '../../store/index.ts';
import { makeBoard } from '../../test/fixtures.ts';
import { CardEditorHost } from './CardEditorDialog.tsx';

vi.mock('../../api/cards.ts', () => ({
  moveCard: vi.fn(),
  createCard: vi.fn(),
  updateCard: vi.fn(),
  deleteCard: vi.fn(),
  archiveCard: vi.fn(),
}));
// Checklist and comments load their own lists; empty here.
vi.mock('../../api/cardExtras.ts', () => ({
  listChecklist: vi.fn(async () => []),
  listComments: vi.fn(async () => []),
}));
// The editor's campaign, effort and kudos section loads its own data; these tests are about the form.
vi.mock('../../api/contributions.ts', () => ({
  getContributions: vi.fn(async (cardId: string) => ({ cardId, effort: [], kudos: [], contributors: [] })),
}));
vi.mock('../../api/campaigns.ts', () => ({ listCampaigns: vi.fn(async () => []) }));

/** A change that reached this browser over the live stream, as another person saved it. */
function savedElsewhere(card: Card, changes: Partial<Card>) {
  const saved = { ...card, ...changes, version: card.version + 1 };
  act(() => useAppStore.setState((s) => ({ cardsById: { ...s.cardsById, [card.id]: saved } })));
  return saved;
}

function openEditorFor(title: string) {
  const s = useAppStore.getState();
  const card = Object.values(s.cardsById).find((c) => c.title === title)!;
  s.openEditor(card.id);
  return card;
}

describe('CardEditorDialog', () => {
  beforeEach(() => {
    resetStore();
    vi.mocked(cardsApi.updateCard).mockReset();
    useAppStore.getState().setBoard(makeBoard({ Doing: ['Press release'] }));
  });

  it('shows server field errors next to the fields and keeps what was typed', async () => {
    const user = userEvent.setup();
    vi.mocked(cardsApi.updateCard).mockRejectedValue(
      new ApiError({
        status: 400,
        code: 'VALIDATION_FAILED',
        title: 'Bad request',
        detail: 'The request is invalid.',
        errors: [{ path: 'body.assignee', message: 'Assignee must be at most 80 characters' }],
      }),
    );
    openEditorFor('Press release');
    render(<CardEditorHost />);

    const title = screen.getByLabelText('Title');
    await user.clear(title);
    await user.type(title, 'Press release v2');
    await user.type(screen.getByLabelText('Assignee'), 'Grace Hopper');
    await user.selectOptions(screen.getByLabelText('Effort'), '3');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const assignee = screen.getByLabelText('Assignee');
    expect(assignee).toHaveAccessibleDescription('Assignee must be at most 80 characters');
    expect(assignee).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('The request is invalid.');
    expect(assignee).toHaveValue('Grace Hopper');
    expect(screen.getByLabelText('Title')).toHaveValue('Press release v2');
    expect(screen.getByLabelText('Effort')).toHaveValue('3');
    expect(screen.getByRole('dialog', { name: 'Edit card' })).toBeInTheDocument();
  });

  it('checks the title before sending and sends the parsed fields that changed', async () => {
    const user = userEvent.setup();
    const card = openEditorFor('Press release');
    vi.mocked(cardsApi.updateCard).mockImplementation(async (_id, body) => ({ ...card, ...body, version: 2 }) as never);
    render(<CardEditorHost />);

    await user.clear(screen.getByLabelText('Title'));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByLabelText('Title')).toHaveAccessibleDescription('Give the card a title.');
    expect(cardsApi.updateCard).not.toHaveBeenCalled();

    await user.type(screen.getByLabelText('Title'), 'Press kit');
    await user.type(screen.getByLabelText('Labels'), 'PR, launch , pr');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(cardsApi.updateCard).toHaveBeenCalledWith(card.id, {
      title: 'Press kit',
      labels: ['PR', 'launch'],
      version: 1,
    });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(useAppStore.getState().cardsById[card.id]?.title).toBe('Press kit');
  });

  it('assigns a team member and shares the card with end users, keeping the free-text assignee', async () => {
    const user = userEvent.setup();
    const card = openEditorFor('Press release');
    const memberId = '00000000-0000-4000-8000-0000000000c1';
    useAppStore.setState({
      membersByTeam: {
        [card.teamId]: [
          {
            userId: memberId,
            name: 'Priya Nair',
            email: 'priya@example.com',
            role: 'member',
            discipline: 'content',
            joinedAt: '2026-01-01T00:00:00.000Z',
          },
        ],
      },
    });
    vi.mocked(cardsApi.updateCard).mockImplementation(async (_id, body) => ({ ...card, ...body, version: 2 }) as never);
    render(<CardEditorHost />);

    await user.selectOptions(screen.getByLabelText('Team member'), 'Priya Nair');
    await user.type(screen.getByLabelText('Assignee'), 'Agency Ltd');
    await user.click(screen.getByLabelText('Share with end users'));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(cardsApi.updateCard).toHaveBeenCalledWith(
      card.id,
      expect.objectContaining({ assigneeId: memberId, assignee: 'Agency Ltd', shareable: true }),
    );
    expect(useAppStore.getState().cardsById[card.id]?.assigneeId).toBe(memberId);
  });

  it('saves with the version it opened on, so a teammate’s newer save is refused, then re-applies the change', async () => {
    const user = userEvent.setup();
    const card = openEditorFor('Press release');
    render(<CardEditorHost />);
    const renamed = savedElsewhere(card, { title: 'Press release (final)' });
    vi.mocked(cardsApi.updateCard).mockRejectedValueOnce(
      new ApiError({
        status: 409,
        code: 'VERSION_CONFLICT',
        title: 'Conflict',
        detail: '"Press release (final)" was changed by someone else (version 2, you had 1).',
        current: renamed,
      }),
    );

    await user.type(screen.getByLabelText('Description'), 'Embargo until Monday');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(cardsApi.updateCard).toHaveBeenLastCalledWith(card.id, { description: 'Embargo until Monday', version: 1 });
    expect(screen.getByRole('alert')).toHaveTextContent('was changed by someone else');
    expect(screen.getByLabelText('Title')).toHaveValue('Press release (final)');
    expect(screen.getByLabelText('Description')).toHaveValue('Embargo until Monday');

    vi.mocked(cardsApi.updateCard).mockImplementation(
      async (_id, body) => ({ ...renamed, ...body, version: 3 }) as never,
    );
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(cardsApi.updateCard).toHaveBeenLastCalledWith(card.id, { description: 'Embargo until Monday', version: 2 });
    expect(useAppStore.getState().cardsById[card.id]).toMatchObject({
      title: 'Press release (final)',
      description: 'Embargo until Monday',
    });
  });

  it('says when someone else changed a field while it is open and shows their change on request', async () => {
    const user = userEvent.setup();
    const card = openEditorFor('Press release');
    render(<CardEditorHost />);
    await user.type(screen.getByLabelText('Labels'), 'PR');
    savedElsewhere(card, { title: 'Press release (final)', labels: ['Launch'] });

    expect(screen.getByRole('status', { name: 'Changes by others' })).toHaveTextContent(
      'Someone else changed Title, Labels while you were editing.',
    );
    expect(screen.getByLabelText('Title')).toHaveValue('Press release');
    await user.click(screen.getByRole('button', { name: 'Show their changes' }));

    expect(screen.getByLabelText('Title')).toHaveValue('Press release (final)');
    expect(screen.getByLabelText('Title')).toHaveFocus();
    expect(screen.getByLabelText('Labels')).toHaveValue('PR');
    expect(screen.getByRole('status', { name: 'Changes by others' })).toHaveTextContent(
      'They also changed Labels; the form keeps what you typed there.',
    );
  });

  it('takes a newer version that changed nothing the form shows, such as a block', async () => {
    const user = userEvent.setup();
    const card = openEditorFor('Press release');
    vi.mocked(cardsApi.updateCard).mockImplementation(async (_id, body) => ({ ...card, ...body, version: 3 }) as never);
    render(<CardEditorHost />);
    savedElsewhere(card, { blockedReason: 'Waiting for legal' });
    expect(screen.getByRole('status', { name: 'Changes by others' })).toBeEmptyDOMElement();

    await user.type(screen.getByLabelText('Assignee'), 'Grace');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(cardsApi.updateCard).toHaveBeenCalledWith(card.id, { assignee: 'Grace', version: 2 });
  });

  it('moves focus to the confirmation when asked to delete, and back when the card is kept', async () => {
    const user = userEvent.setup();
    openEditorFor('Press release');
    render(<CardEditorHost />);

    await user.click(screen.getByRole('button', { name: 'Delete card' }));
    expect(screen.getByRole('button', { name: 'Yes, delete card' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Keep card' }));
    expect(screen.getByRole('button', { name: 'Delete card' })).toHaveFocus();
  });

  it('deletes and archives the version the form shows: a newer one by someone else is refused and shown', async () => {
    const user = userEvent.setup();
    const card = openEditorFor('Press release');
    render(<CardEditorHost />);
    const renamed = savedElsewhere(card, { title: 'Press release (final)' });
    const conflict = new ApiError({
      status: 409,
      code: 'VERSION_CONFLICT',
      title: 'Conflict',
      detail: '"Press release (final)" was changed by someone else (version 2, you had 1).',
      current: renamed,
    });
    vi.mocked(cardsApi.deleteCard).mockRejectedValueOnce(conflict);

    await user.click(screen.getByRole('button', { name: 'Delete card' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete card' }));
    expect(cardsApi.deleteCard).toHaveBeenLastCalledWith(card.id, 1);
    expect(screen.getByRole('alert')).toHaveTextContent(/changed by someone else.*then delete or archive it again/);
    expect(screen.getByLabelText('Title')).toHaveValue('Press release (final)');
    expect(useAppStore.getState().cardsById[card.id]).toBeDefined();

    // The form has taken their version: archiving now goes by it.
    await user.click(screen.getByRole('button', { name: 'Archive card' }));
    expect(cardsApi.archiveCard).toHaveBeenLastCalledWith(card.id, { version: 2 });
    expect(useAppStore.getState().cardsById[card.id]).toBeUndefined();
  });
});
