import type { FeedbackSprint } from '@echoboard/contracts';
import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as feedbackApi from '../../api/feedback.ts';
import { resetStore } from '../../store/index.ts';
import { BOARD_ID, TEAM_ID } from '../../test/fixtures.ts';
import { signInAs } from '../scrum/testScrum.ts';
import { TeamFeedbackPage } from './TeamFeedbackPage.tsx';

// What the sections below the picker load never arrives: these tests are about the picker.
vi.mock('../../api/feedback.ts', async (importOriginal) => {
  const real = await importOriginal<Record<string, unknown>>();
  return Object.fromEntries(Object.keys(real).map((name) => [name, vi.fn(() => new Promise(() => {}))]));
});

const sprint = (name: string, state: FeedbackSprint['state']): FeedbackSprint => ({
  id: `20000000-0000-4000-8000-00000000000${name.slice(-1)}`,
  name,
  state,
  boardId: BOARD_ID,
  boardName: 'Launch',
  startDate: '2026-11-30',
});

const picker = () => screen.findByRole('combobox', { name: 'Links for sprint' });

describe('TeamFeedbackPage', () => {
  beforeEach(() => {
    resetStore();
    signInAs('lead');
  });

  it('opens on the sprint just completed, not the one that started after it', async () => {
    const [running, done] = [sprint('Sprint 4', 'active'), sprint('Sprint 3', 'completed')];
    vi.mocked(feedbackApi.listFeedbackSprints).mockResolvedValue([running, done, sprint('Sprint 2', 'completed')]);
    render(<TeamFeedbackPage teamId={TEAM_ID} />);
    expect(await picker()).toHaveValue(done.id);
  });

  it('opens on the running sprint while none has completed', async () => {
    const running = sprint('Sprint 1', 'active');
    vi.mocked(feedbackApi.listFeedbackSprints).mockResolvedValue([running]);
    render(<TeamFeedbackPage teamId={TEAM_ID} />);
    expect(await picker()).toHaveValue(running.id);
  });
});
