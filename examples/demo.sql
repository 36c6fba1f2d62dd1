-- The main job: the seed comparison page, from the built-in catalog.
SELECT compare_report('llama-3.2-1b-instruct', 'qwen3.5-4b');
