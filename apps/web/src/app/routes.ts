import { useSyncExternalStore } from 'react';

export type Route = { name: 'home' } | { name: 'board'; boardId: string } | { name: 'not-found'; path: string };

export function parseRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/') return { name: 'home' };
  const match = /^\/boards\/([^/]+)$/.exec(path);
  if (match?.[1]) return { name: 'board', boardId: decodeURIComponent(match[1]) };
  return { name: 'not-found', path };
}

export const boardPath = (boardId: string) => `/boards/${encodeURIComponent(boardId)}`;

const listeners = new Set<() => void>();
const notify = () => {
  for (const l of listeners) l();
};

/** Client-side navigation with the history API; two routes do not need a router package. */
export function navigate(path: string, { replace = false } = {}) {
  if (path === window.location.pathname) return;
  if (replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  notify();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

export function usePathname() {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}
