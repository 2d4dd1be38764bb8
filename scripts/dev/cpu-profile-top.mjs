// Summarizes a V8 CPU profile (node --cpu-prof) in the terminal: the functions with the most self
// time, the functions with the most total time (their callees included), and the self time per
// package or source folder. FROM_S=<seconds> leaves out the first seconds of the profile (a
// server's start and its clients connecting), so that only the load is summed.
//   [FROM_S=30] node scripts/dev/cpu-profile-top.mjs bench-results/profiles/CPU.<...>.cpuprofile [count]
import { readFileSync } from "node:fs";

const [file, countArg] = process.argv.slice(2);
if (!file) {
  console.error("usage: node scripts/dev/cpu-profile-top.mjs <file.cpuprofile> [count]");
  process.exit(1);
}
const count = Number(countArg ?? 30);
const profile = JSON.parse(readFileSync(file, "utf8"));
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const parentOf = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
const fromUs = Number(process.env.FROM_S ?? 0) * 1e6;
const selfMs = new Map();
let elapsedUs = 0;
for (let i = 0; i < profile.samples.length; i++) {
  elapsedUs += profile.timeDeltas[i] ?? 0;
  if (elapsedUs < fromUs) continue;
  const id = profile.samples[i];
  selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
}
const total = [...selfMs.values()].reduce((sum, ms) => sum + ms, 0);

/** Where a frame's code lives: a package in node_modules, a source folder, or node's own. */
function placeOf(url) {
  if (!url) return "(native)";
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  if (url.startsWith("node:")) return "node";
  const own = /\/(app|lib|server|scripts)\/(.*\/)?/.exec(url);
  return own ? `${own[1]}/${own[2] ?? ""}` : url;
}

const nameOf = ({ callFrame }) =>
  `${callFrame.functionName || "(anonymous)"} ${callFrame.url.replace(/^.*\/(node_modules|work\/[^/]+)\//, "")}:${callFrame.lineNumber + 1}`;
const byFunction = new Map();
const byPlace = new Map();
const totalByFunction = new Map();
for (const [id, ms] of selfMs) {
  const { callFrame } = nodes.get(id);
  const name = nameOf(nodes.get(id));
  byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
  // Each function on the sample's stack, once (a recursive one is not counted twice).
  const onStack = new Set();
  for (let at = id; at !== undefined; at = parentOf.get(at)) onStack.add(nameOf(nodes.get(at)));
  for (const each of onStack) totalByFunction.set(each, (totalByFunction.get(each) ?? 0) + ms);
  const place = placeOf(callFrame.url);
  byPlace.set(place, (byPlace.get(place) ?? 0) + ms);
}
const top = (map) => [...map].sort((a, b) => b[1] - a[1]).slice(0, count);
const line = ([name, ms]) =>
  `${ms.toFixed(0).padStart(8)} ms ${((ms / total) * 100).toFixed(1).padStart(5)} %  ${name}`;
console.log(`${(total / 1000).toFixed(1)} s sampled\n\nself time per function:`);
for (const entry of top(byFunction)) console.log(line(entry));
console.log("\ntotal time per function (callees included):");
for (const entry of top(totalByFunction)) console.log(line(entry));
console.log("\nself time per package or folder:");
for (const entry of top(byPlace)) console.log(line(entry));
