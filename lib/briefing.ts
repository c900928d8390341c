/**
 * Briefings: a story told step by step over the dataset, as data. Each step
 * moves the timeline to a window, brings actors and events into focus and
 * shows one key passage, so an analyst presenting never says more than a
 * source says. A briefing lives in `data/briefings/<id>.json` (one object per
 * file) and is validated with the rest of the dataset (lib/validate-briefings.ts):
 * every reference must exist and the key passage must back the step.
 */
import { z } from 'zod';
import { BilingualSchema, IdSchema, IsoDaySchema, PassageSchema } from './schema';

/** A narrative is read aloud or read from the back of a room: a few sentences, not an essay. */
export const NARRATIVE_MAX = 420;

export const BriefingStepSchema = z
  .object({
    /** Optional stable id, for links and presenter notes that refer to a step by name. */
    id: IdSchema.optional(),
    title: BilingualSchema,
    /** What the presenter says about the step; Arabic is optional until translated. */
    narrative: z
      .object({
        en: z.string().min(1).max(NARRATIVE_MAX),
        ar: z.string().min(1).max(NARRATIVE_MAX).optional(),
      })
      .strict(),
    /** The period the timeline shows, inclusive ISO days. */
    window: z.object({ from: IsoDaySchema, to: IsoDaySchema }).strict(),
    /** Actors highlighted in the graph, events highlighted on the timeline. */
    focus: z.object({ actors: z.array(IdSchema), events: z.array(IdSchema) }).strict(),
    /** The passage that backs the step: evidence of a focus event or words of a focus actor. */
    keyPassage: PassageSchema,
    /** English gloss of the key passage: the analyst's translation, labelled as such. */
    gloss: z.string().min(1),
    /** For the presenter's eyes only (presenter view), never shown to the audience. */
    notes: z.string().min(1).optional(),
  })
  .strict();

export const BriefingSchema = z
  .object({
    id: IdSchema,
    title: BilingualSchema,
    description: z.string().min(1),
    steps: z.array(BriefingStepSchema).min(1),
  })
  .strict();

export type BriefingStep = z.infer<typeof BriefingStepSchema>;
export type Briefing = z.infer<typeof BriefingSchema>;

/** Where briefing files live, relative to the data directory. */
export const BRIEFING_FILE = /^briefings\/([^/]+)\.json$/;
