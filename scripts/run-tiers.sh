#!/usr/bin/env bash
# Runs `make test-TIER` for every tier given, whatever fails before it, prints each one's result and
# time, and fails if any failed: scripts/run-tiers.sh unit qgis pg e2e.
set -uo pipefail
label="${OCSGE_TIERS_LABEL:-}"
results=()
failed=0
for tier in "$@"; do
    echo "=== tier $tier${label:+ ($label)} ==="
    start=$(date +%s)
    if ${MAKE:-make} --no-print-directory "test-$tier"; then result=passed; else result=FAILED; failed=1; fi
    results+=("$(printf '%-8s %-7s %5d s' "$tier" "$result" $(( $(date +%s) - start )))")
done
echo "=== tiers${label:+ ($label)} ==="
printf '%s\n' "${results[@]}"
exit $failed
