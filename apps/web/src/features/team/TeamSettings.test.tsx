import type { TeamDetail } from '@echoboard/contracts';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/client.ts';
import * as teamsApi from '../../api/teams.ts';
import { resetStore } from '../../store/index.ts';
import { TeamSettings } from './TeamSettings.tsx';

vi.mock('../../api/teams.ts', () => ({ updateTeam: vi.fn() }));

const team = (over: Partial<TeamDetail> = {}): TeamDetail => ({
  id: '00000000-0000-4000-8000-000000000001',
  name: 'Growth',
  role: 'lead',
  memberCount: 1,
  createdAt: '2026-11-01T00:00:00.000Z',
  maxMembers: 10,
  timeZone: 'UTC',
  members: [],
  ...over,
});

describe('TeamSettings', () => {
  beforeEach(() => {
    resetStore();
    vi.mocked(teamsApi.updateTeam).mockReset();
  });

  it('lets a lead pick a time zone and saves only what changed', async () => {
    const user = userEvent.setup();
    vi.mocked(teamsApi.updateTeam).mockResolvedValue(team({ timeZone: 'Europe/Paris' }));
    const onSaved = vi.fn();
    render(<TeamSettings team={team()} onSaved={onSaved} />);
    const save = screen.getByRole('button', { name: 'Save settings' });
    expect(save).toBeDisabled();

    await user.selectOptions(screen.getByLabelText('Time zone'), 'Europe/Paris');
    await user.click(save);
    expect(teamsApi.updateTeam).toHaveBeenCalledWith(team().id, { timeZone: 'Europe/Paris' });
    expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ timeZone: 'Europe/Paris' }));
  });

  it("shows the server's reason when saving fails", async () => {
    const user = userEvent.setup();
    vi.mocked(teamsApi.updateTeam).mockRejectedValue(
      new ApiError({
        status: 403,
        code: 'FORBIDDEN',
        title: 'Forbidden',
        detail: 'Only a lead can change the team settings',
      }),
    );
    render(<TeamSettings team={team()} onSaved={vi.fn()} />);
    await user.clear(screen.getByLabelText('Team name'));
    await user.type(screen.getByLabelText('Team name'), 'Brand');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Only a lead can change the team settings');
  });

  it('shows members the zone without a form', () => {
    render(<TeamSettings team={team({ role: 'member', timeZone: 'Asia/Tokyo' })} onSaved={vi.fn()} />);
    expect(screen.getByText('Asia/Tokyo')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save settings' })).not.toBeInTheDocument();
  });
});
