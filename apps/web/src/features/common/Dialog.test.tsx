import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { Dialog } from './Dialog.tsx';

function Page() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Rename
      </button>
      {open ? (
        <Dialog title="Rename board" onClose={() => setOpen(false)}>
          <input aria-label="Name" data-autofocus />
          <button type="button" disabled>
            Not now
          </button>
          <button type="button">Save</button>
        </Dialog>
      ) : null}
      <button type="button">Behind the dialog</button>
    </>
  );
}

describe('Dialog', () => {
  it('stays open under StrictMode, whose double effect closes and reopens it', async () => {
    render(
      <StrictMode>
        <Page />
      </StrictMode>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Rename' }));
    // Let the queued close event of StrictMode's first cleanup arrive.
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(screen.getByRole('dialog', { name: 'Rename board' })).toBeInTheDocument();
  });

  it('keeps Tab and Shift+Tab inside and gives focus back to the opener on close', async () => {
    const user = userEvent.setup();
    render(<Page />);
    await user.click(screen.getByRole('button', { name: 'Rename' }));
    expect(screen.getByLabelText('Name')).toHaveFocus();

    await user.tab();
    expect(screen.getByRole('button', { name: 'Save' })).toHaveFocus();
    // Past the last control: back to the first (the close button), not the page behind.
    await user.tab();
    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Save' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Rename' })).toHaveFocus();
  });

  it('sends focus where returnFocus says when the opener went with what the dialog did', async () => {
    function Removal() {
      const [removed, setRemoved] = useState(false);
      const [open, setOpen] = useState(false);
      return (
        <>
          {removed ? null : (
            <button type="button" onClick={() => setOpen(true)}>
              Remove row
            </button>
          )}
          <button type="button" id="next-row">
            Next row
          </button>
          {open ? (
            <Dialog
              title="Remove the row?"
              onClose={() => setOpen(false)}
              returnFocus={() => document.getElementById('next-row')}
            >
              <button
                type="button"
                onClick={() => {
                  setRemoved(true);
                  setOpen(false);
                }}
              >
                Remove
              </button>
            </Dialog>
          ) : null}
        </>
      );
    }
    const user = userEvent.setup();
    render(<Removal />);
    await user.click(screen.getByRole('button', { name: 'Remove row' }));
    await user.click(screen.getByRole('button', { name: 'Remove' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next row' })).toHaveFocus();
  });
});
