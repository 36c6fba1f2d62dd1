-- The public surface, pinned: every function (name, argument count, flags)
-- and every module the extension registers. A change here is a change of
-- the contract in SPEC.md and docs/reference.md.
.load dist/modelcmp
SELECT name, narg,
       trim(iif(flags & 0x000800, 'deterministic ', '') ||
            iif(flags & 0x080000, 'directonly ', '') ||
            iif(flags & 0x200000, 'innocuous ', '')) AS flags
  FROM pragma_function_list
 WHERE name IN ('bench_delta', 'monthly_cost', 'token_cost', 'cheapest_route',
                'switch_friction', 'verdict', 'compare_report', 'compare')
    OR name LIKE 'modelcmp%'
 ORDER BY name, narg;
SELECT name FROM pragma_module_list
 WHERE name IN ('models', 'capabilities', 'benchmarks', 'routes', 'providers',
                'benchmark_defs', 'model_aliases', 'compare')
    OR name LIKE 'modelcmp%'
 ORDER BY name;
