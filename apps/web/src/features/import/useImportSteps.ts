import { useCallback, useEffect, useRef, useState } from 'react';
import { describeError } from '../../api/client.ts';
import type { Progress } from './ImportProgress.tsx';

/**
 * The busy/progress/error state every import step shares: run one step at a time, show its
 * progress, and turn any failure into a message a person can act on. The heading of each new
 * step takes the focus, so keyboard and screen-reader users land on what changed.
 */
export function useImportSteps<Step extends string>(first: Step) {
  const [step, setStep] = useState<Step>(first);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: focus moves when the step changes
  useEffect(() => {
    if (step !== first) heading.current?.focus();
  }, [step]);

  const run = useCallback(async <T>(label: string, task: (report: (share: number) => void) => Promise<T>) => {
    setError(null);
    setProgress({ label, share: 0 });
    try {
      return await task((share) =>
        // Once everything is sent, the server is still reading and writing: no share to show.
        setProgress(share >= 1 ? { label: 'Processing on the server…', share: null } : { label, share }),
      );
    } catch (e) {
      setError(describeError(e));
      return undefined;
    } finally {
      setProgress(null);
    }
  }, []);

  return { step, setStep, progress, error, setError, heading, run, busy: progress !== null };
}
