#!/usr/bin/env bash
# Show the demo outputs: without a display, say where they are; with one, open
# QGIS in a dedicated profile with the plugin enabled and the styled layers.
set -euo pipefail
REPO="$(cd "$(dirname "$0")/.." && pwd)"
DIR="${1:?usage: scripts/open-demo.sh DEMO_DIR}"
DIR="$(cd "$DIR" && pwd)"

for f in model_output.gpkg probabilities.tif truth.gpkg confidence.gpkg; do
    [[ -e "$DIR/$f" ]] || { echo "Fichier de démonstration manquant : $DIR/$f (lancez « make demo »)." >&2; exit 1; }
done

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    cat <<MSG
Pas d'écran disponible : QGIS n'est pas lancé. Les sorties de la démonstration sont :
  $DIR/model_output.gpkg   sortie simulée du modèle (polygones, classes CS/US prédites et top-3 des probabilités)
  $DIR/probabilities.tif   raster des probabilités par classe de couverture (une bande par classe)
  $DIR/orthophoto_rvb.tif  orthophotographie synthétique en couleurs naturelles (à placer sous les couches)
  $DIR/orthophoto_irc.tif  la même en infrarouge couleur
  $DIR/truth.gpkg          vérité terrain simulée (codes CS/US corrects), pour mesurer la qualité
  $DIR/confidence.gpkg     confiance par polygone (couche « confidence »), à ouvrir dans QGIS
Styles QGIS : $REPO/resources/styles/{couverture,usage,confidence}.qml
MSG
    if [[ -f "$DIR/review.gpkg" ]]; then
        echo "  $DIR/review.gpkg          campagne de revue (file, acceptés, échantillon de contrôle, journal)"
    fi
    exit 0
fi

# OCSGE_DEMO_PROFILES: where the profile lives (the tests keep theirs out of the user's, whose window size
# QGIS remembers).
PROFILES="${OCSGE_DEMO_PROFILES:-$REPO/build/qgis-profile}"
PROFILE="$PROFILES/profiles/demo"
mkdir -p "$PROFILE/python/plugins" "$PROFILE/QGIS"
ln -sfn "$REPO" "$PROFILE/python/plugins/ocsge_review_plugin"
# Enable the plugin, keeping whatever else the user changed in this profile.
/usr/bin/python3 - "$PROFILE/QGIS/QGIS3.ini" <<'PY'
import os, sys
path = sys.argv[1]
lines = open(path, encoding="utf-8").read().splitlines() if os.path.exists(path) else []
wanted = {"[PythonPlugins]": "ocsge_review_plugin=true", "[qgis]": "showTips322=false"}
for section, entry in wanted.items():
    key = entry.split("=")[0] + "="
    if section not in lines:
        lines += ["", section, entry]
        continue
    start = lines.index(section) + 1
    end = next((i for i in range(start, len(lines)) if lines[i].startswith("[")), len(lines))
    hits = [i for i in range(start, end) if lines[i].startswith(key)]
    if hits:
        lines[hits[0]] = entry
    else:
        lines.insert(start, entry)
open(path, "w", encoding="utf-8").write("\n".join(lines).strip("\n") + "\n")
PY

# The Makefile runs headless tools with the offscreen platform; the desktop needs the real one.
if [[ "${QT_QPA_PLATFORM:-}" == offscreen ]]; then unset QT_QPA_PLATFORM; fi
# The plugin's shapely and pyogrio live in the project's virtual environment.
SITE="${OCSGE_SITE_PACKAGES:-$("$REPO/.venv/bin/python" -c 'import sysconfig; print(sysconfig.get_path("purelib"))')}"
export PYTHONPATH="$SITE${PYTHONPATH:+:$PYTHONPATH}"
export OCSGE_DEMO_DIR="$DIR"
echo "Ouverture de QGIS (profil « demo » dans $PROFILES) avec les couches de $DIR…"
exec qgis --nologo --noversioncheck --profiles-path "$PROFILES" --profile demo \
    --code "$REPO/scripts/demo_project.py"
