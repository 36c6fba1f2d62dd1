-- needs: data (the public snapshots; see tests/run-sql.sh)
-- The litellm format on the real snapshot (../shared/data/litellm,
-- 2026-07-24, see ../shared/data/SOURCES.md), loaded into an empty catalog.
-- Every value pinned here was checked against the raw entry in that file.
.load dist/modelcmp
SELECT modelcmp_reset('empty') IS NOT NULL;
-- detected without naming the format; the summary counts every entry
SELECT modelcmp_load_file('tests/out/data/litellm/model_prices_and_context_window.json');
.headers on
-- a cached entry with batch rates: "gpt-4o" (litellm_provider openai)
--   input 2.5e-06, output 1e-05, cache_read 1.25e-06, batches 1.25e-06 / 5e-06 per token
SELECT provider, provider_model_id, input_per_mtok, output_per_mtok, cache_read_per_mtok,
       cache_write_per_mtok, batch_input_per_mtok, batch_output_per_mtok, context_window,
       max_output_tokens, tiers, note
  FROM routes WHERE model_id = 'gpt-4o' AND provider = 'openai';
-- the creator's own API gives the model's limits; its flags the capabilities
SELECT id, context_window, max_output_tokens, input_modalities, output_modalities
  FROM models WHERE id = 'gpt-4o';
SELECT capability, supported FROM capabilities WHERE model_id = 'gpt-4o';
-- a tiered entry: "claude-sonnet-4-5", *_above_200k_tokens (the *_above_1hr
-- cache-TTL prices and *_priority prices have no place and are left out)
SELECT provider, input_per_mtok, output_per_mtok, cache_read_per_mtok, cache_write_per_mtok, tiers
  FROM routes WHERE model_id = 'claude-sonnet-4-5' AND provider = 'anthropic';
-- tiered_pricing: "dashscope/qwen-flash", ranges [0, 256000] and [256000, 1000000]
SELECT provider, input_per_mtok, output_per_mtok, context_window, tiers, source
  FROM routes WHERE model_id = 'qwen-flash';
-- no float noise: 2.7e-08 and 2.01e-07 per token are 0.027 and 0.201 per 1M, exactly
SELECT provider, provider_model_id, printf('%.17g', input_per_mtok) AS input,
       printf('%.17g', output_per_mtok) AS output, input_per_mtok = 0.027 AND output_per_mtok = 0.201 AS exact
  FROM routes WHERE model_id = 'llama-3.2-1b-instruct' AND provider = 'cloudflare-workers-ai';
-- a free entry: "publicai/swiss-ai/apertus-70b-instruct", 0.0 per token (free, not unknown)
SELECT model_id, provider, provider_model_id, input_per_mtok, output_per_mtok, typeof(input_per_mtok) AS t
  FROM routes WHERE model_id = 'apertus-70b-instruct';
-- a local runtime's 0 is not a price: "ollama/llama3"
SELECT model_id, provider, input_per_mtok, output_per_mtok, note FROM routes WHERE model_id = 'llama3';
-- skipped entries are not models: "text-embedding-3-small" (mode embedding),
-- "1024-x-1024/dall-e-2" (image_generation), "sample_spec", "last_updated"
SELECT count(*) AS skipped_rows FROM models
 WHERE id IN ('text-embedding-3-small', 'dall-e-2', 'sample-spec', 'last-updated');
SELECT count(*) AS skipped_aliases FROM model_aliases
 WHERE alias IN ('text-embedding-3-small', '1024-x-1024/dall-e-2', 'sample_spec');
-- a regional variant adds its name, not a second route: "azure/eu/gpt-4o-2024-08-06"
-- costs 2.75e-06, the base "azure/gpt-4o-2024-08-06" 2.5e-06 (the route keeps the base)
SELECT model_id, provider FROM model_aliases WHERE alias = 'azure/eu/gpt-4o-2024-08-06';
SELECT provider, input_per_mtok, output_per_mtok, cache_read_per_mtok
  FROM routes WHERE model_id = 'gpt-4o-2024-08-06' AND provider = 'azure';
-- Bedrock ids: vendor prefix, version suffix and cross-region profile
-- ("anthropic.claude-3-5-sonnet-20241022-v2:0", "us.anthropic.…") -> Anthropic's id
SELECT alias, model_id, provider FROM model_aliases
 WHERE alias IN ('anthropic.claude-3-5-sonnet-20241022-v2:0', 'us.anthropic.claude-3-5-sonnet-20241022-v2:0')
 ORDER BY alias;
SELECT provider, provider_model_id, input_per_mtok, output_per_mtok, context_window, tiers
  FROM routes WHERE model_id = 'claude-3-5-sonnet-20241022' AND provider = 'amazon-bedrock';
-- providers unify: LiteLLM's cloudflare, bedrock_converse, vertex_ai-*_models, gemini
SELECT DISTINCT provider FROM routes
 WHERE model_id IN ('llama-3.2-1b-instruct', 'claude-3-5-sonnet-20241022', 'gemini-2.5-pro', 'nova-pro-v1')
 ORDER BY provider;
-- every provider-side name resolves to the model
SELECT alias, model_id, provider FROM model_aliases WHERE model_id = 'llama-3.2-1b-instruct' ORDER BY alias;
-- "openai/gpt-4o-mini" names OpenAI's route (and is OpenRouter's id, 210): the same model
SELECT alias, model_id, provider FROM model_aliases WHERE alias = 'openai/gpt-4o-mini';
SELECT provider, provider_model_id FROM routes WHERE model_id = 'gpt-4o-mini' AND provider IN ('openai', 'openrouter', 'azure');
.headers off
-- unknown provider names become their own provider, marked with their source
SELECT id, name, source FROM providers WHERE id = 'publicai';
-- every imported row carries a source
SELECT (SELECT count(*) FROM models WHERE source IS NULL)
     + (SELECT count(*) FROM routes WHERE source IS NULL)
     + (SELECT count(*) FROM providers WHERE source IS NULL) AS unsourced;
-- loading the same file again adds and changes nothing
SELECT json_extract(s, '$.models_added'), json_extract(s, '$.routes_added'),
       json_extract(s, '$.routes_changed'), json_extract(s, '$.conflicts_kept')
  FROM (SELECT modelcmp_load_file('tests/out/data/litellm/model_prices_and_context_window.json') AS s);
-- the older snapshot (2025-02-06) over it: the same models, facts only filled
SELECT json_extract(s, '$.entries'), json_extract(s, '$.skipped.embedding')
  FROM (SELECT modelcmp_load_file('tests/out/data/litellm/model_prices_and_context_window.2025-02-06.json') AS s);
-- tokencost's copy of the LiteLLM map loads as litellm too
SELECT json_extract(modelcmp_load_file('tests/out/data/tokencost/model_prices.json'), '$.format');
-- the catalog exports and loads back as the same modelcmp document
CREATE TABLE e AS SELECT modelcmp_export() AS x;
SELECT modelcmp_reset('empty') IS NOT NULL;
SELECT json_extract(modelcmp_load(x), '$.format') FROM e;
SELECT modelcmp_export() = x FROM e;
