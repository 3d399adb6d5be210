import { useSyncExternalStore } from 'react';

export type Route =
  | { name: 'home' }
  | { name: 'board'; boardId: string }
  | { name: 'review'; boardId: string }
  | { name: 'campaigns'; teamId: string }
  | { name: 'planning'; boardId: string }
  | { name: 'team'; teamId: string }
  | { name: 'signin' }
  | { name: 'signup' }
  | { name: 'invite'; token: string }
  | { name: 'feedback'; token: string }
  | { name: 'receipt'; receipt: string }
  | { name: 'shared-review'; token: string }
  | { name: 'team-feedback'; teamId: string }
  | { name: 'trello-import'; teamId: string }
  | { name: 'csv-import'; boardId: string }
  | { name: 'not-found'; path: string };

/** Pages a signed-out visitor may see; every other page sends them to sign in. */
export const isPublicRoute = (route: Route) =>
  route.name === 'signin' ||
  route.name === 'signup' ||
  route.name === 'invite' ||
  route.name === 'feedback' ||
  route.name === 'receipt' ||
  route.name === 'shared-review';

const PATTERNS: [RegExp, (id: string) => Route][] = [
  [/^\/boards\/([^/]+)$/, (boardId) => ({ name: 'board', boardId })],
  [/^\/boards\/([^/]+)\/review$/, (boardId) => ({ name: 'review', boardId })],
  [/^\/boards\/([^/]+)\/planning$/, (boardId) => ({ name: 'planning', boardId })],
  [/^\/teams\/([^/]+)$/, (teamId) => ({ name: 'team', teamId })],
  [/^\/teams\/([^/]+)\/campaigns$/, (teamId) => ({ name: 'campaigns', teamId })],
  [/^\/invite\/([^/]+)$/, (token) => ({ name: 'invite', token })],
  // End users' pages: /f/receipt/<receipt> before /f/<token>, which would not match it anyway.
  [/^\/f\/receipt\/([^/]+)$/, (receipt) => ({ name: 'receipt', receipt })],
  [/^\/f\/([^/]+)$/, (token) => ({ name: 'feedback', token })],
  // A sprint review shared read-only with stakeholders.
  [/^\/r\/([^/]+)$/, (token) => ({ name: 'shared-review', token })],
  [/^\/teams\/([^/]+)\/feedback$/, (teamId) => ({ name: 'team-feedback', teamId })],
  [/^\/teams\/([^/]+)\/import$/, (teamId) => ({ name: 'trello-import', teamId })],
  [/^\/boards\/([^/]+)\/import$/, (boardId) => ({ name: 'csv-import', boardId })],
];

export function parseRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/') return { name: 'home' };
  if (path === '/signin') return { name: 'signin' };
  if (path === '/signup') return { name: 'signup' };
  for (const [pattern, route] of PATTERNS) {
    const match = pattern.exec(path);
    if (match?.[1]) return route(decodeURIComponent(match[1]));
  }
  return { name: 'not-found', path };
}

export const boardPath = (boardId: string) => `/boards/${encodeURIComponent(boardId)}`;
/** A board's sprint review; with a sprint, that sprint's, so a reload or a shared link keeps it. */
export const reviewPath = (boardId: string, sprintId?: string) =>
  `${boardPath(boardId)}/review${sprintId ? `?sprint=${encodeURIComponent(sprintId)}` : ''}`;
export const campaignsPath = (teamId: string) => `/teams/${encodeURIComponent(teamId)}/campaigns`;
export const planningPath = (boardId: string) => `${boardPath(boardId)}/planning`;
export const teamPath = (teamId: string) => `/teams/${encodeURIComponent(teamId)}`;
export const invitePath = (token: string) => `/invite/${encodeURIComponent(token)}`;
export const trelloImportPath = (teamId: string) => `/teams/${encodeURIComponent(teamId)}/import`;
export const csvImportPath = (boardId: string) => `${boardPath(boardId)}/import`;
export const teamFeedbackPath = (teamId: string) => `/teams/${encodeURIComponent(teamId)}/feedback`;

/** Where to go after signing in: the page that asked for it, if it is one of ours. */
export function nextPath(search = window.location.search): string {
  const next = new URLSearchParams(search).get('next');
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export const withNext = (path: string, next: string) =>
  next === '/' ? path : `${path}?next=${encodeURIComponent(next)}`;

const listeners = new Set<() => void>();
const notify = () => {
  for (const l of listeners) l();
};

/** Client-side navigation with the history API; two routes do not need a router package. */
export function navigate(path: string, { replace = false } = {}) {
  if (path === window.location.pathname + window.location.search) return;
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

/** One query parameter of the address, followed as navigate() and the history change it. */
export function useSearchParam(name: string): string | null {
  const search = useSyncExternalStore(subscribe, () => window.location.search);
  return new URLSearchParams(search).get(name);
}
