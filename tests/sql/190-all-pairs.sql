-- heavy: cli and asan only (valgrind skips this file)
-- Every ordered pair of catalog models (the built-in catalog plus the rule
-- fixtures): no report prints nan, inf or (null), and no heading is left
-- with nothing under it.
.load dist/modelcmp
SELECT json_extract(modelcmp_load_file('tests/data/rules.json'), '$.models_added');
-- a heading followed by one of the same or a higher level, or by the end,
-- is an empty section
SELECT count(*) FROM models;
CREATE TABLE reports AS SELECT a.id AS a, b.id AS b, compare_report(a.id, b.id) AS r
  FROM models a, models b;
SELECT count(*) FROM reports
 WHERE r GLOB '*[^A-Za-z][Nn]a[Nn][^A-Za-z]*' OR r GLOB '*[^A-Za-z][Ii]nf[^A-Za-z]*'
    OR r GLOB '*(null)*';
WITH RECURSIVE lines(a, b, n, line, rest) AS (
  SELECT a, b, 0, NULL, r || char(10) FROM reports
  UNION ALL
  SELECT a, b, n+1, substr(rest, 1, instr(rest, char(10))-1), substr(rest, instr(rest, char(10))+1)
    FROM lines WHERE rest <> ''
), nonblank AS (
  SELECT a, b, n, line,
         CASE WHEN line GLOB '#* *' THEN length(line) - length(ltrim(line, '#')) END AS level
    FROM lines WHERE line <> ''
), seq AS (
  SELECT a, b, line, level, lead(level, 1, 0) OVER (PARTITION BY a, b ORDER BY n) AS next_level,
         lead(line) OVER (PARTITION BY a, b ORDER BY n) AS next_line
    FROM nonblank
)
SELECT count(*) AS empty_sections FROM seq
 WHERE level IS NOT NULL AND (next_line IS NULL OR (next_level > 0 AND next_level <= level));
