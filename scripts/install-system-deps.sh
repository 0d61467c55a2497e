#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages OCS GE Review needs, only those missing.
set -euo pipefail

pg_major() {
    # postgresql's dependency names the distribution's major (15 on Debian 12)
    apt-cache depends postgresql 2>/dev/null | grep -o 'postgresql-[0-9][0-9]*' | head -n1
}

packages=(qgis python3-qgis qgis-providers python3-gdal python3-numpy python3-psycopg python3-requests python3-matplotlib python3-jsonschema python3-venv
          python3-dev python3-pip build-essential libgdal-dev libgeos-dev gdal-bin proj-data
          xvfb xauth postgresql postgresql-contrib qttools5-dev-tools)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
major="$(pg_major || true)"
if [ -z "$major" ] || ! dpkg-query -W -f='${Status}' "$major-postgis-3" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("${major:-postgresql-15}-postgis-3")
fi

if [ ${#missing[@]} -eq 0 ]; then
    echo "system packages: all present"
    exit 0
fi
echo "system packages to install: ${missing[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
if [ -z "$major" ]; then
    major="$(pg_major)"
    missing=("${missing[@]/postgresql-15-postgis-3/$major-postgis-3}")
fi
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
