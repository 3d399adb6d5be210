import type { Card, ChecklistItem } from '@echoboard/contracts';
import { CHECKLIST_LIMITS, checklistProgress, groupChecklists } from '@echoboard/domain';
import { type FormEvent, useEffect, useId, useState } from 'react';
import * as extrasApi from '../../api/cardExtras.ts';
import { useAppStore } from '../../store/index.ts';
import { ChecklistHeading } from './ChecklistHeading.tsx';
import { ChecklistRow } from './ChecklistRow.tsx';
import { ListStatus } from './ListStatus.tsx';
import { type ListUpdate, useSavedList } from './useSavedList.ts';

/**
 * In the card editor: the card's checklists, grouped by name, each with its progress. Every
 * change saves at once (apart from the card form) and updates the board card's "done/total".
 */
export function ChecklistSection({ card }: { card: Card }) {
  const patchCardStats = useAppStore((s) => s.patchCardStats);
  const { items, setItems, error, setError, busy, run } = useSavedList(() => extrasApi.listChecklist(card.id), card.id);
  const [text, setText] = useState('');
  // New items go to the card's first checklist unless the person names another.
  const [typedName, setTypedName] = useState<string | null>(null);
  const listName = typedName ?? items?.[0]?.checklist ?? CHECKLIST_LIMITS.defaultName;
  const headingId = useId();
  const namesId = useId();

  // The board card's "done/total" follows whatever this list shows.
  useEffect(() => {
    if (!items) return;
    const { done, total } = checklistProgress(items);
    patchCardStats(card.id, { checklistDone: done, checklistTotal: total });
  }, [items, card.id, patchCardStats]);

  type Update = ListUpdate<ChecklistItem>;

  const onAdd = async (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return setError('Write what needs doing, then press Add item.');
    const added = await run(async () => {
      const item = await extrasApi.addChecklistItem(card.id, { text, checklist: listName.trim() || undefined });
      return (list) => [...list, item];
    });
    if (added) setText('');
    return undefined;
  };

  const patchItem =
    (itemId: string, patch: Partial<ChecklistItem>): Update =>
    (list) =>
      list.map((item) => (item.id === itemId ? { ...item, ...patch } : item));
  const onChange = (itemId: string, patch: { text?: string; done?: boolean }) => {
    // A tick shows at once; it is undone if the server refuses it.
    const previous = items?.find((item) => item.id === itemId);
    if (patch.done !== undefined) setItems((list) => patchItem(itemId, { done: patch.done })(list ?? []));
    return run(
      async () => {
        const saved = await extrasApi.updateChecklistItem(itemId, patch);
        return patchItem(itemId, saved);
      },
      previous && patch.done !== undefined ? patchItem(itemId, { done: previous.done }) : undefined,
    );
  };
  const onDelete = (itemId: string) =>
    run(async () => {
      await extrasApi.deleteChecklistItem(itemId);
      return (list) => list.filter((item) => item.id !== itemId);
    });
  const onMove = (itemId: string, position: number) =>
    run(async () => {
      await extrasApi.updateChecklistItem(itemId, { position });
      const fresh = await extrasApi.listChecklist(card.id);
      return () => fresh;
    });

  const groups = groupChecklists(items ?? []);
  const all = items ?? [];
  return (
    <section className="editor-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="editor-section__title">
        Checklist
        {all.length ? (
          <span className="editor-section__count">
            {' '}
            {checklistProgress(all).done}/{all.length} done
          </span>
        ) : null}
      </h3>
      <ListStatus
        items={items}
        error={error}
        loading="Loading checklist…"
        empty="No checklist yet. Add the steps this card needs below, then tick them off as they are done."
      />
      {groups.map((group) => (
        <div key={group.name} className="checklist">
          <ChecklistHeading group={group} level={4} />
          <ul className="checklist__items">
            {group.items.map((item) => (
              <ChecklistRow
                key={item.id}
                item={item}
                index={all.indexOf(item)}
                count={all.length}
                busy={busy}
                onChange={onChange}
                onDelete={onDelete}
                onMove={onMove}
              />
            ))}
          </ul>
        </div>
      ))}
      <form className="checklist__add" onSubmit={onAdd} noValidate aria-label="Add a checklist item">
        <label className="checklist__field">
          <span>New item</span>
          <input
            className="input"
            value={text}
            maxLength={CHECKLIST_LIMITS.textMax}
            onChange={(e) => setText(e.target.value)}
          />
        </label>
        <label className="checklist__field checklist__field--narrow">
          <span>In checklist</span>
          <input
            className="input"
            list={namesId}
            value={listName}
            maxLength={CHECKLIST_LIMITS.nameMax}
            onChange={(e) => {
              setTypedName(e.target.value);
            }}
          />
          <datalist id={namesId}>
            {groups.map((g) => (
              <option key={g.name} value={g.name} />
            ))}
          </datalist>
        </label>
        <button type="submit" className="button" disabled={busy}>
          Add item
        </button>
      </form>
    </section>
  );
}
