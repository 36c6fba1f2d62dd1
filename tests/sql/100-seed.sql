-- The seed page (../shared/seed/): every number and statement of it comes
-- out of SQL, from the built-in catalog.
.load dist/modelcmp
SELECT 'delta_mmlu', bench_delta('qwen3.5-4b', 'llama-3.2-1b-instruct', 'mmlu_pro'),
       round(bench_delta('qwen3.5-4b', 'llama-3.2-1b-instruct', 'mmlu_pro'), 1) = 59.1;
SELECT 'delta_gpqa', bench_delta('qwen3.5-4b', 'llama-3.2-1b-instruct', 'gpqa'),
       round(bench_delta('qwen3.5-4b', 'llama-3.2-1b-instruct', 'gpqa'), 1) = 50.6;
SELECT 'delta_reverse', bench_delta('llama-3.2-1b-instruct', 'qwen3.5-4b', 'mmlu_pro');
SELECT 'monthly_llama', monthly_cost('llama-3.2-1b-instruct'), round(monthly_cost('llama-3.2-1b-instruct'), 2) = 71.85;
SELECT 'monthly_qwen', monthly_cost('qwen3.5-4b') IS NULL;
SELECT 'cheapest', cheapest_route('llama-3.2-1b-instruct'), cheapest_route('qwen3.5-4b') IS NULL;
SELECT 'verdict', verdict('llama-3.2-1b-instruct', 'qwen3.5-4b');
SELECT 'verdict_swapped', verdict('qwen3.5-4b', 'llama-3.2-1b-instruct');
SELECT 'friction', json_extract(value, '$.kind'), json_extract(value, '$.text')
  FROM json_each(switch_friction('llama-3.2-1b-instruct', 'qwen3.5-4b'));
SELECT 'friction_back', json_extract(value, '$.kind'), json_extract(value, '$.capabilities')
  FROM json_each(switch_friction('qwen3.5-4b', 'llama-3.2-1b-instruct'));
.headers on
SELECT * FROM compare('llama-3.2-1b-instruct', 'qwen3.5-4b');
.headers off
SELECT compare_report('llama-3.2-1b-instruct', 'qwen3.5-4b');
-- the same page through aliases and explicit format
SELECT compare_report('Meta-Llama/Llama-3.2-1B-Instruct', 'Qwen/Qwen3.5-4B', 'markdown')
     = compare_report('llama-3.2-1b-instruct', 'qwen3.5-4b');
