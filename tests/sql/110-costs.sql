-- token_cost(), monthly_cost(), cheapest_route(): the arithmetic, tiers,
-- cache prices, tie-breaking, NULLs and bad input.
.load dist/modelcmp
SELECT json_extract(modelcmp_load_file('tests/data/custom.json'), '$.models_added');
-- acme-cloud: $0.20 in / $0.60 out / $0.05 cache read; above 16,000 input
-- tokens the whole request is billed at $0.40 / $1.20
SELECT 'base', token_cost('acme-7b', 1000, 500, 'acme-cloud');          -- (1000*.2 + 500*.6)/1e6
SELECT 'tier_edge', token_cost('acme-7b', 16000, 500, 'acme-cloud');    -- not above: base prices
SELECT 'tier', token_cost('acme-7b', 20000, 500, 'acme-cloud');         -- (20000*.4 + 500*1.2)/1e6
SELECT 'cache_read', token_cost('acme-7b', 1000, 500, 'acme-cloud', 600);  -- (400*.2 + 600*.05 + 500*.6)/1e6
SELECT 'cache_write', token_cost('acme-7b', 1000, 500, 'acme-cloud', 0, 200); -- no write price: input price
SELECT 'tier_cache', token_cost('acme-7b', 20000, 0, 'acme-cloud', 10000);  -- tier input, base cache price
SELECT 'free_route', token_cost('acme-7b', 1000, 500), cheapest_route('acme-7b');
SELECT 'monthly', monthly_cost('acme-7b', 1000, 20000, 1000, 'acme-cloud');
SELECT 'alias', token_cost('acme/7b', 1000, 500, 'acme-cloud'), token_cost('ACME-7B-instruct', 1000, 500, 'acme-cloud');
-- the built-in catalog
SELECT 'llama_default', token_cost('llama-3.2-1b-instruct', 800, 250), monthly_cost('llama-3.2-1b-instruct', 1000000, 800, 250);
SELECT 'llama_bedrock', monthly_cost('llama-3.2-1b-instruct', 1000, 800, 250, 'amazon-bedrock');
SELECT 'llama_alias', token_cost('@cf/meta/llama-3.2-1b-instruct', 800, 250);
-- equal costs: the provider id that sorts first
SELECT 'tie_input_only', cheapest_route('llama-3.2-1b-instruct', 1, 1000000, 0);
SELECT 'tie_output_only', cheapest_route('llama-3.2-1b-instruct', 1, 0, 1000000);
SELECT 'zero_traffic', monthly_cost('llama-3.2-1b-instruct', 0, 800, 250), cheapest_route('llama-3.2-1b-instruct', 0, 0, 0);
-- no price known: NULL, not 0
SELECT 'unpriced_route', token_cost('llama-3.2-1b-instruct', 1, 1, 'nvidia-nim') IS NULL;
SELECT 'no_route_there', token_cost('llama-3.2-1b-instruct', 1, 1, 'openai') IS NULL;
SELECT 'no_route_at_all', token_cost('qwen3.5-4b', 1, 1) IS NULL, monthly_cost('qwen3.5-4b') IS NULL;
-- NULL arguments give NULL; a NULL provider means the cheapest route
SELECT 'nulls', token_cost(NULL, 1, 1) IS NULL, token_cost('acme-7b', NULL, 1) IS NULL,
       token_cost('acme-7b', 1, NULL) IS NULL, token_cost('acme-7b', 1000, 500, 'acme-cloud', NULL) IS NULL,
       monthly_cost(NULL) IS NULL, monthly_cost('acme-7b', NULL, 1, 1) IS NULL,
       cheapest_route(NULL) IS NULL, token_cost('acme-7b', 1000, 500, NULL);
-- numbers given as text are numbers; huge counts do not overflow
SELECT 'text_numbers', token_cost('llama-3.2-1b-instruct', '800', '250');
SELECT 'huge', token_cost('llama-3.2-1b-instruct', 9223372036854775807, 9223372036854775807);
SELECT 'huge_month', monthly_cost('llama-3.2-1b-instruct', 1e15, 1e6, 1e6);
-- a usage log
CREATE TABLE usage(model TEXT, inp INTEGER, outp INTEGER);
INSERT INTO usage VALUES ('llama-3.2-1b-instruct', 800, 250), ('acme-7b', 1000, 500),
  ('llama-3.2-1b-instruct', 1000000, 0), ('@cf/meta/llama-3.2-1b-instruct', 0, 1000000),
  ('qwen3.5-4b', 100, 100), ('acme-7b', 20000, 500);
SELECT model, sum(token_cost(model, inp, outp)), count(token_cost(model, inp, outp))
  FROM usage GROUP BY model ORDER BY model;
SELECT sum(token_cost(model, inp, outp, 'acme-cloud')) FROM usage WHERE model = 'acme-7b';
-- errors
SELECT token_cost('llama-3.2-1b', 1, 1);
SELECT token_cost('gpt4o-mini-turbo-max', 1, 1);
SELECT monthly_cost('qwen3.5-4', 1, 1, 1);
SELECT cheapest_route('lama-3.2-1b-instruct');
SELECT token_cost('acme-7b', -1, 1);
SELECT token_cost('acme-7b', 1, -0.5);
SELECT token_cost('acme-7b', 'many', 1);
SELECT token_cost('acme-7b', 1e999, 1);
SELECT token_cost('acme-7b', x'00', 1);
SELECT token_cost('acme-7b', 100, 1, 'acme-cloud', 80, 30);
SELECT token_cost('acme-7b', 100, 1, 'nowhere');
SELECT monthly_cost('acme-7b', -5, 1, 1);
SELECT monthly_cost('acme-7b', 1, 1, 1, 'nowhere');
SELECT token_cost('acme-7b', 1);
SELECT monthly_cost('acme-7b', 1, 1);
SELECT cheapest_route('acme-7b', 1, 1, 1, 'acme-cloud');
