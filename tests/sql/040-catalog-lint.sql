-- Lint of the built-in catalog (docs/curation.md): every check prints the
-- rows that break it under its heading, so an empty section is a pass and
-- a failure names the row. Then the counts the catalog promises, and the
-- seed pair's figures pinned exactly.
.load dist/modelcmp
.headers off
.nullvalue NULL

.print == every fact row has a source URL
SELECT 'models', id FROM models WHERE source IS NULL OR source NOT GLOB 'http*://?*';
SELECT 'capabilities', model_id, capability FROM capabilities WHERE source IS NULL OR source NOT GLOB 'http*://?*';
SELECT 'benchmarks', model_id, benchmark FROM benchmarks WHERE source IS NULL OR source NOT GLOB 'http*://?*';
SELECT 'routes', model_id, provider FROM routes WHERE source IS NULL OR source NOT GLOB 'http*://?*';
SELECT 'providers', id FROM providers WHERE source IS NULL OR source NOT GLOB 'http*://?*';
SELECT 'benchmark_defs', id FROM benchmark_defs WHERE source IS NULL OR source NOT GLOB 'http*://?*';

.print == no negative price (routes and their long-context tiers)
SELECT model_id, provider FROM routes
 WHERE min(coalesce(input_per_mtok, 0), coalesce(output_per_mtok, 0),
           coalesce(cache_read_per_mtok, 0), coalesce(cache_write_per_mtok, 0),
           coalesce(batch_input_per_mtok, 0), coalesce(batch_output_per_mtok, 0)) < 0;
SELECT r.model_id, r.provider, t.key FROM routes r, json_each(r.tiers) t, json_each(t.value) p
 WHERE p.key LIKE '%per_mtok' AND (p.type NOT IN ('integer', 'real') OR p.value < 0);
SELECT r.model_id, r.provider, 'tier threshold', t.key FROM routes r, json_each(r.tiers) t
 WHERE NOT coalesce(json_extract(t.value, '$.above_input_tokens') > 0, 0);

.print == a route without a full price says why in its note
SELECT model_id, provider FROM routes
 WHERE (input_per_mtok IS NULL OR output_per_mtok IS NULL) AND coalesce(note, '') = '';

.print == dates are valid, not in the future, and in order
SELECT 'models.released', id, released FROM models
 WHERE released IS NOT NULL AND (date(released) IS NOT released OR released > date('now'));
SELECT 'models.reviewed', id, reviewed FROM models
 WHERE reviewed IS NULL OR date(reviewed) IS NOT reviewed OR reviewed > date('now');
SELECT 'models.knowledge_cutoff', id, knowledge_cutoff FROM models
 WHERE knowledge_cutoff IS NOT NULL
   AND (date(knowledge_cutoff || '-01') IS NOT knowledge_cutoff || '-01'
        OR knowledge_cutoff > substr(coalesce(released, date('now')), 1, 7));
SELECT 'released after reviewed', id FROM models WHERE released > reviewed;
SELECT 'routes.reviewed', model_id, provider, reviewed FROM routes
 WHERE reviewed IS NULL OR date(reviewed) IS NOT reviewed OR reviewed > date('now');
SELECT 'benchmarks.measured', model_id, benchmark, measured FROM benchmarks
 WHERE measured IS NOT NULL AND (date(measured) IS NOT measured OR measured > date('now'));

.print == scores within 0..max_score of their benchmark
SELECT b.model_id, b.benchmark, b.score, d.max_score FROM benchmarks b
  LEFT JOIN benchmark_defs d ON d.id = b.benchmark
 WHERE d.id IS NULL OR b.score IS NULL OR b.score < 0 OR b.score > d.max_score;

.print == every benchmark row says whether it is self-reported (the seed pair excepted)
SELECT model_id, benchmark FROM benchmarks
 WHERE self_reported IS NULL AND model_id NOT IN ('llama-3.2-1b-instruct', 'qwen3.5-4b');

.print == every model has its ten capability rows
SELECT m.id, count(c.capability) FROM models m
  LEFT JOIN capabilities c ON c.model_id = m.id
   AND c.capability IN ('vision', 'multimodal', 'reasoning', 'function_calling', 'tool_use',
                        'structured_outputs', 'code_execution', 'ide_integration',
                        'computer_use', 'parallel_agents')
 GROUP BY m.id HAVING count(c.capability) <> 10;
SELECT model_id, capability FROM capabilities
 WHERE capability NOT IN ('vision', 'multimodal', 'reasoning', 'function_calling', 'tool_use',
                          'structured_outputs', 'code_execution', 'ide_integration',
                          'computer_use', 'parallel_agents')
    OR supported NOT IN (0, 1);

.print == every model's catalog JSON states all ten capability keys
SELECT json_extract(m.value, '$.id'), count(k.key) FROM json_each(modelcmp_export(), '$.models') m
  LEFT JOIN json_each(m.value, '$.capabilities') k
    ON k.key IN ('vision', 'multimodal', 'reasoning', 'function_calling', 'tool_use',
                 'structured_outputs', 'code_execution', 'ide_integration',
                 'computer_use', 'parallel_agents')
 GROUP BY m.key HAVING count(k.key) <> 10;

.print == ids follow the canonical-id rule
-- a lowercase slug: [a-z0-9] first, then [a-z0-9._-], at most 128 bytes
SELECT 'not a slug', id FROM models
 WHERE id GLOB '*[^a-z0-9._-]*' OR id NOT GLOB '[a-z0-9]*' OR length(id) > 128
    OR id GLOB '*[-.][-.]*' OR id GLOB '*[-.]';
-- no precision or quantisation suffix: those are weights files, not models
SELECT 'precision suffix', id FROM models
 WHERE id GLOB '*-bf16' OR id GLOB '*-fp16' OR id GLOB '*-fp8' OR id GLOB '*-fp4'
    OR id GLOB '*-nvfp4' OR id GLOB '*-int4' OR id GLOB '*-int8' OR id GLOB '*-awq'
    OR id GLOB '*-gptq' OR id GLOB '*-gguf' OR id GLOB '*-mlx' OR id GLOB '*-w[0-9]a[0-9]*'
    OR id GLOB '*-bf16-*' OR id GLOB '*-fp8-*';
-- no organisation-style prefix (the creator is a column, not part of the id)
SELECT 'org prefix', id FROM models
 WHERE id GLOB 'c4ai-*' OR id GLOB 'nvidia-*' OR id GLOB 'meta-llama-*' OR id GLOB 'mistralai-*'
    OR id GLOB 'microsoft-*' OR id GLOB 'google-*' OR id GLOB 'openai-*' OR id GLOB 'anthropic-*'
    OR id GLOB 'amazon-*' OR id GLOB 'cohere-*' OR id GLOB 'deepseek-ai-*' OR id GLOB 'moonshotai-*'
    OR id GLOB 'zai-org-*' OR id GLOB 'x-ai-*' OR id GLOB 'qwen-qwen*';
-- no moving alias: an id names one version
SELECT 'moving alias', id FROM models WHERE id GLOB '*-latest' OR id GLOB '*-latest-*';
-- a model's old or alternative names resolve to it
SELECT 'alias owned by another model', a.alias, a.model_id FROM model_aliases a
  JOIN models m ON lower(m.id) = lower(a.alias) AND m.id <> a.model_id;

.print == values the report relies on
SELECT 'creator', id, creator FROM models WHERE creator IS NULL OR creator NOT IN
  ('OpenAI', 'Anthropic', 'Google', 'AI at Meta', 'Alibaba', 'Mistral AI', 'DeepSeek', 'xAI',
   'Microsoft', 'Cohere', 'Amazon', 'Moonshot AI', 'Zhipu AI', 'NVIDIA');
SELECT 'openness', id, openness FROM models
 WHERE openness IS NOT NULL AND openness NOT IN ('Open source', 'Open weights', 'Closed');
SELECT 'commercial_use', id, commercial_use FROM models WHERE commercial_use IS NOT NULL
   AND commercial_use NOT IN ('Commercial use allowed', 'Commercial use with conditions',
                              'Non-commercial only', 'API terms');
SELECT 'open source needs an OSI licence', id FROM models
 WHERE openness IS NOT NULL AND (openness = 'Open source') <> coalesce(license_osi = 1, 0);
SELECT 'closed means API terms', id FROM models
 WHERE (openness = 'Closed') IS NOT (commercial_use = 'API terms')
   AND openness IS NOT NULL AND commercial_use IS NOT NULL;
SELECT 'tag', m.id, t.value FROM models m, json_each(m.tags) t
 WHERE t.value NOT IN ('Coding', 'Agents', 'Reasoning', 'RAG', 'Long context', 'Multimodal',
                       'Vision', 'Chat', 'Math', 'On-device', 'Translation', 'Summarization',
                       'Extraction', 'Low latency');
SELECT 'more than four tags', id FROM models WHERE json_array_length(tags) > 4;
SELECT 'modality', m.id, t.value FROM models m, json_each(m.input_modalities) t
 WHERE t.value NOT IN ('text', 'image', 'audio', 'video', 'pdf');
SELECT 'vision without image input', id FROM models m
 WHERE (SELECT supported FROM capabilities WHERE model_id = m.id AND capability = 'vision') = 1
   AND NOT EXISTS (SELECT 1 FROM json_each(m.input_modalities) WHERE value = 'image');
SELECT 'active parameters above total', id FROM models WHERE active_parameters > parameters;

.print == counts (issue 6: at least 60 models, 12 creators, 15 providers with routes)
SELECT 'models', CASE WHEN count(*) >= 60 THEN 'ok' ELSE 'FAIL ' || count(*) END FROM models;
SELECT 'creators', CASE WHEN count(DISTINCT creator) >= 12 THEN 'ok' ELSE 'FAIL ' || count(DISTINCT creator) END FROM models;
SELECT 'providers with routes', CASE WHEN count(DISTINCT provider) >= 15 THEN 'ok' ELSE 'FAIL ' || count(DISTINCT provider) END FROM routes;
SELECT 'providers with fully priced routes', CASE WHEN count(DISTINCT provider) >= 15 THEN 'ok' ELSE 'FAIL ' || count(DISTINCT provider) END
  FROM routes WHERE input_per_mtok IS NOT NULL AND output_per_mtok IS NOT NULL;

.print == the seed pair, pinned (its figures must not change)
SELECT * FROM models WHERE id IN ('llama-3.2-1b-instruct', 'qwen3.5-4b') ORDER BY id;
SELECT * FROM capabilities WHERE model_id IN ('llama-3.2-1b-instruct', 'qwen3.5-4b') ORDER BY model_id, capability;
SELECT * FROM benchmarks WHERE model_id IN ('llama-3.2-1b-instruct', 'qwen3.5-4b') ORDER BY model_id, benchmark;
SELECT * FROM routes WHERE model_id IN ('llama-3.2-1b-instruct', 'qwen3.5-4b') ORDER BY model_id, provider;
SELECT * FROM model_aliases WHERE model_id IN ('llama-3.2-1b-instruct', 'qwen3.5-4b') ORDER BY model_id, alias;
