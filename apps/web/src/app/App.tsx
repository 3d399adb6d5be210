import type { BoardSummary } from '@echoboard/contracts';
import { useCallback, useEffect, useState } from 'react';
import { listBoards } from '../api/boards.ts';
import { describeError } from '../api/client.ts';
import { Board } from '../features/board/Board.tsx';
import { BoardPicker } from '../features/board/BoardPicker.tsx';
import { Notices } from '../features/common/Notices.tsx';
import { useAppStore } from '../store/index.ts';
import { boardPath, navigate, parseRoute, usePathname } from './routes.ts';

export function App() {
  const route = parseRoute(usePathname());
  const [boards, setBoards] = useState<BoardSummary[] | null>(null);
  const [boardsError, setBoardsError] = useState<string | null>(null);
  const loadBoard = useAppStore((s) => s.loadBoard);
  const status = useAppStore((s) => s.status);
  const loadError = useAppStore((s) => s.loadError);
  const boardName = useAppStore((s) => s.board?.name);
  const boardId = route.name === 'board' ? route.boardId : null;

  const fetchBoards = useCallback(() => {
    listBoards()
      .then((list) => {
        setBoards(list);
        setBoardsError(null);
      })
      .catch((e) => setBoardsError(describeError(e)));
  }, []);

  useEffect(fetchBoards, [fetchBoards]);

  // "/" opens the first board.
  useEffect(() => {
    const first = boards?.[0];
    if (route.name === 'home' && first) navigate(boardPath(first.id), { replace: true });
  }, [route.name, boards]);

  useEffect(() => {
    if (boardId) void loadBoard(boardId);
  }, [boardId, loadBoard]);

  useEffect(() => {
    document.title = boardName && boardId ? `${boardName} · Echoboard` : 'Echoboard';
  }, [boardName, boardId]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to board
      </a>
      <header className="app__header">
        <a
          className="app__brand"
          href="/"
          onClick={(e) => {
            e.preventDefault();
            navigate('/');
          }}
        >
          <span className="app__logo" aria-hidden="true" />
          Echoboard
        </a>
        {boardName && boardId ? <span className="app__board-name">{boardName}</span> : null}
        <BoardPicker
          boards={boards ?? []}
          currentId={boardId}
          onOpen={(id) => navigate(boardPath(id))}
          onCreated={(b) => {
            setBoards((list) => [...(list ?? []), b]);
            navigate(boardPath(b.id));
          }}
        />
      </header>
      <main id="main" className="app__main">
        {route.name === 'not-found' ? (
          <Message title="Page not found">
            There is nothing at {route.path}. <a href="/">Open the first board</a>.
          </Message>
        ) : route.name === 'home' ? (
          boardsError ? (
            <Message title="Could not load boards" retry={fetchBoards}>
              {boardsError}
            </Message>
          ) : boards && boards.length === 0 ? (
            <Message title="No boards yet">Create the first board with “New board” above.</Message>
          ) : (
            <p className="app__loading">Loading boards…</p>
          )
        ) : status === 'error' ? (
          <Message title="Could not open this board" retry={() => boardId && void loadBoard(boardId)}>
            {loadError}
          </Message>
        ) : status === 'ready' ? (
          <Board />
        ) : (
          <p className="app__loading" role="status">
            Loading board…
          </p>
        )}
      </main>
      <Notices />
    </div>
  );
}

function Message({ title, children, retry }: { title: string; children: React.ReactNode; retry?: () => void }) {
  return (
    <section className="message" aria-labelledby="message-title">
      <h1 id="message-title">{title}</h1>
      <p>{children}</p>
      {retry ? (
        <button type="button" className="button button--primary" onClick={retry}>
          Try again
        </button>
      ) : null}
    </section>
  );
}
