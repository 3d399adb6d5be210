import { closestCenter } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { act, fireEvent, render, screen } from '@testing-library/react';
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
});
