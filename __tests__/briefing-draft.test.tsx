/**
 * "Add this view as a step": a step made from the explorer's view passes the
 * briefing schema and the dataset's briefing checks as downloaded, and the
 * button collects steps in localStorage and offers the draft as JSON.
 */
import path from 'node:path';
import { TextDecoder as NodeTextDecoder } from 'node:util';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BriefingSchema, NARRATIVE_MAX } from '@/lib/briefing';
import { readDatasetFiles, loadDataset } from '@/lib/load';
import { buildIndex } from '@/lib/query';
import { validateDataset } from '@/lib/validate';
import { AddStepButton } from '@/components/briefing/AddStepButton';
import { DRAFT_NARRATIVE_MAX, DRAFT_STORAGE_KEY, draftBriefing, draftJson, parseStoredDraft, stepFromView, type ViewForStep } from '@/components/briefing/draft';

// jsdom has no TextDecoder; the loader (meant for Node) decodes the files with one.
globalThis.TextDecoder ??= NodeTextDecoder as unknown as typeof TextDecoder;
const DATA = path.join(__dirname, '..', 'data');
const index = buildIndex(loadDataset(DATA));
const none: ViewForStep = { actor: null, event: null, from: null, to: null };

/** The shipped dataset with the draft saved as data/briefings/draft-briefing.json. */
function validateWithDraft(json: string) {
  const input = readDatasetFiles(DATA);
  return validateDataset({ ...input, json: { ...input.json, 'briefings/draft-briefing.json': json } });
}

describe('stepFromView', () => {
  it('backs a selected event with its first evidence passage, in a period holding the event', () => {
    const step = stepFromView(index, { ...none, event: 'li-keqiang-calls-to-end-war-of-words' })!;
    const event = index.events.get('li-keqiang-calls-to-end-war-of-words')!;
    expect(step.keyPassage).toEqual(event.evidence[0]);
    expect(step.focus).toEqual({ actors: [], events: [event.id] });
    expect(step.window).toEqual({ from: '2013-03-01', to: '2013-03-31' });
    expect(step.title).toEqual(event.title);
  });

  it('keeps a brushed period, widened to hold the selected event', () => {
    const step = stepFromView(index, { actor: 'li-keqiang', event: 'li-keqiang-calls-to-end-war-of-words', from: '2013-03-10', to: '2013-04-13' })!;
    expect(step.window).toEqual({ from: '2013-03-01', to: '2013-04-13' });
    expect(step.focus.actors).toEqual(['li-keqiang']);
  });

  it('backs a selected actor with its first statement and that statement’s gloss', () => {
    const step = stepFromView(index, { ...none, actor: 'robert-hormats' })!;
    const statement = index.statementsBySpeaker.get('robert-hormats')![0]!;
    expect(step.keyPassage).toEqual(statement.passage);
    expect(step.gloss).toBe(statement.gloss);
    expect(step.focus).toEqual({ actors: ['robert-hormats'], events: [statement.event] });
  });

  it('gives nothing to add without a selection, or for an actor who says nothing', () => {
    expect(stepFromView(index, none)).toBeNull();
    expect(stepFromView(index, { ...none, actor: 'russia', from: '2013-04-01', to: '2013-04-30' })).toBeNull();
  });

  it('keeps narratives within the schema’s limit', () => {
    expect(DRAFT_NARRATIVE_MAX).toBe(NARRATIVE_MAX);
  });
});

describe('the draft briefing file', () => {
  const views: ViewForStep[] = [
    { ...none, event: 'security-company-report-on-army-unit' },
    { ...none, actor: 'wang-yi' },
    { actor: null, event: 'working-group-first-meeting', from: '2013-05-01', to: '2013-05-31' },
    { ...none, event: 'us-accuses-china-of-intrusions' },
  ];
  const steps = views.map((view) => stepFromView(index, view)!);

  it('passes the schema and every briefing check of the dataset, as downloaded', () => {
    expect(BriefingSchema.safeParse(draftBriefing(steps)).success).toBe(true);
    const { issues } = validateWithDraft(draftJson(steps));
    expect(issues).toEqual([]);
  });

  it('reads back from storage, dropping what is not a list of steps', () => {
    expect(parseStoredDraft(JSON.stringify(steps))).toEqual(steps);
    expect(parseStoredDraft('{"not": "a list"}')).toEqual([]);
    expect(parseStoredDraft('[1, {"title": "x"}]')).toEqual([]);
    expect(parseStoredDraft('not json')).toEqual([]);
    expect(parseStoredDraft(null)).toEqual([]);
  });
});

describe('AddStepButton', () => {
  beforeEach(() => window.localStorage.clear());

  it('explains why it cannot add a view without a selection', () => {
    render(<AddStepButton index={index} view={none} />);
    expect(screen.getByRole('button', { name: 'Add this view as a step' })).toBeDisabled();
    expect(screen.getByText(/a step needs a passage to back it/)).toBeInTheDocument();
  });

  it('collects views in localStorage, downloads the draft and clears it', async () => {
    const user = userEvent.setup();
    const created: Blob[] = [];
    URL.createObjectURL = jest.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:draft';
    });
    URL.revokeObjectURL = jest.fn();
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { rerender } = render(<AddStepButton index={index} view={{ ...none, event: 'kerry-wang-yi-meeting' }} />);
    await user.click(screen.getByRole('button', { name: 'Add this view as a step' }));
    rerender(<AddStepButton index={index} view={{ ...none, actor: 'michael-daniel' }} />);
    await user.click(screen.getByRole('button', { name: 'Add this view as a step' }));
    expect(screen.getByRole('status')).toHaveTextContent('Draft briefing: 2 steps');
    expect(parseStoredDraft(window.localStorage.getItem(DRAFT_STORAGE_KEY))).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Download draft briefing (JSON)' }));
    expect(click).toHaveBeenCalledTimes(1);
    // jsdom's Blob has no text(); FileReader reads it.
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(created[0]!);
    });
    expect(validateWithDraft(text).issues).toEqual([]);
    expect(JSON.parse(text).steps.map((s: { title: { en: string } }) => s.title.en)).toEqual(['John Kerry and Wang Yi meet', 'Michael Daniel']);

    await user.click(screen.getByRole('button', { name: 'Clear draft' }));
    expect(window.localStorage.getItem(DRAFT_STORAGE_KEY)).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('Draft briefing: no steps yet');
    click.mockRestore();
  });

  it('follows a draft changed in another tab', () => {
    render(<AddStepButton index={index} view={none} />);
    const steps = [stepFromView(index, { ...none, event: 'kerry-wang-yi-meeting' })];
    act(() => {
      window.localStorage.setItem(DRAFT_STORAGE_KEY, JSON.stringify(steps));
      window.dispatchEvent(new StorageEvent('storage', { key: DRAFT_STORAGE_KEY, newValue: JSON.stringify(steps) }));
    });
    expect(screen.getByRole('status')).toHaveTextContent('Draft briefing: 1 step');
  });
});
