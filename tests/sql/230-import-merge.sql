-- needs: data (the public snapshots; see tests/run-sql.sh)
-- Loading the three public catalogs over the built-in catalog: routes
-- accumulate, imports only fill what is NULL, curated facts win, and every
-- provider's name for a model resolves. Only facts of the seed pair
-- (llama-3.2-1b-instruct, qwen3.5-4b) are pinned: the rest of the built-in
-- catalog changes independently.
.load dist/modelcmp
CREATE TABLE n(step TEXT, routes INT);
INSERT INTO n SELECT 'builtin', count(*) FROM routes WHERE model_id = 'llama-3.2-1b-instruct';
CREATE TABLE curated AS SELECT provider FROM routes WHERE model_id = 'llama-3.2-1b-instruct';
-- entries read and skipped by reason do not depend on the catalog loaded into
SELECT json_extract(s, '$.format'), json_extract(s, '$.entries'), json_extract(s, '$.skipped')
  FROM (SELECT modelcmp_load_file('tests/out/data/litellm/model_prices_and_context_window.json') AS s);
INSERT INTO n SELECT 'litellm', count(*) FROM routes WHERE model_id = 'llama-3.2-1b-instruct';
SELECT json_extract(s, '$.format'), json_extract(s, '$.entries'), json_extract(s, '$.skipped')
  FROM (SELECT modelcmp_load_file('tests/out/data/openrouter/api_v1_models.from-modelsdev-repo.json') AS s);
INSERT INTO n SELECT 'openrouter', count(*) FROM routes WHERE model_id = 'llama-3.2-1b-instruct';
SELECT json_extract(s, '$.format'), json_extract(s, '$.entries'), json_extract(s, '$.skipped')
  FROM (SELECT modelcmp_load_file('tests/out/data/modelsdev/api.json') AS s);
INSERT INTO n SELECT 'modelsdev', count(*) FROM routes WHERE model_id = 'llama-3.2-1b-instruct';
-- the seed model gains routes; models.dev adds some of its own
SELECT 'grows', (SELECT routes FROM n WHERE step = 'modelsdev') > (SELECT routes FROM n WHERE step = 'openrouter')
            AND (SELECT routes FROM n WHERE step = 'openrouter') >= (SELECT routes FROM n WHERE step = 'builtin');
.headers on
-- the routes the imports added
SELECT provider, provider_model_id, input_per_mtok, output_per_mtok, context_window, note, source
  FROM routes WHERE model_id = 'llama-3.2-1b-instruct' AND provider NOT IN (SELECT provider FROM curated)
 ORDER BY provider;
-- curated values win: the model's context window (OpenRouter says 60000),
-- its function_calling false (LiteLLM says true), the curated Cloudflare price
SELECT id, context_window, released, openness, knowledge_cutoff FROM models WHERE id = 'llama-3.2-1b-instruct';
SELECT capability, supported FROM capabilities
 WHERE model_id = 'llama-3.2-1b-instruct' AND capability IN ('function_calling', 'structured_outputs');
SELECT provider, input_per_mtok, output_per_mtok, context_window, source FROM routes
 WHERE model_id = 'llama-3.2-1b-instruct' AND provider = 'cloudflare-workers-ai';
-- what was NULL is filled: Qwen3.5-4B's knowledge cutoff, from models.dev
-- (siliconflow-cn "Qwen/Qwen3.5-4B"); its capabilities stay as curated
SELECT id, knowledge_cutoff, context_window FROM models WHERE id = 'qwen3.5-4b';
SELECT capability, supported FROM capabilities WHERE model_id = 'qwen3.5-4b' AND capability = 'reasoning';
SELECT provider, provider_model_id, input_per_mtok, output_per_mtok FROM routes WHERE model_id = 'qwen3.5-4b';
-- every provider's own id resolves to the seed model
SELECT alias, model_id FROM model_aliases
 WHERE alias IN ('cloudflare/@cf/meta/llama-3.2-1b-instruct', '@cf/meta/llama-3.2-1b-instruct',
                 'openrouter/meta-llama/llama-3.2-1b-instruct',
                 'accounts/fireworks/models/llama-v3p2-1b-instruct', 'meta.llama3-2-1b-instruct-v1:0',
                 'Meta-Llama-3.2-1B-Instruct', 'nvidia/meta/llama-3.2-1b-instruct')
 ORDER BY alias;
-- one provider id per provider: LiteLLM's "cloudflare", models.dev's
-- "cloudflare-workers-ai" and the built-in route are one route
SELECT count(*) AS cloudflare_routes FROM routes
 WHERE model_id = 'llama-3.2-1b-instruct' AND provider LIKE 'cloudflare%workers%';
.headers off
-- loading the three again changes nothing
SELECT json_extract(s, '$.models_added') + json_extract(s, '$.routes_added')
     + json_extract(s, '$.models_changed') + json_extract(s, '$.routes_changed')
  FROM (SELECT modelcmp_load_file('tests/out/data/litellm/model_prices_and_context_window.json') AS s
        UNION ALL SELECT modelcmp_load_file('tests/out/data/openrouter/api_v1_models.from-modelsdev-repo.json')
        UNION ALL SELECT modelcmp_load_file('tests/out/data/modelsdev/api.json'));
-- in the other order, into an empty catalog, the seed model gathers the same providers
-- (the routes found in the imports: the added ones and six curated ones; Bedrock's
-- meta.llama3-2-1b-instruct-v1:0 and watsonx's meta-llama/llama-3-2-1b-instruct
-- are found by their spelling, docs/importers.md#same-model-rules)
CREATE TABLE p1 AS SELECT provider FROM routes WHERE model_id = 'llama-3.2-1b-instruct'
  AND (provider NOT IN (SELECT provider FROM curated)
       OR provider IN ('cloudflare-workers-ai', 'openrouter', 'fireworks-ai', 'nvidia-nim',
                       'amazon-bedrock', 'ibm-watsonx'));
SELECT modelcmp_reset('empty') IS NOT NULL;
SELECT json_extract(modelcmp_load_file('tests/out/data/modelsdev/api.json'), '$.format');
SELECT json_extract(modelcmp_load_file('tests/out/data/openrouter/api_v1_models.from-modelsdev-repo.json'), '$.format');
SELECT json_extract(modelcmp_load_file('tests/out/data/litellm/model_prices_and_context_window.json'), '$.format');
SELECT 'only in this order', count(*) FROM (SELECT provider FROM routes WHERE model_id = 'llama-3.2-1b-instruct'
  EXCEPT SELECT provider FROM p1);
SELECT 'only in the first order', count(*) FROM (SELECT provider FROM p1
  EXCEPT SELECT provider FROM routes WHERE model_id = 'llama-3.2-1b-instruct');
-- models.dev alone over the built-in catalog: the seed model's routes grow
SELECT modelcmp_reset() IS NOT NULL;
CREATE TABLE m(step TEXT, routes INT);
INSERT INTO m SELECT 'builtin', count(*) FROM routes WHERE model_id = 'llama-3.2-1b-instruct';
SELECT json_extract(modelcmp_load_file('tests/out/data/modelsdev/api.json'), '$.format');
INSERT INTO m SELECT 'modelsdev', count(*) FROM routes WHERE model_id = 'llama-3.2-1b-instruct';
SELECT 'grows with models.dev', (SELECT routes FROM m WHERE step = 'modelsdev') > (SELECT routes FROM m WHERE step = 'builtin');
