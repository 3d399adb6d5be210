import type { ReactNode } from 'react';
import { navigate } from '../../app/routes.ts';

/** An in-app link: a real href (new tab, copy link) that navigates without reloading. */
export function AppLink({ to, className, children }: { to: string; className: string; children: ReactNode }) {
  return (
    <a
      className={className}
      href={to}
      onClick={(e) => {
        e.preventDefault();
        navigate(to);
      }}
    >
      {children}
    </a>
  );
}
