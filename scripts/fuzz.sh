#!/usr/bin/env bash
# scripts/fuzz.sh [SECONDS] — run every fuzz target of the module, one at a time.
#
# Discovers the targets with `go test -list '^Fuzz'`, runs each with
#   go test -run '^$' -fuzz '^Name$' -fuzztime SECONDS -fuzzminimizetime 5s PKG
# and prints a table target → execs, new corpus entries, result. Exits non-zero if
# any target fails (or a package does not build); go test writes the failing input
# to PKG/testdata/fuzz/Name/ and the table says which file.
#
# SECONDS: "30", "30s" or any go duration (default $FUZZTIME, else 10s).
# Environment:
#   FUZZ_PKGS      packages to search (default ./...)
#   FUZZ_RUN       regexp: run only the targets whose name matches
#   FUZZ_PARALLEL  fuzzing workers per target (default: go's, GOMAXPROCS)
#   FUZZ_SAVE=N    after each target, copy up to N of the fuzzer's interesting inputs
#                  (smallest first, ≤ 4 KiB, at most FUZZ_MAX_CORPUS files in all)
#                  from the build cache into PKG/testdata/fuzz/Name/ — the committed
#                  corpus (issue 8)
#   FUZZ_MAX_CORPUS  bound of committed files per target (default 30)
set -uo pipefail
cd "$(dirname "$0")/.."

t=${1:-${FUZZTIME:-10s}}
[[ $t =~ ^[0-9]+$ ]] && t="${t}s"
pkgs=${FUZZ_PKGS:-./...}
run=${FUZZ_RUN:-.}
save=${FUZZ_SAVE:-0}
maxcorpus=${FUZZ_MAX_CORPUS:-30}
par=()
[[ -n ${FUZZ_PARALLEL:-} ]] && par=(-parallel "$FUZZ_PARALLEL")

module=$(go list -m)
cache=$(go env GOCACHE)/fuzz
list=$(mktemp)
trap 'rm -f "$list" "$list.out"' EXIT

# `go test -list` prints a package's target names, then its "ok  <pkg>" line.
status=0
# shellcheck disable=SC2086
if ! go test -list '^Fuzz' $pkgs >"$list" 2>&1; then
	echo "fuzz.sh: listing targets failed (a package does not build?):" >&2
	grep -v '^ok\|^?\|^Fuzz' "$list" | head -40 >&2
	status=1
fi
targets=()
pending=()
while IFS= read -r line; do
	case $line in
	Fuzz*) pending+=("$line") ;;
	ok*)
		pkg=$(awk '{print $2}' <<<"$line")
		for n in "${pending[@]}"; do targets+=("$pkg $n"); done
		pending=()
		;;
	*) pending=() ;;
	esac
done <"$list"

if ((${#targets[@]} == 0)); then
	echo "fuzz.sh: no fuzz targets found in $pkgs" >&2
	exit 1
fi

start=$(date +%s)
rows=()
failures=()
for tn in "${targets[@]}"; do
	pkg=${tn% *}
	name=${tn#* }
	[[ $name =~ $run ]] || continue
	dir=${pkg#"$module"}
	dir=.${dir:-/}
	t0=$(date +%s)
	go test -run '^$' -fuzz "^${name}\$" -fuzztime "$t" -fuzzminimizetime 5s "${par[@]}" \
		-timeout 30m "$pkg" >"$list.out" 2>&1
	rc=$?
	execs=$(grep -o 'execs: [0-9]*' "$list.out" | tail -1 | awk '{print $2}')
	newi=$(grep -o 'new interesting: [0-9]*' "$list.out" | tail -1 | awk '{print $3}')
	note=""
	# Go 1.26's fuzz coordinator can report its own -fuzztime deadline as a failure
	# ("context deadline exceeded", no input written) when a worker is starved of CPU
	# at the deadline (go.dev/issue/75804, fixed in Go 1.27). Such a run found
	# nothing; it is run again with a count budget (-fuzztime Nx has no wall-clock
	# deadline to race), as many executions as the timed run reached (at least 50),
	# and that run's result counts.
	if ((rc != 0)) && grep -q 'context deadline exceeded' "$list.out" &&
		! grep -q 'Failing input written' "$list.out"; then
		n=${execs:-0}
		((n < 50)) && n=50
		go test -run '^$' -fuzz "^${name}\$" -fuzztime "${n}x" -fuzzminimizetime 5s "${par[@]}" \
			-timeout 30m "$pkg" >"$list.out" 2>&1
		rc=$?
		e2=$(grep -o 'execs: [0-9]*' "$list.out" | tail -1 | awk '{print $2}')
		execs=$((${execs:-0} + ${e2:-0}))
		note=" (deadline race, go.dev/issue/75804: ran again ${n}x)"
	fi
	secs=$(($(date +%s) - t0))
	if ((rc == 0)); then
		result="ok$note"
	else
		result=FAIL
		status=1
		written=$(grep -o 'testdata/fuzz/[^ ]*' "$list.out" | tail -1)
		[[ -n $written ]] && result="FAIL ($dir/$written)"
		failures+=("$pkg $name")
		echo "---- $pkg $name" >&2
		tail -40 "$list.out" >&2
	fi
	if ((save > 0)) && [[ -d $cache/$pkg/$name ]]; then
		dst=$dir/testdata/fuzz/$name
		mkdir -p "$dst"
		have=$(find "$dst" -type f | wc -l)
		room=$((maxcorpus - have))
		((room > save)) && room=$save
		if ((room > 0)); then
			# smallest interesting inputs first; skip those already committed
			find "$cache/$pkg/$name" -type f -size -4k -printf '%s %p\n' | sort -n | awk '{print $2}' |
				while read -r f; do
					((room > 0)) || break
					[[ -e $dst/$(basename "$f") ]] && continue
					cp "$f" "$dst/" && room=$((room - 1))
				done
		fi
	fi
	rows+=("$(printf '%-44s %-26s %12s %6s %5ss  %s' "$dir" "$name" "${execs:-0}" "${newi:-0}" "$secs" "$result")")
	echo "fuzz.sh: ${rows[-1]}"
done

printf '\n%-44s %-26s %12s %6s %6s  %s\n' package target execs new time result
for r in "${rows[@]}"; do echo "$r"; done
echo "fuzz.sh: ${#rows[@]} targets, $t each, $(($(date +%s) - start))s in all"
if ((${#failures[@]} > 0)); then
	echo "fuzz.sh: FAILED: ${failures[*]} — the failing input is under the package's testdata/fuzz/<target>/;" >&2
	echo "          reproduce with: go test -run '^<target>\$' <pkg>" >&2
fi
exit $status
