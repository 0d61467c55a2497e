#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages OCS GE Review needs, only those missing, choosing by what the
# distribution offers (apt-cache policy), not by its name.
set -euo pipefail

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive

candidate() {
    # The version apt would install, empty when the distribution does not package it.
    apt-cache policy "$1" 2>/dev/null | awk '/Candidate:/ {print ($2 == "(none)" ? "" : $2)}'
}

installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

# A fresh machine may never have fetched the package lists: without them every candidate is empty.
if [ -z "$(candidate qgis)" ]; then
    $SUDO apt-get update -qq
fi

packages=(qgis python3-qgis qgis-providers python3-gdal python3-numpy python3-psycopg python3-requests
          python3-matplotlib python3-jsonschema python3-venv python3-pip gdal-bin proj-data
          xvfb xauth postgresql)
# A package of its own up to Debian 12; since, a name the server package provides.
if [ -n "$(candidate postgresql-contrib)" ]; then packages+=(postgresql-contrib); fi

# shapely 2 and pyogrio from the distribution where it packages them (Debian 13: 2.1 and 0.10),
# built on the very GEOS and GDAL QGIS loads; elsewhere (Debian 12: shapely 1.8, no pyogrio) the
# Makefile builds them from source, which needs the headers and a compiler.
shapely="$(candidate python3-shapely)"
if [ -n "$(candidate python3-pyogrio)" ] && [ -n "$shapely" ] && dpkg --compare-versions "$shapely" ge 2.0; then
    packages+=(python3-shapely python3-pyogrio)
else
    packages+=(python3-dev build-essential libgdal-dev libgeos-dev)
fi

# lrelease/lupdate: Qt 5's tools where packaged, Qt 6's otherwise.
if [ -n "$(candidate qttools5-dev-tools)" ]; then packages+=(qttools5-dev-tools); else packages+=(qt6-l10n-tools); fi

# PostGIS for the PostgreSQL major the distribution ships (postgresql's dependency names it).
major="$(apt-cache depends postgresql 2>/dev/null | grep -o 'postgresql-[0-9][0-9]*' | head -n1)"
packages+=("$major-postgis-3")

missing=()
for p in "${packages[@]}"; do
    installed "$p" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "system packages: all present"
    exit 0
fi
echo "system packages to install: ${missing[*]}"
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
