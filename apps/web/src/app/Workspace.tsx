import type { BoardSummary } from '@echoboard/contracts';
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { listBoards } from '../api/boards.ts';
import { describeError } from '../api/client.ts';
import { Board } from '../features/board/Board.tsx';
import { BoardPicker } from '../features/board/BoardPicker.tsx';
import { LiveStatus } from '../features/board/LiveStatus.tsx';
import { useBoardLive } from '../features/board/useBoardLive.ts';
import { AppLink } from '../features/common/AppLink.tsx';
import { Loading } from '../features/common/Loading.tsx';
import { Message } from '../features/common/Message.tsx';
import { TeamFeedbackPage } from '../features/feedback/TeamFeedbackPage.tsx';
import { PlanningPage } from '../features/sprints/PlanningPage.tsx';
import { SprintHeader } from '../features/sprints/SprintHeader.tsx';
import { CreateTeamForm } from '../features/team/CreateTeamForm.tsx';
import { TeamPage } from '../features/team/TeamPage.tsx';
import { roleIn, useAppStore } from '../store/index.ts';
import { boardPath, csvImportPath, navigate, type Route, reviewPath, trelloImportPath } from './routes.ts';

// Charts and campaign forms load only when opened, keeping the board's first load small.
const ReviewPage = lazy(() => import('../features/review/ReviewPage.tsx'));
const CampaignsPage = lazy(() => import('../features/campaigns/CampaignsPage.tsx'));
const TrelloImportPage = lazy(() =>
  import('../features/import/TrelloImportPage.tsx').then((m) => ({ default: m.TrelloImportPage })),
);
const CsvImportPage = lazy(() =>
  import('../features/import/CsvImportPage.tsx').then((m) => ({ default: m.CsvImportPage })),
);

/** What a signed-in member sees: their team's boards, one open board, or the team page. */
export function Workspace({
  route,
}: {
  route: Exclude<
    Route,
    { name: 'signin' | 'signup' | 'invite' | 'not-found' | 'feedback' | 'receipt' | 'shared-review' }
  >;
}) {
  const me = useAppStore((s) => s.me);
  const teamId = useAppStore((s) => s.currentTeamId);
  const setCurrentTeam = useAppStore((s) => s.setCurrentTeam);
  const loadBoard = useAppStore((s) => s.loadBoard);
  const loadActiveSprint = useAppStore((s) => s.loadActiveSprint);
  const loadMembers = useAppStore((s) => s.loadMembers);
  const status = useAppStore((s) => s.status);
  const loadError = useAppStore((s) => s.loadError);
  const boardName = useAppStore((s) => s.board?.name);
  const boardTeamId = useAppStore((s) => s.board?.teamId);
  const [boards, setBoards] = useState<BoardSummary[] | null>(null);
  const [boardsError, setBoardsError] = useState<string | null>(null);
  // The planning page works on a board too: it needs the board's team, columns and live events.
  const boardId = route.name === 'board' || route.name === 'planning' ? route.boardId : null;
  useBoardLive(boardId);

  const fetchBoards = useCallback(() => {
    if (!teamId) return;
    listBoards(teamId)
      .then((list) => {
        setBoards(list);
        setBoardsError(null);
      })
      .catch((e) => setBoardsError(describeError(e)));
  }, [teamId]);
  useEffect(fetchBoards, [fetchBoards]);

  // "/" opens the team's first board.
  useEffect(() => {
    const first = boards?.[0];
    if (route.name === 'home' && first) navigate(boardPath(first.id), { replace: true });
  }, [route.name, boards]);

  useEffect(() => {
    if (boardId) void loadBoard(boardId);
  }, [boardId, loadBoard]);

  useEffect(() => {
    if (boardId) void loadActiveSprint(boardId);
  }, [boardId, loadActiveSprint]);

  useEffect(() => {
    if (boardTeamId) void loadMembers(boardTeamId);
  }, [boardTeamId, loadMembers]);

  // Opening a link to another of my teams' boards switches the header to that team.
  useEffect(() => {
    if (boardTeamId && boardTeamId !== teamId && roleIn(me, boardTeamId)) setCurrentTeam(boardTeamId);
  }, [boardTeamId, teamId, me, setCurrentTeam]);

  useEffect(() => {
    document.title = boardName && boardId ? `${boardName} · Echoboard` : 'Echoboard';
  }, [boardName, boardId]);

  if (!me || me.teams.length === 0 || !teamId) return <CreateTeamForm />;
  const isLead = roleIn(me, teamId) === 'lead';
  const picker = (
    <BoardPicker
      teamId={teamId}
      boards={boards ?? []}
      currentId={boardId}
      canCreate={isLead}
      onOpen={(id) => navigate(boardPath(id))}
      onCreated={(b) => {
        setBoards((list) => [...(list ?? []), b]);
        navigate(boardPath(b.id));
      }}
    />
  );

  if (route.name === 'team') return <TeamPage key={route.teamId} teamId={route.teamId} />;
  if (route.name === 'review' || route.name === 'campaigns') {
    return (
      <Suspense fallback={<Loading>Loading…</Loading>}>
        {route.name === 'review' ? (
          <ReviewPage key={route.boardId} boardId={route.boardId} />
        ) : (
          <CampaignsPage key={route.teamId} teamId={route.teamId} isLead={roleIn(me, route.teamId) === 'lead'} />
        )}
      </Suspense>
    );
  }
  if (route.name === 'team-feedback') return <TeamFeedbackPage key={route.teamId} teamId={route.teamId} />;
  if (route.name === 'trello-import' || route.name === 'csv-import') {
    return (
      <Suspense fallback={<Loading>Loading…</Loading>}>
        {route.name === 'trello-import' ? (
          <TrelloImportPage key={route.teamId} teamId={route.teamId} />
        ) : (
          <CsvImportPage key={route.boardId} boardId={route.boardId} />
        )}
      </Suspense>
    );
  }
  const importLink = isLead ? (
    <AppLink className="workspace__link" to={trelloImportPath(teamId)}>
      Import from Trello
    </AppLink>
  ) : null;
  if (route.name === 'home') {
    return (
      <>
        <div className="workspace__bar">
          {picker}
          {importLink}
        </div>
        {boardsError ? (
          <Message title="Could not load boards" retry={fetchBoards}>
            {boardsError}
          </Message>
        ) : boards && boards.length === 0 ? (
          <Message title="No boards yet">
            {isLead ? 'Create the first board with “New board” above.' : 'Your team lead has not created a board yet.'}
          </Message>
        ) : (
          <Loading>Loading boards…</Loading>
        )}
      </>
    );
  }
  return (
    <>
      <div className="workspace__bar">
        {status === 'ready' ? <LiveStatus /> : null}
        {picker}
        {importLink}
        {boardId ? (
          <AppLink className="workspace__link" to={reviewPath(boardId)}>
            Sprint review
          </AppLink>
        ) : null}
        {boardId ? (
          <AppLink className="workspace__link" to={csvImportPath(boardId)}>
            Import CSV
          </AppLink>
        ) : null}
      </div>
      {status === 'error' ? (
        <Message title="Could not open this board" retry={() => boardId && void loadBoard(boardId)}>
          {loadError}
        </Message>
      ) : status === 'ready' && route.name === 'planning' ? (
        <PlanningPage />
      ) : status === 'ready' ? (
        <>
          <SprintHeader />
          <Board />
        </>
      ) : (
        <Loading>Loading board…</Loading>
      )}
    </>
  );
}
