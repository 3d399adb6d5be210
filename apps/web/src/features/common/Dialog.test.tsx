import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { Dialog } from './Dialog.tsx';

function Opener() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open
      </button>
      {open ? (
        <Dialog title="Edit card" onClose={() => setOpen(false)}>
          <p>Body</p>
        </Dialog>
      ) : null}
    </>
  );
}

describe('Dialog', () => {
  it('stays open under StrictMode, whose double effect closes and reopens it', async () => {
    render(
      <StrictMode>
        <Opener />
      </StrictMode>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Open' }));
    // Let the queued close event of StrictMode's first cleanup arrive.
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(screen.getByRole('dialog', { name: 'Edit card' })).toBeInTheDocument();
  });

  it('closes with its Close button and gives focus back to the opener', async () => {
    render(<Opener />);
    const opener = screen.getByRole('button', { name: 'Open' });
    await userEvent.click(opener);
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(opener).toHaveFocus();
  });
});
