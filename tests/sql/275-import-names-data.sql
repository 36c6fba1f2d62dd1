-- needs: data (the public snapshots; see tests/run-sql.sh)
-- The same-model table (tests/data/names/table.sql) over the whole
-- snapshots (../shared/data, SOURCES.md), LiteLLM, OpenRouter and
-- models.dev loaded over the built-in catalog in that order: the figures of
-- issue 14 (at least 95% of the keys on their model or base model, no
-- wrong merge, Llama 3.3 70B Instruct served by Groq and Cerebras).
.load dist/modelcmp
.headers off
.nullvalue NULL
SELECT json_extract(s, '$.format'), json_extract(s, '$.models_added'), json_extract(s, '$.variants_linked'),
       json_extract(s, '$.merges_refused'), json_array_length(s, '$.near_misses')
  FROM (SELECT modelcmp_load_file('tests/out/data/litellm/model_prices_and_context_window.json') AS s);
SELECT json_extract(s, '$.format'), json_extract(s, '$.models_added'), json_extract(s, '$.variants_linked'),
       json_extract(s, '$.merges_refused'), json_array_length(s, '$.near_misses')
  FROM (SELECT modelcmp_load_file('tests/out/data/openrouter/api_v1_models.from-modelsdev-repo.json') AS s);
SELECT json_extract(s, '$.format'), json_extract(s, '$.models_added'), json_extract(s, '$.variants_linked'),
       json_extract(s, '$.merges_refused'), json_array_length(s, '$.near_misses')
  FROM (SELECT modelcmp_load_file('tests/out/data/modelsdev/api.json') AS s);
.read tests/data/names/table.sql
.read tests/data/names/score.sql
.print == Llama 3.3 70B Instruct is served by Groq and Cerebras (sql/variants.sql)
.read sql/variants.sql
SELECT provider, ifnull(variant, '-'), provider_model_id FROM model_routes
 WHERE base_model = 'llama-3.3-70b-instruct' AND provider IN ('groq', 'cerebras', 'together-ai', 'cloudflare-workers-ai')
 ORDER BY provider, variant;
SELECT 'routes', count(*), count(DISTINCT provider) FROM model_routes WHERE base_model = 'llama-3.3-70b-instruct';
.print == no chains: a base model is never a variant
SELECT v.id, v.base_model FROM models v JOIN models b ON b.id = v.base_model WHERE b.base_model IS NOT NULL;
