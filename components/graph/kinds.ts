/**
 * How each kind of actor looks in the graph. One table feeds the Cytoscape
 * stylesheet, the legend and the actor list, so the legend can never describe
 * a shape the canvas does not draw.
 *
 * The mapping, chosen so the eight kinds stay apart at small sizes and in
 * greyscale (colour is spent on the country):
 *
 * | kind            | shape     | why                                          |
 * |-----------------|-----------|----------------------------------------------|
 * | person          | ellipse   | the commonest kind gets the plainest shape   |
 * | state           | hexagon   | a "territory" tile, unlike any box           |
 * | government-body | rectangle | an office: square corners                    |
 * | organisation    | barrel    | a box with bulging sides: a body of members  |
 * | company         | diamond   |                                              |
 * | news-media      | vee       | a speaker's chevron: media relay voices      |
 * | military-unit   | triangle  |                                              |
 * | group           | round-tag | an informal body: a soft, pointed box        |
 */
import type { ActorKind } from '@/lib/schema';
import type { Css } from 'cytoscape';

export interface KindLook {
  /** Cytoscape `shape` of the node. */
  shape: Css.NodeShape;
  /** English name of the kind, for the legend and the actor list. */
  label: string;
  /** The same shape as an SVG path in the box (-1,-1)–(1,1), for DOM legends. */
  iconPath: string;
}

export const KIND_LOOKS: Record<ActorKind, KindLook> = {
  person: {
    shape: 'ellipse',
    label: 'Person',
    iconPath: 'M -1 0 A 1 1 0 1 0 1 0 A 1 1 0 1 0 -1 0 Z',
  },
  state: {
    shape: 'hexagon',
    label: 'State',
    iconPath: 'M -0.5 -1 L -1 0 L -0.5 1 L 0.5 1 L 1 0 L 0.5 -1 Z',
  },
  'government-body': {
    shape: 'rectangle',
    label: 'Government body',
    iconPath: 'M -1 -1 L 1 -1 L 1 1 L -1 1 Z',
  },
  organisation: {
    shape: 'barrel',
    label: 'Organisation',
    iconPath: 'M -0.8 -1 L 0.8 -1 Q 1.1 0 0.8 1 L -0.8 1 Q -1.1 0 -0.8 -1 Z',
  },
  company: {
    shape: 'diamond',
    label: 'Company',
    iconPath: 'M 0 -1 L 1 0 L 0 1 L -1 0 Z',
  },
  'news-media': {
    shape: 'vee',
    label: 'News media',
    iconPath: 'M -1 -1 L 0 -0.333 L 1 -1 L 0 1 Z',
  },
  'military-unit': {
    shape: 'triangle',
    label: 'Military unit',
    iconPath: 'M 0 -1 L 1 1 L -1 1 Z',
  },
  group: {
    shape: 'round-tag',
    label: 'Group',
    iconPath: 'M -0.8 -1 L 0.2 -1 Q 0.3 -1 0.4 -0.85 L 0.95 -0.1 Q 1 0 0.95 0.1 L 0.4 0.85 Q 0.3 1 0.2 1 L -0.8 1 Q -1 1 -1 0.8 L -1 -0.8 Q -1 -1 -0.8 -1 Z',
  },
};

/** Label of a relation shown as an actor's recorded affiliation rather than as a relation. */
export const AFFILIATION_LABEL = 'affiliated with';

/**
 * Colour legend entries, matching `countryColor` in components/theme.ts:
 * the graph colours by country, not by the timeline's sides.
 */
export const COUNTRY_LEGEND: { country: string | null; label: string }[] = [
  { country: 'US', label: 'United States' },
  { country: 'CN', label: 'China' },
  { country: 'XX', label: 'Other country' },
  { country: null, label: 'No country (international, unknown)' },
];
