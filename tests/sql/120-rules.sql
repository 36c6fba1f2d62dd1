-- The comparison rules on a small controlled catalog that reaches every
-- branch: a shared provider, both models priced, a benchmark tie, no
-- benchmark in common, a perfect tie overall, unknown capabilities, and the
-- same model on both sides.
.load dist/modelcmp
SELECT json_extract(modelcmp_load_file('tests/data/rules.json'), '$.models_added');
-- bench_delta: ties, missing scores, names, errors
SELECT 'tie', bench_delta('alpha-1', 'beta-1', 'mmlu_pro');
SELECT 'lead', bench_delta('alpha-1', 'beta-1', 'gpqa');
SELECT 'by_name', bench_delta('alpha-1', 'beta-1', 'Google-Proof Q&A');
SELECT 'missing', bench_delta('alpha-1', 'gamma-1', 'mmlu_pro') IS NULL;
SELECT 'nulls', bench_delta(NULL, 'beta-1', 'gpqa') IS NULL, bench_delta('alpha-1', 'beta-1', NULL) IS NULL;
SELECT bench_delta('alpha-1', 'beta-1', 'mmlu');
SELECT bench_delta('alpha-1', 'betta-1', 'gpqa');
-- verdicts
SELECT 'shared_provider', verdict('alpha-1', 'beta-1');
SELECT 'no_common_benchmark', verdict('alpha-1', 'gamma-1');
SELECT 'perfect_tie', verdict('alpha-1', 'delta-1');
SELECT 'nothing_known', verdict('gamma-1', 'gamma-1');
SELECT 'same_model', verdict('alpha-1', 'example/alpha-1');
SELECT 'nulls', verdict(NULL, 'alpha-1') IS NULL, switch_friction('alpha-1', NULL) IS NULL;
-- friction: a shared provider keeps the SDK; unknown support is "unverified"
SELECT 'friction', json_extract(value, '$.kind'), json_extract(value, '$.text'),
       coalesce(json_extract(value, '$.providers'), json_extract(value, '$.capabilities'))
  FROM json_each(switch_friction('alpha-1', 'beta-1'));
SELECT 'friction_unknown', json_extract(value, '$.kind'), json_extract(value, '$.text')
  FROM json_each(switch_friction('alpha-1', 'gamma-1'));
SELECT 'friction_same', switch_friction('alpha-1', 'alpha-1');
-- compare(): leaders, ties, unknowns
SELECT section, signal, a_value, b_value, leader FROM compare('alpha-1', 'beta-1');
SELECT signal, a_value, b_value, leader FROM compare('alpha-1', 'gamma-1')
 WHERE section IN ('scorecard', 'capabilities', 'benchmarks');
SELECT count(*), count(leader), sum(leader = 'tie') FROM compare('alpha-1', 'alpha-1');
SELECT count(*) FROM compare(NULL, 'alpha-1');
SELECT * FROM compare('alpha-1');
SELECT * FROM compare('alpha', 'beta-1');
-- joins: compare() driven by a table of pairs
CREATE TABLE pairs(a, b);
INSERT INTO pairs VALUES ('alpha-1', 'beta-1'), ('alpha-1', 'delta-1');
SELECT p.a, p.b, c.leader FROM pairs p, compare(p.a, p.b) c WHERE c.signal = 'Shared benchmarks';
-- the whole page for two branches
SELECT compare_report('alpha-1', 'beta-1');
SELECT compare_report('gamma-1', 'alpha-1');
SELECT compare_report('alpha-1', 'alpha-1');
SELECT compare_report('alpha-1', 'beta-1', 'html');
SELECT compare_report('alpha-1', 'beta-1', NULL) = compare_report('alpha-1', 'beta-1');
