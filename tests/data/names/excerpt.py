#!/usr/bin/python3
# Writes the excerpts of the three public snapshots that the same-model
# table (tests/data/names/table.sql, edited by hand) needs: litellm.json,
# openrouter.json and modelsdev.json, from ../shared/data (the snapshots of
# ../shared/data/SOURCES.md; MODELCMP_DATA overrides). Not run by the tests:
# run it from the repository root after editing table.sql, then review
# `git diff tests/`.
import json, os, sqlite3
DATA = os.environ.get('MODELCMP_DATA', '../shared/data') + '/'
HERE = 'tests/data/names/'
db = sqlite3.connect(':memory:')
db.executescript(open(HERE + 'table.sql').read())
R = [tuple(x or '' for x in r) for r in db.execute(
    'SELECT grp, source, key, model, base_model, apart_from, evidence FROM names_table')]
# entries the table's rows need beside their own: the base of a dated
# snapshot, and the instruct models Fireworks lists next to the pretrained ones
CONTEXT = ['gpt-4o', 'fireworks_ai/accounts/fireworks/models/llama-v3p2-1b-instruct',
           'fireworks_ai/accounts/fireworks/models/llama-v3p2-3b-instruct']
ll = json.load(open(DATA + 'litellm/model_prices_and_context_window.json'))
orr = json.load(open(DATA + 'openrouter/api_v1_models.from-modelsdev-repo.json'))
md = json.load(open(DATA + 'modelsdev/api.json'))
want = {k for g, src, k, m, b, a, ev in R if src == 'litellm'} | set(CONTEXT)
out = {k: v for k, v in ll.items() if k in want}
assert len(out) == len(want), sorted(want - set(out))
json.dump(out, open(HERE + 'litellm.json', 'w'), indent=1, sort_keys=False)
want = {k[len('openrouter/'):] for g, src, k, m, b, a, ev in R if src == 'openrouter'}
data = [m for m in orr['data'] if m['id'] in want]
assert len(data) == len(want)
json.dump({'data': data}, open(HERE + 'openrouter.json', 'w'), indent=1)
want = {k for g, src, k, m, b, a, ev in R if src == 'modelsdev'}
outmd = {}
for p, pv in md.items():
    models = {mk: m for mk, m in pv['models'].items() if p + '/' + m['id'] in want}
    if models:
        prov = {k: v for k, v in pv.items() if k != 'models'}
        prov['models'] = models
        outmd[p] = prov
assert sum(len(v['models']) for v in outmd.values()) == len(want)
json.dump(outmd, open(HERE + 'modelsdev.json', 'w'), indent=1)
print(len(R), 'rows;', len(out), 'litellm,', len(data), 'openrouter,',
      sum(len(v['models']) for v in outmd.values()), 'modelsdev entries')
