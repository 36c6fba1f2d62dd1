-- Scores the current catalog against names_table (table.sql): for each key,
-- the model it resolves to (a model id, or an alias, case-insensitively),
-- and whether that is right. Read by tests/sql/270-import-names.sql (the
-- excerpts) and 275-import-names-data.sql (the whole snapshots).
--   ok     the key's model, or a variant's key resolved to its base model
--   wrong  merged: resolves to a model the row must stay apart from, or to
--          the same model as a key whose expected model is another one
--   missed anything else (a model of its own that no rule linked)
CREATE TEMP TABLE names_alias AS SELECT lower(alias) AS a, model_id FROM model_aliases;
CREATE INDEX names_alias_a ON names_alias(a);
CREATE TEMP TABLE names_got AS
  SELECT t.*, coalesce((SELECT id FROM models WHERE id = lower(t.key)),
                       (SELECT model_id FROM names_alias WHERE a = lower(t.key))) AS got
    FROM names_table t;
-- what a row expects its key to share a model with: nothing when it
-- resolved to its base model (a variant merged into its base is allowed)
ALTER TABLE names_got ADD COLUMN expect TEXT;
UPDATE names_got SET expect = CASE WHEN base_model IS NOT NULL AND got = base_model THEN NULL ELSE model END;
ALTER TABLE names_got ADD COLUMN outcome TEXT;
UPDATE names_got SET outcome = CASE
  WHEN got = model OR (base_model IS NOT NULL AND got = base_model) THEN 'ok'
  WHEN got = apart_from THEN 'wrong'
  WHEN got IS NOT NULL AND EXISTS (SELECT 1 FROM names_got o WHERE o.got = names_got.got
       AND o.expect IS NOT NULL AND o.expect <> names_got.model) THEN 'wrong'
  ELSE 'missed' END;
-- a row merged with another's model makes both wrong
UPDATE names_got SET outcome = 'wrong' WHERE outcome = 'ok' AND expect IS NOT NULL
   AND EXISTS (SELECT 1 FROM names_got o WHERE o.got = names_got.got AND o.expect IS NOT NULL
               AND o.expect <> names_got.expect);
.print == the table: keys, resolved to their model or base model, wrong merges
SELECT count(*) AS keys, sum(outcome = 'ok') AS ok,
       printf('%.1f%%', 100.0 * sum(outcome = 'ok') / count(*)) AS resolved,
       sum(outcome = 'wrong') AS wrong_merges, sum(outcome = 'missed') AS missed,
       count(DISTINCT source) AS sources
  FROM names_got;
.print == by group
SELECT grp, count(*), sum(outcome = 'ok') FROM names_got GROUP BY grp ORDER BY grp;
.print == wrong merges (key, expected, resolved to)
SELECT key, model, got FROM names_got WHERE outcome = 'wrong' ORDER BY grp, key;
.print == missed (key, expected, resolved to)
SELECT key, model, got FROM names_got WHERE outcome = 'missed' ORDER BY grp, key;
