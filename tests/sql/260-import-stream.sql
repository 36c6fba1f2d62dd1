-- The importers read the text one entry at a time (ext/json_scan.c): the
-- whole document is checked first as cJSON parses it, then each entry's
-- span is parsed alone. What a whole-document parse would have given must
-- not change: keys with escapes, provider fields after "models", duplicate
-- "models" keys, a byte-order mark, and which error wins when a document
-- has several.
.load dist/modelcmp
SELECT modelcmp_reset('empty') IS NOT NULL;
-- litellm: an escaped key is its unescaped text, and two spellings of one
-- key are a duplicate
SELECT json_extract(modelcmp_load('{"openai\/gpt-esc\u0031":{"litellm_provider":"openai","mode":"chat","input_cost_per_token":1e-06}}'), '$.models_added');
SELECT model_id, provider, provider_model_id FROM routes WHERE model_id = 'gpt-esc1';
SELECT alias FROM model_aliases WHERE model_id = 'gpt-esc1' ORDER BY 1;
SELECT modelcmp_load('{"a":{"litellm_provider":"openai","mode":"chat"},"\u0061":{"litellm_provider":"openai","mode":"chat"}}');
-- a syntax error anywhere wins over what is wrong before it
SELECT modelcmp_load('{"a":{"litellm_provider":"openai","mode":"chat"},"a":{"litellm_provider":"openai","mode":"chat"},"b":[1,]}');
SELECT modelcmp_load('{"p":{"id":"p","models":[]},"q":{"models":{"m":{"id":"m" "x":1}}}}', 'modelsdev');
SELECT modelcmp_load('{"x":{"litellm_provider":"openai"}} {', 'modelsdev');
-- detection reads the text: a "modelcmp" key anywhere at the top makes a
-- modelcmp document, whatever comes first
SELECT modelcmp_load('{"x":{"litellm_provider":"openai","mode":"chat"},"modelcmp":2}');
SELECT modelcmp_load('{"x":{"litellm_provider":"openai","mode":"chat"},"modelcmp":2}', 'litellm');
-- a byte-order mark and whitespace before the document
SELECT json_extract(modelcmp_load(CAST(X'EFBBBF0A' AS TEXT) || '{"data":[{"id":"acme/bom-1","pricing":{"prompt":"0.000001"}}]}'), '$.routes_added');
-- modelsdev: the provider's fields after "models" count, a second "models"
-- key is not read (the first one is, as cJSON finds it), keys unescape
SELECT json_extract(modelcmp_load('{
  "acme\u002dcloud": {"id": "acme-cloud", "models": {
      "m\u002d1": {"id": "m-1", "cost": {"input": 1, "output": 2}},
      "m-2": {"cost": {"input": 3, "output": 4}}},
    "name": "Acme Cloud", "doc": "https://acme.example/docs",
    "models": {"m-3": {"id": "m-3"}}},
  "beta": {"name": "Beta", "models": {}}
}'), '$.entries');
SELECT id, name, url FROM providers WHERE id = 'acme-cloud';
SELECT model_id, provider_model_id, input_per_mtok, output_per_mtok FROM routes WHERE provider = 'acme-cloud' ORDER BY 1;
SELECT count(*) FROM models WHERE id = 'm-3';
