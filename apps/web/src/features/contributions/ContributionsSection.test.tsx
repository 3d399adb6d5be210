import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as campaignsApi from '../../api/campaigns.ts';
import { ApiError, networkError } from '../../api/client.ts';
import * as contributionsApi from '../../api/contributions.ts';
import { resetStore } from '../../store/index.ts';
import { makeCard } from '../../test/fixtures.ts';
import { ContributionsSection } from './ContributionsSection.tsx';

vi.mock('../../api/contributions.ts', () => ({
  getContributions: vi.fn(),
  logEffort: vi.fn(),
  deleteEffort: vi.fn(),
  giveKudos: vi.fn(),
  withdrawKudos: vi.fn(),
}));
vi.mock('../../api/campaigns.ts', () => ({ listCampaigns: vi.fn() }));
vi.mock('../../api/cards.ts', () => ({ updateCard: vi.fn() }));

const card = makeCard({ title: 'Launch post' });
const none = { cardId: card.id, effort: [], kudos: [], contributors: [] };

describe('ContributionsSection', () => {
  beforeEach(() => {
    resetStore();
    vi.mocked(contributionsApi.getContributions).mockReset();
    vi.mocked(campaignsApi.listCampaigns).mockResolvedValue([]);
  });

  it('says it is loading, then why loading failed, and Try again shows what was logged', async () => {
    const user = userEvent.setup();
    vi.mocked(contributionsApi.getContributions).mockRejectedValueOnce(networkError()).mockResolvedValueOnce(none);
    render(<ContributionsSection card={card} />);
    expect(screen.getByText('Loading effort and kudos…')).toBeVisible();
    expect(await screen.findByRole('heading', { name: 'Can’t reach the server', level: 4 })).toBeVisible();
    expect(screen.queryByText('No effort logged yet.')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('No effort logged yet.')).toBeVisible();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says why logging effort was refused, without calling it a failed load', async () => {
    const user = userEvent.setup();
    vi.mocked(contributionsApi.getContributions).mockResolvedValue(none);
    vi.mocked(contributionsApi.logEffort).mockRejectedValue(
      new ApiError({ status: 400, code: 'VALIDATION_FAILED', title: 'Invalid', detail: 'Log minutes or points.' }),
    );
    render(<ContributionsSection card={card} />);
    await screen.findByText('No effort logged yet.');
    await user.click(screen.getByRole('button', { name: 'Log effort' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Log minutes or points.');
    expect(screen.getByText('No effort logged yet.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });
});
