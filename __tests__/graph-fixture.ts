/**
 * A small hand-built actor graph for the graph view's tests: a few actors of
 * every kind, directed and undirected relations, an affiliation already
 * covered by member-of, one that is not, and an isolated actor.
 */
import type { ActorGraph, GraphEdge } from '@/lib/graph';
import { RELATION_TYPES, type Actor, type ActorKind, type RelationType } from '@/lib/schema';

const passage = { source: 'fixture', position: { start: 0, end: 1 }, quote: { exact: 'x', prefix: '', suffix: '' } };

function actor(id: string, kind: ActorKind, country: string | null, en: string, ar: string, affiliation?: string): Actor {
  return {
    id,
    name: { en, ar },
    aliases: [ar],
    kind,
    country,
    affiliation: affiliation ? { actor: affiliation, evidence: [passage] } : null,
    role: null,
    mentions: [passage],
    analystNotes: [],
  };
}

export const ACTORS: Actor[] = [
  actor('john-kerry', 'person', 'US', 'John Kerry', 'جون كيري', 'us-state-department'),
  actor('us-state-department', 'government-body', 'US', 'US State Department', 'وزارة الخارجية الأمريكية'),
  actor('united-states', 'state', 'US', 'United States', 'الولايات المتحدة'),
  actor('china', 'state', 'CN', 'China', 'الصين'),
  actor('wang-yi', 'person', 'CN', 'Wang Yi', 'وانغ يي', 'china-foreign-ministry'),
  actor('china-foreign-ministry', 'government-body', 'CN', 'Chinese Foreign Ministry', 'وزارة الخارجية الصينية'),
  actor('unit-61398', 'military-unit', 'CN', 'PLA Unit 61398', 'الوحدة 61398'),
  actor('mandiant', 'company', 'US', 'Mandiant', 'مانديانت'),
  actor('al-jazeera', 'news-media', 'QA', 'Al Jazeera', 'الجزيرة'),
  actor('un', 'organisation', null, 'United Nations', 'الأمم المتحدة'),
  actor('hackers', 'group', null, 'Hacker groups', 'مجموعات القرصنة'),
];

function edge(source: string, target: string, type: RelationType, events: string[]): GraphEdge {
  const directed = RELATION_TYPES[type].directed;
  const [s, t] = directed || source < target ? [source, target] : [target, source];
  return { id: `${s}|${t}|${type}`, source: s, target: t, type, directed, relations: [`r-${s}-${t}-${type}`], events, weight: Math.max(1, events.length) };
}

export const GRAPH: ActorGraph = {
  nodes: [
    { id: 'john-kerry', eventCount: 4, statementCount: 3 },
    { id: 'us-state-department', eventCount: 1, statementCount: 0 },
    { id: 'united-states', eventCount: 3, statementCount: 0 },
    { id: 'china', eventCount: 3, statementCount: 0 },
    { id: 'wang-yi', eventCount: 2, statementCount: 2 },
    { id: 'china-foreign-ministry', eventCount: 2, statementCount: 1 },
    { id: 'unit-61398', eventCount: 1, statementCount: 0 },
    { id: 'mandiant', eventCount: 1, statementCount: 0 },
    { id: 'al-jazeera', eventCount: 1, statementCount: 0 },
    { id: 'un', eventCount: 0, statementCount: 0 },
    { id: 'hackers', eventCount: 1, statementCount: 0 },
  ],
  edges: [
    edge('john-kerry', 'wang-yi', 'meets', ['e-meeting', 'e-talks']),
    edge('united-states', 'china', 'accuses', ['e-accuse-1', 'e-accuse-2', 'e-accuse-3', 'e-accuse-4']),
    edge('china-foreign-ministry', 'united-states', 'accuses', ['e-counter']),
    edge('mandiant', 'unit-61398', 'reports-on', ['e-report']),
    edge('unit-61398', 'united-states', 'attacks', ['e-report']),
    edge('al-jazeera', 'john-kerry', 'reports-on', ['e-meeting']),
    edge('wang-yi', 'china-foreign-ministry', 'member-of', []),
    edge('united-states', 'china', 'agrees-with', ['e-cyber-group']),
    edge('hackers', 'united-states', 'attacks', ['e-accuse-1']),
  ].sort((a, b) => a.id.localeCompare(b.id)),
};
