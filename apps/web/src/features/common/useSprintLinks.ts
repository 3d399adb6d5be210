import { useCallback, useState } from 'react';
import { describeError, isApiError } from '../../api/client.ts';
import { useAppStore } from '../../store/index.ts';
import { useLoad } from './useLoad.ts';

interface LinkApi<L, B> {
  list: (sprintId: string) => Promise<L[]>;
  create: (sprintId: string, body: B) => Promise<{ link: { label: string }; url: string }>;
}

/**
 * A sprint's shareable links (feedback, review): the list (null while it loads; only the latest
 * sprint's answer is kept), why it could not load, and a create that shows the new link's address
 * once (only its hash is stored) or puts the server's field errors beside the fields.
 * `list` and `create` must be module functions, so their identity never changes.
 */
export function useSprintLinks<L, B>(sprintId: string, { list, create }: LinkApi<L, B>) {
  const pushNotice = useAppStore((s) => s.pushNotice);
  const { data: links, error: loadError, reload } = useLoad(useCallback(() => list(sprintId), [sprintId, list]));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [created, setCreated] = useState<{ label: string; url: string } | null>(null);

  /** True when the link was made, so the form can clear itself. */
  const submit = async (body: B): Promise<boolean> => {
    try {
      const made = await create(sprintId, body);
      setCreated({ label: made.link.label, url: new URL(made.url, window.location.origin).toString() });
      setErrors({});
      reload();
      return true;
    } catch (e) {
      if (isApiError(e) && e.errors.length > 0) setErrors(e.fieldErrors());
      else pushNotice(describeError(e));
      return false;
    }
  };

  return { links, loadError, reload, errors, created, submit };
}
