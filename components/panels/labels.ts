/** Display words for the data model's enumerations, shared by every panel. */
import type { Actor, AtharEvent, Statement } from '@/lib/schema';
import { PANEL_STRINGS } from './strings';

// English words, for callers without a language (exports, tests); the views take PANEL_STRINGS[lang].
export const ACTOR_KIND_NAMES: Record<Actor['kind'], string> = PANEL_STRINGS.en.kinds;
export const STATUS_LABELS: Record<AtharEvent['status'], string> = PANEL_STRINGS.en.status;
export const PARTICIPANT_ROLE_LABELS: Record<AtharEvent['participants'][number]['role'], string> = PANEL_STRINGS.en.roles;
export const MODE_LABELS: Record<Statement['mode'], string> = PANEL_STRINGS.en.modes;
