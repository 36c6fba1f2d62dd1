-- needs: data (the public snapshots; see tests/run-sql.sh)
-- token_cost() and monthly_cost() on imported models, through provider
-- aliases, with the imported cache prices and long-context tiers. Expected
-- values worked by hand from ../shared/data/litellm (per-token prices x 1e6).
.load dist/modelcmp
SELECT modelcmp_reset('empty') IS NOT NULL;
SELECT json_extract(modelcmp_load_file('tests/out/data/litellm/model_prices_and_context_window.json'), '$.format');
-- gpt-4o-mini: openai $0.15/$0.60 (cache read $0.075), azure $0.165/$0.66
SELECT 'openai', token_cost('gpt-4o-mini', 1000, 500, 'openai');             -- (150 + 300)/1e6
SELECT 'azure', token_cost('azure/gpt-4o-mini', 1000, 500, 'azure');         -- (165 + 330)/1e6
SELECT 'cheapest', token_cost('openai/gpt-4o-mini', 1000, 500), cheapest_route('gpt-4o-mini');
SELECT 'cached', token_cost('gpt-4o-mini', 1000, 0, 'openai', 400);          -- (600*.15 + 400*.075)/1e6
SELECT 'monthly', monthly_cost('openai/gpt-4o-mini'), monthly_cost('GPT-4o-mini', 1000, 800, 250, 'azure');
-- gemini-2.5-pro on google-ai-studio: $1.25/$10, above 200k input $2.50/$15,
-- cache read $0.125 (above 200k $0.25)
SELECT 'below_tier', token_cost('gemini/gemini-2.5-pro', 100000, 1000, 'google-ai-studio');
SELECT 'above_tier', token_cost('gemini/gemini-2.5-pro', 300000, 1000, 'google-ai-studio');
SELECT 'tier_cached', token_cost('gemini/gemini-2.5-pro', 300000, 0, 'google-ai-studio', 100000);
-- claude-sonnet-4-5 on anthropic: $3/$15, cache read $0.30, cache write $3.75
SELECT 'cache_write', token_cost('claude-sonnet-4-5', 10000, 1000, 'anthropic', 2000, 3000);
-- over the built-in catalog, a LiteLLM key reaches the curated model
SELECT modelcmp_reset() IS NOT NULL;
SELECT json_extract(modelcmp_load_file('tests/out/data/litellm/model_prices_and_context_window.json'), '$.format');
SELECT 'litellm_key', token_cost('cloudflare/@cf/meta/llama-3.2-1b-instruct', 800, 250, 'cloudflare-workers-ai'),
       monthly_cost('sambanova/Meta-Llama-3.2-1B-Instruct', 1000000, 800, 250, 'cloudflare-workers-ai');
SELECT 'builtin_wins', input_per_mtok, output_per_mtok FROM routes
 WHERE model_id = 'llama-3.2-1b-instruct' AND provider = 'cloudflare-workers-ai';
