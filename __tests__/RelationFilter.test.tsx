/** The relation-type filter: present types only, null for all, stable values. */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RelationFilter } from '@/components/graph/RelationFilter';
import { edgeTypeCounts } from '@/components/graph/elements';
import { ACTORS, GRAPH } from './graph-fixture';

it('offers a checkbox per type present, with counts; all ticked when the value is null', () => {
  render(<RelationFilter counts={edgeTypeCounts(GRAPH, ACTORS)} value={null} onChange={jest.fn()} />);
  const boxes = screen.getAllByRole('checkbox');
  // "All" plus accuses, agrees with, meets, reports on, member of, attacks.
  expect(boxes).toHaveLength(7);
  expect(boxes.every((b) => (b as HTMLInputElement).checked)).toBe(true);
  expect(screen.queryByRole('checkbox', { name: /pressures/ })).toBeNull();
  // member-of counts the recorded affiliation drawn with it.
  expect(screen.getByRole('checkbox', { name: 'member of (2)' })).toBeInTheDocument();
});

it('unticking a type from "all" lists the rest in a stable order; ticking it back gives null', async () => {
  const user = userEvent.setup();
  const onChange = jest.fn();
  const { rerender } = render(<RelationFilter counts={edgeTypeCounts(GRAPH)} value={null} onChange={onChange} />);
  await user.click(screen.getByRole('checkbox', { name: /^meets/ }));
  expect(onChange).toHaveBeenLastCalledWith(['accuses', 'agrees-with', 'reports-on', 'member-of', 'attacks']);

  rerender(<RelationFilter counts={edgeTypeCounts(GRAPH)} value={['accuses', 'agrees-with', 'reports-on', 'member-of', 'attacks']} onChange={onChange} />);
  expect(screen.getByRole('checkbox', { name: 'All' })).not.toBeChecked();
  await user.click(screen.getByRole('checkbox', { name: /^meets/ }));
  expect(onChange).toHaveBeenLastCalledWith(null);
});

it('"All" resets to null, and unticking it shows none', async () => {
  const user = userEvent.setup();
  const onChange = jest.fn();
  const { rerender } = render(<RelationFilter counts={edgeTypeCounts(GRAPH)} value={['meets']} onChange={onChange} />);
  await user.click(screen.getByRole('checkbox', { name: 'All' }));
  expect(onChange).toHaveBeenLastCalledWith(null);
  rerender(<RelationFilter counts={edgeTypeCounts(GRAPH)} value={null} onChange={onChange} />);
  await user.click(screen.getByRole('checkbox', { name: 'All' }));
  expect(onChange).toHaveBeenLastCalledWith([]);
});
