-- needs: data (the public snapshots; see tests/run-sql.sh)
-- The modelsdev format on api.json built from the models.dev repository
-- (../shared/data/modelsdev, see SOURCES.md), loaded into an empty catalog.
-- Every value pinned here was checked against the raw entry in that file.
.load dist/modelcmp
SELECT modelcmp_reset('empty') IS NOT NULL;
SELECT modelcmp_load_file('tests/out/data/modelsdev/api.json');
.headers on
-- prices are already per 1M: cloudflare-workers-ai "@cf/meta/llama-3.2-1b-instruct"
-- (cost 0.027 / 0.201, limit 60000 / 60000); five more providers serve it
SELECT provider, provider_model_id, input_per_mtok, output_per_mtok, context_window, max_output_tokens, note
  FROM routes WHERE model_id = 'llama-3.2-1b-instruct' ORDER BY provider;
-- model facts are the most common value among the providers that list it
-- (release_date 2024-09-25 twice, 2024-09-18 twice, 2025-04-03 and 2025-01-01 once;
-- open_weights true five times, false once; knowledge absent)
SELECT id, name, released, openness, knowledge_cutoff, context_window, input_modalities
  FROM models WHERE id = 'llama-3.2-1b-instruct';
-- a tiered entry: 302ai "claude-opus-4-7", cost.tiers [{tier: {size: 200000}, ...}]
SELECT provider, input_per_mtok, output_per_mtok, cache_read_per_mtok, cache_write_per_mtok, tiers
  FROM routes WHERE model_id = 'claude-opus-4-7' AND provider = '302ai';
-- the creator's own entry (anthropic) gives the model's name and limits
SELECT id, name, released, context_window, max_output_tokens, knowledge_cutoff, openness
  FROM models WHERE id = 'claude-opus-4-7';
-- a cached entry with the "cached_input" spelling: togetherai "Qwen/Qwen3.5-397B-A17B"
SELECT model_id, provider, input_per_mtok, output_per_mtok, cache_read_per_mtok, context_window
  FROM routes WHERE provider_model_id = 'Qwen/Qwen3.5-397B-A17B' AND provider = 'together-ai';
-- a free model: zai "glm-4.5-flash", cost 0 (free, not unknown)
SELECT model_id, provider, input_per_mtok, output_per_mtok, cache_read_per_mtok
  FROM routes WHERE model_id = 'glm-4.5-flash' AND provider = 'z-ai';
-- a coding plan's 0 is not a token price: zai-coding-plan "glm-4.7"
SELECT model_id, provider, input_per_mtok, output_per_mtok, note
  FROM routes WHERE model_id = 'glm-4.7' AND provider = 'zai-coding-plan';
-- skipped: google "gemini-embedding-001" (an embedding), azure "gpt-image-1" (outputs images)
SELECT count(*) AS skipped FROM models WHERE id IN ('gemini-embedding-001', 'gpt-image-1');
-- Bedrock: the cross-region profile is an alias of the base route
SELECT alias, model_id FROM model_aliases
 WHERE alias IN ('anthropic.claude-sonnet-4-5-20250929-v1:0', 'us.anthropic.claude-sonnet-4-5-20250929-v1:0')
 ORDER BY alias;
SELECT provider, provider_model_id, input_per_mtok, note FROM routes
 WHERE model_id = 'claude-sonnet-4-5-20250929' AND provider = 'amazon-bedrock';
-- models.dev's status "deprecated" becomes a note
SELECT model_id, provider, note FROM routes WHERE model_id = 'claude-3-opus-20240229' AND provider = 'anthropic';
-- provider ids unify: togetherai -> together-ai, google -> google-ai-studio, nvidia -> nvidia-nim,
-- and models.dev's own "<provider>/<id>" names resolve
SELECT alias, model_id, provider FROM model_aliases
 WHERE alias IN ('togetherai/Qwen/Qwen3.5-397B-A17B', 'nvidia/meta/llama-3.2-1b-instruct') ORDER BY alias;
SELECT id, name, url, source FROM providers WHERE id IN ('together-ai', '302ai', 'zai-coding-plan') ORDER BY id;
.headers off
SELECT (SELECT count(*) FROM models WHERE source IS NULL)
     + (SELECT count(*) FROM routes WHERE source IS NULL) AS unsourced;
