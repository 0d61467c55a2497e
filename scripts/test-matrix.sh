#!/usr/bin/env bash
# Runs the current checkout's test tiers on other QGIS versions, each in a Debian chroot
# (scripts/matrix-chroot.sh builds or reuses it): scripts/test-matrix.sh trixie sid.
# MATRIX_TIERS: the tiers to run inside (default: qgis e2e, as the Makefile).
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/matrix-lib.sh
tiers="${MATRIX_TIERS:-qgis e2e}"
checkout="$(pwd)"
logs="$checkout/build/matrix"
mkdir -p "$logs"
summary=()
failed=0
# One matrix at a time on this machine (two CI runs would share the chroots and their mounts).
mkdir -p "$chroots"
exec 9>"$chroots/.lock"
flock 9
# Nothing stays mounted, whatever stops the run.
trap 'for s in "$@"; do umount_chroot "$chroots/$s"; done' EXIT

run_suite() {
    local suite="$1" root="$chroots/$1" work=/opt/ocsge/src
    mount_chroot "$root"
    trap 'umount_chroot "$root"' RETURN
    # The checkout as it is (uncommitted changes too), read only; the tests run on a copy inside,
    # with the chroot's own virtual environment and build products.
    mkdir -p "$root/mnt/checkout"
    mount --bind -o ro "$checkout" "$root/mnt/checkout"
    rm -rf "$root$work" && mkdir -p "$root$work"
    tar -C "$checkout" --exclude=./.venv --exclude=./build --exclude=./dist --exclude=./.git \
        --exclude=__pycache__ --exclude=.pytest_cache -cf - . | tar -C "$root$work" -xf -
    ln -s /opt/ocsge/venv "$root$work/.venv"
    # The domain's reference files, where a test compares with them (../shared beside the clone).
    rm -rf "$root/opt/ocsge/shared"
    if [ -d "$checkout/../shared" ]; then cp -r "$checkout/../shared" "$root/opt/ocsge/shared"; fi
    umount "$root/mnt/checkout"
    in_chroot "$root" TERM=dumb OCSGE_TIERS_LABEL="$suite" \
        bash -c "cd $work && dpkg-query -W -f='\${Package} \${Version}\n' qgis python3 gdal-bin postgresql \
            && { test -x /opt/ocsge/venv/bin/python || python3 -m venv --system-site-packages /opt/ocsge/venv; } \
            && make --no-print-directory test TEST_TIERS='$tiers'"
}

for suite in "$@"; do
    start=$(date +%s)
    if ! bash scripts/matrix-chroot.sh "$suite" 2>&1 | tee "$logs/$suite-chroot.log"; then
        summary+=("$suite: chroot build FAILED ($logs/$suite-chroot.log)")
        failed=1
        continue
    fi
    built=$(date +%s)
    run_suite "$suite" 2>&1 | tee "$logs/$suite.log"
    rc=${PIPESTATUS[0]}
    [ "$rc" -eq 0 ] || failed=1
    qgis="$(grep -m1 '^qgis ' "$logs/$suite.log" | cut -d' ' -f2)"
    summary+=("$suite (QGIS $qgis): $([ "$rc" -eq 0 ] && echo passed || echo FAILED), chroot $(( built - start )) s, tests $(( $(date +%s) - built )) s")
    summary+=("$(sed -n '/^=== tiers/,$p' "$logs/$suite.log" | tail -n +2 | sed 's/^/    /')")
done
echo "=== matrix ==="
printf '%s\n' "${summary[@]}"
exit $failed
