#!/usr/bin/env python3
"""Scores of each evaluation set under run.sh's tags A (and B), and the cases
whose verdict moved from A to B (FIX: now right, BREAK: now wrong).

Sets matching NEW (a regex; default none) are left out unless SHOWNEW=1: a
round's fresh blind sets stay unseen while the round works. PER=1 prints each
set's score.
"""
import glob, json, os, re, sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')
D = os.path.join(ROOT, 'internal', 'personalize', 'testdata')
OUT = os.environ.get('OUT', '/tmp/inmail-eval')
NEW = re.compile(os.environ.get('NEW', r'^$^'))
show = os.environ.get('SHOWNEW') == '1'
A = sys.argv[1]
B = sys.argv[2] if len(sys.argv) > 2 else None


def verdicts(tag, s):
    p = os.path.join(OUT, tag, s + '.jsonl')
    if not os.path.exists(p):
        return None
    return {j['id']: j.get('ok') for j in map(json.loads, open(p))}


def score(exp, v):
    gp = sum(1 for e in exp.values() if e)
    return (sum(1 for i, e in exp.items() if e and v.get(i) is True), gp,
            sum(1 for i, e in exp.items() if not e and v.get(i) is False), len(exp) - gp)


tot, flips = {}, []
for f in sorted(glob.glob(os.path.join(D, '*.jsonl'))):
    s = os.path.basename(f)[:-6]
    if NEW.match(s) and not show:
        continue
    exp = {}
    for line in open(f):
        if line.strip():
            c = json.loads(line)
            exp[c['id']] = c['expect']
    va = verdicts(A, s)
    if va is None:
        continue
    vb = verdicts(B, s) if B else None
    a = score(exp, va)
    b = score(exp, vb) if vb else None
    if os.environ.get('PER'):
        print(f'{s:10s} {a[0]}/{a[1]} {a[2]}/{a[3]}' + (f'   -> {b[0]}/{b[1]} {b[2]}/{b[3]}' if b else ''))
    for k, x in (('A', a), ('B', b)):
        if x:
            t = tot.setdefault(k, [0, 0, 0, 0])
            for i in range(4):
                t[i] += x[i]
    if vb:
        for i, e in exp.items():
            if va.get(i) != vb.get(i):
                flips.append(('FIX  ' if vb.get(i) == e else 'BREAK') + f' {s} {i} expect={e}')
for k, t in tot.items():
    print(k, f'{t[0]}/{t[1]} {t[2]}/{t[3]}')
print('\n'.join(flips))
