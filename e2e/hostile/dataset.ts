/**
 * The hostile dataset, written deterministically into a folder in the data/
 * layout: `npx tsx e2e/hostile/dataset.ts <dir>`. Its texts, names,
 * aliases, glosses, notes, titles and briefing carry script payloads, bidi
 * overrides, zero-width characters and combining marks, and one source is a
 * single 1 MB paragraph. Everything in it passes the validator (what the
 * validator refuses is covered by __tests__/validate-hostile.test.ts), so
 * the build serves it and e2e/hostile/ can prove it renders as inert text.
 *
 * Generated rather than committed: the 1 MB paragraph would only bloat the
 * repository, and the offsets are computed instead of typed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Briefing } from '../../lib/briefing';
import { findPassage } from '../../lib/passage';
import type { Actor, AtharEvent, Passage, Relation, Source, Statement } from '../../lib/schema';
import { HOSTILE_IDS as ID, HOSTILE_SOURCE, LONG_PARAGRAPH_BYTES, LONG_SOURCE, LONG_TOKEN_LENGTH, PAYLOAD } from './payloads';

const LONG_TOKEN = 'ب'.repeat(LONG_TOKEN_LENGTH);
/** The longest name the schema allows, with no space to break at. */
const LONG_NAME_EN = 'Longname'.repeat(37).slice(0, 296) + '-end';
const LONG_NAME_AR = 'اسمطويل'.repeat(43).slice(0, 295) + 'نهاية';

export const HOSTILE_TEXT = [
  `واشنطن 2013/5/15 (رويترز)`,
  '',
  `قال المسؤول ${PAYLOAD.script} إن المحادثات تقدمت أمس الثلاثاء مع الصين.`,
  `ونقل الموقع ${PAYLOAD.img} عن مصدر أن الصين وافقت على مجموعة عمل.`,
  `وكتب المدون ${PAYLOAD.svg} رابطا ${PAYLOAD.link} في تعليقه.`,
  `وقال ${PAYLOAD.bidi} إن الاتفاق قريب.`,
  `وذكر ${PAYLOAD.zeroWidth} أن الوفد وصل.`,
  `وعلق ${PAYLOAD.zalgo} على الخبر.`,
  `ووصف الكاتب ${PAYLOAD.formula} الخبر بأنه مهم.`,
  `وقال المتحدث الطويل إن الكلمة التالية طويلة: ${LONG_TOKEN} انتهى.`,
  '',
].join('\n');

/** One paragraph of at least LONG_PARAGRAPH_BYTES, no line break, payloads spread through it. */
export function longParagraph(): string {
  const sentence = `تقول الفقرة الطويلة إن ${PAYLOAD.script} لا يعمل وإن ${PAYLOAD.img} يبقى نصا، `;
  const count = Math.ceil(LONG_PARAGRAPH_BYTES / Buffer.byteLength(sentence));
  return `المتحدث الطويل: ${sentence.repeat(count)}نهاية الفقرة.\n`;
}

function passages(source: string, text: string) {
  return (exact: string, occurrence?: number): Passage => findPassage(source, text, exact, occurrence);
}

function sourceRecord(id: string, text: string, title: Source['title']): Source {
  return {
    id,
    title,
    language: 'ar',
    textFile: `${id}.txt`,
    sha256: createHash('sha256').update(text, 'utf8').digest('hex'),
    publisher: { stated: null, inferred: { name: `${PAYLOAD.img} Press`, basis: `${PAYLOAD.link} ${PAYLOAD.bidi}` }, credit: null },
    publication: { datetime: '2013-05-15T12:06:00+03:00', basis: 'inferred', passage: null, note: `${PAYLOAD.svg} inferred for the test` },
  };
}

function actor(id: string, name: Actor['name'], mention: Passage, extra: Partial<Actor> = {}): Actor {
  return { id, name, aliases: [mention.quote.exact], kind: 'person', country: null, affiliation: null, role: null, mentions: [mention], analystNotes: [], ...extra };
}

/** The records of the hostile dataset, by file name relative to the data folder. */
export function hostileFiles(): Record<string, string> {
  const p = passages(HOSTILE_SOURCE, HOSTILE_TEXT);
  const long = longParagraph();
  const q = passages(LONG_SOURCE, long);
  const actors: Actor[] = [
    actor(ID.scriptActor, { en: `${PAYLOAD.script} Official`, ar: `المسؤول ${PAYLOAD.img}` }, p(PAYLOAD.script), {
      aliases: [PAYLOAD.script, PAYLOAD.img, PAYLOAD.svg, PAYLOAD.link],
      mentions: [p(PAYLOAD.script), p(PAYLOAD.img)],
      role: { en: `${PAYLOAD.svg} role`, ar: `${PAYLOAD.formula}`, evidence: [p(PAYLOAD.svg)] },
      analystNotes: [{ text: `${PAYLOAD.svg} ${PAYLOAD.link} ${LONG_TOKEN}`, basis: `${PAYLOAD.script} ${PAYLOAD.formula}` }],
    }),
    actor(ID.bidiActor, { en: `${PAYLOAD.bidiOpen} (bidi)`, ar: PAYLOAD.bidiOpen }, p(PAYLOAD.bidi)),
    actor(ID.zalgoActor, { en: `${PAYLOAD.zalgo} ${PAYLOAD.zeroWidth}`, ar: PAYLOAD.zeroWidth }, p(PAYLOAD.zalgo), {
      aliases: [PAYLOAD.zalgo, PAYLOAD.zeroWidth],
      mentions: [p(PAYLOAD.zalgo), p(PAYLOAD.zeroWidth)],
    }),
    actor(ID.longActor, { en: LONG_NAME_EN, ar: LONG_NAME_AR }, p('المتحدث الطويل'), {
      aliases: ['المتحدث الطويل', PAYLOAD.formula],
      mentions: [p('المتحدث الطويل'), q('المتحدث الطويل'), p(PAYLOAD.formula)],
    }),
  ];
  const evidence = p(`إن المحادثات تقدمت أمس الثلاثاء مع الصين`);
  const events: AtharEvent[] = [
    {
      id: ID.event,
      type: 'statement',
      cameo: '01',
      status: 'occurred',
      title: { en: `${PAYLOAD.script} talks progress ${PAYLOAD.img}`, ar: `${PAYLOAD.svg} تقدم المحادثات ${PAYLOAD.bidi}` },
      summary: `${PAYLOAD.script}${PAYLOAD.img}${PAYLOAD.link} ${PAYLOAD.formula} ${LONG_TOKEN}`,
      date: { expression: 'أمس الثلاثاء', passage: p('أمس الثلاثاء'), edtf: '2013-05-14', earliest: '2013-05-14', latest: '2013-05-14', precision: 'day', anchor: HOSTILE_SOURCE, rule: 'yesterday-weekday', basis: 'expression' },
      participants: [
        { actor: ID.scriptActor, role: 'source' },
        { actor: ID.longActor, role: 'target' },
        { actor: ID.zalgoActor, role: 'participant' },
      ],
      evidence: [evidence, q('المتحدث الطويل')],
      analystNotes: [{ text: `${PAYLOAD.bidi} ${PAYLOAD.zalgo}`, basis: PAYLOAD.svg }],
    },
    {
      id: ID.bidiEvent,
      type: 'statement',
      cameo: '01',
      status: 'occurred',
      title: { en: `${PAYLOAD.bidiOpen} says the deal is near`, ar: `${PAYLOAD.bidiOpen} ${PAYLOAD.zeroWidth}` },
      // Starts with the formula: the CSV export must write this cell behind a quote mark.
      summary: `${PAYLOAD.formula} ${PAYLOAD.bidiOpen} ${PAYLOAD.svg}`,
      date: { expression: '2013/5/15', passage: p('2013/5/15'), edtf: '2013-05-15', earliest: '2013-05-15', latest: '2013-05-15', precision: 'day', anchor: null, rule: 'absolute', basis: 'expression' },
      participants: [
        { actor: ID.bidiActor, role: 'source' },
        { actor: ID.scriptActor, role: 'target' },
      ],
      evidence: [p(`إن الاتفاق قريب`)],
      analystNotes: [],
    },
  ];
  const statements: Statement[] = [
    { id: 'script-says-progress', speaker: ID.scriptActor, addressee: ID.longActor, event: ID.event, passage: evidence, gloss: `${PAYLOAD.script} ${PAYLOAD.img} said talks progressed ${PAYLOAD.formula}`, mode: 'reported-speech', reportedBy: null },
    { id: 'bidi-says-deal-near', speaker: ID.bidiActor, addressee: null, event: ID.bidiEvent, passage: p(`إن الاتفاق قريب`), gloss: `${PAYLOAD.bidiOpen} that the deal is near ${PAYLOAD.svg}`, mode: 'reported-speech', reportedBy: ID.scriptActor },
  ];
  const relations: Relation[] = [
    { id: 'script-meets-long', type: 'meets', source: ID.scriptActor, target: ID.longActor, events: [ID.event], passages: [] },
    { id: 'bidi-speaks-to-script', type: 'speaks-to', source: ID.bidiActor, target: ID.scriptActor, events: [ID.bidiEvent], passages: [] },
    { id: 'zalgo-meets-script', type: 'meets', source: ID.zalgoActor, target: ID.scriptActor, events: [ID.event], passages: [] },
  ];
  const briefing: Briefing = {
    id: ID.briefing,
    title: { en: `${PAYLOAD.script} Hostile briefing ${PAYLOAD.bidi}`, ar: `${PAYLOAD.img} إحاطة` },
    description: `${PAYLOAD.svg} ${PAYLOAD.link} ${PAYLOAD.formula}`,
    steps: [
      {
        id: 'progress',
        title: { en: `${PAYLOAD.img} Progress ${PAYLOAD.zalgo}`, ar: `${PAYLOAD.bidi} تقدم` },
        narrative: { en: `${PAYLOAD.script} ${PAYLOAD.svg} ${PAYLOAD.link} ${PAYLOAD.bidi}`, ar: `${PAYLOAD.zeroWidth} ${PAYLOAD.img}` },
        window: { from: '2013-05-01', to: '2013-05-31' },
        focus: { actors: [ID.scriptActor, ID.longActor], events: [ID.event] },
        keyPassage: p('المحادثات تقدمت'),
        gloss: `${PAYLOAD.img} talks progressed ${PAYLOAD.formula}`,
        notes: `${PAYLOAD.script} presenter notes ${PAYLOAD.bidi}`,
      },
      {
        title: { en: `${PAYLOAD.bidiOpen} The deal is near`, ar: PAYLOAD.zalgo },
        narrative: { en: `${PAYLOAD.zalgo} ${PAYLOAD.img}` },
        window: { from: '2013-05-10', to: '2013-05-20' },
        focus: { actors: [ID.bidiActor], events: [ID.bidiEvent] },
        keyPassage: p('الاتفاق قريب'),
        gloss: `${PAYLOAD.svg} the deal is near`,
      },
    ],
  };
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  return {
    [`sources/${HOSTILE_SOURCE}.txt`]: HOSTILE_TEXT,
    [`sources/${HOSTILE_SOURCE}.json`]: json(sourceRecord(HOSTILE_SOURCE, HOSTILE_TEXT, { en: `${PAYLOAD.script} Hostile report ${PAYLOAD.bidi}`, ar: `${PAYLOAD.img} تقرير` })),
    [`sources/${LONG_SOURCE}.txt`]: long,
    [`sources/${LONG_SOURCE}.json`]: json(sourceRecord(LONG_SOURCE, long, { en: 'One paragraph of a megabyte', ar: 'فقرة طويلة' })),
    'actors.json': json(actors),
    'events.json': json(events),
    'statements.json': json(statements),
    'relations.json': json(relations),
    [`briefings/${ID.briefing}.json`]: json(briefing),
  };
}

/** Writes the hostile dataset into `dir`, replacing what was there. */
export function writeHostileDataset(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  for (const [file, content] of Object.entries(hostileFiles())) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
}

if (require.main === module) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: npx tsx e2e/hostile/dataset.ts <dir>');
    process.exit(2);
  }
  writeHostileDataset(path.resolve(dir));
  console.log(`hostile dataset written to ${dir}`);
}
