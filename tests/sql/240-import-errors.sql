-- Bad input to the importers. A problem with the document as a whole
-- (wrong format, invalid JSON, wrong structure) is an error and changes
-- nothing; a bad value inside one entry skips that entry, counted as
-- "invalid_value" with a warning naming the entry and the field, and the
-- rest of the document loads (docs/importers.md#bad-input).
.load dist/modelcmp
SELECT modelcmp_reset('empty') IS NOT NULL;
SELECT json_extract(modelcmp_load('{"acme-1":{"litellm_provider":"openai","mode":"chat","input_cost_per_token":1e-06}}'), '$.models_added');
CREATE TABLE before AS SELECT modelcmp_export() AS x;
-- detection, and a named format that does not match
SELECT modelcmp_load('{"data":[{"id":"acme/a-1","pricing":{"prompt":"0.000001","completion":"0.000002"}}]}', 'litellm');
SELECT modelcmp_load('{"acme-1":{"litellm_provider":"openai","mode":"chat"}}', 'modelsdev');
SELECT modelcmp_load('{"acme":{"id":"acme","models":{"a-1":{"id":"a-1"}}}}', 'openrouter');
SELECT modelcmp_load('{"data":[{"id":"a/b","pricing":{}}]}', 'modelcmp');
SELECT modelcmp_load('{"x":{"y":1}}', 'litellm');
SELECT modelcmp_load('{"x":{"y":1}}');
SELECT modelcmp_load('[1,2]', 'openrouter');
-- a 0-byte file and invalid JSON, with the byte offset
SELECT modelcmp_load_file('tests/data/empty.json', 'litellm');
SELECT modelcmp_load('{"m":{"litellm_provider":"openai","mode":"chat",}}');
SELECT modelcmp_load('{"data":[{"id":"a/b","pricing":{"prompt":"1"}}]');
-- the document's structure
SELECT modelcmp_load('{"m":{"litellm_provider":"openai","mode":"chat"},"m":{"litellm_provider":"openai","mode":"chat"}}');
SELECT modelcmp_load('{"data":{"id":"a/b"}}', 'openrouter');
SELECT modelcmp_load('{"p":{"id":"p","models":{}},"q":{"id":"q"}}', 'modelsdev');
SELECT modelcmp_load('{"p":{"id":"p","models":{}},"q":7}', 'modelsdev');
SELECT modelcmp_load('{"p":{"id":"p","models":[]}}', 'modelsdev');
-- after all that, the catalog is exactly as it was
SELECT modelcmp_export() = x FROM before;

-- A bad value skips its entry; the others load. litellm:
SELECT modelcmp_load('{
  "good-1": {"litellm_provider": "openai", "mode": "chat", "input_cost_per_token": 2e-06, "output_cost_per_token": 8e-06},
  "neg-price": {"litellm_provider": "openai", "mode": "chat", "input_cost_per_token": -1e-06},
  "str-price": {"litellm_provider": "openai", "mode": "chat", "input_cost_per_token": "0.000001"},
  "huge-price": {"litellm_provider": "openai", "mode": "chat", "output_cost_per_token": 1e305},
  "frac-ctx": {"litellm_provider": "openai", "mode": "chat", "max_input_tokens": 1.5},
  "str-flag": {"litellm_provider": "openai", "mode": "chat", "supports_vision": "yes"},
  "num-mode": {"litellm_provider": "openai", "mode": 5},
  "bad-tier": {"litellm_provider": "openai", "mode": "chat", "input_cost_per_token_above_200k_tokens": 4e-06},
  "bad-tiered": {"litellm_provider": "dashscope", "mode": "chat", "tiered_pricing": [{"range": "all"}]},
  "no-provider": {"mode": "chat"},
  "bad/provider": {"litellm_provider": "", "mode": "chat"},
  "last_updated": "2026-07-24",
  "emb": {"litellm_provider": "openai", "mode": "embedding"},
  "odd": {"litellm_provider": "openai", "mode": "telepathy"},
  "zero": {"litellm_provider": "openai", "mode": "chat", "input_cost_per_token": -0.0, "output_cost_per_token": 0}
}');
SELECT model_id, provider, input_per_mtok, output_per_mtok FROM routes WHERE model_id IN ('good-1', 'zero') ORDER BY 1;
SELECT count(*) FROM models WHERE id IN ('neg-price', 'str-price', 'huge-price', 'frac-ctx', 'str-flag', 'num-mode', 'bad-tier', 'bad-tiered');
-- openrouter: "-1" is unknown, any other negative or non-number is bad
SELECT modelcmp_load('{"data": [
  {"id": "acme/unknown-price", "pricing": {"prompt": "-1", "completion": "-1"}},
  {"id": "acme/neg-price", "pricing": {"prompt": "-0.5", "completion": "0"}},
  {"id": "acme/text-price", "pricing": {"prompt": "cheap", "completion": "0"}},
  {"id": "acme/hex-price", "pricing": {"prompt": "0x10", "completion": "0"}},
  {"id": "acme/num-price", "pricing": {"prompt": 0.0000005, "completion": "2e-6"}},
  {"id": "acme/bad-params", "pricing": {}, "supported_parameters": "tools"},
  {"id": 42, "pricing": {}},
  {"pricing": {}},
  "not an object",
  {"id": "acme/image-maker", "pricing": {}, "architecture": {"output_modalities": ["image"]}}
]}');
SELECT model_id, input_per_mtok, output_per_mtok FROM routes WHERE provider = 'openrouter' ORDER BY 1;
-- modelsdev: prices are per 1M already; a string or a negative price is bad
SELECT modelcmp_load('{"acme": {"id": "acme", "name": "Acme Cloud", "models": {
  "good-2": {"id": "good-2", "cost": {"input": 0.15, "output": 0.6, "cache_read": 0.015}, "limit": {"context": 0, "output": 8192}},
  "neg": {"id": "neg", "cost": {"input": -0.1, "output": 0.6}},
  "str": {"id": "str", "cost": {"input": "1.5", "output": 0.6}},
  "tiers-no-base": {"id": "tiers-no-base", "cost": {"tiers": [{"tier": {"size": 1000}, "input": 1}]}},
  "bad-tier": {"id": "bad-tier", "cost": {"input": 1, "tiers": [{"size": 1000}]}},
  "bad-date": {"id": "bad-date", "release_date": 20240101},
  "bad-mods": {"id": "bad-mods", "modalities": {"input": "text"}},
  "text-embedding-x": {"id": "text-embedding-x"},
  "old": {"id": "old", "release_date": "2024-02", "knowledge": "2023-13", "cost": {"input": 1, "output": 2, "context_over_200k": {"input": 2, "output": 4}}}
}}}');
SELECT model_id, provider, input_per_mtok, output_per_mtok, cache_read_per_mtok, context_window, max_output_tokens, tiers
  FROM routes WHERE provider = 'acme' ORDER BY 1;
SELECT id, released, knowledge_cutoff FROM models WHERE id = 'old';
SELECT id, name, source FROM providers WHERE id = 'acme';
