import { useEffect, useState } from 'react';
import { describeError } from '../../api/client.ts';

/** A change to a list, applied to the list as it is when the server answers. */
export type ListUpdate<T> = (list: T[]) => T[];

/**
 * A list the editor loads for one card and changes item by item (checklist, comments): each
 * change calls the server, then applies its update to the list as it is then, so quick clicks do
 * not undo each other; a refused change shows the server's reason and may undo what was shown.
 */
export function useSavedList<T>(load: () => Promise<T[]>, key: string) {
  const [items, setItems] = useState<T[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: reload only when the card changes, not on every render's new `load`.
  useEffect(() => {
    load().then(setItems, (e) => setError(describeError(e)));
  }, [key]);

  const run = async (call: () => Promise<ListUpdate<T>>, undo?: ListUpdate<T>) => {
    setBusy(true);
    try {
      const update = await call();
      setItems((list) => update(list ?? []));
      setError(null);
      return true;
    } catch (e) {
      if (undo) setItems((list) => undo(list ?? []));
      setError(describeError(e));
      return false;
    } finally {
      setBusy(false);
    }
  };

  return { items, setItems, error, setError, busy, run };
}
