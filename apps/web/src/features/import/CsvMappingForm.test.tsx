import type { Column } from '@echoboard/contracts';
import { guessCsvMapping } from '@echoboard/domain';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { CsvSettings } from './CsvImportPage.tsx';
import { CsvMappingForm } from './CsvMappingForm.tsx';

const column = (id: string, name: string): Column => ({
  id,
  boardId: 'b',
  name,
  wipLimit: null,
  wipHard: false,
  staleDays: null,
  rank: id,
});
const header = ['Name', 'Notes', 'Owner'];

function Harness({ onSubmit }: { onSubmit: (settings: CsvSettings) => void }) {
  const [settings, setSettings] = useState<CsvSettings>({
    delimiter: ',',
    mapping: guessCsvMapping(header),
    defaultColumnId: 'c1',
    unknownColumns: 'create',
  });
  return (
    <CsvMappingForm
      header={header}
      columns={[column('c1', 'To do'), column('c2', 'Doing')]}
      settings={settings}
      disabled={false}
      onChange={setSettings}
      onSubmit={() => onSubmit(settings)}
    />
  );
}

describe('CsvMappingForm', () => {
  it('starts from the guessed mapping and gives each field to one column only', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(<Harness onSubmit={onSubmit} />);
    expect(screen.getByLabelText('Name')).toHaveValue('title');
    expect(screen.getByLabelText('Notes')).toHaveValue('description');
    expect(screen.getByLabelText('Owner')).toHaveValue('ignore');

    await user.selectOptions(screen.getByLabelText('Owner'), 'Title');
    expect(screen.getByLabelText('Name')).toHaveValue('ignore');
    await user.selectOptions(screen.getByLabelText('Rows without a column go to'), 'Doing');
    await user.click(screen.getByLabelText('Put their rows in the column above'));
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    expect(onSubmit).toHaveBeenCalledWith({
      delimiter: ',',
      mapping: ['ignore', 'description', 'title'],
      defaultColumnId: 'c2',
      unknownColumns: 'default',
    });
  });

  it('will not preview until a column holds the titles, and says why', async () => {
    const user = userEvent.setup();
    render(<Harness onSubmit={vi.fn()} />);
    await user.selectOptions(screen.getByLabelText('Name'), 'Ignore');
    expect(screen.getByRole('alert')).toHaveTextContent('Choose the column that holds the card titles.');
    expect(screen.getByRole('button', { name: 'Preview' })).toBeDisabled();
  });
});
