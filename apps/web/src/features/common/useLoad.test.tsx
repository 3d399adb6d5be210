import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { deferred } from '../../test/fixtures.ts';
import { useLoad } from './useLoad.ts';

describe('useLoad', () => {
  it('keeps the answer of the latest load when an earlier one arrives last', async () => {
    const answers = { a: deferred<string>(), b: deferred<string>() };
    const loaders = { a: () => answers.a.promise, b: () => answers.b.promise };
    const { result, rerender } = renderHook(({ key }: { key: 'a' | 'b' }) => useLoad(loaders[key]), {
      initialProps: { key: 'a' as 'a' | 'b' },
    });
    rerender({ key: 'b' });
    await act(async () => answers.b.resolve('filtered'));
    await act(async () => answers.a.resolve('everything'));
    expect(result.current.data).toBe('filtered');
  });

  it('shows the error of a failed load, and a retry that succeeds clears it', async () => {
    let attempt = 0;
    const load = () => (++attempt === 1 ? Promise.reject(new Error('offline')) : Promise.resolve('team'));
    const { result } = renderHook(() => useLoad(load));
    await waitFor(() => expect(result.current.error).toBeInstanceOf(Error));
    expect(result.current.data).toBeNull();
    act(() => result.current.reload());
    expect(result.current.error).toBeNull();
    await waitFor(() => expect(result.current.data).toBe('team'));
  });

  it("shows a write's answer after a failed load, without the load's error", async () => {
    const load = (): Promise<string> => Promise.reject(new Error('offline'));
    const { result } = renderHook(() => useLoad(load));
    await waitFor(() => expect(result.current.error).toBeInstanceOf(Error));
    act(() => result.current.setData('logged'));
    expect(result.current).toMatchObject({ data: 'logged', error: null });
  });

  it('keeps what is shown while reloading, forgets it when the load changes, and waits on null', async () => {
    const next = deferred<number>();
    let calls = 0;
    const first = () => Promise.resolve(++calls);
    const { result, rerender } = renderHook(({ load }: { load: (() => Promise<number>) | null }) => useLoad(load), {
      initialProps: { load: first as (() => Promise<number>) | null },
    });
    await waitFor(() => expect(result.current.data).toBe(1));
    act(() => result.current.reload());
    expect(result.current.data).toBe(1);
    await waitFor(() => expect(result.current.data).toBe(2));
    rerender({ load: () => next.promise });
    expect(result.current.data).toBeNull();
    rerender({ load: null });
    await act(async () => next.resolve(2));
    expect(result.current.data).toBeNull();
  });
});
