/** Display words for the data model's enumerations, shared by every panel. */
import type { Actor, AtharEvent, Statement } from '@/lib/schema';

export const ACTOR_KIND_NAMES: Record<Actor['kind'], string> = {
  person: 'Person',
  state: 'State',
  'government-body': 'Government body',
  organisation: 'Organisation',
  company: 'Company',
  'news-media': 'News media',
  'military-unit': 'Military unit',
  group: 'Group of people',
};

export const STATUS_LABELS: Record<AtharEvent['status'], string> = {
  occurred: 'Occurred',
  expected: 'Expected (announced, not yet happened)',
  ongoing: 'Ongoing',
};

/** CAMEO's "source" actor is the one who acts; "initiator" says so without clashing with news sources. */
export const PARTICIPANT_ROLE_LABELS: Record<AtharEvent['participants'][number]['role'], string> = {
  source: 'initiator',
  target: 'target',
  participant: 'participant',
};

export const MODE_LABELS: Record<Statement['mode'], string> = {
  'direct-quote': 'Direct quote',
  'reported-speech': 'Reported speech',
};
