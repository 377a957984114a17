// Builds the load benchmark's mix of turns from the running bot's own cards, so the clicks are exactly the
// button data the bot sends (areas, items, pages, related items, and whatever walk-through or step-up
// buttons the areas and items show).
//   node bench/load/mix.mjs <bot url> <eval-questions.json> <out file>
// Writes one JSON fragment per line ("text": … or "value": {…}), repeated to weigh the mix; turns.lua
// completes each into an activity.
import { readFileSync, writeFileSync } from 'node:fs';

const [url, questionsPath, out] = process.argv.slice(2);
if (!out) {
  console.error('usage: node mix.mjs <bot url> <eval-questions.json> <out file>');
  process.exit(2);
}

let turnId = 0;
async function turn(fields) {
  const activity = {
    type: 'message', id: `mix-${++turnId}`, channelId: 'msteams', serviceUrl: 'http://127.0.0.1:9/',
    deliveryMode: 'expectReplies', recipient: { id: 'guidebot' },
    conversation: { id: 'load-mix', conversationType: 'personal' }, from: { id: 'load-mix' }, ...fields,
  };
  const response = await fetch(`${url}/api/messages`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(activity),
  });
  if (response.status !== 200) throw new Error(`mix: ${JSON.stringify(fields)} answered ${response.status}`);
  return response.json();
}

// Every Action.Submit's data in the replies, nested cards (Action.ShowCard) included.
function submits(node, found = []) {
  if (Array.isArray(node)) node.forEach((child) => submits(child, found));
  else if (node && typeof node === 'object') {
    if (node.type === 'Action.Submit' && node.data && typeof node.data === 'object') found.push(node.data);
    Object.values(node).forEach((child) => submits(child, found));
  }
  return found;
}

const key = (data) => JSON.stringify(data);
const clicks = new Map(); // verb → Map(key → data)
function collect(replies) {
  for (const data of submits(replies)) {
    const verb = data.verb ?? '(none)';
    if (!clicks.has(verb)) clicks.set(verb, new Map());
    clicks.get(verb).set(key(data), data);
  }
}

collect(await turn({ text: 'menu' }));
for (const area of [...(clicks.get('area')?.values() ?? [])]) collect(await turn({ value: area }));
for (const item of [...(clicks.get('item')?.values() ?? [])]) collect(await turn({ value: item }));
// One step further for the buttons areas and items add (walk-throughs, step-up tools): their next cards.
const known = new Set(['menu', 'hjælp', 'tilbage', 'area', 'item', 'search']);
for (const [verb, datas] of [...clicks]) {
  if (known.has(verb)) continue;
  for (const data of [...datas.values()].slice(0, 20)) collect(await turn({ value: data }));
}

const evaluation = JSON.parse(readFileSync(questionsPath, 'utf8'));
const questions = [...evaluation.questions, ...evaluation.noMatch].map((q) => q.q);
const values = (verb) => [...(clicks.get(verb)?.values() ?? [])];
const others = [...clicks].filter(([verb]) => !known.has(verb)).flatMap(([, datas]) => [...datas.values()]);
const typed = (text) => `"text":${JSON.stringify(text)}`;
const clicked = (data) => `"value":${JSON.stringify(data)}`;

// The mix, in percent of turns: what a consultant does mid-conversation with a citizen.
const weights = [
  [8, ['menu', 'hej', 'start'].map(typed)],
  [4, [clicked({ verb: 'menu' }), clicked({ verb: 'tilbage' }), typed('tilbage')]],
  [2, [typed('hjælp')]],
  [20, values('area').map(clicked)],
  [36, values('item').map(clicked)],
  [20, questions.map(typed)],
  [5, questions.map((q) => clicked({ verb: 'search', query: q }))],
  [5, others.map(clicked)],
];
const lines = [];
for (const [percent, fragments] of weights) {
  if (fragments.length === 0) continue;
  // About 40 lines per percent, cycling through the fragments.
  for (let i = 0; i < percent * 40; i++) lines.push(fragments[i % fragments.length]);
}
writeFileSync(out, lines.join('\n') + '\n');
const summary = weights.map(([p, f], i) => `${['typed menu', 'menu/back clicks', 'help', 'area clicks', 'item clicks', 'typed questions', 'search box', 'other clicks'][i]} ${f.length ? p : 0}% (${f.length} distinct)`);
console.log(`mix: ${lines.length} turns — ${summary.join(', ')}; other verbs: ${[...clicks.keys()].filter((v) => !known.has(v)).join(' ') || 'none'}`);
