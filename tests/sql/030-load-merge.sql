-- Loading modelcmp documents: the summary, merging into the current
-- catalog, reset, export round trip, and snapshot isolation.
.load dist/modelcmp
SELECT modelcmp_load_file('tests/data/custom.json');
.headers on
SELECT id, name, creator, context_window, license, license_osi, tags FROM models WHERE id = 'acme-7b';
SELECT capability, supported, source FROM capabilities
 WHERE model_id = 'acme-7b' AND capability IN ('vision', 'function_calling', 'reasoning');
SELECT provider, input_per_mtok, output_per_mtok, cache_read_per_mtok, tiers, note FROM routes WHERE model_id = 'acme-7b';
SELECT alias, model_id, provider FROM model_aliases WHERE model_id = 'acme-7b';
.headers off
-- a second load of the same document changes nothing
SELECT modelcmp_load_file('tests/data/custom.json');
-- a document overwrites the fields it gives and keeps the rest
SELECT modelcmp_load('{"modelcmp":1,"models":[{"id":"acme-7b","context_window":65536,"license":null,
  "routes":[{"provider":"acme-cloud","output_per_mtok":0.5}]}]}');
SELECT context_window, license FROM models WHERE id = 'acme-7b';
SELECT input_per_mtok, output_per_mtok FROM routes WHERE model_id = 'acme-7b' AND provider = 'acme-cloud';
-- an alias another model already owns stays with the first owner (the
-- summary counts the claim in conflicts_by_field "model_aliases.model_id")
SELECT modelcmp_load('{"modelcmp":1,"models":[{"id":"other","aliases":["acme7b","fresh-name"]}]}');
SELECT alias, model_id FROM model_aliases WHERE alias IN ('acme7b', 'fresh-name');
-- a model id is never taken as an alias (counted the same way)
SELECT modelcmp_load('{"modelcmp":1,"models":[{"id":"third","aliases":["other"]}]}');
SELECT count(*) FROM model_aliases WHERE alias = 'other';
-- export round-trips: load it into an empty catalog and export again
CREATE TABLE e1 AS SELECT modelcmp_export() AS x;
SELECT modelcmp_reset('empty');
SELECT count(*) FROM models;
SELECT json_extract(modelcmp_load(x), '$.models_added') FROM e1;
SELECT modelcmp_export() = x FROM e1;
SELECT json_valid(x), json_extract(x, '$.modelcmp') FROM e1;
-- reset brings back the built-in catalog
SELECT modelcmp_reset();
SELECT modelcmp_reset('builtin');
SELECT group_concat(id, ',') FROM (SELECT id FROM models ORDER BY id);
-- a statement keeps the snapshot it started with: loading inside a scan
-- does not add rows to that scan
SELECT id, json_extract(modelcmp_load('{"modelcmp":1,"models":[{"id":"copy-of-' || id || '"}]}'), '$.models_added')
  FROM models ORDER BY id;
SELECT count(*) FROM models;
