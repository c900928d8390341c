/** Display labels for record kinds, shared by the static pages. */
import type { ActorKind } from '@/lib/schema';

export const ACTOR_KIND_LABELS: Record<ActorKind, string> = {
  person: 'Person',
  state: 'State',
  'government-body': 'Government body',
  organisation: 'Organisation',
  company: 'Company',
  'news-media': 'News media',
  'military-unit': 'Military unit',
  group: 'Group of people',
};
