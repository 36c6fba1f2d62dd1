-- No two built-in models share an alias (docs/curation.md, "Canonical
-- model ids"): every catalog document is loaded again into an empty
-- catalog, in the order the build embeds them (catalog/*.json sorted), and
-- a listed alias another model already owns is counted by the load as
-- conflicts_by_field "model_aliases.model_id" (docs/catalog-format.md).
-- An alias that is another model's id is test 040's "alias owned by
-- another model".
.load dist/modelcmp
.headers off
CREATE TEMP TABLE builtin AS SELECT (SELECT count(*) FROM models) AS models,
  (SELECT count(*) FROM model_aliases) AS aliases;
SELECT modelcmp_reset('empty') IS NOT NULL;
CREATE TEMP TABLE loads(file TEXT, summary TEXT);
INSERT INTO loads VALUES('00-benchmarks', modelcmp_load_file('catalog/00-benchmarks.json'));
INSERT INTO loads VALUES('00-providers', modelcmp_load_file('catalog/00-providers.json'));
INSERT INTO loads VALUES('alibaba', modelcmp_load_file('catalog/alibaba.json'));
INSERT INTO loads VALUES('amazon', modelcmp_load_file('catalog/amazon.json'));
INSERT INTO loads VALUES('anthropic', modelcmp_load_file('catalog/anthropic.json'));
INSERT INTO loads VALUES('cohere', modelcmp_load_file('catalog/cohere.json'));
INSERT INTO loads VALUES('deepseek', modelcmp_load_file('catalog/deepseek.json'));
INSERT INTO loads VALUES('google', modelcmp_load_file('catalog/google.json'));
INSERT INTO loads VALUES('meta', modelcmp_load_file('catalog/meta.json'));
INSERT INTO loads VALUES('microsoft', modelcmp_load_file('catalog/microsoft.json'));
INSERT INTO loads VALUES('mistral', modelcmp_load_file('catalog/mistral.json'));
INSERT INTO loads VALUES('moonshot', modelcmp_load_file('catalog/moonshot.json'));
INSERT INTO loads VALUES('nvidia', modelcmp_load_file('catalog/nvidia.json'));
INSERT INTO loads VALUES('openai', modelcmp_load_file('catalog/openai.json'));
INSERT INTO loads VALUES('xai', modelcmp_load_file('catalog/xai.json'));
INSERT INTO loads VALUES('zhipu', modelcmp_load_file('catalog/zhipu.json'));
.print == the documents listed here are the whole built-in catalog (a new catalog/*.json belongs above)
SELECT 'models', CASE WHEN count(*) = (SELECT models FROM builtin) THEN 'ok'
       ELSE 'FAIL ' || count(*) || ' of ' || (SELECT models FROM builtin) END FROM models;
SELECT 'aliases', CASE WHEN count(*) = (SELECT aliases FROM builtin) THEN 'ok'
       ELSE 'FAIL ' || count(*) || ' of ' || (SELECT aliases FROM builtin) END FROM model_aliases;
.print == aliases claimed by a second model (none)
SELECT file, json_extract(summary, '$.conflicts_by_field."model_aliases.model_id"') FROM loads
 WHERE json_extract(summary, '$.conflicts_by_field."model_aliases.model_id"') IS NOT NULL;
.print == the check sees a shared alias: a model claiming gpt-4o-mini's
SELECT json_extract(modelcmp_load('{"modelcmp":1,"models":[{"id":"not-gpt-4o-mini","aliases":["openai/gpt-4o-mini"]}]}'),
                    '$.conflicts_by_field."model_aliases.model_id"');
