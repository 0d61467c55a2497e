<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
  <context>
    <name>@default</name>
    <message>
      <location filename="../ui/campaign_dialog.py" line="78" />
      <source>File de revue</source>
      <translation>Review queue</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="78" />
      <source>Acceptés automatiquement</source>
      <translation>Auto-accepted</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="78" />
      <source>Échantillon de contrôle</source>
      <translation>Audit sample</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="52" />
      <source>OCS GE Review : création de la campagne</source>
      <translation>OCS GE Review: creating the campaign</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="52" />
      <source>OCS GE Review : aperçu de la campagne</source>
      <translation>OCS GE Review: campaign preview</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="92" />
      <source>Nouvelle campagne de revue</source>
      <translation>New review campaign</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="103" />
      <source>Sortie du modèle</source>
      <translation>Model output</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="108" />
      <source>Sorties du modèle (*.gpkg *.shp *.fgb);;Tous les fichiers (*)</source>
      <translation>Model outputs (*.gpkg *.shp *.fgb);;All files (*)</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="113" />
      <source>Rasters (*.tif *.tiff *.vrt);;Tous les fichiers (*)</source>
      <translation>Rasters (*.tif *.tiff *.vrt);;All files (*)</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="116" />
      <source>(choisir)</source>
      <translation>(choose)</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="119" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="122" />
      <source>Raster de probabilités (facultatif)</source>
      <translation>Probability raster (optional)</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="123" />
      <source>ou dossier de dalles</source>
      <translation>or folder of tiles</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="124" />
      <source>Département</source>
      <translation>Département</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="125" />
      <source>Magasin de revue à créer</source>
      <translation>Review store to create</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="132" />
      <source>Territoire</source>
      <translation>Territory</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="134" />
      <source>Tout le département</source>
      <translation>The whole département</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="135" />
      <source>Emprise actuelle de la carte</source>
      <translation>Current map extent</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="136" />
      <source>Polygones d'une couche</source>
      <translation>Polygons of a layer</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="143" />
      <source>Entités sélectionnées uniquement</source>
      <translation>Selected features only</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="154" />
      <source>Politique de tri</source>
      <translation>Triage policy</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="164" />
      <source>Taille de l'échantillon de contrôle</source>
      <translation>Audit sample size</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="165" />
      <source>Erreur-type visée (%)</source>
      <translation>Target standard error (%)</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="174" />
      <source>Seuil de confiance pour l'acceptation automatique</source>
      <translation>Confidence threshold for auto-acceptance</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="175" />
      <source>Score d'incertitude</source>
      <translation>Uncertainty score</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="176" />
      <source>Poids de la surface</source>
      <translation>Area weight</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="177" />
      <source>Bonus d'artificialisation</source>
      <translation>Artificialisation boost</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="180" />
      <source>Graine du tirage</source>
      <translation>Sampling seed</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="201" />
      <source>Aperçu</source>
      <translation>Preview</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="218" />
      <source>Créer la campagne</source>
      <translation>Create the campaign</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="219" />
      <source>Annuler le calcul</source>
      <translation>Cancel the computation</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="220" />
      <source>Fermer</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="360" />
      <source>Calcul en cours…</source>
      <translation>Computing…</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="390" />
      <source>Aperçu prêt : rien n'a encore été écrit.</source>
      <translation>Preview ready: nothing has been written yet.</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="105" />
      <source>Fichier</source>
      <translation>File</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="105" />
      <source>Couche du projet</source>
      <translation>Project layer</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="159" />
      <source>probabilité de la classe retenue</source>
      <translation>probability of the chosen class</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="159" />
      <source>marge entre les deux premières</source>
      <translation>margin between the top two</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="160" />
      <source>entropie</source>
      <translation>entropy</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="204" />
      <source>Polygones</source>
      <translation>Polygons</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="204" />
      <source>km²</source>
      <translation>km²</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="271" />
      <source>Choisissez une couche de polygones du projet.</source>
      <translation>Choose a polygon layer of the project.</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="287" />
      <source>Choisissez la couche de polygones du territoire.</source>
      <translation>Choose the territory's polygon layer.</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="310" />
      <source>Choisissez le département de la campagne.</source>
      <translation>Choose the campaign's département.</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="331" />
      <source>Choisissez le fichier du magasin de revue.</source>
      <translation>Choose the review store file.</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="382" />
      <source>Calcul annulé : rien n'a été écrit.</source>
      <translation>Computation cancelled: nothing was written.</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="405" />
      <source>Campagne écrite dans « {path} ».</source>
      <translation>Campaign written to "{path}".</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="267" />
      <source>Choisissez la sortie du modèle.</source>
      <translation>Choose the model output.</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="294" />
      <source>{layer} (entités sélectionnées : {count})</source>
      <translation>{layer} (selected features: {count})</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="58" />
      <source>Erreur inattendue pendant la préparation de la campagne : {error}. Les détails sont dans le journal des messages.</source>
      <translation>Unexpected error while preparing the campaign: {error}. The details are in the message log.</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="290" />
      <source>Aucune entité sélectionnée dans « {layer} ».</source>
      <translation>No feature selected in "{layer}".</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="334" />
      <source>Le magasin de revue « {path} » existe déjà : choisissez un autre fichier.</source>
      <translation>The review store "{path}" already exists: choose another file.</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="37" />
      <source>Base (à l'entrée dans la campagne)</source>
      <translation>Base (when it entered the campaign)</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="37" />
      <source>La leur (production aujourd'hui)</source>
      <translation>Theirs (production today)</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="38" />
      <source>La mienne (revue validée)</source>
      <translation>Mine (validated review)</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="45" />
      <source>Conflits de synchronisation</source>
      <translation>Sync conflicts</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="89" />
      <source>Garder la mienne</source>
      <translation>Keep mine</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="91" />
      <source>Appliquer la version revue à la production, par-dessus la leur</source>
      <translation>Apply the reviewed version to production, over theirs</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="93" />
      <source>Prendre la leur</source>
      <translation>Take theirs</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="95" />
      <source>Laisser la production telle quelle ; l'élément est clos</source>
      <translation>Leave production as it is; the item is closed</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="97" />
      <source>Renvoyer en revue…</source>
      <translation>Send back to review…</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="99" />
      <source>Rendre l'élément à son photo-interprète, avec un motif</source>
      <translation>Return the item to its photo-interpreter, with a reason</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="204" />
      <source>Renvoyer en revue</source>
      <translation>Send back to review</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="205" />
      <source>Motif (montré en premier au photo-interprète) :</source>
      <translation>Reason (shown first to the photo-interpreter):</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="206" />
      <source>Conflit avec la production : </source>
      <translation>Conflict with production: </translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="60" />
      <source>Élément</source>
      <translation>Item</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="60" />
      <source>Ligne de production</source>
      <translation>Production row</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="60" />
      <source>Motif</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="143" />
      <source>(supprimée)</source>
      <translation>(deleted)</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="171" />
      <source>(géométrie de production gardée)</source>
      <translation>(production geometry kept)</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="222" />
      <source>votre version appliquée</source>
      <translation>your version applied</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="222" />
      <source>version de production gardée</source>
      <translation>production version kept</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="223" />
      <source>renvoyé en revue</source>
      <translation>sent back to review</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="76" />
      <source>Couverture</source>
      <translation>Cover</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="76" />
      <source>Usage</source>
      <translation>Use</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="77" />
      <source>Surface</source>
      <translation>Area</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="116" />
      <source>Campagne « {0} » : {1} conflit(s) à résoudre.</source>
      <translation>Campaign “{0}”: {1} conflict(s) to resolve.</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="224" />
      <source>Conflit de l'élément {0} résolu : {1} ({2} élément(s)).</source>
      <translation>Conflict of item {0} resolved: {1} ({2} item(s)).</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="151" />
      <source>{0} m²</source>
      <translation>{0} m²</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="39" />
      <source>{value} ({low} – {high})</source>
      <translation>{value} ({low} – {high})</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="62" />
      <source>Tableau de bord</source>
      <translation>Dashboard</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="83" />
      <source>Période et coûts</source>
      <translation>Period and costs</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="91" />
      <source>Mois</source>
      <translation>Month</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="94" />
      <source>Plan de production (*.csv)</source>
      <translation>Production plan (*.csv)</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="95" />
      <source>Facultatif : CSV date,planned_km2 (et facultativement department)</source>
      <translation>Optional: CSV date,planned_km2 (and optionally department)</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="96" />
      <source>Plan (CSV)</source>
      <translation>Plan (CSV)</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="98" />
      <source>Coût horaire</source>
      <translation>Hourly cost</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="100" />
      <source>Coût fixe</source>
      <translation>Fixed cost</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="101" />
      <source>Actualiser</source>
      <translation>Refresh</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="107" />
      <source>Chiffres du mois</source>
      <translation>Figures of the month</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="111" />
      <source>Taux de reprise</source>
      <translation>Rework rate</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="111" />
      <source>Exactitude CS (IC 95 %)</source>
      <translation>CS accuracy (95 % CI)</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="112" />
      <source>Exactitude US (IC 95 %)</source>
      <translation>US accuracy (95 % CI)</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="113" />
      <source>Accord entre photo-interprètes</source>
      <translation>Agreement between photo-interpreters</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="114" />
      <source>Désaccords à trancher</source>
      <translation>Disagreements to settle</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="115" />
      <source>Produit livré CS, en nombre</source>
      <translation>Delivered product CS, by count</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="116" />
      <source>Produit livré CS, en surface</source>
      <translation>Delivered product CS, by area</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="117" />
      <source>Produit livré US, en nombre</source>
      <translation>Delivered product US, by count</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="118" />
      <source>Produit livré US, en surface</source>
      <translation>Delivered product US, by area</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="119" />
      <source>km² validés / prévus (mois)</source>
      <translation>km² validated / planned (month)</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="120" />
      <source>Coût par km²</source>
      <translation>Cost per km²</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="120" />
      <source>Taux d'automatisation</source>
      <translation>Automation rate</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="137" />
      <source>(cliquer sur « Actualiser »)</source>
      <translation>(click “Refresh”)</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="77" />
      <source>Campagne « {name} » — département {code} ({dept})</source>
      <translation>Campaign “{name}” — département {code} ({dept})</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="185" />
      <source>{rate} ({n} polygones revus)</source>
      <translation>{rate} ({n} polygons reviewed)</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="190" />
      <source>— (pas assez de polygones revus)</source>
      <translation>— (not enough polygons reviewed)</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="196" />
      <source>— (pas de second avis résolu)</source>
      <translation>— (no second opinion resolved)</translation>
    </message>
    <message>
      <location filename="../ui/dependencies.py" line="56" />
      <source>Il est fourni par l'installateur de QGIS : installez QGIS 3.40 LTR ou plus récent (qgis.org), sans pip, qui ajouterait un second GDAL.</source>
      <translation>It comes with the QGIS installer: install QGIS 3.40 LTR or newer (qgis.org), without pip, which would add a second GDAL.</translation>
    </message>
    <message>
      <location filename="../ui/dependencies.py" line="67" />
      <source>Installez-le avec : {command}</source>
      <translation>Install it with: {command}</translation>
    </message>
    <message>
      <location filename="../ui/dependencies.py" line="65" />
      <source>Installez-le avec : {command} (Debian 13 et suivantes) ; là où la distribution ne le fournit pas, compilé sur le GDAL de QGIS : {build}</source>
      <translation>Install it with: {command} (Debian 13 and later); where the distribution does not package it, built on QGIS's GDAL: {build}</translation>
    </message>
    <message>
      <location filename="../ui/dependencies.py" line="52" />
      <source>Installez-le depuis l'OSGeo4W Shell (menu Démarrer, dossier QGIS) : {command}</source>
      <translation>Install it from the OSGeo4W Shell (Start menu, QGIS folder): {command}</translation>
    </message>
    <message>
      <location filename="../ui/dependencies.py" line="98" />
      <source>OCS GE Review : le module Python « {module} » est en version {version}, il faut la version {major} ou plus récente. {advice}</source>
      <translation>OCS GE Review: the Python module "{module}" is version {version}; version {major} or newer is required. {advice}</translation>
    </message>
    <message>
      <location filename="../ui/dependencies.py" line="92" />
      <source>OCS GE Review : le module Python « {module} » est introuvable. {advice}</source>
      <translation>OCS GE Review: the Python module "{module}" cannot be found. {advice}</translation>
    </message>
    <message>
      <location filename="../ui/layers.py" line="124" />
      <source>Sans classe montrée (à décider)</source>
      <translation>No class shown (to decide)</translation>
    </message>
    <message>
      <location filename="../ui/layers.py" line="252" />
      <source>La couche « {name} » (fournisseur « {provider} ») n'est pas lisible par OCS GE Review : enregistrez-la en GeoPackage, puis chargez ce fichier.</source>
      <translation>OCS GE Review cannot read the layer "{name}" (provider "{provider}"): save it as a GeoPackage, then load that file.</translation>
    </message>
    <message>
      <location filename="../ui/layers.py" line="245" />
      <source>La couche « {name} » a un filtre : le calcul porterait sur toute la table. Exportez la sélection en GeoPackage, puis chargez ce fichier.</source>
      <translation>The layer "{name}" has a filter: the computation would cover the whole table. Export the selection to a GeoPackage, then load that file.</translation>
    </message>
    <message>
      <location filename="../ui/layers.py" line="249" />
      <source>La couche « {name} » est une requête SQL, pas une table : enregistrez-la en GeoPackage, puis chargez ce fichier.</source>
      <translation>The layer "{name}" is an SQL query, not a table: save it as a GeoPackage, then load that file.</translation>
    </message>
    <message>
      <location filename="../ui/load_dialog.py" line="30" />
      <source>Identifiant</source>
      <translation>Identifier</translation>
    </message>
    <message>
      <location filename="../ui/load_dialog.py" line="31" />
      <source>Code de couverture (CS)</source>
      <translation>Land cover code (CS)</translation>
    </message>
    <message>
      <location filename="../ui/load_dialog.py" line="32" />
      <source>Code d'usage (US)</source>
      <translation>Land use code (US)</translation>
    </message>
    <message>
      <location filename="../ui/load_dialog.py" line="33" />
      <source>Confiance de la couverture</source>
      <translation>Land cover confidence</translation>
    </message>
    <message>
      <location filename="../ui/load_dialog.py" line="34" />
      <source>Confiance de l'usage</source>
      <translation>Land use confidence</translation>
    </message>
    <message>
      <location filename="../ui/load_dialog.py" line="46" />
      <source>{dim} : probabilité n° {rank}</source>
      <translation>{dim}: probability #{rank}</translation>
    </message>
    <message>
      <location filename="../ui/load_dialog.py" line="200" />
      <source>Raster de probabilités</source>
      <translation>Probability raster</translation>
    </message>
    <message>
      <location filename="../ui/load_dialog.py" line="206" />
      <source>Dossier de dalles de probabilités</source>
      <translation>Folder of probability tiles</translation>
    </message>
    <message>
      <location filename="../ui/load_dialog.py" line="39" />
      <source>Probabilité de {code}</source>
      <translation>Probability of {code}</translation>
    </message>
    <message>
      <location filename="../ui/load_dialog.py" line="45" />
      <source>{dim} : classe n° {rank}</source>
      <translation>{dim}: class #{rank}</translation>
    </message>
    <message>
      <location filename="../ui/load_dialog.py" line="174" />
      <source>(aucun)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <location filename="../ui/load_dialog.py" line="142" />
      <source>{count} entités, géométrie {geometry}, {fields} champs.</source>
      <translation>{count} features, {geometry} geometry, {fields} fields.</translation>
    </message>
    <message>
      <location filename="../ui/pgauth.py" line="41" />
      <source>La configuration d'authentification « {id} » est introuvable ou verrouillée : ouvrez-la dans QGIS (Options › Authentification).</source>
      <translation>The authentication configuration "{id}" cannot be found or is locked: open it in QGIS (Options › Authentication).</translation>
    </message>
    <message>
      <location filename="../ui/pgauth.py" line="44" />
      <source>La configuration d'authentification « {id} » doit être de type « Basic » (nom d'utilisateur et mot de passe), pas « {method} ».</source>
      <translation>The authentication configuration "{id}" must be of type "Basic" (user name and password), not "{method}".</translation>
    </message>
    <message>
      <location filename="../ui/plugin.py" line="74" />
      <source>Charger une sortie du modèle…</source>
      <translation>Load a model output…</translation>
    </message>
    <message>
      <location filename="../ui/plugin.py" line="79" />
      <source>Nouvelle campagne de revue…</source>
      <translation>New review campaign…</translation>
    </message>
    <message>
      <location filename="../ui/plugin.py" line="84" />
      <source>Panneau de revue…</source>
      <translation>Review panel…</translation>
    </message>
    <message>
      <location filename="../ui/plugin.py" line="89" />
      <source>Panneau de validation…</source>
      <translation>Validation panel…</translation>
    </message>
    <message>
      <location filename="../ui/plugin.py" line="94" />
      <source>Seconds avis…</source>
      <translation>Second opinions…</translation>
    </message>
    <message>
      <location filename="../ui/plugin.py" line="100" />
      <source>Tableau de bord…</source>
      <translation>Dashboard…</translation>
    </message>
    <message>
      <location filename="../ui/plugin.py" line="105" />
      <source>Conflits de synchronisation…</source>
      <translation>Sync conflicts…</translation>
    </message>
    <message>
      <location filename="../ui/plugin.py" line="247" />
      <source>Panneau de validation</source>
      <translation>Validation panel</translation>
    </message>
    <message>
      <location filename="../ui/plugin.py" line="298" />
      <source>Seconds avis</source>
      <translation>Second opinions</translation>
    </message>
    <message>
      <location filename="../ui/processing/base.py" line="106" />
      <source>Table des classes du modèle : flair-hub, flair-1 ou un fichier CSV band,model_class,code_cs (vide : bandes nommées par code CS)</source>
      <translation>Model class table: flair-hub, flair-1 or a CSV file band,model_class,code_cs (empty: bands named by CS code)</translation>
    </message>
    <message>
      <location filename="../ui/processing/base.py" line="59" />
      <source>PostgreSQL : schéma du magasin</source>
      <translation>PostgreSQL: store schema</translation>
    </message>
    <message>
      <location filename="../ui/processing/base.py" line="62" />
      <source>PostgreSQL : campagne (nom ou identifiant), si le schéma en contient plusieurs</source>
      <translation>PostgreSQL: campaign (name or identifier), if the schema holds several</translation>
    </message>
    <message>
      <location filename="../ui/processing/base.py" line="75" />
      <source>Mois (AAAA-MM ; vide : le mois en cours)</source>
      <translation>Month (YYYY-MM; empty: the current month)</translation>
    </message>
    <message>
      <location filename="../ui/processing/base.py" line="77" />
      <source>Plan de production (CSV : date,planned_km2)</source>
      <translation>Production plan (CSV: date,planned_km2)</translation>
    </message>
    <message>
      <location filename="../ui/processing/base.py" line="79" />
      <source>Coût d'une heure de travail active (€)</source>
      <translation>Cost of one hour of active work (€)</translation>
    </message>
    <message>
      <location filename="../ui/processing/base.py" line="82" />
      <source>Coûts fixes par département (€)</source>
      <translation>Fixed costs per département (€)</translation>
    </message>
    <message>
      <location filename="../ui/processing/base.py" line="57" />
      <source>Magasin de revue (fichier GeoPackage, ou connexion PostgreSQL sans mot de passe : « service=ocsge »)</source>
      <translation>Review store (GeoPackage file, or PostgreSQL connection without password: "service=ocsge")</translation>
    </message>
    <message>
      <location filename="../ui/processing/base.py" line="123" />
      <source>Le raster de probabilités « {name} » doit être un fichier (GeoTIFF, VRT).</source>
      <translation>The probability raster "{name}" must be a file (GeoTIFF, VRT).</translation>
    </message>
    <message>
      <location filename="../ui/processing/campaign.py" line="23" />
      <source>Créer une campagne de revue</source>
      <translation>Create a review campaign</translation>
    </message>
    <message>
      <location filename="../ui/processing/campaign.py" line="26" />
      <source>Calcule la confiance de chaque polygone d'une sortie du modèle, trie les polygones (file de revue par priorité, acceptation automatique au-dessus du seuil, échantillon de contrôle tiré au hasard) et écrit la campagne dans un nouveau magasin de revue GeoPackage. La sortie du modèle doit être dans le système de coordonnées officiel du département.</source>
      <translation>Computes the confidence of each polygon of a model output, triages the polygons (review queue by priority, automatic acceptance above the threshold, random audit sample) and writes the campaign to a new GeoPackage review store. The model output must be in the département's official coordinate reference system.</translation>
    </message>
    <message>
      <location filename="../ui/processing/campaign.py" line="37" />
      <source>Département (code INSEE, ex. 32)</source>
      <translation>Département (INSEE code, e.g. 32)</translation>
    </message>
    <message>
      <location filename="../ui/processing/campaign.py" line="39" />
      <source>Emprise de la campagne (vide : tout le département)</source>
      <translation>Campaign extent (empty: the whole département)</translation>
    </message>
    <message>
      <location filename="../ui/processing/campaign.py" line="41" />
      <source>Confiance minimale (CS et US) pour l'acceptation automatique</source>
      <translation>Minimum confidence (CS and US) for automatic acceptance</translation>
    </message>
    <message>
      <location filename="../ui/processing/campaign.py" line="47" />
      <source>Graine du tirage de l'échantillon</source>
      <translation>Seed of the sample draw</translation>
    </message>
    <message>
      <location filename="../ui/processing/campaign.py" line="50" />
      <source>Politique de tri complète (JSON)</source>
      <translation>Full triage policy (JSON)</translation>
    </message>
    <message>
      <location filename="../ui/processing/campaign.py" line="51" />
      <source>Nom de la campagne</source>
      <translation>Campaign name</translation>
    </message>
    <message>
      <location filename="../ui/processing/campaign.py" line="53" />
      <source>Magasin de revue</source>
      <translation>Review store</translation>
    </message>
    <message>
      <location filename="../ui/processing/campaign.py" line="54" />
      <source>Polygones à revoir</source>
      <translation>Polygons to review</translation>
    </message>
    <message>
      <location filename="../ui/processing/campaign.py" line="54" />
      <source>Polygones de contrôle</source>
      <translation>Audit polygons</translation>
    </message>
    <message>
      <location filename="../ui/processing/campaign.py" line="55" />
      <source>Polygones acceptés automatiquement</source>
      <translation>Automatically accepted polygons</translation>
    </message>
    <message>
      <location filename="../ui/processing/confidence.py" line="18" />
      <source>Confiance par polygone</source>
      <translation>Per-polygon confidence</translation>
    </message>
    <message>
      <location filename="../ui/processing/confidence.py" line="21" />
      <source>Lit une sortie du modèle (champs de couverture, d'usage et de probabilités détectés) et, si fourni, un raster de probabilités ; écrit un GeoPackage avec la confiance, la marge et l'entropie de chaque polygone en couverture (CS) et en usage (US). Rien n'est écrit si le traitement est annulé ou échoue.</source>
      <translation>Reads a model output (land cover, land use and probability fields detected) and, if given, a probability raster; writes a GeoPackage with the confidence, margin and entropy of each polygon for land cover (CS) and land use (US). Nothing is written if the run is cancelled or fails.</translation>
    </message>
    <message>
      <location filename="../ui/processing/confidence.py" line="32" />
      <source>Classes des bandes du raster, dans l'ordre, séparées par des virgules</source>
      <translation>Classes of the raster bands, in order, separated by commas</translation>
    </message>
    <message>
      <location filename="../ui/processing/confidence.py" line="35" />
      <source>Confiance</source>
      <translation>Confidence</translation>
    </message>
    <message>
      <location filename="../ui/processing/report.py" line="17" />
      <source>Rapport mensuel</source>
      <translation>Monthly report</translation>
    </message>
    <message>
      <location filename="../ui/processing/report.py" line="20" />
      <source>Écrit dans le dossier choisi rapport.html (graphiques intégrés) et les tables CSV du mois, pour un ou plusieurs départements (un magasin de revue chacun), tout ou rien : un dossier existant n'est remplacé qu'une fois le nouveau rapport complet.</source>
      <translation>Writes rapport.html (embedded charts) and the month's CSV tables to the chosen folder, for one or more départements (one review store each), all or nothing: an existing folder is only replaced once the new report is complete.</translation>
    </message>
    <message>
      <location filename="../ui/processing/report.py" line="26" />
      <source>Magasins de revue (un par département)</source>
      <translation>Review stores (one per département)</translation>
    </message>
    <message>
      <location filename="../ui/processing/report.py" line="29" />
      <source>Dossier du rapport</source>
      <translation>Report folder</translation>
    </message>
    <message>
      <location filename="../ui/processing/report.py" line="30" />
      <source>Page du rapport</source>
      <translation>Report page</translation>
    </message>
    <message>
      <location filename="../ui/processing/report.py" line="48" />
      <source>Rapport écrit : {page}</source>
      <translation>Report written: {page}</translation>
    </message>
    <message>
      <location filename="../ui/processing/statistics.py" line="23" />
      <source>Indicateurs de la campagne</source>
      <translation>Campaign indicators</translation>
    </message>
    <message>
      <location filename="../ui/processing/statistics.py" line="26" />
      <source>Calcule les indicateurs d'un département pour un mois (reprise, exactitude du modèle, production, coût, automatisation) et écrit la charge utile JSON livrée au pipeline (schéma ocsge_review/schemas/indicators-2.json). Les principaux chiffres sont aussi des sorties de l'algorithme.</source>
      <translation>Computes a département's indicators for a month (rework, model accuracy, production, cost, automation) and writes the JSON payload delivered to the pipeline (schema ocsge_review/schemas/indicators-2.json). The main figures are also outputs of the algorithm.</translation>
    </message>
    <message>
      <location filename="../ui/processing/statistics.py" line="37" />
      <source>Polygones revus dans le mois</source>
      <translation>Polygons reviewed in the month</translation>
    </message>
    <message>
      <location filename="../ui/processing/statistics.py" line="38" />
      <source>Surface validée dans le mois (km²)</source>
      <translation>Area validated in the month (km²)</translation>
    </message>
    <message>
      <location filename="../ui/processing/statistics.py" line="39" />
      <source>Surface restante (km²)</source>
      <translation>Remaining area (km²)</translation>
    </message>
    <message>
      <location filename="../ui/processing/statistics.py" line="39" />
      <source>Coût par km² (€)</source>
      <translation>Cost per km² (€)</translation>
    </message>
    <message>
      <location filename="../ui/processing/statistics.py" line="35" />
      <source>Indicateurs (JSON)</source>
      <translation>Indicators (JSON)</translation>
    </message>
    <message>
      <location filename="../ui/processing/statistics.py" line="35" />
      <source>JSON (*.json)</source>
      <translation>JSON (*.json)</translation>
    </message>
    <message>
      <location filename="../ui/processing/statistics.py" line="81" />
      <source>Écriture de « {path} » impossible : {error}.</source>
      <translation>Cannot write "{path}": {error}.</translation>
    </message>
    <message>
      <location filename="../ui/processing/sync.py" line="20" />
      <source>Synchroniser les modifications validées</source>
      <translation>Sync validated edits</translation>
    </message>
    <message>
      <location filename="../ui/processing/sync.py" line="23" />
      <source>Applique les éléments validés du magasin de revue à la table OCS GE de production (PostgreSQL/PostGIS), par lots, une transaction chacun ; une ligne modifiée en production depuis l'entrée dans la campagne devient un conflit, jamais écrasée. Relançable sans risque ; une annulation prend effet entre deux lots. La connexion de production s'écrit comme en ligne de commande (« service=… », « host=… dbname=… user=… »), sans mot de passe : fichier de service ou ~/.pgpass.</source>
      <translation>Applies the review store's validated items to the production OCS GE table (PostgreSQL/PostGIS), in batches, one transaction each; a row changed in production since it entered the campaign becomes a conflict, never overwritten. Safe to re-run; a cancel takes effect between two batches. The production connection is written as on the command line ("service=…", "host=… dbname=… user=…"), without password: service file or ~/.pgpass.</translation>
    </message>
    <message>
      <location filename="../ui/processing/sync.py" line="48" />
      <source>Appliqués</source>
      <translation>Applied</translation>
    </message>
    <message>
      <location filename="../ui/processing/sync.py" line="48" />
      <source>Sans changement</source>
      <translation>Unchanged</translation>
    </message>
    <message>
      <location filename="../ui/processing/sync.py" line="48" />
      <source>Déjà appliqués</source>
      <translation>Already applied</translation>
    </message>
    <message>
      <location filename="../ui/processing/sync.py" line="48" />
      <source>Nouveaux conflits</source>
      <translation>New conflicts</translation>
    </message>
    <message>
      <location filename="../ui/processing/sync.py" line="49" />
      <source>Conflits en attente de résolution</source>
      <translation>Conflicts awaiting resolution</translation>
    </message>
    <message>
      <location filename="../ui/processing/sync.py" line="49" />
      <source>Lignes de base prises</source>
      <translation>Base rows captured</translation>
    </message>
    <message>
      <location filename="../ui/processing/sync.py" line="35" />
      <source>Base de production (connexion PostgreSQL sans mot de passe)</source>
      <translation>Production database (PostgreSQL connection without password)</translation>
    </message>
    <message>
      <location filename="../ui/processing/sync.py" line="37" />
      <source>Table OCS GE de production ([schéma.]table)</source>
      <translation>Production OCS GE table ([schema.]table)</translation>
    </message>
    <message>
      <location filename="../ui/processing/sync.py" line="39" />
      <source>Qui synchronise (vide : le rôle de connexion d'un magasin PostgreSQL, sinon l'utilisateur du système)</source>
      <translation>Who syncs (empty: a PostgreSQL store's login, otherwise the system user)</translation>
    </message>
    <message>
      <location filename="../ui/processing/sync.py" line="41" />
      <source>Seulement prendre la version de base en production (campagne créée sans base de production) ; rien n'est appliqué</source>
      <translation>Only capture the base version from production (campaign created without a production database); nothing is applied</translation>
    </message>
    <message>
      <location filename="../ui/processing/sync.py" line="44" />
      <source>Schéma des tables de synchronisation</source>
      <translation>Schema of the sync tables</translation>
    </message>
    <message>
      <location filename="../ui/processing/sync.py" line="46" />
      <source>Taille des lots</source>
      <translation>Batch size</translation>
    </message>
    <message>
      <location filename="../ui/processing/sync.py" line="72" />
      <source>Version de base prise en production : {n} ligne(s).</source>
      <translation>Base version captured from production: {n} row(s).</translation>
    </message>
    <message>
      <location filename="../ui/processing/training.py" line="16" />
      <source>Exporter les corrections pour l'apprentissage</source>
      <translation>Export corrections for training</translation>
    </message>
    <message>
      <location filename="../ui/processing/training.py" line="19" />
      <source>Écrit un nouveau GeoPackage des corrections de la campagne, pour entraîner le prochain modèle sur ses erreurs : couche « before » (polygones du modèle avec sa version, sa confiance et ses codes CS/US), couche « after » (polygones revus avec les codes finaux, l'action et la date de décision), reliées par correction_id ; un découpage a un polygone avant et plusieurs après, une fusion l'inverse. Seulement les éléments validés dont la classe ou la géométrie a changé, sauf si les décisions non validées sont demandées. Un fichier existant n'est jamais remplacé.</source>
      <translation>Writes a new GeoPackage of the campaign's corrections, to train the next model on its mistakes: layer "before" (the model's polygons with its version, confidence and CS/US codes), layer "after" (reviewed polygons with final codes, action and decision date), linked by correction_id; a split has one polygon before and several after, a merge the reverse. Only validated items whose class or geometry changed, unless unvalidated decisions are requested. An existing file is never replaced.</translation>
    </message>
    <message>
      <location filename="../ui/processing/training.py" line="29" />
      <source>Inclure les décisions pas encore validées</source>
      <translation>Include decisions not yet validated</translation>
    </message>
    <message>
      <location filename="../ui/processing/training.py" line="31" />
      <source>Données d'apprentissage</source>
      <translation>Training data</translation>
    </message>
    <message>
      <location filename="../ui/processing/training.py" line="32" />
      <source>Corrections exportées</source>
      <translation>Exported corrections</translation>
    </message>
    <message>
      <location filename="../ui/review/backgrounds.py" line="31" />
      <source>BD ORTHO® — couleurs naturelles</source>
      <translation>BD ORTHO® — natural colour</translation>
    </message>
    <message>
      <location filename="../ui/review/backgrounds.py" line="32" />
      <source>BD ORTHO® — infrarouge couleur</source>
      <translation>BD ORTHO® — infrared colour</translation>
    </message>
    <message>
      <location filename="../ui/review/backgrounds.py" line="33" />
      <source>Photographies aériennes 1950–1965</source>
      <translation>Aerial photographs 1950–1965</translation>
    </message>
    <message>
      <location filename="../ui/review/backgrounds.py" line="195" />
      <source>pas de réponse en {seconds} s</source>
      <translation>no answer within {seconds} s</translation>
    </message>
    <message>
      <location filename="../ui/review/backgrounds.py" line="70" />
      <source>Fond « {title} » impossible à ouvrir ({source}).</source>
      <translation>Background "{title}" cannot be opened ({source}).</translation>
    </message>
    <message>
      <location filename="../ui/review/backgrounds.py" line="197" />
      <source>réponse HTTP {status}</source>
      <translation>HTTP answer {status}</translation>
    </message>
    <message>
      <location filename="../ui/review/backgrounds.py" line="207" />
      <source>Fond « {name} » indisponible ({reason}) : la revue continue ; changez de fond avec la touche prévue.</source>
      <translation>Background "{name}" unavailable ({reason}): the review goes on; switch backgrounds with the background key.</translation>
    </message>
    <message>
      <location filename="../ui/review/backgrounds_dialog.py" line="19" />
      <source>Fonds d'imagerie de la revue</source>
      <translation>Review imagery backgrounds</translation>
    </message>
    <message>
      <location filename="../ui/review/backgrounds_dialog.py" line="26" />
      <source>Ajouter les orthophotographies de la Géoplateforme (IGN)</source>
      <translation>Add the Géoplateforme orthophotos (IGN)</translation>
    </message>
    <message>
      <location filename="../ui/review/backgrounds_dialog.py" line="21" />
      <source>Cochez les fonds que la touche de fond fait défiler, dans cet ordre (glissez pour le changer).</source>
      <translation>Tick the backgrounds the background key cycles through, in this order (drag to change it).</translation>
    </message>
    <message>
      <location filename="../ui/review/code_picker.py" line="37" />
      <source>R : chercher un code ou des mots</source>
      <translation>R: search a code or words</translation>
    </message>
    <message>
      <location filename="../ui/review/disputes.py" line="41" />
      <source>La décision est juste</source>
      <translation>The decision is right</translation>
    </message>
    <message>
      <location filename="../ui/review/disputes.py" line="43" />
      <source>Le second avis est juste</source>
      <translation>The second opinion is right</translation>
    </message>
    <message>
      <location filename="../ui/review/disputes.py" line="34" />
      <source>Décision</source>
      <translation>Decision</translation>
    </message>
    <message>
      <location filename="../ui/review/disputes.py" line="34" />
      <source>Second avis</source>
      <translation>Second opinion</translation>
    </message>
    <message>
      <location filename="../ui/review/disputes.py" line="59" />
      <source>Désaccords de second avis à trancher ({n})</source>
      <translation>Second-opinion disagreements to settle ({n})</translation>
    </message>
    <message>
      <location filename="../ui/review/review_geometry.py" line="39" />
      <source>Abandonner la géométrie</source>
      <translation>Give up the geometry edit</translation>
    </message>
    <message>
      <location filename="../ui/review/review_geometry.py" line="44" />
      <source>Découpez ou remodelez avec les outils de QGIS, puis Entrée. Les parties prennent le couple choisi, ou le leur (« Couple → parties sélectionnées »).</source>
      <translation>Split or reshape with QGIS's tools, then Enter. Parts take the chosen pair, or their own ("Pair → selected parts").</translation>
    </message>
    <message>
      <location filename="../ui/review/review_geometry.py" line="104" />
      <source>Modifier la géométrie</source>
      <translation>Edit the geometry</translation>
    </message>
    <message>
      <location filename="../ui/review/review_geometry.py" line="23" />
      <source>Modification de la géométrie abandonnée.</source>
      <translation>Geometry edit given up.</translation>
    </message>
    <message>
      <location filename="../ui/review/review_geometry.py" line="65" />
      <source>Sélectionnez d'abord des parties dans la couche de travail.</source>
      <translation>First select parts in the work layer.</translation>
    </message>
    <message>
      <location filename="../ui/review/review_geometry.py" line="79" />
      <source>Sélectionnez sur la carte les voisins à fusionner (outil de sélection de QGIS, couche de revue), puis M.</source>
      <translation>Select the neighbours to merge on the map (QGIS's selection tool, review layer), then M.</translation>
    </message>
    <message>
      <location filename="../ui/review/review_geometry.py" line="98" />
      <source>Contrôle à l'aveugle : la géométrie ne se modifie pas, choisissez seulement le couple.</source>
      <translation>Blind audit: the geometry is not edited, only choose the pair.</translation>
    </message>
    <message>
      <location filename="../ui/review/review_geometry.py" line="29" />
      <source>Revue — géométrie de l'élément {id}</source>
      <translation>Review — geometry of item {id}</translation>
    </message>
    <message>
      <location filename="../ui/review/review_map.py" line="143" />
      <source>Aucun fond d'imagerie choisi pour ce projet : Maj+B pour les choisir.</source>
      <translation>No imagery background chosen for this project: Shift+B to choose them.</translation>
    </message>
    <message>
      <location filename="../ui/review/review_map.py" line="41" />
      <source>Revue — {name}</source>
      <translation>Review — {name}</translation>
    </message>
    <message>
      <location filename="../ui/review/review_map.py" line="145" />
      <source>Fond : {name}</source>
      <translation>Background: {name}</translation>
    </message>
    <message>
      <location filename="../ui/review/review_map.py" line="43" />
      <source>La couche des éléments de « {path} » ne s'ouvre pas dans QGIS.</source>
      <translation>The items layer of “{path}” does not open in QGIS.</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="68" />
      <source>Doute</source>
      <translation>Doubt</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="68" />
      <source>Image inexploitable</source>
      <translation>Unusable imagery</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="69" />
      <source>Géométrie à reprendre</source>
      <translation>Geometry needs work</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="77" />
      <source>Revue OCS GE</source>
      <translation>OCS GE review</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="138" />
      <source>Contrôle à l'aveugle</source>
      <translation>Blind audit</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="145" />
      <source>Couverture (CS)</source>
      <translation>Land cover (CS)</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="149" />
      <source>Usage (US)</source>
      <translation>Land use (US)</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="172" />
      <source>Commentaire (C) — Entrée enregistre, Tab le garde, Échap l'efface</source>
      <translation>Comment (C) — Enter records, Tab keeps it, Esc clears it</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="178" />
      <source>Enregistrer</source>
      <translation>Record</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="179" />
      <source>Suivant</source>
      <translation>Next</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="180" />
      <source>Passer</source>
      <translation>Skip</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="181" />
      <source>Annuler</source>
      <translation>Undo</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="196" />
      <source>Fusionner la sélection</source>
      <translation>Merge the selection</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="197" />
      <source>Couple → parties sélectionnées</source>
      <translation>Pair → selected parts</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="209" />
      <source>Temps sur l'élément</source>
      <translation>Time on item</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="210" />
      <source>Avancement</source>
      <translation>Progress</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="211" />
      <source>Cette session</source>
      <translation>This session</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="623" />
      <source>Décision annulée : l'élément est de nouveau à vous.</source>
      <translation>Decision undone: the item is yours again.</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="236" />
      <source>Revue : enregistrer le couple choisi</source>
      <translation>Review: record the chosen pair</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="237" />
      <source>Revue : enregistrer (pavé numérique)</source>
      <translation>Review: record (keypad)</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="238" />
      <source>Revue : élément suivant</source>
      <translation>Review: next item</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="239" />
      <source>Revue : élément suivant (espace)</source>
      <translation>Review: next item (space)</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="240" />
      <source>Revue : passer l'élément</source>
      <translation>Review: skip the item</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="241" />
      <source>Revue : signaler un doute</source>
      <translation>Review: flag a doubt</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="242" />
      <source>Revue : signaler une image inexploitable</source>
      <translation>Review: flag unusable imagery</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="243" />
      <source>Revue : signaler une géométrie à reprendre</source>
      <translation>Review: flag geometry that needs work</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="244" />
      <source>Revue : écrire un commentaire</source>
      <translation>Review: write a comment</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="245" />
      <source>Revue : passer de la couverture à l'usage et inversement</source>
      <translation>Review: switch between cover and use</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="247" />
      <source>Revue : annuler la dernière décision</source>
      <translation>Review: undo the last decision</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="248" />
      <source>Revue : modifier la géométrie (découper, remodeler) ou l'abandonner</source>
      <translation>Review: edit the geometry (split, reshape) or give the edit up</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="250" />
      <source>Revue : fusionner avec les voisins sélectionnés</source>
      <translation>Review: merge with the selected neighbours</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="251" />
      <source>Revue : chercher une classe dans la nomenclature (couverture puis usage)</source>
      <translation>Review: search a class in the nomenclature (land cover, then land use)</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="253" />
      <source>Revue : fond d'imagerie suivant</source>
      <translation>Review: next imagery background</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="254" />
      <source>Revue : choisir les fonds d'imagerie</source>
      <translation>Review: choose the imagery backgrounds</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="255" />
      <source>Revue : classes en aplats ou en contours seuls</source>
      <translation>Review: classes as fills or as outlines only</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="256" />
      <source>Revue : étiquettes des classes sur la carte</source>
      <translation>Review: class labels on the map</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="289" />
      <source>Enregistrez (Entrée) ou passez (S) l'élément en cours avant le suivant.</source>
      <translation>Record (Enter) or skip (S) the current item before the next one.</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="355" />
      <source>Plus aucun élément à revoir : merci !</source>
      <translation>No item left to review: thank you!</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="398" />
      <source>Renvoyé par le validateur : {reason}</source>
      <translation>Sent back by the validator: {reason}</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="435" />
      <source>Artificialisé</source>
      <translation>Artificialised</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="438" />
      <source>Non artificialisé</source>
      <translation>Not artificialised</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="517" />
      <source>Choisissez une couverture et un usage avant d'enregistrer.</source>
      <translation>Choose a land cover and a land use before recording.</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="534" />
      <source>La couche de travail ne contient plus aucune partie : annulez ses suppressions, ou abandonnez la modification de la géométrie (E).</source>
      <translation>The work layer holds no part any more: undo the deletions, or give the geometry edit up (E).</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="538" />
      <source>Un découpage s'enregistre avec Entrée, sans signalement : écrivez votre doute en commentaire (C).</source>
      <translation>A split is recorded with Enter, without a flag: write your doubt as a comment (C).</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="602" />
      <source>Aucune décision à annuler dans cette session.</source>
      <translation>No decision to undo in this session.</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="720" />
      <source>confirmé</source>
      <translation>confirmed</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="720" />
      <source>corrigé</source>
      <translation>corrected</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="720" />
      <source>signalé</source>
      <translation>flagged</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="720" />
      <source>découpé</source>
      <translation>split</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="721" />
      <source>fusionné</source>
      <translation>merged</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="721" />
      <source>remodelé</source>
      <translation>reshaped</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="370" />
      <source>Élément {id} (source {source}) — {area} m²</source>
      <translation>Item {id} (source {source}) — {area} m²</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="582" />
      <source>signalé : {flag}</source>
      <translation>flagged: {flag}</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="583" />
      <source>Enregistré ({action}). N ou Espace : élément suivant.</source>
      <translation>Recorded ({action}). N or Space: next item.</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="670" />
      <source>Décisions : {decisions} · corrections : {corrections}</source>
      <translation>Decisions: {decisions} · corrections: {corrections}</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="667" />
      <source>Faits : {done} ({done_area}) · restants : {left} ({left_area})</source>
      <translation>Done: {done} ({done_area}) · left: {left} ({left_area})</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="259" />
      <source>Revue : proposition n° {n} (couverture puis usage)</source>
      <translation>Review: proposal no. {n} (cover, then use)</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="405" />
      <source>Votre réponse : {answer}</source>
      <translation>Your answer: {answer}</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="407" />
      <source>Réponse de {author} : {answer}</source>
      <translation>{author}'s answer: {answer}</translation>
    </message>
    <message>
      <location filename="../ui/review/second_opinion_panel.py" line="26" />
      <source>— choisir —</source>
      <translation>— choose —</translation>
    </message>
    <message>
      <location filename="../ui/review/second_opinion_panel.py" line="36" />
      <source>Seconds avis OCS GE</source>
      <translation>OCS GE second opinions</translation>
    </message>
    <message>
      <location filename="../ui/review/second_opinion_panel.py" line="62" />
      <source>Enregistrer l'avis</source>
      <translation>Record the opinion</translation>
    </message>
    <message>
      <location filename="../ui/review/second_opinion_panel.py" line="90" />
      <source>Aucun second avis à donner pour vous.</source>
      <translation>No second opinion for you to give.</translation>
    </message>
    <message>
      <location filename="../ui/review/second_opinion_panel.py" line="44" />
      <source>Second avis — élément</source>
      <translation>Second opinion — item</translation>
    </message>
    <message>
      <location filename="../ui/review/second_opinion_panel.py" line="110" />
      <source>Second avis sur l'élément {id} : {state}.</source>
      <translation>Second opinion on item {id}: {state}.</translation>
    </message>
    <message>
      <location filename="../ui/review/second_opinion_panel.py" line="94" />
      <source>Élément {id} — {area} m² — à classer sans la proposition du modèle ni la première décision</source>
      <translation>Item {id} — {area} m² — to be classed without the model's proposal or the first decision</translation>
    </message>
    <message>
      <location filename="../ui/review/validation_model.py" line="60" />
      <source>Votre propre décision : un autre validateur doit la valider.</source>
      <translation>Your own decision: another validator must validate it.</translation>
    </message>
    <message>
      <location filename="../ui/review/validation_model.py" line="61" />
      <source>à l'aveugle</source>
      <translation>blind</translation>
    </message>
    <message>
      <location filename="../ui/review/validation_model.py" line="59" />
      <source>approuvé</source>
      <translation>approved</translation>
    </message>
    <message>
      <location filename="../ui/review/validation_model.py" line="59" />
      <source>rejeté</source>
      <translation>rejected</translation>
    </message>
    <message>
      <location filename="../ui/review/validation_model.py" line="62" />
      <source>Photo-interprète</source>
      <translation>Photo-interpreter</translation>
    </message>
    <message>
      <location filename="../ui/review/validation_model.py" line="62" />
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../ui/review/validation_model.py" line="62" />
      <source>Modèle</source>
      <translation>Model</translation>
    </message>
    <message>
      <location filename="../ui/review/validation_model.py" line="63" />
      <source>Décidé le</source>
      <translation>Decided on</translation>
    </message>
    <message>
      <location filename="../ui/review/validation_model.py" line="63" />
      <source>Validation</source>
      <translation>Validation</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="61" />
      <source>Couverture erronée</source>
      <translation>Wrong cover</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="61" />
      <source>Usage erroné</source>
      <translation>Wrong use</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="62" />
      <source>Autre</source>
      <translation>Other</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="66" />
      <source>Couverture du modèle</source>
      <translation>Model cover</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="66" />
      <source>Couverture décidée</source>
      <translation>Decided cover</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="67" />
      <source>Usage du modèle</source>
      <translation>Model use</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="67" />
      <source>Usage décidé</source>
      <translation>Decided use</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="86" />
      <source>— choisir un motif —</source>
      <translation>— choose a reason —</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="92" />
      <source>ce que le photo-interprète doit reprendre</source>
      <translation>what the photo-interpreter must rework</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="93" />
      <source>Commentaire</source>
      <translation>Comment</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="119" />
      <source>Validation OCS GE</source>
      <translation>OCS GE validation</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="159" />
      <source>Filtres</source>
      <translation>Filters</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="163" />
      <source>Toutes</source>
      <translation>All</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="226" />
      <source>Avant / après</source>
      <translation>Before / after</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="246" />
      <source>Géométrie modifiée : avant en tirets, après en plein.</source>
      <translation>Geometry edited: before dashed, after filled.</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="258" />
      <source>Approuver</source>
      <translation>Approve</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="259" />
      <source>Rejeter…</source>
      <translation>Reject…</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="267" />
      <source>Approbation groupée (contrôle par échantillon)</source>
      <translation>Bulk approval (spot-check sampling)</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="274" />
      <source>Part de chaque classe (couverture décidée) tirée dans l'échantillon</source>
      <translation>Share of each class (decided land cover) drawn into the sample</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="279" />
      <source>Nombre d'acceptation c : rejets admis dans l'échantillon pour approuver le reste</source>
      <translation>Acceptance number c: rejections allowed in the sample for the rest to be approved</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="281" />
      <source>inclure les signalés</source>
      <translation>include flagged</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="288" />
      <source>Tirer l'échantillon</source>
      <translation>Draw the sample</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="289" />
      <source>Approuver le reste</source>
      <translation>Approve the rest</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="313" />
      <source>Votre réponse à l'aveugle</source>
      <translation>Your blind answer</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="323" />
      <source>Enregistrer ma réponse</source>
      <translation>Record my answer</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="386" />
      <source>Tous</source>
      <translation>All</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="623" />
      <source>Contrôle à l'aveugle : donnez d'abord votre couverture et votre usage (Entrée les enregistre).</source>
      <translation>Blind check: give your own land cover and land use first (Enter records them).</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="703" />
      <source>Plus aucun élément à valider avec ces filtres.</source>
      <translation>No item left to validate with these filters.</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="741" />
      <source>Échantillon tiré : contrôlez chacun de ses éléments (surlignés) à l'aveugle, N pour passer de l'un à l'autre.</source>
      <translation>Sample drawn: check each of its items (highlighted) blind, N to go from one to the next.</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="789" />
      <source>Approbation groupée</source>
      <translation>Bulk approval</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="165" />
      <source>géométrie modifiée</source>
      <translation>geometry edited</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="187" />
      <source>Classe</source>
      <translation>Class</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="190" />
      <source>Décidé du</source>
      <translation>Decided from</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="192" />
      <source>au</source>
      <translation>to</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="194" />
      <source>Confiance du modèle de</source>
      <translation>Model confidence from</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="196" />
      <source>à</source>
      <translation>to</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="229" />
      <source>Vous (à l'aveugle)</source>
      <translation>You (blind)</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="283" />
      <source>Échantillon par classe</source>
      <translation>Sample per class</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="285" />
      <source>Rejets admis (c)</source>
      <translation>Rejections allowed (c)</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="329" />
      <source>chercher un code ou des mots</source>
      <translation>search a code or words</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="349" />
      <source>Validation : approuver l'élément</source>
      <translation>Validation: approve the item</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="350" />
      <source>Validation : rejeter l'élément (avec un motif)</source>
      <translation>Validation: reject the item (with a reason)</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="351" />
      <source>Validation : élément suivant à valider</source>
      <translation>Validation: next item to validate</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="352" />
      <source>Validation : enregistrer votre réponse à l'aveugle</source>
      <translation>Validation: record your blind answer</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="436" />
      <source>Filtres changés : l'échantillon de contrôle est à tirer de nouveau.</source>
      <translation>Filters changed: draw the spot-check sample again.</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="503" />
      <source>Aucun élément à valider avec ces filtres.</source>
      <translation>No item to validate with these filters.</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="525" />
      <source>Vos réponses diffèrent : A approuve celle du photo-interprète, R la rejette.</source>
      <translation>Your answers differ: A approves the photo-interpreter's, R rejects it.</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="574" />
      <source>Choisissez votre couverture et votre usage avant d'enregistrer votre réponse.</source>
      <translation>Choose your land cover and land use before recording your answer.</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="678" />
      <source>N : élément suivant.</source>
      <translation>N: next item.</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="720" />
      <source>Plan changé : l'échantillon de contrôle est à tirer de nouveau.</source>
      <translation>Plan changed: draw the spot-check sample again.</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="734" />
      <source>Aucun élément à approuver avec ces filtres.</source>
      <translation>No item to approve with these filters.</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="769" />
      <source>Tirez un échantillon de contrôle pour approuver ce filtre d'un coup (signalés exclus sauf demande).</source>
      <translation>Draw a spot-check sample to approve this filter at once (flagged items left out unless asked for).</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="774" />
      <source>Plan : n = {n}, c = {c} ({share} % par classe), lot de {lot} — {checked} contrôlé(s), {rejected} rejeté(s)</source>
      <translation>Plan: n = {n}, c = {c} ({share} % per class), lot of {lot} — {checked} checked, {rejected} rejected</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="779" />
      <source>lot refusé : validez ses éléments un par un.</source>
      <translation>lot refused: validate its items one by one.</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="82" />
      <source>Rejeter l'élément {id}</source>
      <translation>Reject item {id}</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="138" />
      <source>Validation — après</source>
      <translation>Validation — after</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="139" />
      <source>Validation — avant</source>
      <translation>Validation — before</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="152" />
      <source>Campagne « {name} » — département {code} ({dept}) — validation par {user}</source>
      <translation>Campaign “{name}” — département {code} ({dept}) — validation by {user}</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="439" />
      <source>{shown} élément(s) affiché(s) sur {total} décidé(s) · {waiting} à valider</source>
      <translation>{shown} item(s) shown of {total} decided · {waiting} to validate</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="517" />
      <source>Élément {id} (source {source}) — {area} m² — {action} par {who}</source>
      <translation>Item {id} (source {source}) — {area} m² — {action} by {who}</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="544" />
      <source>Contrôle à l'aveugle : choisissez votre couverture puis votre usage (tapez un code ou des mots, ↓ puis Entrée), puis Entrée enregistre votre réponse.</source>
      <translation>Blind check: choose your land cover then your land use (type a code or words, ↓ then Enter), then Enter records your answer.</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="589" />
      <source>Élément {id} : votre réponse diffère de celle du photo-interprète. A approuve la sienne, R la rejette.</source>
      <translation>Item {id}: your answer differs from the photo-interpreter's. A approves theirs, R rejects it.</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="781" />
      <source>lot accepté.</source>
      <translation>lot accepted.</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="785" />
      <source>Approuver le reste ({n})</source>
      <translation>Approve the rest ({n})</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="790" />
      <source>Approuver d'un coup {n} élément(s), {km2} km², après un échantillon conforme au plan ?</source>
      <translation>Approve {n} item(s), {km2} km², at once, after a sample that passed the plan?</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="820" />
      <source>{n} élément(s) approuvé(s) d'un coup, {km2} km², après contrôle de {size} sur {total}.</source>
      <translation>{n} item(s) approved at once, {km2} km², after checking {size} of {total}.</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="521" />
      <source>Signalement : {flag}</source>
      <translation>Flag: {flag}</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="523" />
      <source>Commentaire : {comment}</source>
      <translation>Comment: {comment}</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="665" />
      <source>L'élément {id} est déjà {state}.</source>
      <translation>Item {id} is already {state}.</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="800" />
      <source>Approbation groupée refusée : {rejected} rejet(s) dans l'échantillon de {n} pour {c} admis ; validez le lot un par un.</source>
      <translation>Bulk approval refused: {rejected} rejection(s) in the sample of {n}, {c} allowed; validate the lot one by one.</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="804" />
      <source>Approbation groupée refusée : tirez l'échantillon de contrôle et validez chacun de ses éléments d'abord ({left} restant(s)).</source>
      <translation>Bulk approval refused: draw the spot-check sample and validate each of its items first ({left} left).</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="825" />
      <source>{n} élément(s) non approuvé(s) : {first}</source>
      <translation>{n} item(s) not approved: {first}</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="388" />
      <source>(vous)</source>
      <translation>(you)</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="542" />
      <source>Élément {id} (source {source}) — {area} m² — décidé par {who}</source>
      <translation>Item {id} (source {source}) — {area} m² — decided by {who}</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="583" />
      <source>Élément {id} : votre réponse est celle du photo-interprète, approuvé. N : élément suivant.</source>
      <translation>Item {id}: your answer is the photo-interpreter's, approved. N: next item.</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="677" />
      <source>Élément {id} approuvé.</source>
      <translation>Item {id} approved.</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="677" />
      <source>Élément {id} rejeté : {reason}</source>
      <translation>Item {id} rejected: {reason}</translation>
    </message>
    <message>
      <location filename="../ui/store_dialog.py" line="74" />
      <source>Fichier GeoPackage</source>
      <translation>GeoPackage file</translation>
    </message>
    <message>
      <location filename="../ui/store_dialog.py" line="76" />
      <source>Base PostgreSQL (connexion QGIS)</source>
      <translation>PostgreSQL database (QGIS connection)</translation>
    </message>
    <message>
      <location filename="../ui/store_dialog.py" line="95" />
      <source>Connexion</source>
      <translation>Connection</translation>
    </message>
    <message>
      <location filename="../ui/store_dialog.py" line="98" />
      <source>Schéma</source>
      <translation>Schema</translation>
    </message>
    <message>
      <location filename="../ui/store_dialog.py" line="101" />
      <source>la seule visible, si vide</source>
      <translation>the only one visible, if empty</translation>
    </message>
    <message>
      <location filename="../ui/store_dialog.py" line="102" />
      <source>Campagne</source>
      <translation>Campaign</translation>
    </message>
    <message>
      <location filename="../ui/store_dialog.py" line="171" />
      <source>Ouvrir un magasin de revue</source>
      <translation>Open a review store</translation>
    </message>
    <message>
      <location filename="../ui/store_dialog.py" line="172" />
      <source>Magasins de revue (*.gpkg);;Tous les fichiers (*)</source>
      <translation>Review stores (*.gpkg);;All files (*)</translation>
    </message>
    <message>
      <location filename="../ui/store_dialog.py" line="109" />
      <source>Base de production (connexion QGIS)</source>
      <translation>Production database (QGIS connection)</translation>
    </message>
    <message>
      <location filename="../ui/store_dialog.py" line="112" />
      <source>Table de production</source>
      <translation>Production table</translation>
    </message>
    <message>
      <location filename="../ui/store_dialog.py" line="115" />
      <source>Utilisateur</source>
      <translation>User</translation>
    </message>
    <message>
      <location filename="../ui/store_dialog.py" line="121" />
      <source>Le nom écrit dans le journal pour un magasin GeoPackage (vide : votre identifiant). Sur PostgreSQL, c'est votre identifiant de connexion.</source>
      <translation>The name written in the journal for a GeoPackage store (empty: your login). On PostgreSQL, it is your connection login.</translation>
    </message>
    <message>
      <location filename="../ui/store_dialog.py" line="123" />
      <source>Votre nom dans le journal</source>
      <translation>Your name in the journal</translation>
    </message>
    <message>
      <location filename="../ui/store_dialog.py" line="130" />
      <source>La place laissée autour de l'élément sur la carte, en fraction de sa taille de chaque côté (0,5 : la moitié).</source>
      <translation>The room left around the item on the map, as a fraction of its size on each side (0.5: half).</translation>
    </message>
    <message>
      <location filename="../ui/store_dialog.py" line="132" />
      <source>Marge autour de l'élément</source>
      <translation>Margin around the item</translation>
    </message>
    <message>
      <location filename="../ui/store_dialog.py" line="51" />
      <source>Connexion PostgreSQL « {name} » introuvable dans QGIS.</source>
      <translation>PostgreSQL connection “{name}” not found in QGIS.</translation>
    </message>
    <message>
      <location filename="../ui/store_dialog.py" line="182" />
      <source>Choisissez un fichier de magasin de revue.</source>
      <translation>Choose a review store file.</translation>
    </message>
    <message>
      <location filename="../ui/tasks.py" line="27" />
      <source>Confiance (CS)</source>
      <translation>Confidence (CS)</translation>
    </message>
    <message>
      <location filename="../ui/tasks.py" line="66" />
      <source>OCS GE Review : calcul de la confiance</source>
      <translation>OCS GE Review: computing confidence</translation>
    </message>
    <message>
      <location filename="../ui/tasks.py" line="95" />
      <source>Confiance calculée.</source>
      <translation>Confidence computed.</translation>
    </message>
    <message>
      <location filename="../ui/tasks.py" line="107" />
      <source>OCS GE Review — {name}</source>
      <translation>OCS GE Review — {name}</translation>
    </message>
    <message>
      <location filename="../ui/tasks.py" line="81" />
      <source>Erreur inattendue pendant le calcul de la confiance ({name}) : {error}. Les détails sont dans le journal des messages.</source>
      <translation>Unexpected error while computing confidence ({name}): {error}. Details are in the message log.</translation>
    </message>
    <message>
      <location filename="../ui/tasks.py" line="117" />
      <source>La couche produite « {uri} » ne s'ouvre pas dans QGIS.</source>
      <translation>QGIS cannot open the output layer "{uri}".</translation>
    </message>
    <message>
      <source>Reprise par département</source>
      <translation type="vanished">Rework by département</translation>
    </message>
    <message>
      <source>Reprise par classe</source>
      <translation type="vanished">Rework by class</translation>
    </message>
    <message>
      <source>Matrice de transition (couverture)</source>
      <translation type="vanished">Transition matrix (land cover)</translation>
    </message>
    <message>
      <source>Exactitude</source>
      <translation type="vanished">Accuracy</translation>
    </message>
    <message>
      <source>Produit livré</source>
      <translation type="vanished">Delivered product</translation>
    </message>
    <message>
      <source>Échantillon tiré : contrôlez chacun de ses éléments (surlignés), N pour passer de l'un à l'autre.</source>
      <translation type="vanished">Sample drawn: check each of its items (highlighted), N to go from one to the next.</translation>
    </message>
    <message>
      <source>OCS GE Review : le module Python « {module} » est en version {version}, il faut la version {major} ou plus récente. Installez-la avec : {command}</source>
      <translation type="vanished">OCS GE Review: the Python module "{module}" is version {version}; version {major} or newer is required. Install it with: {command}</translation>
    </message>
    <message>
      <source>OCS GE Review : le module Python « {module} » est introuvable. Installez-le avec : {command}</source>
      <translation type="vanished">OCS GE Review: the Python module "{module}" cannot be found. Install it with: {command}</translation>
    </message>
    <message>
      <source>Calcule les indicateurs d'un département pour un mois (reprise, exactitude du modèle, production, coût, automatisation) et écrit la charge utile JSON livrée au pipeline (schéma ocsge_review/schemas/indicators-1.json). Les principaux chiffres sont aussi des sorties de l'algorithme.</source>
      <translation type="vanished">Computes a département's indicators for a month (rework, model accuracy, production, cost, automation) and writes the JSON payload delivered to the pipeline (schema ocsge_review/schemas/indicators-1.json). The main figures are also outputs of the algorithm.</translation>
    </message>
    <message>
      <source>Commentaire (C) — Entrée enregistre, Échap revient</source>
      <translation type="vanished">Comment (C) — Enter records, Esc goes back</translation>
    </message>
    <message>
      <source>Faits : {done} ({done_km2} km²) · restants : {left} ({left_km2} km²)</source>
      <translation type="vanished">Done: {done} ({done_km2} km²) · left: {left} ({left_km2} km²)</translation>
    </message>
    <message>
      <source>Tirer l'échantillon de contrôle</source>
      <translation type="vanished">Draw the spot-check sample</translation>
    </message>
    <message>
      <source>Tirez un échantillon de contrôle pour approuver ce filtre d'un coup.</source>
      <translation type="vanished">Draw a spot-check sample to approve this filter at once.</translation>
    </message>
    <message>
      <source>Échantillon : {checked} contrôlé(s) sur {size}, tiré de {total}</source>
      <translation type="vanished">Sample: {checked} checked of {size}, drawn from {total}</translation>
    </message>
    <message>
      <source>{n} élément(s) approuvé(s) d'un coup après contrôle de {size} sur {total}.</source>
      <translation type="vanished">{n} item(s) approved at once after checking {size} of {total}.</translation>
    </message>
    <message>
      <source>Politique de tri « {path} » : un objet JSON est attendu.</source>
      <translation type="vanished">Triage policy "{path}": a JSON object is expected.</translation>
    </message>
    <message>
      <source>Politique de tri illisible « {path} » : {error}</source>
      <translation type="vanished">Unreadable triage policy "{path}": {error}</translation>
    </message>
    <message>
      <source>{layer} ({count} entités sélectionnées)</source>
      <translation type="vanished">{layer} ({count} selected features)</translation>
    </message>
    <message>
      <source>Revue : proposition de couverture n° {n}</source>
      <translation type="vanished">Review: land cover proposal no. {n}</translation>
    </message>
    <message>
      <source>Revue : proposition d'usage n° {n}</source>
      <translation type="vanished">Review: land use proposal no. {n}</translation>
    </message>
  </context>
  <context>
    <name>core</name>
    <message>
      <location filename="../ocsge_review/campaigns/campaign.py" line="125" />
      <source>Territoire : {where} — {area}, {count} polygones du modèle.</source>
      <translation>Territory: {where} — {area}, {count} model polygons.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/campaign.py" line="47" />
      <source>Campagne {department} ({name}) — modèle {model_version}, {count} polygones.</source>
      <translation>Campaign {department} ({name}) — model {model_version}, {count} polygons.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/campaign.py" line="115" />
      <source>emprise {extent}</source>
      <translation>extent {extent}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/campaign.py" line="161" />
      <source>{store}, schéma « {schema} »</source>
      <translation>{store}, schema "{schema}"</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/campaign.py" line="163" />
      <source>Campagne créée dans {where} : {summary}</source>
      <translation>Campaign created in {where}: {summary}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/campaign.py" line="81" />
      <source>Indiquez le département de la campagne (le nom de « {model} » ne le dit pas).</source>
      <translation>Give the campaign's département (the name of “{model}” does not say it).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/campaign.py" line="85" />
      <source>« {name} » est la livraison du département {delivered}, pas du {dep}.</source>
      <translation>“{name}” is the delivery of département {delivered}, not {dep}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/campaign.py" line="93" />
      <source>« {model} » est en {crs} ; les campagnes du département {dep} sont en {official} : reprojetez la sortie du modèle.</source>
      <translation>"{model}" is in {crs}; campaigns of département {dep} are in {official}: reproject the model output.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/campaign.py" line="123" />
      <source>« {label} » (polygones : {features})</source>
      <translation>"{label}" (polygons: {features})</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/campaign.py" line="119" />
      <source>, couche « {layer} »</source>
      <translation>, layer "{layer}"</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/campaign.py" line="121" />
      <source>, filtre « {where} »</source>
      <translation>, filter "{where}"</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/campaign.py" line="124" />
      <source>sélection</source>
      <translation>selection</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/second_opinion.py" line="50" />
      <source>--target-se doit être entre 0 et 0,5 (par exemple 0,02), pas {value:g}.</source>
      <translation>--target-se must be between 0 and 0.5 (for instance 0.02), not {value:g}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/second_opinion.py" line="53" />
      <source>--expected-agreement doit être strictement entre 0 et 1, pas {value:g}.</source>
      <translation>--expected-agreement must be strictly between 0 and 1, not {value:g}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/second_opinion.py" line="72" />
      <source>Aucun élément revu depuis le dernier tirage : rien à tirer pour un second avis.</source>
      <translation>No item reviewed since the last draw: nothing to draw for a second opinion.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/territory.py" line="139" />
      <source>Emprise invalide ({xmin:g}, {ymin:g}, {xmax:g}, {ymax:g}) : il faut XMIN &lt; XMAX et YMIN &lt; YMAX.</source>
      <translation>Invalid extent ({xmin:g}, {ymin:g}, {xmax:g}, {ymax:g}): XMIN &lt; XMAX and YMIN &lt; YMAX are needed.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/territory.py" line="150" />
      <source>Couche du territoire introuvable : « {path} ».</source>
      <translation>Territory layer not found: "{path}".</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/territory.py" line="171" />
      <source>Territoire : {count} géométries invalides réparées</source>
      <translation>Territory: {count} invalid geometries repaired</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/territory.py" line="47" />
      <source>Emprise « {text} » illisible : quatre nombres XMIN,YMIN,XMAX,YMAX attendus.</source>
      <translation>Unreadable extent "{text}": four numbers XMIN,YMIN,XMAX,YMAX expected.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/territory.py" line="55" />
      <source>Territoire : donnez soit une emprise, soit une couche de polygones.</source>
      <translation>Territory: give either an extent or a polygon layer.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/territory.py" line="70" />
      <source>Territoire {name} : pas de système de coordonnées.</source>
      <translation>Territory {name}: no coordinate reference system.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/territory.py" line="72" />
      <source>Territoire {name} reprojeté de {source} vers {target}</source>
      <translation>Territory {name} reprojected from {source} to {target}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/territory.py" line="78" />
      <source>Territoire {name} : aucun polygone utilisable.</source>
      <translation>Territory {name}: no usable polygon.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/territory.py" line="125" />
      <source>Le territoire {name} ne recouvre aucun polygone de « {source} » (emprise {extent}).</source>
      <translation>The territory {name} covers no polygon of "{source}" (extent {extent}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/territory.py" line="158" />
      <source>Territoire « {name} » illisible ({detail}).</source>
      <translation>Unreadable territory "{name}" ({detail}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/territory.py" line="161" />
      <source>Territoire « {name} » : aucun objet ne répond au filtre « {where} ».</source>
      <translation>Territory "{name}": no feature matches the filter "{where}".</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/territory.py" line="162" />
      <source>Territoire « {name} » : la couche est vide.</source>
      <translation>Territory "{name}": the layer is empty.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/territory.py" line="68" />
      <source>Territoire {name} : aucun polygone sélectionné.</source>
      <translation>Territory {name}: no polygon selected.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/territory.py" line="156" />
      <source>Territoire « {name} » : filtre « {where} » refusé ({detail}).</source>
      <translation>Territory "{name}": filter "{where}" refused ({detail}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/triage.py" line="234" />
      <source>File de revue</source>
      <translation>Review queue</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/triage.py" line="234" />
      <source>Acceptés automatiquement (hors contrôle)</source>
      <translation>Auto-accepted (outside the audit)</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/triage.py" line="235" />
      <source>Échantillon de contrôle (acceptés, revus à l'aveugle)</source>
      <translation>Audit sample (accepted, reviewed blind)</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/triage.py" line="236" />
      <source>{part} : {count} polygones ({area})</source>
      <translation>{part}: {count} polygons ({area})</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/triage.py" line="56" />
      <source>Les seuils par classe doivent être donnés sous la forme code → seuil.</source>
      <translation>Per-class thresholds must be given as code → threshold.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/triage.py" line="67" />
      <source>Score d'incertitude inconnu : « {score} » (choix possibles : {scores}).</source>
      <translation>Unknown uncertainty score: "{score}" (possible choices: {scores}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/triage.py" line="76" />
      <source>Les bornes des tranches de confiance de l'échantillon de contrôle doivent être une liste de nombres.</source>
      <translation>The audit sample's confidence band limits must be a list of numbers.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/triage.py" line="80" />
      <source>Les bornes des tranches de confiance de l'échantillon de contrôle doivent être entre 0 et 1 (reçu : {bands}).</source>
      <translation>The audit sample's confidence band limits must be between 0 and 1 (got: {bands}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/triage.py" line="83" />
      <source>Les bornes des tranches de confiance de l'échantillon de contrôle doivent être strictement croissantes (reçu : {bands}).</source>
      <translation>The audit sample's confidence band limits must be strictly increasing (got: {bands}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/triage.py" line="87" />
      <source>« audit_by_class » doit valoir vrai ou faux.</source>
      <translation>"audit_by_class" must be true or false.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/triage.py" line="89" />
      <source>L'erreur-type visée doit être strictement positive et au plus 0,5 (valeur reçue : {target_se!r}).</source>
      <translation>The target standard error must be strictly positive and at most 0.5 (value received: {target_se!r}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/triage.py" line="92" />
      <source>La taille imposée de l'échantillon de contrôle doit être un entier positif ou nul (valeur reçue : {audit_size!r}).</source>
      <translation>The fixed audit sample size must be a whole number, zero or positive (value received: {audit_size!r}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/triage.py" line="96" />
      <source>Le minimum de polygones contrôlés par strate doit être un entier positif ou nul (valeur reçue : {min_per_stratum!r}).</source>
      <translation>The minimum of audited polygons per stratum must be a whole number, zero or positive (value received: {min_per_stratum!r}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/triage.py" line="100" />
      <source>La graine du tirage doit être un entier positif ou nul (valeur reçue : {seed!r}).</source>
      <translation>The sampling seed must be a whole number, zero or positive (value received: {seed!r}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/triage.py" line="117" />
      <source>La politique de tri enregistrée est illisible (objet attendu).</source>
      <translation>The saved triage policy is unreadable (an object is expected).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/triage.py" line="122" />
      <source>Paramètre de tri inconnu : « {unknown} ».</source>
      <translation>Unknown triage parameter: "{unknown}".</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/triage.py" line="148" />
      <source>Politique de tri « {policy} » : un objet JSON est attendu.</source>
      <translation>Triage policy "{policy}": a JSON object is expected.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/triage.py" line="211" />
      <source>La couche de confiance n'a pas le(s) champ(s) {fields} nécessaire(s) au tri.</source>
      <translation>The confidence layer lacks the field(s) {fields} that triage needs.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/triage.py" line="241" />
      <source>, relevée à {count} par le minimum par strate</source>
      <translation>, raised to {count} by the per-stratum minimum</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/triage.py" line="242" />
      <source>calculée</source>
      <translation>computed</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/triage.py" line="242" />
      <source>imposée</source>
      <translation>fixed</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/triage.py" line="243" />
      <source>Échantillon tiré au hasard, sans remise, dans {count} strate(s) : taille {how} {size}{floor}</source>
      <translation>Sample drawn at random, without replacement, in {count} stratum/strata: {how} size {size}{floor}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/triage.py" line="51" />
      <source>Le seuil de confiance « {name} » doit être un nombre entre 0 et 1 (valeur reçue : {value!r}).</source>
      <translation>The confidence threshold "{name}" must be a number between 0 and 1 (value received: {value!r}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/triage.py" line="62" />
      <source>Seuil par classe : « {code} » n'est pas un code de couverture ou d'usage OCS GE de dernier niveau{hint}.</source>
      <translation>Per-class threshold: "{code}" is not a lowest-level OCS GE land cover or land use code{hint}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/triage.py" line="73" />
      <source>Le bonus « {name} » doit être un nombre positif ou nul (valeur reçue : {value!r}).</source>
      <translation>The bonus "{name}" must be a number, zero or positive (value received: {value!r}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/triage.py" line="142" />
      <source>Politique de tri « {policy} » : JSON invalide (ligne {lineno}).</source>
      <translation>Triage policy "{policy}": invalid JSON (line {lineno}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/triage.py" line="145" />
      <source>Politique de tri illisible « {policy} » : {strerror}.</source>
      <translation>Cannot read the triage policy "{policy}": {strerror}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/triage.py" line="192" />
      <source>Le champ « {name} » n'a pas autant de valeurs que « conf_cs » ({count} au lieu de {n}).</source>
      <translation>Field "{name}" does not have as many values as "conf_cs" ({count} instead of {n}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/triage.py" line="199" />
      <source>Le champ « {name} » doit contenir des valeurs entre 0 et 1 ; il va de {min:g} à {max:g} (des pourcentages ?).</source>
      <translation>Field "{name}" must hold values between 0 and 1; it ranges from {min:g} to {max:g} (percentages?).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/triage.py" line="249" />
      <source>Erreur-type attendue sur l'exactitude des polygones acceptés : {percent}{aim}</source>
      <translation>Expected standard error of the accepted polygons' accuracy: {percent}{aim}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/triage.py" line="252" />
      <source>  strate {label} : {count} contrôlés sur {total} (exactitude attendue {percent})</source>
      <translation>  stratum {label}: {count} audited out of {total} (expected accuracy {percent})</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/triage.py" line="60" />
      <source>(vouliez-vous dire « {canonical} » ?)</source>
      <translation>(did you mean "{canonical}"?)</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/triage.py" line="247" />
      <source>(visée : {percent})</source>
      <translation>(target: {percent})</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/triage.py" line="189" />
      <source>Le champ « {name} » contient des valeurs non numériques.</source>
      <translation>Field "{name}" holds non-numeric values.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/argparse_fr.py" line="52" />
      <source>arguments positionnels</source>
      <translation>positional arguments</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/argparse_fr.py" line="53" />
      <source>options</source>
      <translation>options</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/argparse_fr.py" line="9" />
      <source>arguments non reconnus : {args}</source>
      <translation>unrecognized arguments: {args}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/argparse_fr.py" line="10" />
      <source>arguments obligatoires manquants : {args}</source>
      <translation>the following arguments are required: {args}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/argparse_fr.py" line="11" />
      <source>argument {arg} : {message}</source>
      <translation>argument {arg}: {message}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/argparse_fr.py" line="13" />
      <source>choix invalide : {value} (choisir parmi {choices})</source>
      <translation>invalid choice: {value} (choose from {choices})</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/argparse_fr.py" line="14" />
      <source>valeur invalide ({type}) : {value}</source>
      <translation>invalid {type} value: {value}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/argparse_fr.py" line="15" />
      <source>une valeur attendue</source>
      <translation>expected one argument</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/argparse_fr.py" line="16" />
      <source>au plus une valeur attendue</source>
      <translation>expected at most one argument</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/argparse_fr.py" line="17" />
      <source>au moins une valeur attendue</source>
      <translation>expected at least one argument</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/argparse_fr.py" line="18" />
      <source>{count} valeur(s) attendue(s)</source>
      <translation>expected {count} argument(s)</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/argparse_fr.py" line="19" />
      <source>incompatible avec l'argument {other}</source>
      <translation>not allowed with argument {other}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/argparse_fr.py" line="20" />
      <source>valeur explicite ignorée : {value}</source>
      <translation>ignored explicit argument {value}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/argparse_fr.py" line="21" />
      <source>l'un des arguments {args} est obligatoire</source>
      <translation>one of the arguments {args} is required</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/argparse_fr.py" line="23" />
      <source>option ambiguë : {option} peut désigner {matches}</source>
      <translation>ambiguous option: {option} could match {matches}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/argparse_fr.py" line="43" />
      <source>utilisation : </source>
      <translation>usage: </translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/argparse_fr.py" line="56" />
      <source>afficher cette aide et quitter</source>
      <translation>show this help message and exit</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/campaigns.py" line="71" />
      <source>{name} — département {department} ({department_name})</source>
      <translation>{name} — département {department} ({department_name})</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/campaigns.py" line="110" />
      <source>Décision enregistrée (journal n° {seq}).</source>
      <translation>Decision recorded (journal no. {seq}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/campaigns.py" line="135" />
      <source>Tirage n° {number} : {drawn} élément(s) de la file sur {frame} revu(s) depuis le tirage précédent, et les {audit} élément(s) de contrôle revus depuis, attendent un second avis à l'aveugle (erreur type attendue {se:.3f} pour un accord de {expected:.0%}).</source>
      <translation>Draw no. {number}: {drawn} queue item(s) of the {frame} reviewed since the previous draw, and the {audit} audit item(s) reviewed since, wait for a blind second opinion (expected standard error {se:.3f} for an agreement of {expected:.0%}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/campaigns.py" line="159" />
      <source>Second avis enregistré : {state}.</source>
      <translation>Second opinion recorded: {state}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/campaigns.py" line="166" />
      <source>Désaccord tranché : {cs} / {us} est la référence de l'élément {item}.</source>
      <translation>Disagreement settled: {cs} / {us} is the reference of item {item}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/campaigns.py" line="29" />
      <source>Le magasin de revue</source>
      <translation>The review store</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/campaigns.py" line="46" />
      <source>Campagne « {name} » écrite dans « {where} ».</source>
      <translation>Campaign "{name}" written to "{where}".</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/campaigns.py" line="96" />
      <source>revue à l'aveugle</source>
      <translation>blind review</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/campaigns.py" line="96" />
      <source>modèle : {code_cs} / {code_us}</source>
      <translation>model: {code_cs} / {code_us}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/campaigns.py" line="98" />
      <source>Élément {id} ({part}, {area_m2:.0f} m², {shown})</source>
      <translation>Item {id} ({part}, {area_m2:.0f} m², {shown})</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/campaigns.py" line="117" />
      <source>Approuvé (journal n° {seq}).</source>
      <translation>Approved (journal no. {seq}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/campaigns.py" line="118" />
      <source>Rejeté (journal n° {seq}).</source>
      <translation>Rejected (journal no. {seq}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/campaigns.py" line="152" />
      <source>Second avis à l'aveugle sur l'élément {id} ({area_m2:.0f} m²)</source>
      <translation>Blind second opinion on item {id} ({area_m2:.0f} m²)</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/campaigns.py" line="180" />
      <source>  élément {item} (tirage {draw}) : {state} ; décision {first} ({first_by}), second avis {second}</source>
      <translation>  item {item} (draw {draw}): {state}; decision {first} ({first_by}), second opinion {second}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/campaigns.py" line="189" />
      <source>--pause doit être positive ou nulle, pas {pause:g}.</source>
      <translation>--pause must be zero or positive, not {pause:g}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/campaigns.py" line="27" />
      <source>Le magasin de revue « {store} » existe déjà : choisissez un autre fichier.</source>
      <translation>The review store "{store}" already exists: choose another file.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/campaigns.py" line="87" />
      <source>Plus rien à revoir : la file est vide.</source>
      <translation>Nothing left to review: the queue is empty.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/campaigns.py" line="101" />
      <source>Rejeté par le validateur : {rejection}</source>
      <translation>Rejected by the validator: {rejection}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/campaigns.py" line="146" />
      <source>Aucun second avis à donner pour vous.</source>
      <translation>No second opinion for you to give.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/campaigns.py" line="79" />
      <source>vide</source>
      <translation>empty</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/commands.py" line="30" />
      <source>{prog}: erreur : {message}
</source>
      <translation>{prog}: error: {message}
</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/commands.py" line="372" />
      <source>erreur : {exc}</source>
      <translation>error: {exc}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/commands.py" line="375" />
      <source>interrompu : rien n'a été écrit.</source>
      <translation>interrupted: nothing was written.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/model.py" line="17" />
      <source>« {out} » existe et n'est pas un dossier.</source>
      <translation>"{out}" exists and is not a folder.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/model.py" line="19" />
      <source>--resolution doit être positive, pas {resolution}.</source>
      <translation>--resolution must be positive, not {resolution}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/model.py" line="22" />
      <source>--orthophoto-resolution doit être positive, pas {resolution}.</source>
      <translation>--orthophoto-resolution must be positive, not {resolution}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/options.py" line="41" />
      <source>Version de base prise en production : {n} ligne(s) de « {target} ».</source>
      <translation>Base version taken from production: {n} row(s) of "{target}".</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/options.py" line="101" />
      <source>--territory-layer et --territory-where demandent --territory FICHIER.</source>
      <translation>--territory-layer and --territory-where need --territory FILE.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/options.py" line="130" />
      <source>--classes s'applique au raster de probabilités : indiquez aussi --raster.</source>
      <translation>--classes applies to the probability raster: give --raster too.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/options.py" line="17" />
      <source>--map attend RÔLE=CHAMP (par exemple cs=CODE_CS), pas « {item} ».</source>
      <translation>--map expects ROLE=FIELD (for example cs=CODE_CS), not "{item}".</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/production.py" line="41" />
      <source>{n} élément(s) emporté(s) dans « {out} », réservés pour {user} jusqu'au {until}.</source>
      <translation>{n} item(s) checked out to "{out}", reserved for {user} until {until}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/production.py" line="73" />
      <source>Schéma « {schema} » prêt : départements {departments}, rôles {schema}_interpreter, {schema}_validator, {schema}_admin.</source>
      <translation>Schema "{schema}" ready: départements {departments}, roles {schema}_interpreter, {schema}_validator, {schema}_admin.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/production.py" line="96" />
      <source>« {user} » est {role} pour : {departments}.</source>
      <translation>"{user}" is {role} for: {departments}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/production.py" line="107" />
      <source>tous les départements</source>
      <translation>all départements</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/production.py" line="108" />
      <source>« {user} » n'est plus {role} ({where}) : {removed} droit(s) retiré(s).</source>
      <translation>"{user}" is no longer {role} ({where}): {removed} grant(s) removed.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/production.py" line="77" />
      <source>Table de production « {table} » protégée par la colonne « {department_column} ».</source>
      <translation>Production table "{table}" protected by column "{department_column}".</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/production.py" line="93" />
      <source>Compte PostgreSQL « {user} » créé.</source>
      <translation>PostgreSQL account "{user}" created.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/production.py" line="25" />
      <source>interrompu : les lots terminés sont écrits, le lot en cours ne l'est pas ; relancez la synchronisation pour finir.</source>
      <translation>interrupted: finished batches are written, the current one is not; run the sync again to finish.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/production.py" line="62" />
      <source>--production-table demande --production (la base de production).</source>
      <translation>--production-table needs --production (the production database).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/production.py" line="95" />
      <source>Mot de passe de « {user} » changé.</source>
      <translation>Password of "{user}" changed.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/statistics.py" line="144" />
      <source>{estimate} (IC 95 % {low} – {high})</source>
      <translation>{estimate} (95% CI {low} – {high})</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/statistics.py" line="25" />
      <source>Exactitude globale : {estimate} (IC 95 % {low}–{high}), {n} unités d'échantillon</source>
      <translation>Overall accuracy: {estimate} (95% CI {low}–{high}), {n} sample units</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/statistics.py" line="115" />
      <source>Table d'indicateurs « {table} » : {written} ligne(s) écrite(s), {unchanged} inchangée(s).</source>
      <translation>Indicators table "{table}": {written} row(s) written, {unchanged} unchanged.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/statistics.py" line="152" />
      <source>  seconds avis : {answered} donnés sur {drawn} tirés, {disputed} désaccord(s) à trancher ; accord entre photo-interprètes {rate}</source>
      <translation>  second opinions: {answered} given of {drawn} drawn, {disputed} disagreement(s) to settle; agreement between photo-interpreters {rate}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/statistics.py" line="156" />
      <source>  dont dans le mois : {answered} avis, accord {rate}</source>
      <translation>  of which in the month: {answered} opinions, agreement {rate}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/statistics.py" line="213" />
      <source>Rapport écrit : {page}</source>
      <translation>Report written: {page}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/statistics.py" line="36" />
      <source>  {c} : utilisateur {users}, producteur {producers}, surface {proportion} ({estimate} ± {se})</source>
      <translation>  {c}: user's {users}, producer's {producers}, area {proportion} ({estimate} ± {se})</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/statistics.py" line="50" />
      <source>{campaigns} --campaign pour {stores} --store : donnez-en un par magasin, dans le même ordre.</source>
      <translation>{campaigns} --campaign for {stores} --store: give one per store, in the same order.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/statistics.py" line="102" />
      <source>--production ne sert ici qu'avec --indicators-table.</source>
      <translation>--production is only used here with --indicators-table.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/statistics.py" line="104" />
      <source>--indicators-table demande --production (la base de production).</source>
      <translation>--indicators-table needs --production (the production database).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/statistics.py" line="127" />
      <source>--hourly-cost doit être positif ou nul, pas {hourly_cost:g}.</source>
      <translation>--hourly-cost must be zero or positive, not {hourly_cost:g}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/statistics.py" line="163" />
      <source>  produit livré {dim} : {count} des polygones, {area} de la surface ; couverture {coverage}</source>
      <translation>  delivered product {dim}: {count} of the polygons, {area} of the area; coverage {coverage}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/statistics.py" line="182" />
      <source>Département {department} ({department_name}), {month}, modèle {model_version}</source>
      <translation>Département {department} ({department_name}), {month}, model {model_version}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/statistics.py" line="185" />
      <source>  polygones revus dans le mois : {count}, reprise {items_rate} des polygones, {area_rate} de la surface</source>
      <translation>  polygons reviewed in the month: {count}, rework {items_rate} of the polygons, {area_rate} of the area</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/statistics.py" line="198" />
      <source>  validé dans le mois : {validated_km2_period} (prévu {planned_km2_period}), fin prévue : {forecast}</source>
      <translation>  validated in the month: {validated_km2_period} (planned {planned_km2_period}), expected completion: {forecast}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/statistics.py" line="202" />
      <source>  coût par km² : {cost} ; automatisation {rate}</source>
      <translation>  cost per km²: {cost}; automation {rate}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/statistics.py" line="238" />
      <source>Boîte d'envoi introuvable : « {outbox} ».</source>
      <translation>Outbox not found: "{outbox}".</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/statistics.py" line="71" />
      <source>{what} : le montant doit être positif ou nul (reçu « {item} »).</source>
      <translation>{what}: the amount must be zero or positive (got "{item}").</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/statistics.py" line="161" />
      <source>  produit livré {dim} : {reason}</source>
      <translation>  delivered product {dim}: {reason}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/statistics.py" line="244" />
      <source>Boîte d'envoi vide : tout a été livré.</source>
      <translation>Outbox empty: everything was delivered.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/statistics.py" line="68" />
      <source>{what} : « {item} » n'est pas un montant (par exemple 1000 ou 32=1000).</source>
      <translation>{what}: "{item}" is not an amount (for example 1000 or 32=1000).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/statistics.py" line="191" />
      <source>  exactitude {dim} : </source>
      <translation>  {dim} accuracy: </translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/statistics.py" line="247" />
      <source>{department} {period} : {attempts} tentative(s), dernière erreur : {last_error} ({key})</source>
      <translation>{department} {period}: {attempts} attempt(s), last error: {last_error} ({key})</translation>
    </message>
    <message>
      <location filename="../ocsge_review/errors.py" line="27" />
      <source>Opération annulée : rien n'a été écrit.</source>
      <translation>Operation cancelled: nothing was written.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/geo.py" line="59" />
      <source>Système de coordonnées illisible : « {wkt_or_code} ».</source>
      <translation>Unreadable coordinate reference system: "{wkt_or_code}".</translation>
    </message>
    <message>
      <location filename="../ocsge_review/geo.py" line="95" />
      <source>Résolution du raster invalide : {resolution}.</source>
      <translation>Invalid raster resolution: {resolution}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/geo.py" line="143" />
      <source>Rastérisation des polygones impossible : {detail}.</source>
      <translation>Cannot rasterise the polygons: {detail}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/class_tables.py" line="68" />
      <source>Table de classes « {table} » : {classes} classes du modèle vers {codes} codes de couverture{unmapped}.</source>
      <translation>Class table “{table}”: {classes} model classes to {codes} land cover codes{unmapped}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/class_tables.py" line="95" />
      <source>Table de classes « {table} » : en-tête « {found} », attendu « {expected} ».</source>
      <translation>Class table “{table}”: header “{found}”, expected “{expected}”.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/class_tables.py" line="124" />
      <source>Table de classes « {table} » : aucune classe n'a de code de couverture.</source>
      <translation>Class table “{table}”: no class has a land cover code.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/class_tables.py" line="54" />
      <source>Table de classes « {table} » : bande {band} absente du raster « {raster} » ({count} bandes).</source>
      <translation>Class table “{table}”: band {band} is not in raster “{raster}” ({count} bands).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/class_tables.py" line="84" />
      <source>Table de classes introuvable : « {spec} » (noms connus : {names}, ou un fichier CSV).</source>
      <translation>Class table not found: “{spec}” (known names: {names}, or a CSV file).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/class_tables.py" line="90" />
      <source>Table de classes « {table} » illisible : {detail}.</source>
      <translation>Class table “{table}” cannot be read: {detail}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/class_tables.py" line="110" />
      <source>Table de classes « {table} », ligne {line} : bande « {band} » invalide (un entier à partir de 1).</source>
      <translation>Class table “{table}”, line {line}: invalid band “{band}” (an integer from 1).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/class_tables.py" line="113" />
      <source>Table de classes « {table} » : la bande {band} apparaît deux fois (lignes {first} et {line}).</source>
      <translation>Class table “{table}”: band {band} appears twice (lines {first} and {line}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/class_tables.py" line="70" />
      <source> ({names} sans correspondance)</source>
      <translation> ({names} mapped to nothing)</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/class_tables.py" line="120" />
      <source>Table de classes « {table} », ligne {line} : « {code} » n'est pas un code de couverture OCS GE.</source>
      <translation>Class table “{table}”, line {line}: “{code}” is not an OCS GE land cover code.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/confidence.py" line="217" />
      <source>Le fichier de sortie</source>
      <translation>The output file</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/confidence.py" line="225" />
      <source>Confiance calculée : {summary}</source>
      <translation>Confidence computed: {summary}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/confidence.py" line="135" />
      <source>raster de probabilités</source>
      <translation>probability raster</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/confidence.py" line="135" />
      <source>probabilités par classe</source>
      <translation>per-class probabilities</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/confidence.py" line="136" />
      <source>classes et probabilités top-k</source>
      <translation>top-k classes and probabilities</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/confidence.py" line="136" />
      <source>champ de confiance</source>
      <translation>confidence field</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/confidence.py" line="137" />
      <source>aucune (non calculée)</source>
      <translation>none (not computed)</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/confidence.py" line="138" />
      <source>{count} polygones ({area}) écrits dans « {out_path} » (couche « {layer} ») en {seconds} s.</source>
      <translation>{count} polygons ({area}) written to "{out_path}" (layer "{layer}") in {seconds} s.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/confidence.py" line="141" />
      <source>Confiance en couverture : {cs} ; en usage : {us}.</source>
      <translation>Land cover confidence: {cs}; land use: {us}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/confidence.py" line="179" />
      <source>Raster introuvable : « {raster} ».</source>
      <translation>Raster not found: "{raster}".</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/confidence.py" line="144" />
      <source>{count} géométries invalides réparées.</source>
      <translation>{count} invalid geometries repaired.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/confidence.py" line="146" />
      <source>{count} géométries vides ignorées.</source>
      <translation>{count} empty geometries skipped.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/confidence.py" line="148" />
      <source>{count} polygones multiparties conservés tels quels.</source>
      <translation>{count} multipart polygons kept as they are.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/confidence.py" line="150" />
      <source>Polygones reprojetés de {reprojected_from} vers {raster_crs} pour lire le raster (surfaces calculées dans le système d'origine).</source>
      <translation>Polygons reprojected from {reprojected_from} to {raster_crs} to read the raster (areas computed in the original system).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/confidence.py" line="154" />
      <source>{count} polygones plus petits qu'un pixel : valeur du pixel sous un point intérieur.</source>
      <translation>{count} polygons smaller than a pixel: value of the pixel under an interior point.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/confidence.py" line="157" />
      <source>{count} polygones hors du raster : confiance tirée des champs de la couche quand ils existent, sinon vide.</source>
      <translation>{count} polygons outside the raster: confidence taken from the layer's fields where they exist, otherwise empty.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/confidence.py" line="194" />
      <source>Raster à une seule bande (probabilité maximale) : ni marge ni entropie pour la couverture.</source>
      <translation>Single-band raster (maximum probability): no margin or entropy for land cover.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/confidence.py" line="273" />
      <source>Écriture de « {out} » impossible : {exc}.</source>
      <translation>Cannot write "{out}": {exc}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/confidence.py" line="204" />
      <source>Raster de classes (argmax) : la confiance est la part des pixels de la classe majoritaire.</source>
      <translation>Class raster (argmax): the confidence is the share of pixels of the majority class.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/delivery.py" line="40" />
      <source>Livraison IGN « {name} » : département {department}, millésime {millesime}, couche OCCUPATION_SOL{zone}.</source>
      <translation>IGN delivery “{name}”: département {department}, vintage {millesime}, layer OCCUPATION_SOL{zone}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/delivery.py" line="99" />
      <source>« {path} » est nommé comme une livraison OCS GE mais ne contient pas de couche OCCUPATION_SOL.</source>
      <translation>“{path}” is named like an OCS GE delivery but holds no OCCUPATION_SOL layer.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/delivery.py" line="102" />
      <source>Livraison « {name} » : le département {department} est en EPSG:{official}, pas en EPSG:{epsg} comme le dit son nom.</source>
      <translation>Delivery “{name}”: département {department} is in EPSG:{official}, not in EPSG:{epsg} as its name says.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/delivery.py" line="42" />
      <source>inconnu</source>
      <translation>unknown</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/delivery.py" line="43" />
      <source> et zone construite</source>
      <translation> and built-up zone</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/model_output.py" line="189" />
      <source>Impossible de lire « {name} » : fichier corrompu ou format non reconnu ({detail}).</source>
      <translation>Cannot read "{name}": corrupt file or unrecognised format ({detail}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/model_output.py" line="186" />
      <source>Fichier introuvable : « {source} ».</source>
      <translation>File not found: "{source}".</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/model_output.py" line="188" />
      <source>Le fichier « {name} » est vide.</source>
      <translation>The file "{name}" is empty.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/model_output.py" line="211" />
      <source>« {source} » ne contient aucune couche géographique.</source>
      <translation>"{source}" holds no spatial layer.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/model_output.py" line="215" />
      <source>« {source} » contient plusieurs couches ({layers}) : précisez laquelle.</source>
      <translation>"{source}" holds several layers ({layers}): say which one.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/model_output.py" line="277" />
      <source>« {source} », champ « {fname} » : codes de {dim} inconnus de la nomenclature OCS GE : {listed}{more}.</source>
      <translation>"{source}", field "{fname}": {dim} codes unknown to the OCS GE nomenclature: {listed}{more}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/model_output.py" line="306" />
      <source>« {source} », champ « {fname} » : probabilités négatives.</source>
      <translation>"{source}", field "{fname}": negative probabilities.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/model_output.py" line="309" />
      <source>« {source} », champ « {fname} » : probabilités hors de [0, 1] (max {top:g}).</source>
      <translation>"{source}", field "{fname}": probabilities outside [0, 1] (max {top:g}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/model_output.py" line="358" />
      <source>« {name} » : champs absents de la couche « {layer} » : {missing} (champs présents : {fields}).</source>
      <translation>"{name}": fields missing from layer "{layer}": {missing} (fields present: {fields}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/model_output.py" line="361" />
      <source>couverture (code_cs)</source>
      <translation>land cover (code_cs)</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/model_output.py" line="361" />
      <source>usage (code_us)</source>
      <translation>land use (code_us)</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/model_output.py" line="367" />
      <source>« {name} » n'a pas de système de coordonnées : impossible de calculer les surfaces. Définissez-le (EPSG:2154 en métropole).</source>
      <translation>"{name}" has no coordinate reference system: areas cannot be computed. Set it (EPSG:2154 in metropolitan France).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/model_output.py" line="371" />
      <source>« {name} » : la couche « {layer} » contient des géométries {geometry_type}, pas des polygones.</source>
      <translation>"{name}": layer "{layer}" holds {geometry_type} geometries, not polygons.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/model_output.py" line="403" />
      <source>« {name} » : aucun polygone de la couche « {layer} » dans l'emprise {bbox} du territoire demandé.</source>
      <translation>"{name}": no polygon of layer "{layer}" within the extent {bbox} of the requested territory.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/model_output.py" line="407" />
      <source>« {name} » : la couche « {layer} » ne contient aucun polygone.</source>
      <translation>"{name}": layer "{layer}" holds no polygons.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/model_output.py" line="422" />
      <source>« {name} » : toutes les géométries sont vides.</source>
      <translation>"{name}": all geometries are empty.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/model_output.py" line="425" />
      <source>« {name} » : {count} géométries ne sont pas des polygones.</source>
      <translation>"{name}": {count} geometries are not polygons.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/model_output.py" line="453" />
      <source>{name} : {count} géométries invalides réparées</source>
      <translation>{name}: {count} invalid geometries repaired</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/model_output.py" line="507" />
      <source>« {name} » est en coordonnées géographiques ({crs}) : les surfaces en m² demandent une projection. Reprojetez en EPSG:2154 (métropole), 5490 (Guadeloupe, Martinique), 2972 (Guyane), 2975 (La Réunion) ou 4471 (Mayotte).</source>
      <translation>"{name}" is in geographic coordinates ({crs}): areas in m² need a projection. Reproject to EPSG:2154 (metropolitan France), 5490 (Guadeloupe, Martinique), 2972 (French Guiana), 2975 (Réunion) or 4471 (Mayotte).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/model_output.py" line="206" />
      <source>« {source} » ne contient pas de couche « {layer} » (couches : {layers}).</source>
      <translation>"{source}" has no layer "{layer}" (layers: {layers}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/model_output.py" line="276" />
      <source>et {count} autres</source>
      <translation>and {count} more</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/model_output.py" line="299" />
      <source>« {source} », champ « {fname} » : valeurs non numériques.</source>
      <translation>"{source}", field "{fname}": non-numeric values.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/model_output.py" line="322" />
      <source>« {name} » : les champs de probabilité de {dim} ({fields}) sont vides pour tous les polygones : aucune confiance à en tirer ; retirez-les de la correspondance des champs ou livrez-les remplis.</source>
      <translation>"{name}": the {dim} probability fields ({fields}) are empty for every polygon: no confidence can come from them; remove them from the field mapping or deliver them filled in.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/model_output.py" line="363" />
      <source>« {name} » : aucun champ de {label} trouvé parmi {fields} ; indiquez-le dans la correspondance des champs.</source>
      <translation>"{name}": no {label} field found among {fields}; set it in the field mapping.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/model_output.py" line="208" />
      <source>aucune</source>
      <translation>none</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/model_output.py" line="365" />
      <source>aucun champ</source>
      <translation>no fields</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/model_output.py" line="106" />
      <source>Correspondance de champs : « {role} » ne désigne pas une classe OCS GE.</source>
      <translation>Field mapping: "{role}" does not name an OCS GE class.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/model_output.py" line="116" />
      <source>Correspondance de champs : rôle inconnu « {role} ».</source>
      <translation>Field mapping: unknown role "{role}".</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/tiles.py" line="48" />
      <source>Les tuiles de « {path} » n'ont pas toutes le même nombre de bandes.</source>
      <translation>The tiles of "{path}" do not all have the same number of bands.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/tiles.py" line="43" />
      <source>Tuile « {path} » illisible : {detail}.</source>
      <translation>Tile “{path}” cannot be read: {detail}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/zonal.py" line="151" />
      <source>Le raster « {name} » a des bandes de type {dtype} : attendu uint8 (0–255) ou flottant (0–1).</source>
      <translation>The raster "{name}" has bands of type {dtype}: expected uint8 (0–255) or float (0–1).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/zonal.py" line="70" />
      <source>Raster introuvable : « {path} ».</source>
      <translation>Raster not found: "{path}".</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/zonal.py" line="72" />
      <source>Le raster « {path} » est vide.</source>
      <translation>The raster "{path}" is empty.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/zonal.py" line="76" />
      <source>Impossible de lire le raster « {path} » : fichier corrompu ou format non reconnu ({detail}).</source>
      <translation>Cannot read the raster "{path}": corrupt file or unrecognised format ({detail}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/zonal.py" line="99" />
      <source>Le raster « {name} » n'a pas de système de coordonnées.</source>
      <translation>The raster "{name}" has no coordinate reference system.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/zonal.py" line="102" />
      <source>Le raster « {name} » est tourné (géotransformation non alignée) : non pris en charge.</source>
      <translation>The raster "{name}" is rotated (geotransform not north-up): not supported.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/zonal.py" line="195" />
      <source>Polygones reprojetés de {source} vers {target} pour « {name} »</source>
      <translation>Polygons reprojected from {source} to {target} for "{name}"</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/zonal.py" line="205" />
      <source>Le raster « {name} » ne recouvre aucun polygone (emprise du raster : {minx:.0f}, {miny:.0f} – {maxx:.0f}, {maxy:.0f} en {crs}).</source>
      <translation>The raster "{name}" covers no polygon (raster extent: {minx:.0f}, {miny:.0f} – {maxx:.0f}, {maxy:.0f} in {crs}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/zonal.py" line="249" />
      <source>Le raster « {name} » contient des valeurs de {low:g} à {high:g} sous les polygones : ce ne sont pas des probabilités (attendu 0–1, 0–100 ou 0–255 ; des logits doivent d'abord passer par un softmax).</source>
      <translation>The raster "{name}" holds values from {low:g} to {high:g} under the polygons: these are not probabilities (expected 0–1, 0–100 or 0–255; logits must go through a softmax first).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/zonal.py" line="292" />
      <source>Lecture du raster « {path} » impossible à la ligne {row} : {detail}.</source>
      <translation>Cannot read the raster "{path}" at row {row}: {detail}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/zonal.py" line="61" />
      <source>Le dossier « {path} » ne contient aucune tuile GeoTIFF (.tif).</source>
      <translation>The folder "{path}" holds no GeoTIFF tile (.tif).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/zonal.py" line="66" />
      <source>Tuiles de « {path} » impossibles à assembler : {detail}.</source>
      <translation>Cannot assemble the tiles of "{path}": {detail}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/zonal.py" line="113" />
      <source>{count} classes indiquées pour les {n} bandes de « {name} ».</source>
      <translation>{count} classes given for the {n} bands of "{name}".</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/zonal.py" line="130" />
      <source>Bandes de « {name} » : classes inconnues de la nomenclature OCS GE.</source>
      <translation>Bands of "{name}": classes unknown to the OCS GE nomenclature.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/zonal.py" line="134" />
      <source>Le raster « {name} » mélange couverture et usage.</source>
      <translation>The raster "{name}" mixes land cover and land use.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/zonal.py" line="78" />
      <source>GDAL ne l’ouvre pas</source>
      <translation>GDAL cannot open it</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/zonal.py" line="125" />
      <source>Les {n} bandes de « {name} » ne portent pas de code de classe : indiquez l'ordre des classes (option --bands).</source>
      <translation>The {n} bands of "{name}" carry no class code: give the order of the classes (option --bands).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/ocsge/departements.py" line="43" />
      <source>Département inconnu : « {code} » (exemples : 32, 2A, 974).</source>
      <translation>Unknown département: "{code}" (examples: 32, 2A, 974).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/ocsge/mapping_units.py" line="26" />
      <source>bâtiments : 200 m²</source>
      <translation>buildings: 200 m²</translation>
    </message>
    <message>
      <location filename="../ocsge_review/ocsge/mapping_units.py" line="27" />
      <source>dans la zone construite : 500 m²</source>
      <translation>inside the built-up zone: 500 m²</translation>
    </message>
    <message>
      <location filename="../ocsge_review/ocsge/mapping_units.py" line="28" />
      <source>hors de la zone construite : 2 500 m²</source>
      <translation>outside the built-up zone: 2,500 m²</translation>
    </message>
    <message>
      <location filename="../ocsge_review/ocsge/mapping_units.py" line="30" />
      <source>500 m² au moins (zone construite inconnue : 2 500 m² hors d'elle)</source>
      <translation>at least 500 m² (built-up zone unknown: 2,500 m² outside it)</translation>
    </message>
    <message>
      <location filename="../ocsge_review/ocsge/mapping_units.py" line="49" />
      <source>Partie {part} ({area} m²) sous l'unité minimale de collecte — {rule}.</source>
      <translation>Part {part} ({area} m²) is below the minimum mapping unit — {rule}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/ocsge/mapping_units.py" line="64" />
      <source>Zone construite illisible ({detail}) : unités minimales sans elle.</source>
      <translation>Built-up zone unreadable ({detail}): minimum mapping units without it.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/ocsge/nomenclature.py" line="12" />
      <source>couverture</source>
      <translation>land cover</translation>
    </message>
    <message>
      <location filename="../ocsge_review/ocsge/nomenclature.py" line="13" />
      <source>usage</source>
      <translation>land use</translation>
    </message>
    <message>
      <location filename="../ocsge_review/ocsge/nomenclature.py" line="239" />
      <source>Association improbable : {cs_label} ({code_cs}) avec l'usage {us_label} ({code_us}).</source>
      <translation>Unlikely combination: {cs_label} ({code_cs}) with land use {us_label} ({code_us}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/ocsge/nomenclature.py" line="128" />
      <source>« {code} » n'est pas un code de {dimension} OCS GE.</source>
      <translation>"{code}" is not an OCS GE {dimension} code.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/ocsge/nomenclature.py" line="212" />
      <source>« {code} » n'est pas un code de {dimension} OCS GE valide.</source>
      <translation>"{code}" is not a valid OCS GE {dimension} code.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/outputs.py" line="16" />
      <source>{what} « {path} » doit être un GeoPackage (.gpkg).</source>
      <translation>{what} "{path}" must be a GeoPackage (.gpkg).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/outputs.py" line="26" />
      <source>Le dossier « {folder} » n'existe pas.</source>
      <translation>The folder "{folder}" does not exist.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/outputs.py" line="28" />
      <source>{what} « {path} » ne peut pas être écrit : le dossier « {folder} » n'est pas accessible en écriture.</source>
      <translation>{what} "{path}" cannot be written: the folder "{folder}" is not writable.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/pgconn.py" line="92" />
      <source>service « {service} »</source>
      <translation>service "{service}"</translation>
    </message>
    <message>
      <location filename="../ocsge_review/pgconn.py" line="78" />
      <source>Pas de mot de passe dans {what} : il finirait dans l'historique du shell et les journaux. Utilisez un service PostgreSQL (~/.pg_service.conf), le fichier ~/.pgpass ou, dans QGIS, une configuration d'authentification.</source>
      <translation>No password in {what}: it would end up in the shell history and the logs. Use a PostgreSQL service (~/.pg_service.conf), the ~/.pgpass file or, in QGIS, an authentication configuration.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/pgconn.py" line="90" />
      <source>base PostgreSQL</source>
      <translation>PostgreSQL database</translation>
    </message>
    <message>
      <location filename="../ocsge_review/pgconn.py" line="103" />
      <source>Nom de table invalide : « {name} » (attendu : TABLE ou SCHÉMA.TABLE).</source>
      <translation>Invalid table name: "{name}" (expected: TABLE or SCHEMA.TABLE).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/pgconn.py" line="75" />
      <source>Connexion PostgreSQL illisible dans {what} : {exc}</source>
      <translation>Unreadable PostgreSQL connection in {what}: {exc}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/pgconn.py" line="119" />
      <source>Connexion à PostgreSQL impossible ({spec}) : {reason}</source>
      <translation>Cannot connect to PostgreSQL ({spec}): {reason}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/admin.py" line="89" />
      <source>Schéma « {schema} » prêt pour les départements {departments}.</source>
      <translation>Schema "{schema}" ready for départements {departments}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/admin.py" line="178" />
      <source>Mot de passe de « {user} » : </source>
      <translation>Password for "{user}": </translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/admin.py" line="100" />
      <source>Table de production « {table} » protégée par département.</source>
      <translation>Production table "{table}" protected by département.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/admin.py" line="107" />
      <source>Département(s) {unknown} non préparé(s) dans « {schema} » : lancez d'abord admin init --departments {codes}.</source>
      <translation>Département(s) {unknown} not set up in "{schema}": run admin init --departments {codes} first.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/admin.py" line="180" />
      <source>Les deux mots de passe diffèrent : rien n'a été changé.</source>
      <translation>The two passwords differ: nothing was changed.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/admin.py" line="182" />
      <source>Mot de passe vide : rien n'a été changé.</source>
      <translation>Empty password: nothing was changed.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/admin.py" line="44" />
      <source>Opération refusée par PostgreSQL ({spec})</source>
      <translation>Operation refused by PostgreSQL ({spec})</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/admin.py" line="170" />
      <source>Le fichier de mot de passe « {password_file} » est vide.</source>
      <translation>The password file "{password_file}" is empty.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/admin.py" line="176" />
      <source>Mot de passe vide sur l'entrée standard.</source>
      <translation>Empty password on standard input.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/admin.py" line="179" />
      <source>Encore une fois : </source>
      <translation>Once more: </translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/admin.py" line="167" />
      <source>Fichier de mot de passe illisible « {password_file} » : {strerror}.</source>
      <translation>Cannot read the password file "{password_file}": {strerror}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/loading.py" line="88" />
      <source>{count} lignes écrites dans {schema}.{table}.</source>
      <translation>{count} rows written to {schema}.{table}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/loading.py" line="111" />
      <source>La couche n'a pas de système de coordonnées reconnu (code EPSG attendu).</source>
      <translation>The layer has no recognised coordinate reference system (an EPSG code is expected).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/loading.py" line="45" />
      <source>« {source} » n'a pas de champ {required}.</source>
      <translation>"{source}" has no {required} field.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/offline.py" line="43" />
      <source>Le lot à emporter</source>
      <translation>The checkout file</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/offline.py" line="38" />
      <source>La durée d'emport doit être positive, pas {days:g} jour(s).</source>
      <translation>The checkout duration must be positive, not {days:g} day(s).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/offline.py" line="41" />
      <source>Le nombre d'éléments à emporter doit être positif, pas {limit}.</source>
      <translation>The number of items to check out must be positive, not {limit}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/offline.py" line="45" />
      <source>« {out_path} » existe déjà : choisissez un autre fichier.</source>
      <translation>"{out_path}" already exists: choose another file.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/offline.py" line="49" />
      <source>Ce magasin est lui-même un lot emporté : emportez depuis le magasin partagé.</source>
      <translation>This store is itself a checkout: check out from the shared store.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/offline.py" line="53" />
      <source>Rien à emporter : aucun élément en attente pour vous dans cette zone.</source>
      <translation>Nothing to check out: no item is waiting for you in this area.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/offline.py" line="109" />
      <source>La campagne « {name} » de ce fichier n'est pas un lot emporté (checkout).</source>
      <translation>The campaign "{name}" of this file is not a checkout.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/offline.py" line="112" />
      <source>Le magasin de destination est lui-même un lot emporté : rentrez le lot dans le magasin partagé d'où il vient.</source>
      <translation>The destination store is itself a checkout: check the batch in to the shared store it came from.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/offline.py" line="115" />
      <source>Ce lot vient d'une autre campagne (« {name} ») que celle de ce magasin (« {shared} »).</source>
      <translation>This checkout comes from another campaign ("{name}") than this store's ("{shared}").</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/offline.py" line="119" />
      <source>Ce lot a été emporté par {user} : lui seul peut le rentrer.</source>
      <translation>This checkout was taken by {user}: only they can check it in.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/offline.py" line="85" />
      <source>  refusé, élément {item_id} : {why}</source>
      <translation>  refused, item {item_id}: {why}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/offline.py" line="87" />
      <source>Le fichier local garde ces éléments tels quels : rien n'est perdu.</source>
      <translation>The local file keeps these items as they are: nothing is lost.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/offline.py" line="77" />
      <source>Retour du lot : {decided} décision(s), {split} découpage(s), {merged} fusion(s) enregistrés ; {released} élément(s) non traités rendus à la file</source>
      <translation>Checkin: {decided} decision(s), {split} split(s), {merged} merge(s) recorded; {released} untouched item(s) returned to the queue</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/offline.py" line="82" />
      <source> ; {count} déjà rentrés</source>
      <translation>; {count} already checked in</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/offline.py" line="180" />
      <source>aucune décision trouvée dans le journal local</source>
      <translation>no decision found in the local journal</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="68" />
      <source>modifiée en production depuis l'entrée dans la campagne</source>
      <translation>changed in production since it entered the campaign</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="69" />
      <source>supprimée en production depuis l'entrée dans la campagne</source>
      <translation>deleted in production since it entered the campaign</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="70" />
      <source>absente de la version de base de la campagne</source>
      <translation>missing from the campaign's base version</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="127" />
      <source>Élément {item_id} : la ligne {source_id} est {reason}.</source>
      <translation>Item {item_id}: row {source_id} is {reason}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="442" />
      <source>Version de base prise pour {count} lignes de « {target} ».</source>
      <translation>Base version taken for {count} rows of "{target}".</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="146" />
      <source>Synchronisation : {applied} appliqué(s), {unchanged} sans changement, {already} déjà appliqué(s), {conflicts} nouveau(x) conflit(s), {waiting} conflit(s) en attente de résolution ({batches} lot(s)).</source>
      <translation>Sync: {applied} applied, {unchanged} unchanged, {already} already applied, {conflicts} new conflict(s), {waiting} conflict(s) awaiting resolution ({batches} batch(es)).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="214" />
      <source>Le schéma de synchronisation « {schema} » a été écrit par une version plus récente d'OCS GE Review : mettez l'extension à jour.</source>
      <translation>The sync schema "{schema}" was written by a newer version of OCS GE Review: update the plugin.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="676" />
      <source>Ce magasin est un lot emporté (checkout) : rentrez-le d'abord (checkin) dans le magasin partagé, puis synchronisez celui-ci.</source>
      <translation>This store is a checkout: check it in to the shared store first, then sync the shared store.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="692" />
      <source>La campagne « {name} » n'a pas de version de base dans la base de production : prenez-la d'abord (`campaign create … --production` à la création, ou `sync … --capture-base`, qui la prend telle qu'elle est maintenant) — sans elle, une modification faite en production entre-temps serait écrasée.</source>
      <translation>The campaign "{name}" has no base version in the production database: take it first (`campaign create … --production` at creation, or `sync … --capture-base`, which takes it as it is now) — without it, a change made in production meanwhile would be overwritten.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="716" />
      <source>La taille de lot doit être positive, pas {batch_size}.</source>
      <translation>The batch size must be positive, not {batch_size}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="720" />
      <source>Nom d'utilisateur manquant pour la synchronisation.</source>
      <translation>User name missing for the sync.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="822" />
      <source>La ligne {source_id} a encore changé en production depuis l'affichage du conflit : rechargez la liste pour voir sa version actuelle, puis décidez.</source>
      <translation>Row {source_id} changed again in production since the conflict was shown: reload the list to see its current version, then decide.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="834" />
      <source>L'élément {item_id} n'est plus validé en attente de synchronisation : le conflit ne peut plus être résolu ainsi.</source>
      <translation>Item {item_id} is no longer validated and waiting for sync: the conflict can no longer be resolved this way.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="862" />
      <source>Résolution inconnue « {resolution} » (attendu : {choices}).</source>
      <translation>Unknown resolution "{resolution}" (expected: {choices}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="865" />
      <source>Renvoyer un élément en revue demande un motif.</source>
      <translation>Sending an item back for review needs a reason.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="868" />
      <source>Nom d'utilisateur manquant.</source>
      <translation>User name missing.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="872" />
      <source>Aucun conflit ouvert pour l'élément {item_id}.</source>
      <translation>No open conflict for item {item_id}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="153" />
      <source>Conflits résolus achevés dans le magasin : {count}.</source>
      <translation>Resolved conflicts completed in the store: {count}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="155" />
      <source>Appliqués</source>
      <translation>Applied</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="155" />
      <source>Déjà appliqués</source>
      <translation>Already applied</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="156" />
      <source>En conflit</source>
      <translation>In conflict</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="296" />
      <source>identifiant</source>
      <translation>identifier</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="297" />
      <source>géométrie</source>
      <translation>geometry</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="297" />
      <source>origine</source>
      <translation>origin</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="407" />
      <source>Cette campagne n'a pas d'identifiant : ouvrez-la avec une version à jour d'OCS GE Review avant de la synchroniser.</source>
      <translation>This campaign has no identifier: open it with an up-to-date OCS GE Review before syncing it.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="421" />
      <source>La campagne « {name} » a pris sa version de base dans « {base} », pas dans « {given} » : indiquez --production-table {base}.</source>
      <translation>The campaign "{name}" took its base version from "{base}", not from "{given}": pass --production-table {base}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="638" />
      <source>La base de production a refusé la synchronisation ({spec}) : {detail}. Rien de ce lot n'a été écrit.</source>
      <translation>The production database refused the sync ({spec}): {detail}. Nothing of this batch was written.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="159" />
      <source>  {label} : {ids}</source>
      <translation>  {label}: {ids}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="274" />
      <source>Table de production introuvable : « {target} » ({spec}).</source>
      <translation>Production table not found: "{target}" ({spec}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="299" />
      <source>« {target} » n'a pas de colonne « {col} » ({role}) ; colonnes : {columns}.</source>
      <translation>"{target}" has no column "{col}" ({role}); columns: {columns}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="640" />
      <source>Connexion à la base de production perdue ({spec}) : le lot en cours n'a pas été écrit ; relancez la synchronisation, elle reprendra où elle s'est arrêtée.</source>
      <translation>Connection to the production database lost ({spec}): the current batch was not written; run the sync again, it will resume where it stopped.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="663" />
      <source>Élément {item_id} déjà renvoyé en revue.</source>
      <translation>Item {item_id} already sent back for review.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="287" />
      <source>« {target} » : aucune colonne(s) géométrique(s) ; indiquez laquelle.</source>
      <translation>"{target}": no geometry column; say which one.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="289" />
      <source>« {target} » : plusieurs colonne(s) géométrique(s) ; indiquez laquelle.</source>
      <translation>"{target}": several geometry columns; say which one.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="399" />
      <source>Identifiant « {source_id} » : la colonne « {id_column} » de « {target} » attend un nombre.</source>
      <translation>Identifier "{source_id}": column "{id_column}" of "{target}" expects a number.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="883" />
      <source>Impossible de garder votre version de l'élément {item_id} : la ligne {source_id} n'existe plus en production. Reprenez la version de production ou renvoyez l'élément en revue.</source>
      <translation>Cannot keep your version of item {item_id}: row {source_id} no longer exists in production. Take the production version or send the item back for review.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="658" />
      <source>Élément {item_id} déjà marqué synchronisé.</source>
      <translation>Item {item_id} already marked as synchronised.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/training.py" line="94" />
      <source>Le fichier des données d'apprentissage</source>
      <translation>The training data file</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/training.py" line="72" />
      <source>{n} correction(s) validées ou décidées écrite(s) dans « {path} » : </source>
      <translation>{n} validated or decided correction(s) written to "{path}": </translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/training.py" line="74" />
      <source>{n} correction(s) validées écrite(s) dans « {path} » : </source>
      <translation>{n} validated correction(s) written to "{path}": </translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/training.py" line="77" />
      <source>{before} polygone(s) du modèle (couche « {before_layer} »), {after} polygone(s) revu(s) (couche « {after_layer} ») ; {classes} changement(s) de classe, {geometries} changement(s) de géométrie.</source>
      <translation>{before} model polygon(s) (layer "{before_layer}"), {after} reviewed polygon(s) (layer "{after_layer}"); {classes} class change(s), {geometries} geometry change(s).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/training.py" line="96" />
      <source>« {path} » existe déjà : choisissez un autre fichier, les données d'apprentissage ne sont jamais écrites par-dessus.</source>
      <translation>"{path}" already exists: choose another file, training data are never written over an existing file.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/training.py" line="135" />
      <source>Écriture de « {path} » impossible : {error}.</source>
      <translation>Cannot write "{path}": {error}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/acceptance.py" line="126" />
      <source>Approbation groupée refusée : l'échantillon de contrôle n'a pas passé le plan ({rejected} rejet(s) pour {c} admis, {left} élément(s) à contrôler).</source>
      <translation>Bulk approval refused: the spot-check sample did not pass the plan ({rejected} rejection(s), {c} allowed, {left} item(s) left to check).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/acceptance.py" line="51" />
      <source>Plan d'échantillonnage : la part contrôlée doit être entre 1 et 100 % (reçu {share}).</source>
      <translation>Sampling plan: the share checked must be between 1 and 100 % (got {share}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/acceptance.py" line="54" />
      <source>Plan d'échantillonnage : le nombre d'acceptation doit être positif ou nul et l'échantillon d'au moins un élément.</source>
      <translation>Sampling plan: the acceptance number must be zero or more and the sample at least one item.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/accuracy.py" line="414" />
      <source>d'échantillons</source>
      <translation>sample</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/accuracy.py" line="432" />
      <source>des strates</source>
      <translation>strata</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/accuracy.py" line="61" />
      <source>Aucun échantillon : impossible d'estimer la précision.</source>
      <translation>No samples: the accuracy cannot be estimated.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/accuracy.py" line="83" />
      <source>Strate(s) sans aucun échantillon : {strata}. Chaque strate doit contenir au moins un échantillon.</source>
      <translation>Stratum/strata without any sample: {strata}. Every stratum must hold at least one sample.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/accuracy.py" line="367" />
      <source>Fichier {what} introuvable : {path}.</source>
      <translation>Cannot find the {what} file: {path}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/accuracy.py" line="375" />
      <source>Le fichier {what} {name} est vide.</source>
      <translation>The {what} file {name} is empty.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/accuracy.py" line="383" />
      <source>{name}, ligne 1 : colonne(s) manquante(s) {missing} ; attendu : {columns} (trouvé : {found}).</source>
      <translation>{name}, line 1: missing column(s) {missing}; expected: {columns} (found: {found}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/accuracy.py" line="406" />
      <source>{name}, ligne {line} : valeur vide dans la colonne {column}.</source>
      <translation>{name}, line {line}: empty value in column {column}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/accuracy.py" line="419" />
      <source>Le fichier d'échantillons {name} ne contient aucun échantillon.</source>
      <translation>The sample file {name} holds no samples.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/accuracy.py" line="452" />
      <source>Le fichier des strates {name} ne contient aucune strate.</source>
      <translation>The strata file {name} holds no strata.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/accuracy.py" line="471" />
      <source>{strata_name} : strate(s) {strata} sans aucun échantillon dans {samples_name}.</source>
      <translation>{strata_name}: stratum/strata {strata} without any sample in {samples_name}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/accuracy.py" line="51" />
      <source>Échantillon n° {index} illisible : il faut trois valeurs (strate, classe carte, classe référence), reçu {item!r}.</source>
      <translation>Sample no. {index} is unreadable: three values are needed (stratum, map class, reference class), got {item!r}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/accuracy.py" line="70" />
      <source>Taille de la strate « {name} » invalide ({size!r}) : elle doit être un nombre strictement positif.</source>
      <translation>Invalid size for stratum "{name}" ({size!r}): it must be a strictly positive number.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/accuracy.py" line="77" />
      <source>La strate « {stratum} » d'un échantillon n'a pas de taille dans la table des strates.</source>
      <translation>Stratum "{stratum}" of a sample has no size in the strata table.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/accuracy.py" line="89" />
      <source>La strate « {name} » a {count} échantillons pour une taille de {size:g} : avec la correction de population finie, la taille doit compter des unités d'échantillonnage (pixels, points).</source>
      <translation>Stratum "{name}" has {count} samples for a size of {size:g}: with the finite population correction, the size must count sampling units (pixels, points).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/accuracy.py" line="372" />
      <source>Fichier {what} illisible ({name}) : {exc}.</source>
      <translation>Cannot read the {what} file ({name}): {exc}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/accuracy.py" line="444" />
      <source>{name}, ligne {line} : la taille de la strate « {stratum} » doit être strictement positive (lu : {size!r}).</source>
      <translation>{name}, line {line}: the size of stratum "{stratum}" must be strictly positive (read: {size!r}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/accuracy.py" line="448" />
      <source>{name}, ligne {line} : strate « {stratum} » en double.</source>
      <translation>{name}, line {line}: stratum "{stratum}" appears twice.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/accuracy.py" line="465" />
      <source>{samples_name} : la strate « {stratum} » d'un échantillon (ligne {line}) est absente de {strata_name}.</source>
      <translation>{samples_name}: stratum "{stratum}" of a sample (line {line}) is missing from {strata_name}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/accuracy.py" line="67" />
      <source>Taille de la strate « {name} » non numérique : {size!r}.</source>
      <translation>Non-numeric size for stratum "{name}": {size!r}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/accuracy.py" line="440" />
      <source>{name}, ligne {line} : taille non numérique pour la strate « {stratum} » : {size!r}.</source>
      <translation>{name}, line {line}: non-numeric size for stratum "{stratum}": {size!r}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/accuracy.py" line="385" />
      <source>rien</source>
      <translation>nothing</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/indicators.py" line="106" />
      <source>Version de schéma des indicateurs inconnue : {version} (connues : {known}).</source>
      <translation>Unknown indicators schema version: {version} (known: {known}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/indicators.py" line="133" />
      <source>(racine)</source>
      <translation>(root)</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/indicators.py" line="134" />
      <source>Indicateurs non conformes au schéma {version}, à « {where} » : {detail}.</source>
      <translation>Indicators not conforming to schema {version}, at "{where}": {detail}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/indicators_table.py" line="90" />
      <source>La table d'indicateurs « {table} » n'a pas pu être écrite ({database}) : {detail}. Rien n'a été écrit.</source>
      <translation>The indicators table "{table}" could not be written ({database}): {detail}. Nothing was written.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/outbox.py" line="36" />
      <source>{delivered} envoi(s) accepté(s), {waiting} en attente dans la boîte d'envoi.</source>
      <translation>{delivered} delivery(ies) accepted, {waiting} waiting in the outbox.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/outbox.py" line="126" />
      <source>erreur du serveur (HTTP {status})</source>
      <translation>server error (HTTP {status})</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/outbox.py" line="88" />
      <source>Adresse de livraison invalide « {url} » : attendu http://… ou https://….</source>
      <translation>Invalid delivery address "{url}": expected http://… or https://….</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/outbox.py" line="125" />
      <source>refusé par le serveur (HTTP {status})</source>
      <translation>refused by the server (HTTP {status})</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/outbox.py" line="38" />
      <source>Dernière erreur : {error}</source>
      <translation>Last error: {error}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/outbox.py" line="55" />
      <source>Boîte d'envoi illisible « {path} » : {exc}.</source>
      <translation>Cannot read the outbox "{path}": {exc}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/outbox.py" line="119" />
      <source>délai dépassé ({timeout:g} s)</source>
      <translation>timed out ({timeout:g} s)</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/outbox.py" line="121" />
      <source>connexion impossible ({error})</source>
      <translation>cannot connect ({error})</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/report.py" line="23" />
      <source>Avancement</source>
      <translation>Progress</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/report.py" line="23" />
      <source>Reprise par département</source>
      <translation>Rework by département</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/report.py" line="23" />
      <source>Reprise par classe</source>
      <translation>Rework by class</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/report.py" line="24" />
      <source>Matrice de transition (couverture)</source>
      <translation>Transition matrix (land cover)</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/report.py" line="24" />
      <source>Exactitude</source>
      <translation>Accuracy</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/report.py" line="24" />
      <source>Produit livré</source>
      <translation>Delivered product</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/report.py" line="24" />
      <source>Coût par km²</source>
      <translation>Cost per km²</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/report.py" line="254" />
      <source>Le rapport</source>
      <translation>The report</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/report.py" line="253" />
      <source>Aucune campagne pour le rapport.</source>
      <translation>No campaign for the report.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/report.py" line="256" />
      <source>« {out_dir} » existe et n'est pas un dossier.</source>
      <translation>"{out_dir}" exists and is not a folder.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/stats.py" line="343" />
      <source>du plan de production</source>
      <translation>production plan</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/stats.py" line="213" />
      <source>Regroupement inconnu « {by} » (choix : {choices}).</source>
      <translation>Unknown grouping "{by}" (choices: {choices}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/stats.py" line="341" />
      <source>Plan de production illisible « {path} » : {error}.</source>
      <translation>Unreadable production plan "{path}": {error}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/stats.py" line="78" />
      <source>Période invalide « {text} » : attendu AAAA-MM, par exemple 2026-11.</source>
      <translation>Invalid period "{text}": expected YYYY-MM, for example 2026-11.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/stats.py" line="357" />
      <source>{name}, ligne {line} : la surface prévue doit être positive ou nulle.</source>
      <translation>{name}, line {line}: the planned area must be positive or zero.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/stats.py" line="349" />
      <source>{name}, ligne {line} : date invalide « {value} » (attendu AAAA-MM-JJ).</source>
      <translation>{name}, line {line}: invalid date "{value}" (expected YYYY-MM-DD).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/stats.py" line="354" />
      <source>{name}, ligne {line} : surface prévue non numérique « {value} ».</source>
      <translation>{name}, line {line}: planned area is not a number "{value}".</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/__init__.py" line="26" />
      <source>Magasin de revue non reconnu : « {spec} » (attendu : un fichier .gpkg ou une connexion PostgreSQL, par exemple « service=ocsge » ou « postgresql://utilisateur@hôte/base »).</source>
      <translation>Unrecognised review store: "{spec}" (expected: a .gpkg file or a PostgreSQL connection, for example "service=ocsge" or "postgresql://user@host/database").</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/base.py" line="25" />
      <source>Ce magasin de revue a été écrit par une version plus récente d'OCS GE Review (schéma {newest}, celle-ci connaît jusqu'au {known}) : mettez l'extension à jour.</source>
      <translation>This review store was written by a newer version of OCS GE Review (schema {newest}, this one knows up to {known}): update the plugin.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/columns.py" line="28" />
      <source>Colonne(s) inconnue(s) dans {what} : {unknown}.</source>
      <translation>Unknown column(s) in {what}: {unknown}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/edits.py" line="59" />
      <source>(tolérance {tolerance})</source>
      <translation>(tolerance {tolerance})</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/edits.py" line="32" />
      <source>{what} est en EPSG:{srid}, la campagne en EPSG:{epsg}.</source>
      <translation>{what} is in EPSG:{srid}, the campaign in EPSG:{epsg}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/edits.py" line="36" />
      <source>{what} n'est pas un polygone.</source>
      <translation>{what} is not a polygon.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/edits.py" line="38" />
      <source>{what} n'est pas valide ({reason}).</source>
      <translation>{what} is not valid ({reason}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/edits.py" line="41" />
      <source>{what} a une surface nulle.</source>
      <translation>{what} has zero area.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/edits.py" line="51" />
      <source>L'élément {item_id} fait partie de l'échantillon d'audit : ses polygones doivent rester tels quels pour que l'audit mesure la qualité sans biais. Signalez plutôt un problème de géométrie.</source>
      <translation>Item {item_id} is part of the audit sample: its polygons must stay as they are so that the audit measures quality without bias. Flag a geometry problem instead.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/edits.py" line="70" />
      <source>Les parties ne couvrent pas l'élément {item_id} : il manque {gap} {within}.</source>
      <translation>The parts do not cover item {item_id}: {gap} are missing {within}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/edits.py" line="74" />
      <source>Les parties débordent de l'élément {item_id} de {overflow} {within}.</source>
      <translation>The parts extend {overflow} beyond item {item_id} {within}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/edits.py" line="101" />
      <source>La fusion sur l'élément {item_id} ne donne pas un seul polygone valide.</source>
      <translation>The merge on item {item_id} does not give a single valid polygon.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/edits.py" line="29" />
      <source>{what} : géométrie illisible (WKB attendu).</source>
      <translation>{what}: unreadable geometry (WKB expected).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/edits.py" line="64" />
      <source>Les parties {i} et {j} du découpage de l'élément {item_id} se chevauchent sur {overlap} {within}.</source>
      <translation>Parts {i} and {j} of the split of item {item_id} overlap by {overlap} {within}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/edits.py" line="93" />
      <source>L'élément {other} ne touche l'élément {item_id} (ni les éléments déjà fusionnés) que par un coin : une fusion ne prend que des voisins ayant une limite commune.</source>
      <translation>Item {other} touches item {item_id} (and the items already merged) only at a corner: a merge only takes neighbours sharing a boundary.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/edits.py" line="97" />
      <source>L'élément {other} n'est pas voisin de l'élément {item_id} (ni des éléments déjà fusionnés) : une fusion ne prend que des voisins ayant une limite commune.</source>
      <translation>Item {other} is not a neighbour of item {item_id} (nor of the items already merged): a merge only takes neighbours sharing a boundary.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/engine.py" line="50" />
      <source>L'élément {item_id} n'existe pas dans cette campagne.</source>
      <translation>Item {item_id} does not exist in this campaign.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/engine.py" line="381" />
      <source>Vous ne pouvez pas valider votre propre décision (élément {item_id}).</source>
      <translation>You cannot validate your own decision (item {item_id}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/engine.py" line="312" />
      <source>L'élément {item_id} a été fusionné dans l'élément {merged_into} : annulez la fusion depuis l'élément {merged_into}.</source>
      <translation>Item {item_id} was merged into item {merged_into}: undo the merge from item {merged_into}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/engine.py" line="320" />
      <source>L'élément {item_id} est une partie du découpage de l'élément {parent} : annulez le découpage depuis l'élément {parent}.</source>
      <translation>Item {item_id} is a part of the split of item {parent}: undo the split from item {parent}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/engine.py" line="325" />
      <source>L'élément {item_id} a été décidé par {decider} : seul lui peut annuler.</source>
      <translation>Item {item_id} was decided by {decider}: only they can undo it.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/engine.py" line="518" />
      <source>L'élément {fid} est validé sans approbation au journal : il ne peut pas être synchronisé ; faites-le revalider.</source>
      <translation>Item {fid} is validated without an approval in the journal: it cannot be synchronised; have it validated again.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/engine.py" line="335" />
      <source>Impossible d'annuler le découpage de l'élément {item_id} : l'élément {part}, qui en est issu, est {state}.</source>
      <translation>Cannot undo the split of item {item_id}: item {part}, which came from it, is {state}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/gpkg.py" line="481" />
      <source>Un autre programme a supprimé les fichiers de travail (-wal, -shm) du magasin « {name} » pendant que vous y travailliez : les décisions enregistrées sont dans le fichier. Fermez QGIS, puis rouvrez-le pour continuer.</source>
      <translation>Another program deleted the working files (-wal, -shm) of the store "{name}" while you were working on it: the recorded decisions are in the file. Close QGIS, then open it again to go on.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/gpkg.py" line="546" />
      <source>la table de revue</source>
      <translation>the review table</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/gpkg.py" line="550" />
      <source>la table du journal</source>
      <translation>the journal table</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/gpkg.py" line="619" />
      <source>« {path} » est un magasin d'une version antérieure : ouvrez-le une fois dans QGIS (ou avec une commande qui écrit) pour le mettre à jour, puis relancez.</source>
      <translation>"{path}" is a store of an earlier version: open it once in QGIS (or with a command that writes) to update it, then try again.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/gpkg.py" line="393" />
      <source>Le magasin de revue « {path} » existe déjà : choisissez un autre fichier.</source>
      <translation>The review store "{path}" already exists: choose another file.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/gpkg.py" line="418" />
      <source>Magasin de revue introuvable : « {path} ».</source>
      <translation>Review store not found: "{path}".</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/gpkg.py" line="425" />
      <source>« {path} » n'est pas un magasin de revue OCS GE Review.</source>
      <translation>"{path}" is not an OCS GE Review store.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/gpkg.py" line="435" />
      <source>« {path} » n'est pas un GeoPackage lisible.</source>
      <translation>"{path}" is not a readable GeoPackage.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/lifecycle.py" line="78" />
      <source>en attente</source>
      <translation>pending</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/lifecycle.py" line="78" />
      <source>réservé</source>
      <translation>claimed</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/lifecycle.py" line="78" />
      <source>décidé</source>
      <translation>decided</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/lifecycle.py" line="78" />
      <source>validé</source>
      <translation>validated</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/lifecycle.py" line="79" />
      <source>rejeté</source>
      <translation>rejected</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/lifecycle.py" line="79" />
      <source>synchronisé</source>
      <translation>synchronised</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/lifecycle.py" line="79" />
      <source>accepté automatiquement</source>
      <translation>auto-accepted</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/lifecycle.py" line="80" />
      <source>remplacé</source>
      <translation>superseded</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/lifecycle.py" line="80" />
      <source>confirmé par un second avis</source>
      <translation>confirmed by a second opinion</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/lifecycle.py" line="81" />
      <source>en désaccord, attend le validateur</source>
      <translation>in disagreement, waiting for the validator</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/lifecycle.py" line="81" />
      <source>tranché par le validateur</source>
      <translation>settled by the validator</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/lifecycle.py" line="82" />
      <source>réserver</source>
      <translation>claim</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/lifecycle.py" line="82" />
      <source>passer</source>
      <translation>skip</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/lifecycle.py" line="82" />
      <source>confirmer</source>
      <translation>confirm</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/lifecycle.py" line="82" />
      <source>corriger</source>
      <translation>correct</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/lifecycle.py" line="83" />
      <source>signaler</source>
      <translation>flag</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/lifecycle.py" line="83" />
      <source>annuler</source>
      <translation>undo</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/lifecycle.py" line="83" />
      <source>approuver</source>
      <translation>approve</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/lifecycle.py" line="83" />
      <source>rejeter</source>
      <translation>reject</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/lifecycle.py" line="84" />
      <source>synchroniser</source>
      <translation>synchronise</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/lifecycle.py" line="84" />
      <source>renvoyer en revue</source>
      <translation>send back for review</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/lifecycle.py" line="84" />
      <source>découper</source>
      <translation>split</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/lifecycle.py" line="85" />
      <source>fusionner</source>
      <translation>merge</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/lifecycle.py" line="85" />
      <source>remodeler</source>
      <translation>reshape</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/lifecycle.py" line="86" />
      <source>retirer</source>
      <translation>retire</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/lifecycle.py" line="86" />
      <source>répondre au second avis sur</source>
      <translation>answer the second opinion on</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/lifecycle.py" line="87" />
      <source>trancher le désaccord sur</source>
      <translation>settle the disagreement on</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/lifecycle.py" line="99" />
      <source>l'élément {item_id}</source>
      <translation>item {item_id}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/lifecycle.py" line="99" />
      <source>cet élément</source>
      <translation>this item</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/lifecycle.py" line="103" />
      <source>Impossible {of}{verb} {what} : il est {state}.</source>
      <translation>Cannot {verb} {what}: it is {state}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/opinions.py" line="70" />
      <source>L'élément {item_id} n'a pas été tiré pour un second avis.</source>
      <translation>Item {item_id} was not drawn for a second opinion.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/opinions.py" line="152" />
      <source>Le second avis sur l'élément {item_id} est réservé par {owner}. Rien n'a été enregistré.</source>
      <translation>The second opinion on item {item_id} is reserved by {owner}. Nothing was recorded.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/opinions.py" line="107" />
      <source>Un autre tirage de seconds avis vient d'être fait : relancez la commande.</source>
      <translation>Another draw of second opinions was just made: run the command again.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/opinions.py" line="177" />
      <source>L'élément {item_id} est {state} : il n'y a pas de décision à comparer ; rien n'a été enregistré.</source>
      <translation>Item {item_id} is {state}: there is no decision to compare with; nothing was recorded.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/opinions.py" line="180" />
      <source>Vous avez décidé l'élément {item_id} : le second avis doit venir de quelqu'un d'autre.</source>
      <translation>You decided item {item_id}: the second opinion must come from someone else.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/opinions.py" line="203" />
      <source>Vous avez donné l'un des deux avis sur l'élément {item_id} : un autre validateur doit trancher.</source>
      <translation>You gave one of the two opinions on item {item_id}: another validator must settle it.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/pg.py" line="629" />
      <source>le schéma « {schema} » de {database}</source>
      <translation>schema "{schema}" of {database}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/pg.py" line="187" />
      <source>Connexion à PostgreSQL perdue ({spec}) : rien n'a été enregistré. Réessayez quand la base est de nouveau joignable.</source>
      <translation>Connection to PostgreSQL lost ({spec}): nothing was saved. Try again when the database can be reached.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/pg.py" line="641" />
      <source>Plusieurs campagnes dans {where} : choisissez-en une ({names}).</source>
      <translation>Several campaigns in {where}: choose one ({names}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/pg.py" line="623" />
      <source>Nom de schéma PostgreSQL invalide : « {schema} ».</source>
      <translation>Invalid PostgreSQL schema name: "{schema}".</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/pg.py" line="640" />
      <source>Aucune campagne dans {where}.</source>
      <translation>No campaign in {where}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/pg.py" line="670" />
      <source>La campagne « {name} » existe déjà dans le schéma « {schema} » : choisissez un autre nom.</source>
      <translation>The campaign "{name}" already exists in schema "{schema}": choose another name.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/pg.py" line="674" />
      <source>Un lot emporté (checkout) se rentre avec `checkin`, il ne devient pas une campagne.</source>
      <translation>A checkout goes back with `checkin`; it does not become a campaign.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/pg.py" line="195" />
      <source>Erreur PostgreSQL : {text}. Rien n'a été enregistré.</source>
      <translation>PostgreSQL error: {text}. Nothing was saved.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/pg.py" line="350" />
      <source>Ce magasin de revue est fermé.</source>
      <translation>This review store is closed.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/pg.py" line="634" />
      <source>Pas de campagne « {wanted} » dans {where} ; campagnes : {names}.</source>
      <translation>No campaign "{wanted}" in {where}; campaigns: {names}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/pg.py" line="636" />
      <source>Pas de campagne « {wanted} » dans {where}.</source>
      <translation>No campaign "{wanted}" in {where}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/pg.py" line="197" />
      <source>PostgreSQL refuse l'opération : {text}. Rien n'a été enregistré.</source>
      <translation>PostgreSQL refuses the operation: {text}. Nothing was saved.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/pg.py" line="326" />
      <source>Le compte « {login} » n'a pas accès au magasin de revue « {schema} » ({database}) : un administrateur doit lui donner un rôle (admin grant).</source>
      <translation>The login "{login}" has no access to the review store "{schema}" ({database}): an administrator must grant it a role (admin grant).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/pg.py" line="455" />
      <source>Un même élément figure deux fois dans le lot à marquer synchronisé.</source>
      <translation>The same item appears twice in the batch to mark as synchronised.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/pg.py" line="282" />
      <source>PostGIS n'est pas installé dans {spec} : demandez à l'administrateur « CREATE EXTENSION postgis ».</source>
      <translation>PostGIS is not installed in {spec}: ask the administrator for "CREATE EXTENSION postgis".</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/pg.py" line="316" />
      <source>Le schéma « {schema} » de {spec} n'est pas un magasin de revue OCS GE Review.</source>
      <translation>Schema "{schema}" of {spec} is not an OCS GE Review store.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/pg_access.py" line="73" />
      <source>photo-interprète</source>
      <translation>photo-interpreter</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/pg_access.py" line="73" />
      <source>validateur</source>
      <translation>validator</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/pg_access.py" line="73" />
      <source>administrateur</source>
      <translation>administrator</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/pg_access.py" line="88" />
      <source>Rôle inconnu : « {role} » (attendu : {roles}).</source>
      <translation>Unknown role: "{role}" (expected: {roles}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/pg_access.py" line="97" />
      <source>Aucun département donné (par exemple --departments 32,69).</source>
      <translation>No département given (for example --departments 32,69).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/pg_access.py" line="243" />
      <source>Les fonctions PostGIS {functions} restent ouvertes à tous dans cette base : elles donnent l'emprise des éléments de tous les départements. Relancez admin init avec un superutilisateur PostgreSQL pour les fermer.</source>
      <translation>The PostGIS functions {functions} stay open to everyone in this database: they give the extent of the items of every département. Run admin init again as a PostgreSQL superuser to close them.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/pg_access.py" line="376" />
      <source>Fonction(s) SECURITY DEFINER sans search_path fixé dans « {schema} » : {loose}.</source>
      <translation>SECURITY DEFINER function(s) without a fixed search_path in "{schema}": {loose}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/pg_access.py" line="668" />
      <source>Nom de table de production manquant (--production-table).</source>
      <translation>Production table name missing (--production-table).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/pg_access.py" line="158" />
      <source>{what} : {detail}.{hint}</source>
      <translation>{what}: {detail}.{hint}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/pg_access.py" line="286" />
      <source>Le schéma « {schema} » n'a pas les tables du magasin de revue ({missing}) : créez-le d'abord (admin init).</source>
      <translation>Schema "{schema}" lacks the review store's tables ({missing}): create it first (admin init).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/pg_access.py" line="688" />
      <source>Table de production introuvable : « {where} » (--production-table).</source>
      <translation>Production table not found: "{where}" (--production-table).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/pg_access.py" line="692" />
      <source>La table de production « {where} » n'a pas de colonne « {department_column} » : ajoutez-la et remplissez-la avant d'installer les droits, par exemple ALTER TABLE {where} ADD COLUMN {department_column} text; UPDATE {where} SET {department_column} = '32'; (le code du département de chaque ligne), ou nommez la colonne existante avec --department-column.</source>
      <translation>Production table "{where}" has no column "{department_column}": add and fill it before installing the privileges, for example ALTER TABLE {where} ADD COLUMN {department_column} text; UPDATE {where} SET {department_column} = '32'; (each row's département code), or name the existing column with --department-column.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/pg_access.py" line="829" />
      <source>Le compte « {user} » n'existe pas : un mot de passe est nécessaire pour le créer.</source>
      <translation>The account "{user}" does not exist: a password is needed to create it.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/pg_access.py" line="846" />
      <source>Le compte PostgreSQL « {user} » n'existe pas.</source>
      <translation>The PostgreSQL account "{user}" does not exist.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/pg_access.py" line="159" />
      <source>Lancez la commande avec le propriétaire du schéma ou un superutilisateur PostgreSQL (droit CREATEROLE pour les comptes).</source>
      <translation>Run the command as the schema's owner or a PostgreSQL superuser (CREATEROLE privilege for accounts).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/rules.py" line="54" />
      <source>Colonnes manquantes pour créer la campagne : {missing}.</source>
      <translation>Columns missing to create the campaign: {missing}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/rules.py" line="62" />
      <source>L'élément {item_id} est réservé par {owner} : votre réservation a expiré et il a été repris. Rien n'a été enregistré.</source>
      <translation>Item {item_id} is claimed by {owner}: your claim expired and it was taken over. Nothing was saved.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/rules.py" line="78" />
      <source>Signalement inconnu « {flag} » (attendu : {kinds}).</source>
      <translation>Unknown flag "{flag}" (expected: {kinds}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/rules.py" line="83" />
      <source>La nouvelle géométrie de l'élément {item_id}</source>
      <translation>The new geometry of item {item_id}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/rules.py" line="94" />
      <source>Décision incohérente sur l'élément {item_id} : « {action} » avec les codes {cs} / {us} (le modèle proposait {model_cs} / {model_us}).</source>
      <translation>Inconsistent decision on item {item_id}: "{action}" with codes {cs} / {us} (the model proposed {model_cs} / {model_us}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/rules.py" line="104" />
      <source>La nouvelle géométrie de l'élément {item_id} ne recouvre pas l'ancienne.</source>
      <translation>The new geometry of item {item_id} does not overlap the old one.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/rules.py" line="112" />
      <source>Un découpage de l'élément {item_id} demande au moins deux parties.</source>
      <translation>A split of item {item_id} needs at least two parts.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/rules.py" line="125" />
      <source>Une fusion sur l'élément {item_id} demande au moins un voisin.</source>
      <translation>A merge on item {item_id} needs at least one neighbour.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/rules.py" line="128" />
      <source>L'élément {item_id} ne peut pas être fusionné avec lui-même.</source>
      <translation>Item {item_id} cannot be merged with itself.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/rules.py" line="135" />
      <source>Un rejet demande un motif.</source>
      <translation>A rejection needs a reason.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/rules.py" line="67" />
      <source>L'élément {item_id} n'est plus réservé pour vous : il est {state}.</source>
      <translation>Item {item_id} is no longer claimed for you: it is {state}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/rules.py" line="85" />
      <source>Remodeler l'élément {item_id} demande sa nouvelle géométrie.</source>
      <translation>Reshaping item {item_id} needs its new geometry.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/rules.py" line="115" />
      <source>La partie {k} du découpage de l'élément {item_id}</source>
      <translation>Part {k} of the split of item {item_id}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/synthetic/demo.py" line="424" />
      <source>Département {department} ({name}), EPSG:{epsg}</source>
      <translation>Département {department} ({name}), EPSG:{epsg}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/synthetic/demo.py" line="426" />
      <source>{count} polygones, {area}, surface médiane {median} m²</source>
      <translation>{count} polygons, {area}, median area {median} m²</translation>
    </message>
    <message>
      <location filename="../ocsge_review/synthetic/demo.py" line="428" />
      <source>Exactitude du modèle simulé : couverture {cs}, usage {us}</source>
      <translation>Accuracy of the simulated model: land cover {cs}, land use {us}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/synthetic/demo.py" line="276" />
      <source>Nombre de polygones hors limites : {polygons} (de {min} à {max}).</source>
      <translation>Number of polygons out of range: {polygons} (from {min} to {max}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/synthetic/orthophoto.py" line="219" />
      <source>Code de couverture inconnu : {code}.</source>
      <translation>Unknown couverture code: {code}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/synthetic/simulate.py" line="35" />
      <source>{decisions} décisions en {seconds} s ({rate}/s), dont {corrections} corrections ; {errors_made} erreurs simulées ; {lost_locks} réservations perdues. Par interprète : {users}.</source>
      <translation>{decisions} decisions in {seconds} s ({rate}/s), {corrections} of them corrections; {errors_made} simulated errors; {lost_locks} claims lost. Per interpreter: {users}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/synthetic/simulate.py" line="96" />
      <source>Il faut au moins un interprète simulé.</source>
      <translation>At least one simulated interpreter is needed.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/synthetic/simulate.py" line="98" />
      <source>Taux d'erreur hors de [0, 1] : {error_rate}.</source>
      <translation>Error rate outside [0, 1]: {error_rate}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/synthetic/simulate.py" line="100" />
      <source>Limite négative : {limit}.</source>
      <translation>Negative limit: {limit}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/synthetic/simulate.py" line="41" />
      <source>{opinions} seconds avis, dont {disputes} désaccords tranchés par le validateur.</source>
      <translation>{opinions} second opinions, of which {disputes} disagreements settled by the validator.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/synthetic/simulate.py" line="51" />
      <source>Vérité terrain illisible « {path} » : {detail}.</source>
      <translation>Cannot read the ground truth "{path}": {detail}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/synthetic/simulate.py" line="125" />
      <source>L'élément {id} (source {source_id}) n'est pas dans la vérité terrain.</source>
      <translation>Item {id} (source {source_id}) is not in the ground truth.</translation>
    </message>
    <message>
      <source>La base de production a refusé la synchronisation ({spec}) : {detail} Rien de ce lot n'a été écrit.</source>
      <translation type="vanished">The production database refused the sync ({spec}): {detail} Nothing of this batch was written.</translation>
    </message>
    <message>
      <source>La table d'indicateurs « {table} » n'a pas pu être écrite ({database}) : {detail} Rien n'a été écrit.</source>
      <translation type="vanished">The indicators table "{table}" could not be written ({database}): {detail} Nothing was written.</translation>
    </message>
    <message>
      <source>Le dossier « {parent} » n'existe pas.</source>
      <translation type="vanished">The folder "{parent}" does not exist.</translation>
    </message>
    <message>
      <source>Exactitude globale : {estimate:.3f} ± {se:.3f} (IC 95 % {low:.3f}–{high:.3f}), {n} unités d'échantillon</source>
      <translation type="vanished">Overall accuracy: {estimate:.3f} ± {se:.3f} (95% CI {low:.3f}–{high:.3f}), {n} sample units</translation>
    </message>
    <message>
      <source>  {c}: utilisateur {users}, producteur {producers}, surface {proportion:.3f} ({estimate:.6g} ± {se:.6g})</source>
      <translation type="vanished">  {c}: user's {users}, producer's {producers}, area {proportion:.3f} ({estimate:.6g} ± {se:.6g})</translation>
    </message>
    <message>
      <source>{decisions} décisions en {seconds:.1f} s ({rate:.0f}/s), dont {corrections} corrections ; {errors_made} erreurs simulées ; {lost_locks} réservations perdues. Par interprète : {users}.</source>
      <translation type="vanished">{decisions} decisions in {seconds:.1f} s ({rate:.0f}/s), {corrections} of them corrections; {errors_made} simulated errors; {lost_locks} claims lost. Per interpreter: {users}.</translation>
    </message>
    <message>
      <source>Le dossier « {folder} » n'est pas accessible en écriture.</source>
      <translation type="vanished">The folder "{folder}" is not writable.</translation>
    </message>
    <message>
      <source>Le plan de production {name} est vide.</source>
      <translation type="vanished">The production plan {name} is empty.</translation>
    </message>
    <message>
      <source>{name}, ligne 1 : colonne(s) manquante(s) {missing} ; attendu : date,planned_km2 (et facultativement department).</source>
      <translation type="vanished">{name}, line 1: missing column(s) {missing}; expected: date,planned_km2 (and optionally department).</translation>
    </message>
  </context>
  <context>
    <name>LoadDialog</name>
    <message>
      <location filename="../resources/load_dialog.ui" />
      <source>Charger une sortie du modèle</source>
      <translation>Load a model output</translation>
    </message>
    <message>
      <location filename="../resources/load_dialog.ui" />
      <source>Sortie du modèle</source>
      <translation>Model output</translation>
    </message>
    <message>
      <location filename="../resources/load_dialog.ui" />
      <source>Fichier</source>
      <translation>File</translation>
    </message>
    <message>
      <location filename="../resources/load_dialog.ui" />
      <source>Couche du projet</source>
      <translation>Project layer</translation>
    </message>
    <message>
      <location filename="../resources/load_dialog.ui" />
      <source>Couche du fichier</source>
      <translation>Layer in the file</translation>
    </message>
    <message>
      <location filename="../resources/load_dialog.ui" />
      <source>Correspondance des champs (détectée automatiquement, modifiable)</source>
      <translation>Field mapping (detected automatically, editable)</translation>
    </message>
    <message>
      <location filename="../resources/load_dialog.ui" />
      <source>Rôle</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../resources/load_dialog.ui" />
      <source>Champ</source>
      <translation>Field</translation>
    </message>
    <message>
      <location filename="../resources/load_dialog.ui" />
      <source>Raster de probabilités (facultatif : GeoTIFF, VRT ou dossier de dalles)</source>
      <translation>Probability raster (optional: GeoTIFF, VRT or folder of tiles)</translation>
    </message>
    <message>
      <location filename="../resources/load_dialog.ui" />
      <source>Fichier…</source>
      <translation>File…</translation>
    </message>
    <message>
      <location filename="../resources/load_dialog.ui" />
      <source>Dossier…</source>
      <translation>Folder…</translation>
    </message>
    <message>
      <location filename="../resources/load_dialog.ui" />
      <source>GeoPackage de sortie</source>
      <translation>Output GeoPackage</translation>
    </message>
  </context>
</TS>
