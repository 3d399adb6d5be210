import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { resetStore, useAppStore } from '../../store/index.ts';
import { makeCard } from '../../test/fixtures.ts';
import { CardView } from './CardView.tsx';

const TODAY = '2026-06-15';

describe('CardView', () => {
  it('shows title, assignee initials with the full name, effort and labels', () => {
    render(
      <CardView
        today={TODAY}
        card={makeCard({
          title: 'Write launch email',
          assignee: 'Ada Lovelace',
          effort: 5,
          labels: ['Email', 'Launch'],
        })}
      />,
    );
    const card = screen.getByRole('article', { name: 'Write launch email' });
    const avatar = within(card).getByRole('img', { name: 'Assigned to Ada Lovelace' });
    expect(avatar).toHaveTextContent('AL');
    expect(avatar).toHaveAttribute('title', 'Ada Lovelace');
    expect(card).toHaveTextContent('5 pts');
    const labels = within(card).getByRole('list', { name: 'Labels' });
    expect(
      within(labels)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Email', 'Launch']);
  });

  it('shows checklist progress and comment count, and a label in its board colour beside readable text', () => {
    resetStore();
    const shown = makeCard({ title: 'Press kit', labels: ['SEO', 'Plain'] });
    useAppStore.setState({
      cardStats: { [shown.id]: { checklistDone: 1, checklistTotal: 2, comments: 3 } },
      labelColors: { SEO: 'green' },
    });
    render(<CardView today={TODAY} card={shown} />);
    const card = screen.getByRole('article', { name: 'Press kit' });
    expect(card).toHaveTextContent('Checklist: 1/2 done');
    expect(card).toHaveTextContent('3 comments');
    const [seo, plain] = within(card).getAllByRole('listitem');
    expect(seo).toHaveTextContent('SEO (green)');
    expect(seo).toHaveAttribute('data-color', 'green');
    expect(plain).not.toHaveAttribute('data-color');
  });

  it('shows no checklist or comment marks on a card without any', () => {
    resetStore();
    render(<CardView today={TODAY} card={makeCard({ title: 'Bare' })} />);
    const card = screen.getByRole('article', { name: 'Bare' });
    expect(card).not.toHaveTextContent('Checklist');
    expect(card).not.toHaveTextContent('comment');
  });

  it('marks a due date in the past as overdue, in words', () => {
    render(<CardView today={TODAY} card={makeCard({ title: 'Late', dueDate: '2026-06-14' })} />);
    const card = screen.getByRole('article', { name: 'Late' });
    expect(within(card).getByText('Overdue')).toBeInTheDocument();
    expect(card.querySelector('time')).toHaveAttribute('datetime', '2026-06-14');
  });

  it('does not mark today or later as overdue, and leaves out what is not set', () => {
    render(<CardView today={TODAY} card={makeCard({ title: 'On time', dueDate: TODAY })} />);
    const card = screen.getByRole('article', { name: 'On time' });
    expect(within(card).queryByText('Overdue')).not.toBeInTheDocument();
    expect(within(card).queryByRole('img')).not.toBeInTheDocument();
    expect(within(card).queryByRole('list', { name: 'Labels' })).not.toBeInTheDocument();
    expect(card).not.toHaveTextContent('pts');
  });

  it('opens the editor from its Edit button and from a click on the card, and offers Move to…', async () => {
    const user = userEvent.setup();
    const onEdit = vi.fn();
    const onMoveTo = vi.fn();
    const card = makeCard({ title: 'Plan webinar' });
    render(<CardView today={TODAY} card={card} onEdit={onEdit} onMoveTo={onMoveTo} />);
    await user.click(screen.getByRole('button', { name: /^Edit/ }));
    await user.click(screen.getByText('Plan webinar'));
    expect(onEdit).toHaveBeenCalledTimes(2);
    expect(onEdit).toHaveBeenCalledWith(card.id);
    await user.click(screen.getByRole('button', { name: /^Move to…/ }));
    expect(onMoveTo).toHaveBeenCalledWith(card.id);
    expect(onEdit).toHaveBeenCalledTimes(2);
  });
});
