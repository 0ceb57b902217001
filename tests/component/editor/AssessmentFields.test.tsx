// A score left straight after typing keeps showing what was typed while its save is under way,
// as the other fields do, instead of the score it replaces (a flash of the old value).

import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AssessmentFields } from '../../../renderer/features/editor/details/AssessmentFields';
import { aNode } from '../../factories/records';

describe('AssessmentFields', () => {
  it('keeps a typed score on screen while it is being saved', async () => {
    const finishes: Array<(saved: boolean) => void> = [];
    const node = aNode({ id: 'a', label: 'Ada' });
    render(
      <AssessmentFields
        node={node}
        nodes={[node]}
        save={() => new Promise((resolve) => finishes.push(resolve))}
      />,
    );
    const influence = screen.getByRole('textbox', { name: 'Influence' });
    const user = userEvent.setup();

    await user.click(influence);
    await user.keyboard('7');
    await user.tab();
    await act(async () => {});

    expect(finishes).toHaveLength(1);
    expect(influence).toHaveValue('7');
    await act(async () => finishes[0]?.(false));
    expect(influence).toHaveValue('');
  });
});
