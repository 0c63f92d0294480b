#!/usr/bin/env bash
# The screen figures of issue 14, measured in tmux the way a person sees
# them, for the base binary and this work tree's, on an empty log and on a
# demo log of $MESSAGES messages (see lib.sh):
#
#   - first frame: from launching `inmail` to the status bar showing the
#     credits left, against a program that only prints a line, launched and
#     watched the same way (target: within 50 ms of it, on the big log);
#   - tracker: from pressing ctrl+t to its first table (target: 200 ms);
#   - reports: from pressing ctrl+r to its first table (target: 300 ms).
#
# Each figure is the minimum and the median of $RUNS runs, base and new
# alternating, after one warm-up run each; the machine's load is printed
# with them, and the ratio new/base is what to compare on a busy machine.
#
#   bench/tui.sh
#   MESSAGES=100000 RUNS=3 bench/tui.sh
source "$(dirname "$0")/lib.sh"

command -v tmux >/dev/null || { echo "tmux is needed: apt-get install tmux" >&2; exit 2; }

say "build"
build
say "demo databases ($MESSAGES messages, seed $SEED)"
base_db=$(demo_db "$base" base)
new_db=$(demo_db "$new" new)
ls -l "$base_db" "$new_db" | awk '{ printf "  %s: %.0f MB\n", $9, $5 / 1048576 }'

# A config with a recruiter of the demo, so the first screen is the
# composer's (not the first-run setup) and the credits are that seat's.
recruiter=$("$new" --db "$new_db" export --format csv 2>/dev/null | sed -n 2p | cut -d, -f3 || true)
mkdir -p "$tmp/config/inmail" "$tmp/data"
printf 'recruiter: %s\n' "$recruiter" >"$tmp/config/inmail/config.yaml"
envs="XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data"
session=inmail-bench-$$

# One private tmux server for the whole run, kept up by a session of its
# own: a server that exits when a timed session ends can refuse the next
# one ("server exited unexpectedly"), and the default server may be
# someone else's.
sock=inmail-bench-$$
tmx() { tmux -L "$sock" "$@"; }
tmx new-session -d -s keep -x 20 -y 5 "exec sleep 3600"
trap 'tmx kill-server 2>/dev/null || true; rm -rf "$tmp"' EXIT

# watch CMD MARKER [KEY MARKER2] prints the seconds from launching CMD in
# tmux to MARKER on its screen; with KEY, from pressing KEY (once MARKER
# shows) to MARKER2.
watch() {
	local t0 t1
	t0=$(now_ns)
	tmx new-session -d -s "$session" -x 120 -y 40 "$1"
	wait_for "$2" "$t0" || return 1
	t1=$(now_ns)
	if [ $# -gt 2 ]; then
		t0=$(now_ns)
		tmx send-keys -t "$session" "$3"
		wait_for "$4" "$t0" || return 1
		t1=$(now_ns)
	fi
	tmx kill-session -t "$session"
	awk -v d=$((t1 - t0)) 'BEGIN { printf "%.3f\n", d / 1e9 }'
}

wait_for() {
	until tmx capture-pane -p -t "$session" 2>/dev/null | grep -qE "$1"; do
		if [ $(($(now_ns) - $2)) -gt 60000000000 ]; then
			echo "no '$1' on screen after 60 s:" >&2
			tmx capture-pane -p -t "$session" >&2 || true
			tmx kill-session -t "$session" || true
			return 1
		fi
	done
}

credits='credits? left'
run() { # run LABEL BIN DB MARKER... : RUNS timings into $tmp/LABEL
	local label=$1 bin=$2 db=$3
	shift 3
	rm -f "$tmp/$label"
	watch "env $envs $bin --db $db" "$@" >/dev/null # warm-up
	for _ in $(seq "$RUNS"); do watch "env $envs $bin --db $db" "$@" >>"$tmp/$label"; done
}
row() { # row FIGURE LABEL_BASE LABEL_NEW TARGET
	local b b_min n n_min
	read -r b_min b <<<"$(stats <"$tmp/$2")"
	read -r n_min n <<<"$(stats <"$tmp/$3")"
	printf '  %-34s %6s %6s   %6s %6s   %5s   %s\n' "$1" "$b_min" "$b" "$n_min" "$n" "$(ratio "$n" "$b")" "$4"
}

say "timing ($RUNS runs each, load before: $(load))"
rm -f "$tmp/print"
for _ in $(seq "$((RUNS + 1))"); do
	watch "printf 'ready: credits left\\n'; exec sleep 60" "$credits" >>"$tmp/print"
done
sed -i 1d "$tmp/print" # the warm-up
for who in base new; do
	bin=${!who}
	run "$who-empty-frame" "$bin" "$tmp/empty-$who.db" "$credits"
done
for who in base new; do
	bin=${!who} db_var=${who}_db
	run "$who-frame" "$bin" "${!db_var}" "$credits"
	run "$who-tracker" "$bin" "${!db_var}" "$credits" C-t 'row 1 of'
	run "$who-reports" "$bin" "${!db_var}" "$credits" C-r 'RESP 7D'
done

say "result: $MESSAGES messages, seconds (min, median), load after: $(load)"
printf '  %-34s %13s   %13s   %5s   %s\n' figure "base" "new" "ratio" "target"
read -r p_min p_med <<<"$(stats <"$tmp/print")"
printf '  %-34s %6s %6s\n' "a program that prints a line" "$p_min" "$p_med"
row "first frame, empty log" base-empty-frame new-empty-frame ""
row "first frame, $MESSAGES messages" base-frame new-frame "within 0.050 of printing"
row "tracker: first table after ctrl+t" base-tracker new-tracker "under 0.200"
row "reports: first table after ctrl+r" base-reports new-reports "under 0.300"
read -r _ n_frame <<<"$(stats <"$tmp/new-frame")"
awk -v a="$n_frame" -v b="$p_med" 'BEGIN { printf "  first frame on the big log minus the printing program (medians): %+.3f s\n", a - b }'
