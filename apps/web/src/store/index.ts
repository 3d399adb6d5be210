import { create } from 'zustand';
import { emptyBoardData } from './boardData.ts';
import { type BoardSlice, createBoardSlice } from './boardSlice.ts';
import { type CardExtrasSlice, createCardExtrasSlice } from './cardExtrasSlice.ts';
import { createLiveSlice, type LiveSlice } from './liveSlice.ts';
import { createPlanningSlice, emptyPlanning, type PlanningSlice } from './planningSlice.ts';
import { createScrumSlice, emptyScrumData, type ScrumSlice } from './scrumSlice.ts';
import { createSessionSlice, type SessionSlice } from './sessionSlice.ts';
import { createSprintSlice, type SprintSlice } from './sprintSlice.ts';
import { createUiSlice, type UiSlice } from './uiSlice.ts';

export type AppState = BoardSlice &
  CardExtrasSlice &
  UiSlice &
  SessionSlice &
  LiveSlice &
  ScrumSlice &
  SprintSlice &
  PlanningSlice;

/** The one store of the app, composed from slices (zustand slices pattern). */
export const useAppStore = create<AppState>()((...a) => ({
  ...createBoardSlice(...a),
  ...createCardExtrasSlice(...a),
  ...createUiSlice(...a),
  ...createSessionSlice(...a),
  ...createLiveSlice(...a),
  ...createScrumSlice(...a),
  ...createSprintSlice(...a),
  ...createPlanningSlice(...a),
}));

/** Back to an empty board and no notices; for tests and for leaving a board. */
export function resetStore() {
  useAppStore.setState({
    ...emptyBoardData(),
    status: 'idle',
    loadError: null,
    notices: [],
    editingCardId: null,
    movingCardId: null,
    connection: 'offline',
    viewers: [],
    heldEvents: [],
    holding: false,
    myMoves: {},
    ...emptyScrumData(),
    activeSprint: null,
    membersByTeam: {},
    ...emptyPlanning(),
  });
}

export type { BoardData, BoardMeta } from './boardData.ts';
export type { MoveCommand } from './boardSlice.ts';
export type { Connection, Viewer } from './liveSlice.ts';
export { roleIn, type SessionStatus, timeZoneIn } from './sessionSlice.ts';
export type { Notice, NoticeTone } from './uiSlice.ts';
