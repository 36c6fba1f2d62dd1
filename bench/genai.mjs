// The per-request costing users run today: @pydantic/genai-prices calcPrice
// over the rows bench.c wrote (bench/work/usage-1m.csv: our model id, our
// provider id, the provider's model id, input and output tokens).
// Prints "genai.ns_per_row N", "genai.priced N", "genai.total MODEL SUM".
import { readFileSync } from 'node:fs';
import { calcPrice } from '@pydantic/genai-prices';

// Our provider ids -> genai-prices provider ids (only those it knows).
const providerMap = {
  'openai': 'openai', 'anthropic': 'anthropic', 'google-ai-studio': 'google',
  'google-vertex-ai': 'google', 'amazon-bedrock': 'aws', 'azure': 'azure',
  'openrouter': 'openrouter', 'together-ai': 'together', 'fireworks-ai': 'fireworks',
  'groq': 'groq', 'deepseek': 'deepseek', 'mistral-ai': 'mistral', 'xai': 'x-ai',
  'cohere': 'cohere', 'moonshot-ai': 'moonshotai', 'z-ai': 'zai', 'cerebras': 'cerebras',
  'novita-ai': 'novita', 'perplexity': 'perplexity',
};

const rows = readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean).map((l) => {
  const [model, provider, ref, inp, outp] = l.split(',');
  return { model, provider: providerMap[provider], ref, usage: { input_tokens: +inp, output_tokens: +outp } };
});

function run() {
  const totals = new Map();
  let priced = 0;
  const t0 = process.hrtime.bigint();
  for (const r of rows) {
    const p = r.provider ? calcPrice(r.usage, r.ref, { providerId: r.provider }) : null;
    if (p) {
      priced++;
      totals.set(r.model, (totals.get(r.model) || 0) + p.total_price);
    }
  }
  return { ns: Number(process.hrtime.bigint() - t0), totals, priced };
}

run();                       // warm up the JIT and the price data
const runs = [run(), run(), run()];
const ns = runs.map((r) => r.ns).sort((a, b) => a - b)[1];
console.log(`genai.rows ${rows.length}`);
console.log(`genai.priced ${runs[0].priced}`);
console.log(`genai.ns_per_row ${(ns / rows.length).toFixed(1)}`);
for (const [m, s] of [...runs[0].totals].sort()) console.log(`genai.total ${m} ${s.toPrecision(10)}`);
