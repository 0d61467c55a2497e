# Shared by the matrix scripts: where the chroots live, the host's Debian mirror, chroot mounts, a command
# run inside with a clean environment, one retry on network time-outs.

# Outside the checkout: CI runs in a fresh clone on this machine and must find them again.
chroots="${OCSGE_CHROOTS:-/var/cache/ocsge-review/chroots}"

apt_mirror() {
    # The first Debian archive apt uses here (deb822 .sources or one-line sources.list).
    cat /etc/apt/sources.list.d/*.sources /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null \
        | awk '$1 == "URIs:" {for (i = 2; i <= NF; i++) print $i} $1 == "deb" {print ($2 ~ /^\[/ ? $3 : $2)}' \
        | grep -m1 -E '/debian/?$' || true
}

with_retry() {
    "$@" || { echo "retrying once: $*" >&2; sleep 5; "$@"; }
}

in_chroot() {
    # A command inside the chroot ``$1``, with a clean environment (nothing of the host's leaks in).
    local r="$1"
    shift
    chroot "$r" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"
}

mount_chroot() {
    local r="$1" d
    for d in proc sys dev dev/pts dev/shm; do
        mkdir -p "$r/$d"
        mountpoint -q "$r/$d" || mount --bind "/$d" "$r/$d"
    done
}

umount_chroot() {
    # What still runs inside (a test's PostgreSQL, an Xvfb left by an interrupted run) is stopped first,
    # then the mounts go, deepest first, a bind-mounted checkout included.
    local r m p
    r="$(readlink -f "$1")"
    for p in /proc/[0-9]*; do
        [ "$(readlink "$p/root" 2>/dev/null)" = "$r" ] && kill "${p#/proc/}" 2>/dev/null
    done
    for m in $(awk -v r="$r/" 'index($2, r) == 1 {print $2}' /proc/mounts | sort -r); do
        umount -l "$m" || true
    done
}
