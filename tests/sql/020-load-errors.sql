-- Bad input to the loaders: each gets a clear error naming the function and
-- the place in the input, and the catalog stays exactly as it was.
.load dist/modelcmp
CREATE TABLE before AS SELECT modelcmp_export() AS x;
-- malformed and truncated JSON: the byte offset
SELECT modelcmp_load('{"modelcmp":1,"models":[{"id":"x"');
SELECT modelcmp_load('{"modelcmp":1,,}');
SELECT modelcmp_load('{"modelcmp":1} trailing');
SELECT modelcmp_load(printf('%.*c', 5000, '['));
SELECT modelcmp_load('');
SELECT modelcmp_load('   ');
-- wrong argument types
SELECT modelcmp_load(NULL);
SELECT modelcmp_load(42);
SELECT modelcmp_load(1.5);
SELECT modelcmp_load('{"modelcmp":1}', 42);
SELECT modelcmp_load();
SELECT modelcmp_load('{}', 'modelcmp', 3);
-- formats
SELECT modelcmp_load('[]');
SELECT modelcmp_load('{"a":1}');
SELECT modelcmp_load('{}', 'modelcmp');
SELECT modelcmp_load('{"modelcmp":1}', 'yaml');
SELECT modelcmp_load('{"modelcmp":2}');
SELECT modelcmp_load('{"modelcmp":"1"}');
SELECT modelcmp_load('{"modelcmp":1,"extra":1}');
SELECT modelcmp_load('{"modelcmp":1,"models":{}}');
-- wrong types, with the path of the bad field
SELECT modelcmp_load('{"modelcmp":1,"models":[{"id":"a-b","context_window":"big"}]}');
SELECT modelcmp_load('{"modelcmp":1,"models":[{"id":"a-b","context_window":1e400}]}');
SELECT modelcmp_load('{"modelcmp":1,"models":[{"id":"a-b","context_window":1.5}]}');
SELECT modelcmp_load('{"modelcmp":1,"models":[{"id":"a-b","parameters":0}]}');
SELECT modelcmp_load('{"modelcmp":1,"models":[{"id":"Bad Id"}]}');
SELECT modelcmp_load('{"modelcmp":1,"models":[{"name":"no id"}]}');
SELECT modelcmp_load('{"modelcmp":1,"models":[{"id":"ok","released":"2024-02-30"}]}');
SELECT modelcmp_load('{"modelcmp":1,"models":[{"id":"ok","knowledge_cutoff":"2024-13"}]}');
SELECT modelcmp_load('{"modelcmp":1,"models":[{"id":"ok","source":"ftp://x"}]}');
SELECT modelcmp_load('{"modelcmp":1,"models":[{"id":"ok","name":""}]}');
SELECT modelcmp_load('{"modelcmp":1,"models":[{"id":"ok","tags":["a",2]}]}');
SELECT modelcmp_load('{"modelcmp":1,"models":[{"id":"ok","license_osi":"yes"}]}');
SELECT modelcmp_load('{"modelcmp":1,"models":[{"id":"ok","contextwindow":5}]}');
SELECT modelcmp_load('{"modelcmp":1,"models":["ok"]}');
-- duplicates
SELECT modelcmp_load('{"modelcmp":1,"models":[{"id":"a"},{"id":"a"}]}');
SELECT modelcmp_load('{"modelcmp":1,"models":[{"id":"a","name":"x","name":"y"}]}');
SELECT modelcmp_load('{"modelcmp":1,"providers":[{"id":"p"},{"id":"p"}]}');
SELECT modelcmp_load('{"modelcmp":1,"models":[{"id":"a","routes":[{"provider":"openrouter"},{"provider":"openrouter"}]}]}');
-- prices, providers, benchmarks, capabilities
SELECT modelcmp_load('{"modelcmp":1,"models":[{"id":"a","routes":[{"provider":"openrouter","input_per_mtok":-1}]}]}');
SELECT modelcmp_load('{"modelcmp":1,"models":[{"id":"a","routes":[{"provider":"nowhere"}]}]}');
SELECT modelcmp_load('{"modelcmp":1,"models":[{"id":"a","routes":[{"provider":"openrouter","tiers":[{"input_per_mtok":1}]}]}]}');
SELECT modelcmp_load('{"modelcmp":1,"models":[{"id":"a","routes":[{"provider":"openrouter","tiers":[{"above_input_tokens":200000},{"above_input_tokens":100000}]}]}]}');
SELECT modelcmp_load('{"modelcmp":1,"models":[{"id":"a","benchmarks":[{"benchmark":"nope","score":1}]}]}');
SELECT modelcmp_load('{"modelcmp":1,"models":[{"id":"a","benchmarks":[{"benchmark":"gpqa","score":101}]}]}');
SELECT modelcmp_load('{"modelcmp":1,"models":[{"id":"a","benchmarks":[{"benchmark":"gpqa"}]}]}');
SELECT modelcmp_load('{"modelcmp":1,"models":[{"id":"a","capabilities":{"telepathy":true}}]}');
SELECT modelcmp_load('{"modelcmp":1,"models":[{"id":"a","capabilities":{"vision":"yes"}}]}');
SELECT modelcmp_load('{"modelcmp":1,"benchmark_defs":[{"id":"b","max_score":0}]}');
SELECT modelcmp_load('{"modelcmp":1,"models":[{"id":"a","aliases":[7]}]}');
-- a valid entry before an invalid one: nothing of the document is loaded
SELECT modelcmp_load('{"modelcmp":1,"models":[{"id":"good"},{"id":"bad","parameters":-5}]}');
SELECT count(*) FROM models WHERE id = 'good';
-- files
SELECT modelcmp_load_file('tests/data/does-not-exist.json');
SELECT modelcmp_load_file('tests/data');
SELECT modelcmp_load_file('/dev/null');
SELECT modelcmp_load_file(NULL);
SELECT modelcmp_load_file(7);
SELECT modelcmp_load_file('tests/data/empty.json');
SELECT modelcmp_load_file('tests/data/truncated.json');
SELECT modelcmp_load_file('tests/data/custom.json', 'litellm-ish');
-- reset takes builtin or empty
SELECT modelcmp_reset('everything');
SELECT modelcmp_reset(NULL);
-- after all that, the catalog is exactly as it was
SELECT modelcmp_export() = x FROM before;
