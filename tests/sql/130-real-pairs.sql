-- The rule branches the seed pair does not reach, on real models of the
-- built-in catalog:
--   both priced (a real cost delta)    gpt-4o-mini vs claude-haiku-4-5
--   a shared provider                  llama-3.2-3b-instruct vs llama-3.2-1b-instruct
--   a benchmark tie                    llama-3.2-11b-vision-instruct vs llama-3.2-3b-instruct (GPQA 32.8)
--   no benchmark in common             claude-haiku-5-5 vs qwen3.5-4b
--   capabilities partly unknown        claude-haiku-4-5
--   the same model on both sides       gpt-4o-mini vs openai/gpt-4o-mini
.load dist/modelcmp
SELECT 'priced', monthly_cost('gpt-4o-mini'), cheapest_route('gpt-4o-mini'),
       monthly_cost('claude-haiku-4-5'), cheapest_route('claude-haiku-4-5'),
       round(monthly_cost('claude-haiku-4-5') - monthly_cost('gpt-4o-mini'), 2);
SELECT 'verdict', verdict('gpt-4o-mini', 'claude-haiku-4-5');
SELECT 'shared', verdict('llama-3.2-3b-instruct', 'llama-3.2-1b-instruct');
SELECT 'shared_friction', json_extract(value, '$.kind'), json_extract(value, '$.text')
  FROM json_each(switch_friction('llama-3.2-1b-instruct', 'llama-3.2-3b-instruct'));
SELECT 'tie', bench_delta('llama-3.2-11b-vision-instruct', 'llama-3.2-3b-instruct', 'gpqa'),
       verdict('llama-3.2-11b-vision-instruct', 'llama-3.2-3b-instruct');
SELECT 'tie_rows', signal, a_value, b_value, leader
  FROM compare('llama-3.2-11b-vision-instruct', 'llama-3.2-3b-instruct') WHERE section = 'benchmarks';
SELECT 'no_common', verdict('claude-haiku-5-5', 'qwen3.5-4b');
SELECT 'no_common_rows', signal, a_value, b_value, leader
  FROM compare('claude-haiku-5-5', 'qwen3.5-4b') WHERE section IN ('benchmarks', 'scorecard');
SELECT 'unknown_caps', signal, a_value, b_value, leader
  FROM compare('claude-haiku-4-5', 'gpt-4o-mini') WHERE section = 'capabilities';
SELECT 'unverified', json_extract(value, '$.kind'), json_extract(value, '$.capabilities')
  FROM json_each(switch_friction('gpt-4o-mini', 'claude-haiku-4-5'));
SELECT 'same', verdict('gpt-4o-mini', 'openai/gpt-4o-mini'), switch_friction('gpt-4o-mini', 'openai/gpt-4o-mini');
-- the whole page for two of them
SELECT compare_report('gpt-4o-mini', 'claude-haiku-4-5');
SELECT compare_report('llama-3.2-3b-instruct', 'llama-3.2-1b-instruct');
