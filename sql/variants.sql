-- variants.sql — the routes of a model together with its variants' routes
-- (quantised and speed-tuned servings, dated snapshots, free tiers: the
-- models whose base_model names it; docs/importers.md#variants).
--
--   .read sql/variants.sql                  (the sqlite3 shell, modelcmp loaded)
--   SELECT provider, variant, input_per_mtok, output_per_mtok
--     FROM model_routes WHERE base_model = 'llama-3.3-70b-instruct';
--
-- Creates the temporary view model_routes: every route of every model,
-- with
--   base_model  the model the route serves: the route's model, or the
--               model its base_model names
--   model_id    the model that has the route (the variant, or the base)
--   variant     what the variant's id adds to its base's ("fp8-fast",
--               "turbo", "free", "2024-08-06"), its whole id when it does
--               not extend the base's ("snowflake-llama-3.3-70b"), NULL
--               on the base's own routes
-- and the route's columns (provider ... source). Temporary: it lives as long
-- as the connection, as the extension's tables do.
CREATE TEMP VIEW IF NOT EXISTS model_routes AS
SELECT coalesce(m.base_model, m.id) AS base_model,
       r.model_id AS model_id,
       CASE WHEN m.base_model IS NULL THEN NULL
            WHEN substr(m.id, 1, length(m.base_model) + 1) = m.base_model || '-'
            THEN substr(m.id, length(m.base_model) + 2)
            ELSE m.id END AS variant,
       r.provider, r.provider_model_id, r.input_per_mtok, r.output_per_mtok,
       r.cache_read_per_mtok, r.cache_write_per_mtok, r.context_window,
       r.max_output_tokens, r.note, r.source
  FROM routes AS r JOIN models AS m ON m.id = r.model_id;
