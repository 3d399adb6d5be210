import { closestCenter, useDndContext } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type CardDnd, CardDndContext } from './CardDndContext.tsx';
import { useCardSensors } from './dndShared.ts';
import { SortableItem } from './SortableItem.tsx';

// jsdom has no IntersectionObserver: this one lets a test say which items are near sight.
let report: (target: Element, near: boolean) => void = () => {};
class FakeObserver {
  private targets = new Set<Element>();
  constructor(callback: (entries: { target: Element; isIntersecting: boolean }[]) => void) {
    report = (target, near) => {
      if (this.targets.has(target)) act(() => callback([{ target, isIntersecting: near }]));
    };
  }
  observe(target: Element) {
    this.targets.add(target);
  }
  unobserve(target: Element) {
    this.targets.delete(target);
  }
  disconnect() {
    this.targets.clear();
  }
}

/** How many cards dnd-kit knows as drop targets: the wired ones. */
function Registered() {
  return <output aria-label="registered">{useDndContext().droppableContainers.size}</output>;
}

function List({ ids }: { ids: string[] }) {
  const dnd: CardDnd = {
    sensors: useCardSensors(),
    collisionDetection: closestCenter,
    accessibility: {
      announcements: {
        onDragStart: ({ active }) => `Picked up ${active.id}.`,
        onDragOver: () => undefined,
        onDragEnd: () => undefined,
        onDragCancel: () => undefined,
      },
    },
    onDragStart: () => {},
    onDragOver: () => {},
    onDragEnd: () => {},
    onDragCancel: () => {},
    activeId: null,
  };
  return (
    <CardDndContext dnd={dnd} overlay={() => null}>
      <Registered />
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <ul>
          {ids.map((id) => (
            <SortableItem key={id} id={id}>
              {({ activatorRef, dragProps }) => (
                <article ref={activatorRef} aria-label={id} {...dragProps}>
                  {id}
                </article>
              )}
            </SortableItem>
          ))}
        </ul>
      </SortableContext>
    </CardDndContext>
  );
}

const card = (id: string) => screen.getByRole('article', { name: id });
const item = (id: string) => card(id).closest('li') as Element;
const registered = () => screen.getByRole('status', { name: 'registered' });
const ATTRIBUTES = ['role', 'tabindex', 'aria-disabled', 'aria-roledescription', 'aria-describedby'];
const attributesOf = (element: Element) => ATTRIBUTES.map((name) => element.getAttribute(name));

describe('SortableItem', () => {
  beforeEach(() => vi.stubGlobal('IntersectionObserver', FakeObserver));
  afterEach(() => vi.unstubAllGlobals());

  it('gives a card out of sight the attributes of a wired one, and wires it when focus arrives', async () => {
    render(<List ids={['near', 'far']} />);
    report(item('near'), true);
    report(item('far'), false);

    // A screen reader hears the same card, described by the drag instructions, wired or not.
    expect(attributesOf(card('far'))).toEqual(attributesOf(card('near')));
    const describedBy = card('far').getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(describedBy)).toHaveTextContent(/./);

    // Unwired, Space does nothing; focused, the card is wired before the key.
    fireEvent.keyDown(card('far'), { code: 'Space', key: ' ' });
    expect(screen.queryByText('Picked up far.')).toBeNull();
    act(() => card('far').focus());
    fireEvent.keyDown(card('far'), { code: 'Space', key: ' ' });
    expect(await screen.findByText('Picked up far.')).toBeInTheDocument();
  });

  it('unwires a card gone out of sight, but not while a card is dragged', async () => {
    render(<List ids={['a', 'b', 'c']} />);
    for (const id of ['a', 'b', 'c']) report(item(id), true);
    expect(registered()).toHaveTextContent('3');
    report(item('c'), false);
    expect(registered()).toHaveTextContent('2');

    act(() => card('a').focus());
    fireEvent.keyDown(card('a'), { code: 'Space', key: ' ' });
    expect(await screen.findByText('Picked up a.')).toBeInTheDocument();
    report(item('b'), false);
    expect(registered()).toHaveTextContent('2');

    fireEvent.keyDown(card('a'), { code: 'Escape', key: 'Escape' });
    await waitFor(() => expect(registered()).toHaveTextContent('1'), { timeout: 3000 });
  });
});
