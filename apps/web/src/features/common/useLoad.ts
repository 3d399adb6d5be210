import { type Dispatch, type SetStateAction, useCallback, useEffect, useRef, useState } from 'react';

interface Loaded<T> {
  /** The latest answer; null until the first one (and again when `load` changes to other data). */
  data: T | null;
  /** Why the latest load failed; null while it is pending or after it succeeded. */
  error: unknown;
  /** Loads again, keeping what is shown until the answer comes (for "Try again" and after a change). */
  reload: () => void;
  /** Replaces the data, e.g. with a write's answer; what is shown is then known, so no error is. */
  setData: Dispatch<SetStateAction<T | null>>;
}

/**
 * What a page or section loads: calls `load` now and whenever it changes (wrap it in useCallback
 * with what it reads), and keeps only the answer of the latest call. Without that, switching a
 * filter or a sprint quickly could show the earlier request's answer if it arrived last, and an
 * answer arriving after the page closed would be set on nothing. `load` null waits (nothing to
 * load yet).
 */
export function useLoad<T>(load: (() => Promise<T>) | null): Loaded<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const latest = useRef(0);

  const run = useCallback(() => {
    const call = ++latest.current;
    setError(null);
    if (!load) return;
    load().then(
      (value) => {
        if (call === latest.current) setData(() => value);
      },
      (e: unknown) => {
        if (call === latest.current) setError(e ?? new Error('Loading failed'));
      },
    );
  }, [load]);

  useEffect(() => {
    // Other data: what was shown belongs to the old `load`.
    setData(null);
    run();
    return () => {
      latest.current++;
    };
  }, [run]);

  const replace = useCallback<Dispatch<SetStateAction<T | null>>>((value) => {
    setError(null);
    setData(value);
  }, []);

  return { data, error, reload: run, setData: replace };
}
