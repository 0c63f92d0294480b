#!/bin/sh
# Measures `inmail check --jsonl` over 10,000 cases as a whole process.
# Usage: sh internal/personalize/speed.sh   (from the repository root)
# It builds the binary in /tmp, makes 10,000 cases by repeating the dev and
# own evaluation sets with numbered ids, and times two runs: one where
# profiles repeat (as in a real file of cases, where the CLI prepares each
# profile once) and one where every line's profile is different.
set -eu
tmp=${TMPDIR:-/tmp}/inmail-speed
mkdir -p "$tmp"
go build -o "$tmp/inmail" ./cmd/inmail
for distinct in 0 1; do
	awk -v n=10000 -v distinct=$distinct '
		{ lines[NR] = $0 }
		END {
			for (i = 0; i < n; i++) {
				l = lines[(i % NR) + 1]
				sub(/"id": "[^"]*"/, "\"id\": \"case-" i "\"", l)
				if (distinct && !sub(/"name": "/, "\"name\": \"N" i " ", l)) sub(/"text": "/, "\"text\": \"N" i " ", l)
				print l
			}
		}' internal/personalize/testdata/dev.jsonl internal/personalize/testdata/cases.jsonl > "$tmp/cases.jsonl"
	start=$(date +%s.%N)
	"$tmp/inmail" check --jsonl "$tmp/cases.jsonl" > "$tmp/out.jsonl" || true
	end=$(date +%s.%N)
	echo "distinct profiles=$distinct: $(wc -l < "$tmp/cases.jsonl") cases ($(wc -c < "$tmp/cases.jsonl") bytes) -> $(wc -l < "$tmp/out.jsonl") verdicts in $(echo "$end - $start" | bc) s"
done
