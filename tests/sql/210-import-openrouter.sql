-- needs: data (the public snapshots; see tests/run-sql.sh)
-- The openrouter format on the real snapshot of GET /api/v1/models
-- (../shared/data/openrouter, see SOURCES.md), loaded into an empty catalog.
-- Every value pinned here was checked against the raw entry in that file.
.load dist/modelcmp
SELECT modelcmp_reset('empty') IS NOT NULL;
SELECT modelcmp_load_file('tests/out/data/openrouter/api_v1_models.from-modelsdev-repo.json');
.headers on
-- cached prices as decimal strings: "anthropic/claude-opus-4.7-fast"
--   prompt "0.00003", completion "0.00015", input_cache_read "0.000003", input_cache_write "0.0000375"
SELECT model_id, provider_model_id, input_per_mtok, output_per_mtok, cache_read_per_mtok,
       cache_write_per_mtok, context_window, max_output_tokens, source
  FROM routes WHERE provider_model_id = 'anthropic/claude-opus-4.7-fast';
SELECT id, name, creator, context_window, input_modalities, output_modalities FROM models
 WHERE id = 'claude-opus-4-7-fast';
SELECT capability FROM capabilities WHERE model_id = 'claude-opus-4-7-fast' AND supported;
-- "0.000000051" and "0.00000034" per token, exactly 0.051 and 0.34 per 1M;
-- the Hugging Face id (meta-llama/Llama-3.2-3B-Instruct) names the model,
-- knowledge_cutoff "2023-12-31" is the month 2023-12
SELECT model_id, input_per_mtok, output_per_mtok,
       input_per_mtok = 0.051 AND output_per_mtok = 0.34 AS exact, context_window, note
  FROM routes WHERE provider_model_id = 'meta-llama/llama-3.2-3b-instruct';
SELECT id, name, creator, knowledge_cutoff FROM models WHERE id = 'llama-3.2-3b-instruct';
-- its ":free" tier is a model of its own whose base_model is the paid one,
-- with a route of unknown prices (a free tier is not a production price)
SELECT alias, model_id, provider FROM model_aliases WHERE model_id LIKE 'llama-3.2-3b-instruct%' ORDER BY alias;
SELECT id, name, base_model FROM models WHERE id LIKE 'llama-3.2-3b-instruct%' ORDER BY id;
SELECT model_id, provider_model_id, input_per_mtok, output_per_mtok, note
  FROM routes WHERE model_id LIKE 'llama-3.2-3b-instruct%' ORDER BY model_id;
-- a free tier without a paid one is the model: a route with unknown prices and a note
SELECT model_id, provider_model_id, input_per_mtok, output_per_mtok, note
  FROM routes WHERE provider_model_id = 'inclusionai/ring-2.6-1t:free';
SELECT name FROM models WHERE id = 'ring-2.6-1t';
-- a free model: "openrouter/owl-alpha", prompt "0", completion "0"
SELECT model_id, input_per_mtok, output_per_mtok, typeof(input_per_mtok) AS t
  FROM routes WHERE provider_model_id = 'openrouter/owl-alpha';
-- skipped: the routers ("openrouter/auto" has prompt "-1"), not models
SELECT count(*) AS routers FROM model_aliases WHERE alias IN ('openrouter/auto', 'openrouter/free');
-- the Hugging Face id wins over OpenRouter's old name: "deepseek/deepseek-chat" is DeepSeek-V3
SELECT model_id, provider_model_id, input_per_mtok, output_per_mtok FROM routes
 WHERE provider_model_id = 'deepseek/deepseek-chat';
-- a quantised Hugging Face id is not the model's name
SELECT model_id FROM routes WHERE provider_model_id = 'nvidia/nemotron-3-super-120b-a12b';
-- a mode is its own model ("qwen/qwen-plus-2025-07-28:thinking")
SELECT model_id, provider_model_id FROM routes WHERE provider_model_id LIKE 'qwen/qwen-plus-2025-07-28%'
 ORDER BY model_id;
.headers off
-- one provider, every route through it
SELECT id, name, url, source FROM providers;
SELECT count(DISTINCT provider), count(*) FROM routes;
-- the OpenRouter ids and "openrouter/<id>" resolve; "openai/gpt-4o-mini" is
-- the model LiteLLM's OpenAI entry "gpt-4o-mini" gives (200)
SELECT model_id FROM model_aliases WHERE alias = 'openrouter/anthropic/claude-opus-4.7-fast';
SELECT alias, model_id, provider FROM model_aliases WHERE alias = 'openai/gpt-4o-mini';
-- the bare "data" array is accepted too
SELECT modelcmp_reset('empty') IS NOT NULL;
SELECT modelcmp_load('[{"id":"acme/tiny-1b","name":"Acme: Tiny 1B","pricing":{"prompt":"0.0000001","completion":"0.0000002"}}]');
SELECT model_id, provider, input_per_mtok, output_per_mtok FROM routes;
