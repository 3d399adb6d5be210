import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Loading } from './Loading.tsx';

describe('Loading', () => {
  it('says what is loading in a status region, which a screen reader reads out politely', () => {
    render(<Loading>Loading the review…</Loading>);
    expect(screen.getByRole('status')).toHaveTextContent(/^Loading the review…$/);
  });

  it('looks the same wherever it stands', () => {
    render(
      <>
        <Loading>Loading team…</Loading>
        <Loading>Loading comments…</Loading>
      </>,
    );
    const [team, comments] = screen.getAllByRole('status');
    expect(team).toHaveClass('loading');
    expect(comments?.className).toBe(team?.className);
  });
});
