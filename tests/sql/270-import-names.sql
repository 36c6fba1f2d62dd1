-- One model, one identity (docs/importers.md#same-model-rules, #variants):
-- the hand-built table of real keys (tests/data/names/table.sql, evidence
-- in each row) over excerpts of the three snapshots (tests/data/names/,
-- README.md there), loaded over the built-in catalog as a user would. Each
-- key must resolve to its model, or a variant's key to its base model, and
-- no two keys of different models may share one.
.load dist/modelcmp
.headers off
.nullvalue NULL
SELECT json_extract(s, '$.format'), json_extract(s, '$.variants_linked'), json_extract(s, '$.merges_refused'),
       json_array_length(s, '$.near_misses')
  FROM (SELECT modelcmp_load_file('tests/data/names/litellm.json') AS s);
SELECT json_extract(s, '$.format'), json_extract(s, '$.variants_linked'), json_extract(s, '$.merges_refused'),
       json_array_length(s, '$.near_misses')
  FROM (SELECT modelcmp_load_file('tests/data/names/openrouter.json') AS s);
SELECT json_extract(s, '$.format'), json_extract(s, '$.variants_linked'), json_extract(s, '$.merges_refused'),
       json_array_length(s, '$.near_misses'), json_extract(s, '$.near_misses')
  FROM (SELECT modelcmp_load_file('tests/data/names/modelsdev.json') AS s);
.read tests/data/names/table.sql
.read tests/data/names/score.sql
.print == Llama 3.3 70B Instruct: its routes and its variants' (sql/variants.sql)
.read sql/variants.sql
SELECT provider, ifnull(variant, '-'), provider_model_id FROM model_routes
 WHERE base_model = 'llama-3.3-70b-instruct' ORDER BY provider, variant;
SELECT 'groq and cerebras', count(DISTINCT provider) FROM model_routes
 WHERE base_model = 'llama-3.3-70b-instruct' AND provider IN ('groq', 'cerebras');
.print == the variants and their base
SELECT id, base_model FROM models WHERE base_model IS NOT NULL ORDER BY base_model, id;
.print == a usage-log name of a variant costs at its own route's price
SELECT token_cost('groq/llama-3.3-70b-versatile', 1000000, 0, 'groq'),
       token_cost('together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo', 1000000, 0),
       token_cost('openrouter/meta-llama/llama-3.3-70b-instruct:free', 1000000, 0);
.print == loading the three again changes nothing
SELECT json_extract(s, '$.models_added') + json_extract(s, '$.routes_added')
     + json_extract(s, '$.models_changed') + json_extract(s, '$.routes_changed')
  FROM (SELECT modelcmp_load_file('tests/data/names/litellm.json') AS s
        UNION ALL SELECT modelcmp_load_file('tests/data/names/openrouter.json')
        UNION ALL SELECT modelcmp_load_file('tests/data/names/modelsdev.json'));
