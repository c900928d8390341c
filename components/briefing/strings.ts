/**
 * Every word of the briefing, presenter, print, draft and figure-export
 * interfaces, in one place so the Arabic interface can translate them as one
 * dictionary. English only for now; a second locale adds an object of the
 * same shape (the type makes a missing key a compile error).
 */

export type BriefingLocale = 'en';

export interface BriefingStrings {
  briefing: string;
  stepOf: (step: number, count: number) => string;
  progressLabel: string;
  previous: string;
  next: string;
  first: string;
  last: string;
  fullScreen: string;
  exitFullScreen: string;
  leave: string;
  leaveHint: string;
  presenterView: string;
  printView: string;
  keysHelp: string;
  controlsLabel: string;
  stepNotice: (raw: string, count: number) => string;
  dismiss: string;
  window: string;
  inFocus: string;
  keyPassage: string;
  glossLabel: string;
  source: string;
  timelineHeading: string;
  graphHeading: string;
  loading: string;
  // Presenter
  presenterTitle: string;
  currentStep: string;
  nextStep: string;
  endOfBriefing: string;
  notes: string;
  noNotes: string;
  elapsed: string;
  resetTimer: string;
  openAudience: string;
  syncHint: string;
  // Index of briefings
  indexTitle: string;
  indexIntro: string;
  indexEmpty: string;
  steps: (count: number) => string;
  present: string;
  // Print
  printTitle: string;
  printButton: string;
  printHint: string;
  backToBriefing: string;
  // Figure export
  exportTimelineSvg: string;
  exportTimelinePng: string;
  exportGraphSvg: string;
  exportGraphPng: string;
  exportLabel: string;
  exportUnavailable: string;
  captionTimeline: string;
  captionGraph: string;
  captionSources: string;
  captionPublished: (date: string, inferred: boolean) => string;
  captionMadeWith: string;
  // Draft briefing ("Add this view as a step")
  addStep: string;
  addStepNeedsSelection: string;
  draftCount: (count: number) => string;
  downloadDraft: string;
  clearDraft: string;
  draftAdded: (title: string) => string;
  draftTitle: string;
  draftDescription: string;
  draftGloss: string;
  draftNarrative: (summary: string) => string;
}

export const BRIEFING_STRINGS: Record<BriefingLocale, BriefingStrings> = {
  en: {
    briefing: 'Briefing',
    stepOf: (step, count) => `Step ${step} of ${count}`,
    progressLabel: 'Progress through the briefing',
    previous: 'Previous',
    next: 'Next',
    first: 'First step',
    last: 'Last step',
    fullScreen: 'Full screen (F)',
    exitFullScreen: 'Leave full screen (F)',
    leave: 'Leave (Esc)',
    leaveHint: 'Open the explorer at this step’s period',
    presenterView: 'Presenter view',
    printView: 'Print / save as PDF',
    keysHelp: 'Keys: → Space PageDown next · ← PageUp previous · Home first · End last · F full screen · Esc leave',
    controlsLabel: 'Briefing controls',
    stepNotice: (raw, count) => `“step=${raw}” is not a step of this briefing (1 to ${count}); showing step 1.`,
    dismiss: 'Dismiss',
    window: 'Period',
    inFocus: 'In focus',
    keyPassage: 'Key passage',
    glossLabel: 'English gloss (analyst translation)',
    source: 'Source',
    timelineHeading: 'Timeline',
    graphHeading: 'Actors and relations',
    loading: 'Loading the briefing…',
    presenterTitle: 'Presenter view',
    currentStep: 'Now',
    nextStep: 'Next',
    endOfBriefing: 'End of the briefing.',
    notes: 'Notes',
    noNotes: 'No notes for this step.',
    elapsed: 'Elapsed',
    resetTimer: 'Reset timer',
    openAudience: 'Open the audience window',
    syncHint: 'Stays in step with the audience window in this browser; either window can advance.',
    indexTitle: 'Briefings',
    indexIntro: 'Stories told step by step over the dataset, every step backed by a source passage. Present full screen, open the presenter view on a second window, or print one step per page.',
    indexEmpty: 'No briefing yet: add one as data/briefings/<id>.json.',
    steps: (count) => `${count} step${count === 1 ? '' : 's'}`,
    present: 'Present',
    printTitle: 'Print version',
    printButton: 'Print / save as PDF',
    printHint: 'One step per landscape page, with its passage and source.',
    backToBriefing: 'Back to the briefing',
    exportTimelineSvg: 'Export timeline (SVG)',
    exportTimelinePng: 'Export timeline (PNG)',
    exportGraphSvg: 'Export graph (SVG)',
    exportGraphPng: 'Export graph (PNG)',
    exportLabel: 'Export figures',
    exportUnavailable: 'Nothing to export yet: the figure has not been drawn.',
    captionTimeline: 'Timeline',
    captionGraph: 'Actor graph',
    captionSources: 'Sources',
    captionPublished: (date, inferred) => `published ${date}${inferred ? ' (date inferred by the analyst)' : ''}`,
    captionMadeWith: 'Made with Athar; every item traces to a passage of these sources.',
    addStep: 'Add this view as a step',
    addStepNeedsSelection: 'Select an event or an actor first: a step needs a passage to back it.',
    draftCount: (count) => (count === 0 ? 'Draft briefing: no steps yet' : `Draft briefing: ${count} step${count === 1 ? '' : 's'}`),
    downloadDraft: 'Download draft briefing (JSON)',
    clearDraft: 'Clear draft',
    draftAdded: (title) => `Added “${title}” to the draft briefing.`,
    draftTitle: 'Draft briefing',
    draftDescription: 'A draft collected in the explorer. Write the narratives and glosses, then validate it in data/briefings/.',
    draftGloss: '[draft] Write the English gloss of this passage.',
    draftNarrative: (summary) => `[draft] ${summary}`,
  },
};

/** The interface words; one locale until the Arabic interface lands. */
export const STRINGS = BRIEFING_STRINGS.en;
