<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="fr_FR">
  <context>
    <name>@default</name>
    <message>
      <location filename="../ui/dependencies.py" line="70" />
      <source>OCS GE Review : le module Python « {module} » est en version {version}, il faut la version {major} ou plus récente. Installez-la avec : {command}</source>
      <translation>OCS GE Review : le module Python « {module} » est en version {version}, il faut la version {major} ou plus récente. Installez-la avec : {command}</translation>
    </message>
    <message>
      <location filename="../ui/dependencies.py" line="64" />
      <source>OCS GE Review : le module Python « {module} » est introuvable. Installez-le avec : {command}</source>
      <translation>OCS GE Review : le module Python « {module} » est introuvable. Installez-le avec : {command}</translation>
    </message>
    <message>
      <location filename="../ui/layers.py" line="76" />
      <source>La couche « {name} » (fournisseur « {provider} ») n'est pas lisible par OCS GE Review : enregistrez-la en GeoPackage, puis chargez ce fichier.</source>
      <translation>La couche « {name} » (fournisseur « {provider} ») n'est pas lisible par OCS GE Review : enregistrez-la en GeoPackage, puis chargez ce fichier.</translation>
    </message>
    <message>
      <location filename="../ui/layers.py" line="24" />
      <source>La configuration d'authentification « {id} » est introuvable ou verrouillée : ouvrez-la dans QGIS (Options › Authentification).</source>
      <translation>La configuration d'authentification « {id} » est introuvable ou verrouillée : ouvrez-la dans QGIS (Options › Authentification).</translation>
    </message>
    <message>
      <location filename="../ui/layers.py" line="69" />
      <source>La couche « {name} » a un filtre : le calcul porterait sur toute la table. Exportez la sélection en GeoPackage, puis chargez ce fichier.</source>
      <translation>La couche « {name} » a un filtre : le calcul porterait sur toute la table. Exportez la sélection en GeoPackage, puis chargez ce fichier.</translation>
    </message>
    <message>
      <location filename="../ui/layers.py" line="73" />
      <source>La couche « {name} » est une requête SQL, pas une table : enregistrez-la en GeoPackage, puis chargez ce fichier.</source>
      <translation>La couche « {name} » est une requête SQL, pas une table : enregistrez-la en GeoPackage, puis chargez ce fichier.</translation>
    </message>
    <message>
      <location filename="../ui/load_dialog.py" line="29" />
      <source>Identifiant</source>
      <translation>Identifiant</translation>
    </message>
    <message>
      <location filename="../ui/load_dialog.py" line="30" />
      <source>Code de couverture (CS)</source>
      <translation>Code de couverture (CS)</translation>
    </message>
    <message>
      <location filename="../ui/load_dialog.py" line="31" />
      <source>Code d'usage (US)</source>
      <translation>Code d'usage (US)</translation>
    </message>
    <message>
      <location filename="../ui/load_dialog.py" line="32" />
      <source>Confiance de la couverture</source>
      <translation>Confiance de la couverture</translation>
    </message>
    <message>
      <location filename="../ui/load_dialog.py" line="33" />
      <source>Confiance de l'usage</source>
      <translation>Confiance de l'usage</translation>
    </message>
    <message>
      <location filename="../ui/load_dialog.py" line="45" />
      <source>{dim} : probabilité n° {rank}</source>
      <translation>{dim} : probabilité n° {rank}</translation>
    </message>
    <message>
      <location filename="../ui/load_dialog.py" line="59" />
      <source>Sorties du modèle (*.gpkg *.shp *.fgb);;Tous les fichiers (*)</source>
      <translation>Sorties du modèle (*.gpkg *.shp *.fgb);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../ui/load_dialog.py" line="61" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../ui/load_dialog.py" line="199" />
      <source>Raster de probabilités</source>
      <translation>Raster de probabilités</translation>
    </message>
    <message>
      <location filename="../ui/load_dialog.py" line="200" />
      <source>Rasters (*.tif *.tiff *.vrt);;Tous les fichiers (*)</source>
      <translation>Rasters (*.tif *.tiff *.vrt);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../ui/load_dialog.py" line="205" />
      <source>Dossier de dalles de probabilités</source>
      <translation>Dossier de dalles de probabilités</translation>
    </message>
    <message>
      <location filename="../ui/load_dialog.py" line="38" />
      <source>Probabilité de {code}</source>
      <translation>Probabilité de {code}</translation>
    </message>
    <message>
      <location filename="../ui/load_dialog.py" line="44" />
      <source>{dim} : classe n° {rank}</source>
      <translation>{dim} : classe n° {rank}</translation>
    </message>
    <message>
      <location filename="../ui/load_dialog.py" line="173" />
      <source>(aucun)</source>
      <translation>(aucun)</translation>
    </message>
    <message>
      <location filename="../ui/load_dialog.py" line="141" />
      <source>{count} entités, géométrie {geometry}, {fields} champs.</source>
      <translation>{count} entités, géométrie {geometry}, {fields} champs.</translation>
    </message>
    <message>
      <location filename="../ui/plugin.py" line="50" />
      <source>Charger une sortie du modèle…</source>
      <translation>Charger une sortie du modèle…</translation>
    </message>
    <message>
      <location filename="../ui/plugin.py" line="55" />
      <source>Panneau de revue…</source>
      <translation>Panneau de revue…</translation>
    </message>
    <message>
      <location filename="../ui/plugin.py" line="138" />
      <source>Ouvrir un magasin de revue</source>
      <translation>Ouvrir un magasin de revue</translation>
    </message>
    <message>
      <location filename="../ui/plugin.py" line="139" />
      <source>Magasins de revue (*.gpkg);;Tous les fichiers (*)</source>
      <translation>Magasins de revue (*.gpkg);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="72" />
      <source>Doute</source>
      <translation>Doute</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="72" />
      <source>Image inexploitable</source>
      <translation>Image inexploitable</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="73" />
      <source>Géométrie à reprendre</source>
      <translation>Géométrie à reprendre</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="115" />
      <source>Revue OCS GE</source>
      <translation>Revue OCS GE</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="164" />
      <source>Contrôle à l'aveugle</source>
      <translation>Contrôle à l'aveugle</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="171" />
      <source>Couverture (CS)</source>
      <translation>Couverture (CS)</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="175" />
      <source>Usage (US)</source>
      <translation>Usage (US)</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="196" />
      <source>Commentaire (C) — Entrée enregistre, Échap revient</source>
      <translation>Commentaire (C) — Entrée enregistre, Échap revient</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="201" />
      <source>Enregistrer</source>
      <translation>Enregistrer</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="202" />
      <source>Suivant</source>
      <translation>Suivant</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="203" />
      <source>Passer</source>
      <translation>Passer</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="204" />
      <source>Annuler</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="224" />
      <source>Temps sur l'élément</source>
      <translation>Temps sur l'élément</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="225" />
      <source>Avancement</source>
      <translation>Avancement</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="226" />
      <source>Cette session</source>
      <translation>Cette session</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="579" />
      <source>Décision annulée : l'élément est de nouveau à vous.</source>
      <translation>Décision annulée : l'élément est de nouveau à vous.</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="250" />
      <source>Revue : enregistrer le couple choisi</source>
      <translation>Revue : enregistrer le couple choisi</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="251" />
      <source>Revue : enregistrer (pavé numérique)</source>
      <translation>Revue : enregistrer (pavé numérique)</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="252" />
      <source>Revue : élément suivant</source>
      <translation>Revue : élément suivant</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="253" />
      <source>Revue : élément suivant (espace)</source>
      <translation>Revue : élément suivant (espace)</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="254" />
      <source>Revue : passer l'élément</source>
      <translation>Revue : passer l'élément</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="255" />
      <source>Revue : signaler un doute</source>
      <translation>Revue : signaler un doute</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="256" />
      <source>Revue : signaler une image inexploitable</source>
      <translation>Revue : signaler une image inexploitable</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="257" />
      <source>Revue : signaler une géométrie à reprendre</source>
      <translation>Revue : signaler une géométrie à reprendre</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="258" />
      <source>Revue : écrire un commentaire</source>
      <translation>Revue : écrire un commentaire</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="259" />
      <source>Revue : passer de la couverture à l'usage et inversement</source>
      <translation>Revue : passer de la couverture à l'usage et inversement</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="261" />
      <source>Revue : annuler la dernière décision</source>
      <translation>Revue : annuler la dernière décision</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="367" />
      <source>Enregistrez (Entrée) ou passez (S) l'élément en cours avant le suivant.</source>
      <translation>Enregistrez (Entrée) ou passez (S) l'élément en cours avant le suivant.</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="421" />
      <source>Plus aucun élément à revoir : merci !</source>
      <translation>Plus aucun élément à revoir : merci !</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="464" />
      <source>Artificialisé</source>
      <translation>Artificialisé</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="467" />
      <source>Non artificialisé</source>
      <translation>Non artificialisé</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="521" />
      <source>Choisissez une couverture et un usage avant d'enregistrer.</source>
      <translation>Choisissez une couverture et un usage avant d'enregistrer.</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="559" />
      <source>Aucune décision à annuler dans cette session.</source>
      <translation>Aucune décision à annuler dans cette session.</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="654" />
      <source>confirmé</source>
      <translation>confirmé</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="654" />
      <source>corrigé</source>
      <translation>corrigé</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="654" />
      <source>signalé</source>
      <translation>signalé</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="302" />
      <source>Revue — {name}</source>
      <translation>Revue — {name}</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="431" />
      <source>Élément {id} (source {source}) — {area} m²</source>
      <translation>Élément {id} (source {source}) — {area} m²</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="539" />
      <source>Enregistré ({action}). N ou Espace : élément suivant.</source>
      <translation>Enregistré ({action}). N ou Espace : élément suivant.</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="616" />
      <source>Faits : {done} ({done_km2} km²) · restants : {left} ({left_km2} km²)</source>
      <translation>Faits : {done} ({done_km2} km²) · restants : {left} ({left_km2} km²)</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="618" />
      <source>Décisions : {decisions} · corrections : {corrections}</source>
      <translation>Décisions : {decisions} · corrections : {corrections}</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="304" />
      <source>La couche des éléments de « {path} » ne s'ouvre pas dans QGIS.</source>
      <translation>La couche des éléments de « {path} » ne s'ouvre pas dans QGIS.</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="429" />
      <source>Renvoyé par le validateur : {reason}</source>
      <translation>Renvoyé par le validateur : {reason}</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="264" />
      <source>Revue : proposition n° {n} (couverture puis usage)</source>
      <translation>Revue : proposition n° {n} (couverture puis usage)</translation>
    </message>
    <message>
      <location filename="../ui/tasks.py" line="28" />
      <source>Confiance (CS)</source>
      <translation>Confiance (CS)</translation>
    </message>
    <message>
      <location filename="../ui/tasks.py" line="49" />
      <source>OCS GE Review : calcul de la confiance</source>
      <translation>OCS GE Review : calcul de la confiance</translation>
    </message>
    <message>
      <location filename="../ui/tasks.py" line="87" />
      <source>Confiance calculée.</source>
      <translation>Confiance calculée.</translation>
    </message>
    <message>
      <location filename="../ui/tasks.py" line="93" />
      <source>Calcul annulé : rien n'a été écrit.</source>
      <translation>Calcul annulé : rien n'a été écrit.</translation>
    </message>
    <message>
      <location filename="../ui/tasks.py" line="100" />
      <source>OCS GE Review — {name}</source>
      <translation>OCS GE Review — {name}</translation>
    </message>
    <message>
      <location filename="../ui/tasks.py" line="110" />
      <source>La couche produite « {uri} » ne s'ouvre pas dans QGIS.</source>
      <translation>La couche produite « {uri} » ne s'ouvre pas dans QGIS.</translation>
    </message>
    <message>
      <location filename="../ui/tasks.py" line="71" />
      <source>Erreur inattendue pendant le calcul de la confiance ({name}) : {error}. Les détails sont dans le journal des messages.</source>
      <translation>Erreur inattendue pendant le calcul de la confiance ({name}) : {error}. Les détails sont dans le journal des messages.</translation>
    </message>
    <message>
      <source>Revue : proposition de couverture n° {n}</source>
      <translation type="vanished">Revue : proposition de couverture n° {n}</translation>
    </message>
    <message>
      <source>Revue : proposition d'usage n° {n}</source>
      <translation type="vanished">Revue : proposition d'usage n° {n}</translation>
    </message>
  </context>
  <context>
    <name>LoadDialog</name>
    <message>
      <location filename="../resources/load_dialog.ui" />
      <source>Charger une sortie du modèle</source>
      <translation>Charger une sortie du modèle</translation>
    </message>
    <message>
      <location filename="../resources/load_dialog.ui" />
      <source>Sortie du modèle</source>
      <translation>Sortie du modèle</translation>
    </message>
    <message>
      <location filename="../resources/load_dialog.ui" />
      <source>Fichier</source>
      <translation>Fichier</translation>
    </message>
    <message>
      <location filename="../resources/load_dialog.ui" />
      <source>Couche du projet</source>
      <translation>Couche du projet</translation>
    </message>
    <message>
      <location filename="../resources/load_dialog.ui" />
      <source>Couche du fichier</source>
      <translation>Couche du fichier</translation>
    </message>
    <message>
      <location filename="../resources/load_dialog.ui" />
      <source>Correspondance des champs (détectée automatiquement, modifiable)</source>
      <translation>Correspondance des champs (détectée automatiquement, modifiable)</translation>
    </message>
    <message>
      <location filename="../resources/load_dialog.ui" />
      <source>Rôle</source>
      <translation>Rôle</translation>
    </message>
    <message>
      <location filename="../resources/load_dialog.ui" />
      <source>Champ</source>
      <translation>Champ</translation>
    </message>
    <message>
      <location filename="../resources/load_dialog.ui" />
      <source>Raster de probabilités (facultatif : GeoTIFF, VRT ou dossier de dalles)</source>
      <translation>Raster de probabilités (facultatif : GeoTIFF, VRT ou dossier de dalles)</translation>
    </message>
    <message>
      <location filename="../resources/load_dialog.ui" />
      <source>Fichier…</source>
      <translation>Fichier…</translation>
    </message>
    <message>
      <location filename="../resources/load_dialog.ui" />
      <source>Dossier…</source>
      <translation>Dossier…</translation>
    </message>
    <message>
      <location filename="../resources/load_dialog.ui" />
      <source>GeoPackage de sortie</source>
      <translation>GeoPackage de sortie</translation>
    </message>
  </context>
</TS>
