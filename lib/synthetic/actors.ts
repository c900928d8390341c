/**
 * Synthetic actors: states first (one per country), then a mix of people
 * (most of them), ministries, organisations, companies, news agencies,
 * military units and hacking groups. People get a three-part Arabic name
 * (given name, father's name with بن, family name) and a short form as a
 * second alias, so thousands of them stay distinguishable, like a real cast.
 */
import type { ActorKind } from '../schema';
import type { Random } from './random';
import { COUNTRIES, FAMILY_NAMES, FATHER_NAMES, FIRST_NAMES, MINISTRIES, NAME_WORDS, ORGANISATION_PATTERNS, ROLES, type Pair } from './words';

export interface ActorPlan {
  id: string;
  kind: ActorKind;
  country: string | null;
  name: { ar: string; en: string };
  /** The full name first; people also have a short form (given and family name). */
  aliases: string[];
  /** A person's role at the body it is affiliated with (index into the plans). */
  role: Pair | null;
  affiliation: number | null;
}

/** The kinds after the states, by share: people dominate, as in news coverage. */
const KIND_SHARES: readonly (readonly [ActorKind, number])[] = [
  ['person', 60],
  ['government-body', 12],
  ['organisation', 6],
  ['company', 8],
  ['news-media', 8],
  ['military-unit', 3],
  ['group', 3],
];
const SHARE_TOTAL = KIND_SHARES.reduce((sum, [, share]) => sum + share, 0);

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function kindAt(random: Random): ActorKind {
  let target = random.next() * SHARE_TOTAL;
  for (const [kind, share] of KIND_SHARES) {
    target -= share;
    if (target < 0) return kind;
  }
  return 'person';
}

/** The name of a non-person actor of `kind` in `country`. */
function bodyName(kind: ActorKind, country: (typeof COUNTRIES)[number], random: Random): { ar: string; en: string } {
  const [, countryAr, countryEn] = country;
  if (kind === 'government-body') {
    const [ar, en] = random.pick(MINISTRIES);
    return { ar: `${ar} في ${countryAr}`, en: `${en} of ${countryEn}` };
  }
  if (kind === 'military-unit') {
    const number = random.int(100, 999);
    return { ar: `الوحدة ${number} في جيش ${countryAr}`, en: `Unit ${number} of the army of ${countryEn}` };
  }
  const [ar, en] = ORGANISATION_PATTERNS[kind] ?? ORGANISATION_PATTERNS.organisation!;
  const [wordAr, wordEn] = random.pick(NAME_WORDS);
  const [secondAr, secondEn] = random.pick(NAME_WORDS);
  return { ar: ar(`${wordAr} و${secondAr}`), en: en(`${wordEn} and ${secondEn}`) };
}

/** `count` actor plans; ids are unique (name slug plus a running number). */
export function planActors(count: number, random: Random): ActorPlan[] {
  const plans: ActorPlan[] = [];
  const bodiesByCountry = new Map<string, number[]>();
  for (let i = 0; i < count; i++) {
    const number = String(i + 1).padStart(5, '0');
    if (i < COUNTRIES.length) {
      const [code, ar, en] = COUNTRIES[i]!;
      plans.push({ id: `${slug(en)}-${number}`, kind: 'state', country: code, name: { ar, en }, aliases: [ar], role: null, affiliation: null });
      continue;
    }
    const country = random.pick(COUNTRIES);
    const kind = kindAt(random);
    if (kind === 'person') {
      const first = random.pick(FIRST_NAMES);
      const father = random.pick(FATHER_NAMES);
      const family = random.pick(FAMILY_NAMES);
      const name = { ar: `${first[0]} بن ${father[0]} ${family[0]}`, en: `${first[1]} bin ${father[1]} ${family[1]}` };
      const bodies = bodiesByCountry.get(country[0]) ?? [];
      const affiliation = bodies.length > 0 && random.chance(0.8) ? random.pick(bodies) : null;
      plans.push({
        id: `${slug(name.en)}-${number}`,
        kind,
        country: country[0],
        name,
        aliases: [name.ar, `${first[0]} ${family[0]}`],
        role: affiliation === null ? null : random.pick(ROLES),
        affiliation,
      });
      continue;
    }
    const name = bodyName(kind, country, random);
    plans.push({ id: `${slug(name.en)}-${number}`, kind, country: kind === 'organisation' ? null : country[0], name, aliases: [name.ar], role: null, affiliation: null });
    if (kind !== 'group') {
      const bodies = bodiesByCountry.get(country[0]);
      if (bodies) bodies.push(i);
      else bodiesByCountry.set(country[0], [i]);
    }
  }
  return plans;
}
