-- The catalog tables: the seed page's facts read back, the index used for
-- id lookups, read-only errors, and the modelcmp_<name> spellings.
.load dist/modelcmp
.headers on
SELECT count(*) AS llama_routes FROM routes WHERE model_id = 'llama-3.2-1b-instruct';
SELECT id, name, creator, family, released, context_window, parameters, architecture,
       license, license_osi, openness, commercial_use, knowledge_cutoff
  FROM models WHERE id IN ('llama-3.2-1b-instruct', 'qwen3.5-4b') ORDER BY id;
SELECT input_modalities, output_modalities, tags FROM models WHERE id = 'qwen3.5-4b';
SELECT model_id, capability, supported FROM capabilities
 WHERE model_id = 'llama-3.2-1b-instruct';
SELECT capability, supported FROM capabilities WHERE model_id = 'qwen3.5-4b' AND supported;
SELECT b.model_id, d.name, printf('%.1f', b.score) AS score
  FROM benchmarks b JOIN benchmark_defs d ON d.id = b.benchmark
 ORDER BY b.model_id, d.name;
SELECT r.provider, p.name, r.input_per_mtok, r.output_per_mtok, r.context_window, r.note IS NOT NULL AS has_note
  FROM routes r JOIN providers p ON p.id = r.provider
 WHERE r.model_id = 'llama-3.2-1b-instruct';
SELECT count(*) AS qwen_routes FROM routes WHERE model_id = 'qwen3.5-4b';
-- every fact row of the seed pair carries a source URL
SELECT (SELECT count(*) FROM models WHERE source NOT LIKE 'https://%')
     + (SELECT count(*) FROM capabilities WHERE source NOT LIKE 'https://%')
     + (SELECT count(*) FROM benchmarks WHERE source NOT LIKE 'https://%')
     + (SELECT count(*) FROM routes WHERE source NOT LIKE 'https://%') AS unsourced;
.headers off
-- lookups by id use the hash index, not a scan
EXPLAIN QUERY PLAN SELECT * FROM models WHERE id = 'qwen3.5-4b';
EXPLAIN QUERY PLAN SELECT * FROM routes WHERE model_id = ?;
EXPLAIN QUERY PLAN SELECT * FROM capabilities WHERE model_id = ?;
EXPLAIN QUERY PLAN SELECT * FROM benchmarks WHERE model_id = ?;
EXPLAIN QUERY PLAN SELECT * FROM providers WHERE id = ?;
EXPLAIN QUERY PLAN SELECT * FROM benchmark_defs WHERE id = ?;
EXPLAIN QUERY PLAN SELECT * FROM model_aliases WHERE alias = ?;
EXPLAIN QUERY PLAN SELECT * FROM models WHERE name = 'x';
-- the comparison is exact, as a scan would do it
SELECT count(*) FROM models WHERE id = 'QWEN3.5-4B';
SELECT count(*) FROM models WHERE id = NULL;
SELECT count(*) FROM models WHERE id IN ('qwen3.5-4b', 'llama-3.2-1b-instruct', 'nope');
SELECT model_id FROM model_aliases WHERE alias = 'Qwen/Qwen3.5-4B';
SELECT count(*) FROM model_aliases WHERE alias = 'qwen/qwen3.5-4b';
-- joins drive the index from the outer table
SELECT m.id, count(r.provider) FROM models m LEFT JOIN routes r ON r.model_id = m.id GROUP BY m.id ORDER BY m.id;
-- read-only, with directions
INSERT INTO models(id) VALUES ('x');
UPDATE routes SET input_per_mtok = 0;
DELETE FROM providers;
-- a user table named like a catalog table does not hide the catalog
CREATE TABLE models(x);
SELECT count(*) FROM models;
SELECT count(*) FROM modelcmp_models;
SELECT count(*) FROM modelcmp_routes WHERE model_id = 'llama-3.2-1b-instruct';
SELECT count(*) FROM modelcmp_capabilities, modelcmp_benchmarks, modelcmp_providers, modelcmp_benchmark_defs, modelcmp_model_aliases WHERE 0;
