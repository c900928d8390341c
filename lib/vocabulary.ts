/**
 * The controlled vocabularies of the data model, kept apart from the zod
 * schemas so that views can name kinds and types without shipping zod to the
 * browser.
 */

export const ACTOR_KINDS = [
  'person',
  'state',
  'government-body',
  'organisation',
  'company',
  'news-media',
  'military-unit',
  'group',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const PRECISIONS = ['day', 'week', 'month', 'season', 'year', 'vague'] as const;
export type Precision = (typeof PRECISIONS)[number];

/**
 * Event types, after CAMEO / PLOVER, each with its CAMEO root code. A record
 * may carry a finer CAMEO code under that root (e.g. `112` accuse under `11`).
 * "Expected" is a status, not a type: an expected meeting is a consultation
 * with status `expected`.
 */
export const EVENT_TYPES = {
  statement: { cameo: '01', label: 'Make public statement' },
  appeal: { cameo: '02', label: 'Appeal' },
  'intent-to-cooperate': { cameo: '03', label: 'Express intent to cooperate' },
  consultation: { cameo: '04', label: 'Consult or meet' },
  agreement: { cameo: '05', label: 'Diplomatic cooperation, agreement' },
  'report-publication': { cameo: '01', label: 'Report or publication' },
  demand: { cameo: '10', label: 'Demand or pressure' },
  accusation: { cameo: '11', label: 'Disapprove, accuse' },
  denial: { cameo: '01', label: 'Deny, reject an accusation' },
  'cyber-operation': { cameo: '17', label: 'Coerce: cyber intrusion or attack' },
} as const satisfies Record<string, { cameo: string; label: string }>;
export type EventType = keyof typeof EVENT_TYPES;

/** Relation types; `directed` decides whether the graph draws an arrow. */
export const RELATION_TYPES = {
  accuses: { directed: true, label: 'accuses' },
  'appeals-to': { directed: true, label: 'appeals to' },
  'agrees-with': { directed: false, label: 'agrees with' },
  meets: { directed: false, label: 'meets' },
  'reports-on': { directed: true, label: 'reports on' },
  'member-of': { directed: true, label: 'member of' },
  'counterpart-of': { directed: false, label: 'counterpart of' },
  pressures: { directed: true, label: 'pressures' },
  'speaks-to': { directed: true, label: 'speaks to' },
  attacks: { directed: true, label: 'attacks (alleged)' },
  'cooperates-with': { directed: false, label: 'cooperates with' },
} as const satisfies Record<string, { directed: boolean; label: string }>;
export type RelationType = keyof typeof RELATION_TYPES;
