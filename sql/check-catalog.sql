-- check-catalog.sql — cross-checks the built-in catalog against the LiteLLM
-- and models.dev snapshots, so stale or mistyped facts are visible.
--
--   make check-catalog                        (from the repository root)
--   sqlite3 :memory: -cmd '.load ./dist/modelcmp' < sql/check-catalog.sql
--
-- The snapshots are read from ../shared/data (relative to the directory the
-- shell runs in), or from the directory in the shell parameter @data:
--   sqlite3 :memory: -cmd '.load ./dist/modelcmp' \
--           -cmd ".parameter set @data '/path/to/data'" < sql/check-catalog.sql
-- Files: <data>/litellm/model_prices_and_context_window.json and
-- <data>/modelsdev/api.json. It needs the sqlite3 shell (readfile()); it
-- only reads the catalog and the files and writes nothing but temp tables.
--
-- Output, one line per difference (list mode, '|' between columns):
--   kind|model_id|provider|snapshot|snapshot key|ours|theirs|note
-- kind is 'input', 'output' (price per 1M tokens differing by more than 2%
-- of the snapshot's price), 'context' (a route's context_window differing
-- from the snapshot entry's) or 'model-context' (the model's
-- context_window differing from the snapshot entry of the creator's own
-- API). The last column is the route's note, where the difference is
-- explained. A summary of what was matched follows.
.bail on
.headers off
.mode list

CREATE TEMP TABLE files(name TEXT PRIMARY KEY, doc TEXT);
-- A missing file is an error, not an empty report.
CREATE TEMP TRIGGER files_missing BEFORE INSERT ON files WHEN NEW.doc IS NULL
BEGIN
  SELECT RAISE(ABORT, 'check-catalog: cannot read a snapshot file; run from the repository root or set @data to the shared data directory');
END;
INSERT INTO files
SELECT 'litellm', CAST(readfile(coalesce(@data, '../shared/data') || '/litellm/model_prices_and_context_window.json') AS TEXT)
UNION ALL
SELECT 'modelsdev', CAST(readfile(coalesce(@data, '../shared/data') || '/modelsdev/api.json') AS TEXT);

-- Our provider ids and how each snapshot spells them: LiteLLM's
-- litellm_provider (a LIKE pattern) and the prefix of its keys, and the
-- models.dev provider id. A provider may have several rows.
CREATE TEMP TABLE provider_map(provider TEXT, ll_provider TEXT, ll_prefix TEXT, md_provider TEXT);
INSERT INTO provider_map VALUES
  ('openai',                'openai',             '',                   'openai'),
  ('anthropic',             'anthropic',          '',                   'anthropic'),
  ('google-ai-studio',      'gemini',             'gemini/',            'google'),
  ('google-vertex-ai',      'vertex_ai%',         'vertex_ai/',         'google-vertex'),
  ('google-vertex-ai',      'vertex_ai%',         '',                   'google-vertex-anthropic'),
  ('amazon-bedrock',        'bedrock%',           '',                   'amazon-bedrock'),
  ('amazon-bedrock',        'bedrock%',           'bedrock/',           NULL),
  ('amazon-bedrock',        'bedrock_mantle',     'bedrock_mantle/',    NULL),
  ('azure',                 'azure',              'azure/',             'azure'),
  ('azure',                 'azure_ai',           'azure_ai/',          NULL),
  ('openrouter',            'openrouter',         'openrouter/',        'openrouter'),
  ('together-ai',           'together_ai',        'together_ai/',       'togetherai'),
  ('fireworks-ai',          'fireworks_ai',       'fireworks_ai/',      'fireworks-ai'),
  ('groq',                  'groq',               'groq/',              'groq'),
  ('deepinfra',             'deepinfra',          'deepinfra/',         'deepinfra'),
  ('cloudflare-workers-ai', 'cloudflare',         'cloudflare/',        'cloudflare-workers-ai'),
  ('nvidia-nim',            'nvidia_nim',         'nvidia_nim/',        'nvidia'),
  ('mistral-ai',            'mistral',            'mistral/',           'mistral'),
  ('deepseek',              'deepseek',           'deepseek/',          'deepseek'),
  ('xai',                   'xai',                'xai/',               'xai'),
  ('cohere',                'cohere%',            '',                   'cohere'),
  ('cohere',                'cohere%',            'cohere_chat/',       NULL),
  ('moonshot-ai',           'moonshot',           'moonshot/',          'moonshotai'),
  ('z-ai',                  'zai',                'zai/',               'zai'),
  ('alibaba-cloud',         'dashscope',          'dashscope/',         'alibaba'),
  ('cerebras',              'cerebras',           'cerebras/',          'cerebras'),
  ('sambanova',             'sambanova',          'sambanova/',         NULL),
  ('ibm-watsonx',           'watsonx',            'watsonx/',           NULL),
  ('vercel-ai-gateway',     'vercel_ai_gateway',  'vercel_ai_gateway/', 'vercel');

-- The creator's own API, for the model-level context window.
CREATE TEMP TABLE creator_api(creator TEXT PRIMARY KEY, provider TEXT);
INSERT INTO creator_api VALUES
  ('OpenAI', 'openai'), ('Anthropic', 'anthropic'), ('Google', 'google-ai-studio'),
  ('Mistral AI', 'mistral-ai'), ('DeepSeek', 'deepseek'), ('xAI', 'xai'),
  ('Cohere', 'cohere'), ('Moonshot AI', 'moonshot-ai'), ('Zhipu AI', 'z-ai'),
  ('Alibaba', 'alibaba-cloud'), ('Amazon', 'amazon-bedrock');

-- The snapshots, flattened: one row per entry, prices per 1M tokens.
CREATE TEMP TABLE snap(snapshot TEXT, provider TEXT, key TEXT, lkey TEXT,
                       input REAL, output REAL, context INTEGER);
INSERT INTO snap
SELECT 'litellm', json_extract(e.value, '$.litellm_provider'), e.key, lower(e.key),
       round(json_extract(e.value, '$.input_cost_per_token') * 1000000, 6),
       round(json_extract(e.value, '$.output_cost_per_token') * 1000000, 6),
       json_extract(e.value, '$.max_input_tokens')
  FROM files f, json_each(f.doc) e
 WHERE f.name = 'litellm' AND e.type = 'object';
INSERT INTO snap
SELECT 'modelsdev', p.key, m.key, lower(m.key),
       json_extract(m.value, '$.cost.input'), json_extract(m.value, '$.cost.output'),
       json_extract(m.value, '$.limit.context')
  FROM files f, json_each(f.doc) p, json_each(p.value, '$.models') m
 WHERE f.name = 'modelsdev';
CREATE INDEX snap_key ON snap(lkey);

-- The names a route can have in a snapshot. Its provider_model_id first
-- (LiteLLM keys are prefix || id, with a matching litellm_provider;
-- models.dev keys are the id under the mapped provider). Only where that
-- finds nothing in a snapshot, the model's other aliases: those scoped to
-- the route's provider (same key rules) and unscoped ones taken as full
-- LiteLLM keys (e.g. gemini/gemini-3.1-pro-preview).
CREATE TEMP TABLE names AS
SELECT r.model_id, r.provider, r.provider_model_id AS name, 1 AS scoped, 0 AS fallback
  FROM routes r WHERE r.provider_model_id IS NOT NULL
UNION
SELECT r.model_id, r.provider, a.alias, a.provider IS NOT NULL, 1
  FROM routes r JOIN model_aliases a
    ON a.model_id = r.model_id AND (a.provider = r.provider OR a.provider IS NULL)
 WHERE a.alias IS NOT r.provider_model_id
   AND a.alias IS NOT (r.provider || '/' || r.provider_model_id);

CREATE TEMP TABLE candidates AS
SELECT DISTINCT n.model_id, n.provider, n.fallback, s.snapshot, s.key, s.input, s.output, s.context
  FROM names n
  JOIN provider_map pm ON pm.provider = n.provider
  JOIN snap s ON s.snapshot = 'litellm' AND s.provider LIKE pm.ll_provider
             AND s.lkey = lower(CASE WHEN n.scoped THEN pm.ll_prefix || n.name ELSE n.name END)
UNION
SELECT DISTINCT n.model_id, n.provider, n.fallback, s.snapshot, s.key, s.input, s.output, s.context
  FROM names n
  JOIN provider_map pm ON pm.provider = n.provider AND pm.md_provider IS NOT NULL
  JOIN snap s ON s.snapshot = 'modelsdev' AND s.provider = pm.md_provider AND s.lkey = lower(n.name)
 WHERE n.scoped;

CREATE TEMP TABLE matched AS
SELECT DISTINCT model_id, provider, snapshot, key, input, output, context
  FROM candidates c
 WHERE NOT c.fallback
    OR NOT EXISTS (SELECT 1 FROM candidates d
                    WHERE d.model_id = c.model_id AND d.provider = c.provider
                      AND d.snapshot = c.snapshot AND NOT d.fallback);

CREATE TEMP TABLE diffs(kind TEXT, model_id TEXT, provider TEXT, snapshot TEXT, key TEXT,
                        ours, theirs, note TEXT);
INSERT INTO diffs
SELECT 'input', r.model_id, r.provider, m.snapshot, m.key, r.input_per_mtok, m.input, r.note
  FROM routes r JOIN matched m USING (model_id, provider)
 WHERE r.input_per_mtok IS NOT NULL AND m.input IS NOT NULL
   AND abs(r.input_per_mtok - m.input) > 0.02 * m.input
UNION ALL
SELECT 'output', r.model_id, r.provider, m.snapshot, m.key, r.output_per_mtok, m.output, r.note
  FROM routes r JOIN matched m USING (model_id, provider)
 WHERE r.output_per_mtok IS NOT NULL AND m.output IS NOT NULL
   AND abs(r.output_per_mtok - m.output) > 0.02 * m.output
UNION ALL
SELECT 'context', r.model_id, r.provider, m.snapshot, m.key, r.context_window, m.context, r.note
  FROM routes r JOIN matched m USING (model_id, provider)
 WHERE r.context_window IS NOT NULL AND m.context IS NOT NULL AND r.context_window <> m.context
UNION ALL
SELECT 'model-context', md.id, r.provider, m.snapshot, m.key, md.context_window, m.context, r.note
  FROM models md
  JOIN creator_api c ON c.creator = md.creator
  JOIN routes r ON r.model_id = md.id AND r.provider = c.provider
  JOIN matched m ON m.model_id = r.model_id AND m.provider = r.provider
 WHERE md.context_window IS NOT NULL AND m.context IS NOT NULL AND md.context_window <> m.context;

.print -- differences: kind|model_id|provider|snapshot|key|ours|theirs|route note
SELECT kind, model_id, provider, snapshot, key, ours, theirs, coalesce(note, '(no note)')
  FROM diffs ORDER BY model_id, provider, kind, snapshot, key;

.print -- summary
.headers on
SELECT (SELECT count(*) FROM routes) AS routes,
       (SELECT count(*) FROM (SELECT DISTINCT model_id, provider FROM matched WHERE snapshot = 'litellm')) AS in_litellm,
       (SELECT count(*) FROM (SELECT DISTINCT model_id, provider FROM matched WHERE snapshot = 'modelsdev')) AS in_modelsdev,
       (SELECT count(*) FROM (SELECT DISTINCT model_id, provider FROM matched)) AS in_either,
       (SELECT count(*) FROM diffs WHERE kind IN ('input', 'output')) AS price_diffs,
       (SELECT count(*) FROM diffs WHERE kind IN ('context', 'model-context')) AS context_diffs,
       (SELECT count(*) FROM diffs WHERE note IS NULL) AS diffs_without_note;
