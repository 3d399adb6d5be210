import type { ReactNode } from 'react';
import { navigate } from '../../app/routes.ts';

/** An in-app link: a real href (new tab, copy link) that navigates without reloading. */
export function AppLink({ to, className, children }: { to: string; className: string; children: ReactNode }) {
  return (
    <a
      className={className}
      href={to}
      onClick={(e) => {
        // Ctrl/Cmd/Shift-click and middle-click open a tab or window, as on any link.
        if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        navigate(to);
      }}
    >
      {children}
    </a>
  );
}
