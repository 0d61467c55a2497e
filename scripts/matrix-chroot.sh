#!/usr/bin/env bash
# Builds one Debian chroot of the QGIS test matrix (debootstrap from the mirror apt uses here), or
# reuses it while fresh: scripts/matrix-chroot.sh SUITE (trixie: QGIS 3.40 LTR, sid: QGIS 3.44).
set -euo pipefail
cd "$(dirname "$0")/.."
suite="$1"
source scripts/matrix-lib.sh
max_age_days="${OCSGE_CHROOT_MAX_AGE_DAYS:-7}"
root="$chroots/$suite"
stamp="$chroots/$suite.stamp"

# Beyond the README's system packages: a window manager and window tools for the desktop tier.
base_packages="ca-certificates,make,git,xz-utils"
extra_packages="openbox xdotool procps"
# What the chroot's content depends on: its package lists; a change rebuilds it.
want_hash="$( { cat scripts/install-system-deps.sh; echo "$base_packages $extra_packages"; } | sha256sum | cut -c1-16)"
if [ -f "$stamp" ] && [ -d "$root" ]; then
    read -r built_day built_hash < "$stamp" || true
    age=$(( ( $(date -u +%s) - $(date -u -d "$built_day" +%s) ) / 86400 ))
    if [ "$built_hash" = "$want_hash" ] && [ "$age" -lt "$max_age_days" ]; then
        echo "chroot $suite: fresh (built $built_day, packages $built_hash), reused"
        exit 0
    fi
    echo "chroot $suite: stale (built $built_day, packages $built_hash, want $want_hash): rebuilt"
fi

mirror="$(apt_mirror)"
command -v debootstrap >/dev/null || with_retry apt-get install -y -qq --no-install-recommends debootstrap
new="$root.new"
start=$(date +%s)
mkdir -p "$chroots"
if [ ! -f "$new/.debootstrap-done" ]; then
    rm -rf "$new"
    # A failing fetch is a time-out of the network: retried once.
    with_retry debootstrap --variant=minbase --include="$base_packages" \
        "$suite" "$new" "$mirror"
    touch "$new/.debootstrap-done"
fi
echo "chroot $suite: debootstrap $(( $(date +%s) - start )) s"

# apt in the chroot: the same mirror; sid's Release may be older than its Valid-Until here.
echo "deb $mirror $suite main" > "$new/etc/apt/sources.list"
echo 'Acquire::Check-Valid-Until "false";' > "$new/etc/apt/apt.conf.d/99no-valid-until"
echo 'APT::Install-Recommends "false";' > "$new/etc/apt/apt.conf.d/99no-recommends"
cp /etc/resolv.conf "$new/etc/resolv.conf"
# Packages install, services do not start (the PG tier starts its own cluster).
printf '#!/bin/sh\nexit 101\n' > "$new/usr/sbin/policy-rc.d" && chmod +x "$new/usr/sbin/policy-rc.d"
# pip in the chroot trusts what the host trusts (this machine's egress has its own CA).
install -D -m 644 /etc/ssl/certs/ca-certificates.crt "$new/etc/ssl/host-ca-bundle.crt"
printf '[global]\ncert = /etc/ssl/host-ca-bundle.crt\n' > "$new/etc/pip.conf"

mount_chroot "$new"
trap 'umount_chroot "$new"' EXIT
mkdir -p "$new/opt/ocsge"
cp scripts/install-system-deps.sh "$new/opt/ocsge/"
# The README's first step, as a new user on this distribution runs it.
with_retry in_chroot "$new" bash /opt/ocsge/install-system-deps.sh
with_retry in_chroot "$new" apt-get install -y -qq $extra_packages
chroot "$new" dpkg-query -W -f='${Package} ${Version}\n' qgis python3 postgresql gdal-bin
umount_chroot "$new"
trap - EXIT

rm -rf "$root"
mv "$new" "$root"
echo "$(date -u +%F) $want_hash" > "$stamp"
echo "chroot $suite: built in $(( $(date +%s) - start )) s"
