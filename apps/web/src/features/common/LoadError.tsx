import { describeError, isApiError } from '../../api/client.ts';
import { type HeadingLevel, Message } from './Message.tsx';

/** The request never reached the server (or its answer never came back): the person can fix that. */
export const isOffline = (e: unknown) => isApiError(e) && e.code === 'NETWORK_ERROR';

/**
 * What a page or section shows when it could not load: why, in words a person can act on, and a
 * way to try again without reloading the page (and losing what else is on it).
 */
export function LoadError({
  title,
  error,
  retry,
  level = 1,
}: {
  /** Says what could not be loaded, e.g. "Could not load the review". */
  title: string;
  error: unknown;
  retry?: () => void;
  /** 2 for a section inside a page that has its own h1, 3 inside a dialog, and so on. */
  level?: HeadingLevel;
}) {
  return (
    <Message title={isOffline(error) ? 'Can’t reach the server' : title} retry={retry} level={level} alert>
      {describeError(error)}
    </Message>
  );
}
