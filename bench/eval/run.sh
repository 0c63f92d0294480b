#!/usr/bin/env bash
# Verdicts of every evaluation set, for comparing two builds of the validator.
#
#   bench/eval/run.sh BIN TAG     # BIN's verdicts into $OUT/TAG/SET.jsonl
#   bench/eval/score.py A B       # per-set scores and the cases whose verdict moved
#
# OUT defaults to /tmp/inmail-eval. Build BIN with `go build -o BIN ./cmd/inmail`.
set -euo pipefail
BIN=$1 TAG=$2
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT=${OUT:-/tmp/inmail-eval}
mkdir -p "$OUT/$TAG"
for f in "$ROOT"/internal/personalize/testdata/*.jsonl; do
	# Exit 1 is "some line refused", as every set has; 2 is bad input.
	"$BIN" check --jsonl "$f" >"$OUT/$TAG/$(basename "$f")" || [ $? -eq 1 ]
done
