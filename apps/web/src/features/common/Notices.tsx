import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { type Notice, useAppStore } from '../../store/index.ts';

const AUTO_DISMISS_MS: Record<Notice['tone'], number | null> = { success: 4000, info: 6000, error: 12000 };

/** The one live region: errors and confirmations are read out without moving focus. */
export function Notices() {
  const notices = useAppStore(useShallow((s) => s.notices));
  return (
    <section className="notices" aria-label="Notifications">
      <ul className="notices__list" aria-live="polite" aria-relevant="additions text">
        {notices.map((n) => (
          <NoticeItem key={n.id} notice={n} />
        ))}
      </ul>
    </section>
  );
}

function NoticeItem({ notice }: { notice: Notice }) {
  const dismiss = useAppStore((s) => s.dismissNotice);
  useEffect(() => {
    const ms = AUTO_DISMISS_MS[notice.tone];
    if (ms === null) return undefined;
    const t = window.setTimeout(() => dismiss(notice.id), ms);
    return () => window.clearTimeout(t);
  }, [notice, dismiss]);
  return (
    <li className={`notice notice--${notice.tone}`} data-testid="notice">
      <span className="notice__icon" aria-hidden="true">
        {notice.tone === 'error' ? '!' : notice.tone === 'success' ? '✓' : 'i'}
      </span>
      <p className="notice__message">
        <span className="visually-hidden">{notice.tone === 'error' ? 'Error: ' : ''}</span>
        {notice.message}
      </p>
      <button
        type="button"
        className="icon-button"
        aria-label="Dismiss notification"
        onClick={() => dismiss(notice.id)}
      >
        <span aria-hidden="true">×</span>
      </button>
    </li>
  );
}
