import { initials } from '@echoboard/domain';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store/index.ts';
import { avatarTone } from './format.ts';

const LABEL = { offline: 'Offline', connecting: 'Connecting…', live: 'Live', reconnecting: 'Reconnecting…' } as const;

/** Whether the board is live, and who else has it open right now. */
export function LiveStatus() {
  const connection = useAppStore((s) => s.connection);
  const myId = useAppStore((s) => s.me?.user.id);
  const viewers = useAppStore(useShallow((s) => s.viewers));
  const others = viewers.filter((v) => v.userId !== myId);
  return (
    <div className="live-status">
      <span className={`live-status__connection live-status__connection--${connection}`} role="status">
        {LABEL[connection]}
      </span>
      {others.length > 0 ? (
        <ul className="live-status__viewers" aria-label="Also viewing this board">
          {others.map((v) => (
            <li key={v.userId} className={`avatar avatar--${avatarTone(v.name)}`} title={v.name}>
              <span aria-hidden="true">{initials(v.name)}</span>
              <span className="visually-hidden">{v.name}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
