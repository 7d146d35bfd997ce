// Load test against a running paperchat server: CONNECTIONS concurrent clients for SECONDS
// seconds on hybrid search and extractive ask. Prints throughput, latency percentiles and errors;
// exits non-zero on any error or 5xx. Only ever targets the loopback address it is given.
const base = process.argv[2] ?? "http://127.0.0.1:7070";
const connections = Number(process.argv[3] ?? 32);
const seconds = Number(process.argv[4] ?? 30);
if (!/^http:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$/.test(base)) {
  console.error("load test targets loopback only, not " + base);
  process.exit(2);
}
const questions = [
  "which methods avoid entropy collapse?", "shorter chains of thought", "test-time reinforcement learning without labels",
  "latent reasoning in continuous space", "process reward models", "multimodal reasoning with reinforcement learning",
  "the quiet star paper", "how do small models teach large models to reason", "KV cache eviction for long reasoning",
  "majority voting as a reward signal",
];
const stats = { search: [], ask: [] };
let errors = 0, serverErrors = 0, requests = 0;
const deadline = Date.now() + seconds * 1000;

async function one(kind, i) {
  const q = questions[i % questions.length];
  const started = performance.now();
  try {
    const response = kind === "search"
      ? await fetch(`${base}/api/search?q=${encodeURIComponent(q)}&k=10`)
      : await fetch(`${base}/api/ask`, { method: "POST", headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ question: q, mode: "extractive", k: 6 }) });
    await response.arrayBuffer();
    if (response.status >= 500) serverErrors++;
    if (!response.ok) errors++;
  } catch (e) {
    errors++;
  }
  stats[kind].push(performance.now() - started);
  requests++;
}

async function client(id) {
  for (let i = id; Date.now() < deadline; i++) await one(i % 2 === 0 ? "search" : "ask", i);
}

function pct(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.max(0, Math.ceil(p / 100 * sorted.length) - 1)].toFixed(1) : "-";
}

const started = Date.now();
await Promise.all(Array.from({ length: connections }, (_, i) => client(i)));
const elapsed = (Date.now() - started) / 1000;
console.log(`load test: ${connections} connections, ${elapsed.toFixed(1)} s, ${requests} requests, ${(requests / elapsed).toFixed(1)} req/s`);
for (const kind of ["search", "ask"]) {
  console.log(`  ${kind.padEnd(6)} n=${stats[kind].length} p50=${pct(stats[kind], 50)} ms p99=${pct(stats[kind], 99)} ms`);
}
console.log(`  errors=${errors} 5xx=${serverErrors}`);
process.exit(errors === 0 && serverErrors === 0 ? 0 : 1);
