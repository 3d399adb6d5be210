import type { BoardEvent, PlannedCard, Sprint, SprintDetail } from '@echoboard/contracts';
import type { StateCreator } from 'zustand';
import * as cardsApi from '../api/cards.ts';
import { describeError } from '../api/client.ts';
import * as sprintsApi from '../api/sprints.ts';
import { applyPlanEvent, type PlanLists, touchesPlanSprint } from './applyPlanEvent.ts';
import type { LoadStatus } from './boardSlice.ts';
import { catchingEvents, heardDuringReads } from './eventsDuringReads.ts';
import type { AppState } from './index.ts';
import {
  isPlanned,
  type PlanCommand,
  type PlanList,
  type PlanSnapshot,
  placeInList,
  plannedSprints,
  previewedPlan,
  putBack,
  stripDetail,
} from './planLists.ts';

export interface PlanningData {
  planBoardId: string | null;
  planTeamId: string | null;
  /** Every sprint of the board, in start order. */
  boardSprints: Sprint[];
  /** The planned sprint shown on the right. */
  planSprintId: string | null;
  planSprint: SprintDetail | null;
  planCardsById: Record<string, PlannedCard>;
  planIds: Record<PlanList, string[]>;
  planStatus: LoadStatus;
  planError: string | null;
}

export interface PlanningSlice extends PlanningData {
  /** Opens planning for a board; `preferSprintId` picks the sprint shown (e.g. the one cards were carried into). */
  loadPlanning: (boardId: string, teamId: string, preferSprintId?: string | null) => Promise<void>;
  selectPlanSprint: (sprintId: string | null) => Promise<void>;
  /** Re-reads the chosen sprint (meter, committed points) without touching the lists' order. */
  reloadPlanSprint: () => Promise<void>;
  setPlanSprint: (detail: SprintDetail) => void;
  sprintCreated: (detail: SprintDetail) => void;
  planSnapshot: () => PlanSnapshot;
  planRestore: (snapshot: PlanSnapshot) => void;
  /** Shows a card in another list while it is dragged; nothing is saved. */
  previewPlan: (cardId: string, to: PlanList, index: number) => void;
  /** Optimistic: shows the move at once, saves, restores and says why on failure. */
  movePlanned: (command: PlanCommand, options?: { snapshot?: PlanSnapshot }) => Promise<boolean>;
  addBacklogCard: (title: string) => Promise<PlannedCard>;
  /** Sets a planned card's effort (null: not estimated) and re-reads the capacity meter. */
  estimatePlanned: (cardId: string, effort: number | null) => Promise<void>;
  /** Follows the board's stream (in seq order, called by the live slice): someone else planned. */
  applyPlanningEvent: (event: BoardEvent) => void;
  /** Reads the backlog and the shown sprint again (a gap in the stream, or a reset). */
  reloadPlanning: () => Promise<void>;
}

export const emptyPlanning = (): PlanningData => ({
  planBoardId: null,
  planTeamId: null,
  boardSprints: [],
  planSprintId: null,
  planSprint: null,
  planCardsById: {},
  planIds: { backlog: [], sprint: [] },
  planStatus: 'idle',
  planError: null,
});

let planToken = 0;
// A burst of events (a rebalance, a carry-over) re-reads the capacity meter once.
let meterTimer: ReturnType<typeof setTimeout> | undefined;
const METER_DELAY_MS = 50;

export const createPlanningSlice: StateCreator<AppState, [], [], PlanningSlice> = (set, get) => ({
  ...emptyPlanning(),

  loadPlanning: async (boardId, teamId, preferSprintId) => {
    const token = ++planToken;
    set({ planBoardId: boardId, planTeamId: teamId, planStatus: 'loading', planError: null });
    try {
      const { value: chosenId, missed } = await catchingEvents(async () => {
        const [backlog, sprints] = await Promise.all([sprintsApi.getBacklog(teamId), sprintsApi.listSprints(boardId)]);
        if (token !== planToken) return null;
        const sorted = [...sprints].sort((a, b) => a.startDate.localeCompare(b.startDate));
        const planned = plannedSprints(sorted);
        const keep = preferSprintId ?? get().planSprintId;
        const chosen = planned.find((sp) => sp.id === keep) ?? planned[0];
        const planCardsById: Record<string, PlannedCard> = {};
        for (const card of backlog.cards) planCardsById[card.id] = card;
        set({
          boardSprints: sorted,
          planCardsById,
          planIds: { backlog: backlog.cards.map((c) => c.id), sprint: [] },
          planSprintId: chosen?.id ?? null,
          planSprint: null,
        });
        return chosen?.id ?? null;
      });
      if (token !== planToken) return;
      set(missed.reduce(applyPlanEvent, planLists(get())));
      // The sprint's read catches the events that arrive during it.
      if (chosenId) await get().selectPlanSprint(chosenId);
      if (token !== planToken) return;
      set({ planStatus: 'ready' });
    } catch (e) {
      if (token !== planToken) return;
      set({ planStatus: 'error', planError: describeError(e) });
    }
  },

  selectPlanSprint: async (sprintId) => {
    set({ planSprintId: sprintId, planSprint: null, planIds: { ...get().planIds, sprint: [] } });
    if (!sprintId) return;
    try {
      const { value: detail, missed } = await catchingEvents(() => sprintsApi.getSprint(sprintId));
      if (get().planSprintId !== sprintId) return;
      get().setPlanSprint(detail);
      set(missed.reduce(applyPlanEvent, planLists(get())));
    } catch (e) {
      get().pushNotice(`Could not open the sprint: ${describeError(e)}`);
    }
  },

  reloadPlanSprint: async () => {
    const id = get().planSprintId;
    if (!id) return;
    try {
      const detail = await sprintsApi.getSprint(id);
      if (get().planSprintId === id) set({ planSprint: detail });
    } catch {
      // The meter keeps its last reading; the next change reads it again.
    }
  },

  setPlanSprint: (detail) => {
    const cards = detail.cards.filter(isPlanned);
    const planCardsById = { ...get().planCardsById };
    for (const card of cards) planCardsById[card.id] = card;
    set({
      planSprint: detail,
      planCardsById,
      planIds: { ...get().planIds, sprint: cards.map((c) => c.id) },
      boardSprints: get().boardSprints.map((sp) => (sp.id === detail.id ? stripDetail(detail) : sp)),
    });
  },

  sprintCreated: (detail) => {
    const boardSprints = [...get().boardSprints.filter((sp) => sp.id !== detail.id), stripDetail(detail)].sort((a, b) =>
      a.startDate.localeCompare(b.startDate),
    );
    set({ boardSprints, planSprintId: detail.id });
    get().setPlanSprint(detail);
  },

  planSnapshot: () => ({ planCardsById: get().planCardsById, planIds: get().planIds }),
  planRestore: (snapshot) => set(snapshot),

  previewPlan: (cardId, to, index) => set((s) => previewedPlan(s, cardId, to, index) ?? s),

  movePlanned: async (command, options = {}) => {
    const base = options.snapshot ?? get().planSnapshot();
    const card = base.planCardsById[command.cardId];
    const sprintId = get().planSprintId;
    if (!card || (command.to === 'sprint' && !sprintId)) {
      set(base);
      return false;
    }
    set({ ...base, planIds: placeInList(base.planIds, command) });
    try {
      const saved = await sprintsApi.planCard(card.id, {
        sprintId: command.to === 'sprint' ? sprintId : null,
        afterCardId: command.afterCardId,
        beforeCardId: command.beforeCardId,
        version: card.version,
      });
      // Its own event may have come first, or someone's later change: keep the newest row.
      set((s) => {
        const current = s.planCardsById[saved.id];
        return current && current.version > saved.version
          ? s
          : { planCardsById: { ...s.planCardsById, [saved.id]: saved } };
      });
      void get().reloadPlanSprint();
      return true;
    } catch (e) {
      set((s) => putBack(s, base, card.id));
      get().pushNotice(`“${card.title}” was put back: ${describeError(e)}`);
      return false;
    }
  },

  estimatePlanned: async (cardId, effort) => {
    const card = get().planCardsById[cardId];
    if (!card) return;
    try {
      const saved = (await cardsApi.updateCard(cardId, { effort, version: card.version })) as unknown as PlannedCard;
      set((s) => ({ planCardsById: { ...s.planCardsById, [cardId]: saved } }));
      await get().reloadPlanSprint();
    } catch (e) {
      get().pushNotice(describeError(e));
    }
  },
  applyPlanningEvent: (event) => {
    const s = get();
    if (event.boardId !== s.planBoardId) return;
    heardDuringReads(event);
    const shown = s.planSprintId;
    const before = planLists(s);
    const after = applyPlanEvent(before, event);
    if (after !== before) set(after);
    const gone =
      (event.type === 'sprint.deleted' && event.sprintId === shown) ||
      (event.type === 'sprint.updated' && event.sprint.id === shown && event.sprint.state !== 'planned');
    if (gone) {
      // The shown sprint started or was cancelled: show the next planned one, as opening the page would.
      void get().selectPlanSprint(plannedSprints(get().boardSprints)[0]?.id ?? null);
    } else if (touchesPlanSprint(s, event)) {
      clearTimeout(meterTimer);
      meterTimer = setTimeout(() => void get().reloadPlanSprint(), METER_DELAY_MS);
    }
  },

  reloadPlanning: async () => {
    const { planBoardId, planTeamId } = get();
    if (planBoardId && planTeamId) await get().loadPlanning(planBoardId, planTeamId);
  },

  addBacklogCard: async (title) => {
    const teamId = get().planTeamId;
    if (!teamId) throw new Error('No team is open.');
    const card = await sprintsApi.createBacklogCard(teamId, { title });
    set((s) => ({
      planCardsById: { ...s.planCardsById, [card.id]: card },
      planIds: { ...s.planIds, backlog: [...s.planIds.backlog.filter((id) => id !== card.id), card.id] },
    }));
    return card;
  },
});

const planLists = (s: PlanningData): PlanLists => ({
  planCardsById: s.planCardsById,
  planIds: s.planIds,
  planSprintId: s.planSprintId,
  boardSprints: s.boardSprints,
});
