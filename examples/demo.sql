-- The seed pair side by side, from the built-in catalog.
.headers on
.mode column
SELECT m.id, m.name, m.creator, m.released, m.context_window, m.parameters,
       m.license, m.openness,
       (SELECT count(*) FROM routes r WHERE r.model_id = m.id) AS routes,
       (SELECT printf('%.1f', score) FROM benchmarks b WHERE b.model_id = m.id AND b.benchmark = 'mmlu_pro') AS mmlu_pro,
       (SELECT printf('%.1f', score) FROM benchmarks b WHERE b.model_id = m.id AND b.benchmark = 'gpqa') AS gpqa
  FROM models m
 WHERE m.id IN ('llama-3.2-1b-instruct', 'qwen3.5-4b');
