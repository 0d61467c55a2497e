<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
  <context>
    <name>@default</name>
    <message>
      <location filename="../ui/campaign_dialog.py" line="77" />
      <source>File de revue</source>
      <translation>Review queue</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="77" />
      <source>Acceptés automatiquement</source>
      <translation>Auto-accepted</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="77" />
      <source>Échantillon de contrôle</source>
      <translation>Audit sample</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="51" />
      <source>OCS GE Review : création de la campagne</source>
      <translation>OCS GE Review: creating the campaign</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="51" />
      <source>OCS GE Review : aperçu de la campagne</source>
      <translation>OCS GE Review: campaign preview</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="91" />
      <source>Nouvelle campagne de revue</source>
      <translation>New review campaign</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="102" />
      <source>Sortie du modèle</source>
      <translation>Model output</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="107" />
      <source>Sorties du modèle (*.gpkg *.shp *.fgb);;Tous les fichiers (*)</source>
      <translation>Model outputs (*.gpkg *.shp *.fgb);;All files (*)</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="112" />
      <source>Rasters (*.tif *.tiff *.vrt);;Tous les fichiers (*)</source>
      <translation>Rasters (*.tif *.tiff *.vrt);;All files (*)</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="115" />
      <source>(choisir)</source>
      <translation>(choose)</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="118" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="121" />
      <source>Raster de probabilités (facultatif)</source>
      <translation>Probability raster (optional)</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="122" />
      <source>ou dossier de dalles</source>
      <translation>or folder of tiles</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="123" />
      <source>Département</source>
      <translation>Département</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="124" />
      <source>Magasin de revue à créer</source>
      <translation>Review store to create</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="131" />
      <source>Territoire</source>
      <translation>Territory</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="133" />
      <source>Tout le département</source>
      <translation>The whole département</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="134" />
      <source>Emprise actuelle de la carte</source>
      <translation>Current map extent</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="135" />
      <source>Polygones d'une couche</source>
      <translation>Polygons of a layer</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="142" />
      <source>Entités sélectionnées uniquement</source>
      <translation>Selected features only</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="153" />
      <source>Politique de tri</source>
      <translation>Triage policy</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="163" />
      <source>Taille de l'échantillon de contrôle</source>
      <translation>Audit sample size</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="164" />
      <source>Erreur-type visée (%)</source>
      <translation>Target standard error (%)</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="173" />
      <source>Seuil de confiance pour l'acceptation automatique</source>
      <translation>Confidence threshold for auto-acceptance</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="174" />
      <source>Score d'incertitude</source>
      <translation>Uncertainty score</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="175" />
      <source>Poids de la surface</source>
      <translation>Area weight</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="176" />
      <source>Bonus d'artificialisation</source>
      <translation>Artificialisation boost</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="179" />
      <source>Graine du tirage</source>
      <translation>Sampling seed</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="200" />
      <source>Aperçu</source>
      <translation>Preview</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="217" />
      <source>Créer la campagne</source>
      <translation>Create the campaign</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="218" />
      <source>Annuler le calcul</source>
      <translation>Cancel the computation</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="219" />
      <source>Fermer</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="359" />
      <source>Calcul en cours…</source>
      <translation>Computing…</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="389" />
      <source>Aperçu prêt : rien n'a encore été écrit.</source>
      <translation>Preview ready: nothing has been written yet.</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="104" />
      <source>Fichier</source>
      <translation>File</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="104" />
      <source>Couche du projet</source>
      <translation>Project layer</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="158" />
      <source>probabilité de la classe retenue</source>
      <translation>probability of the chosen class</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="158" />
      <source>marge entre les deux premières</source>
      <translation>margin between the top two</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="159" />
      <source>entropie</source>
      <translation>entropy</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="203" />
      <source>Polygones</source>
      <translation>Polygons</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="203" />
      <source>km²</source>
      <translation>km²</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="270" />
      <source>Choisissez une couche de polygones du projet.</source>
      <translation>Choose a polygon layer of the project.</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="286" />
      <source>Choisissez la couche de polygones du territoire.</source>
      <translation>Choose the territory's polygon layer.</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="309" />
      <source>Choisissez le département de la campagne.</source>
      <translation>Choose the campaign's département.</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="330" />
      <source>Choisissez le fichier du magasin de revue.</source>
      <translation>Choose the review store file.</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="381" />
      <source>Calcul annulé : rien n'a été écrit.</source>
      <translation>Computation cancelled: nothing was written.</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="404" />
      <source>Campagne écrite dans « {path} ».</source>
      <translation>Campaign written to "{path}".</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="266" />
      <source>Choisissez la sortie du modèle.</source>
      <translation>Choose the model output.</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="293" />
      <source>{layer} (entités sélectionnées : {count})</source>
      <translation>{layer} (selected features: {count})</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="57" />
      <source>Erreur inattendue pendant la préparation de la campagne : {error}. Les détails sont dans le journal des messages.</source>
      <translation>Unexpected error while preparing the campaign: {error}. The details are in the message log.</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="289" />
      <source>Aucune entité sélectionnée dans « {layer} ».</source>
      <translation>No feature selected in "{layer}".</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="333" />
      <source>Le magasin de revue « {path} » existe déjà : choisissez un autre fichier.</source>
      <translation>The review store "{path}" already exists: choose another file.</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="204" />
      <source>Conflits de synchronisation</source>
      <translation>Sync conflicts</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="36" />
      <source>Base (à l'entrée dans la campagne)</source>
      <translation>Base (when it entered the campaign)</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="36" />
      <source>La leur (production aujourd'hui)</source>
      <translation>Theirs (production today)</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="37" />
      <source>La mienne (revue validée)</source>
      <translation>Mine (validated review)</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="92" />
      <source>Garder la mienne</source>
      <translation>Keep mine</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="94" />
      <source>Appliquer la version revue à la production, par-dessus la leur</source>
      <translation>Apply the reviewed version to production, over theirs</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="96" />
      <source>Prendre la leur</source>
      <translation>Take theirs</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="98" />
      <source>Laisser la production telle quelle ; l'élément est clos</source>
      <translation>Leave production as it is; the item is closed</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="100" />
      <source>Renvoyer en revue…</source>
      <translation>Send back to review…</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="102" />
      <source>Rendre l'élément à son photo-interprète, avec un motif</source>
      <translation>Return the item to its photo-interpreter, with a reason</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="235" />
      <source>Renvoyer en revue</source>
      <translation>Send back to review</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="236" />
      <source>Motif (montré en premier au photo-interprète) :</source>
      <translation>Reason (shown first to the photo-interpreter):</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="237" />
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
      <location filename="../ui/conflicts_panel.py" line="145" />
      <source>(supprimée)</source>
      <translation>(deleted)</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="173" />
      <source>(géométrie de production gardée)</source>
      <translation>(production geometry kept)</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="253" />
      <source>votre version appliquée</source>
      <translation>your version applied</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="253" />
      <source>version de production gardée</source>
      <translation>production version kept</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="254" />
      <source>renvoyé en revue</source>
      <translation>sent back to review</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="79" />
      <source>Couverture</source>
      <translation>Cover</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="79" />
      <source>Usage</source>
      <translation>Use</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="80" />
      <source>Surface</source>
      <translation>Area</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="119" />
      <source>Campagne « {0} » : {1} conflit(s) à résoudre.</source>
      <translation>Campaign “{0}”: {1} conflict(s) to resolve.</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="255" />
      <source>Conflit de l'élément {0} résolu : {1} ({2} élément(s)).</source>
      <translation>Conflict of item {0} resolved: {1} ({2} item(s)).</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="153" />
      <source>{0} m²</source>
      <translation>{0} m²</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="25" />
      <source>Avancement</source>
      <translation>Progress</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="25" />
      <source>Reprise par département</source>
      <translation>Rework by département</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="25" />
      <source>Reprise par classe</source>
      <translation>Rework by class</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="26" />
      <source>Matrice de transition (couverture)</source>
      <translation>Transition matrix (land cover)</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="26" />
      <source>Exactitude</source>
      <translation>Accuracy</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="26" />
      <source>Coût par km²</source>
      <translation>Cost per km²</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="50" />
      <source>Tableau de bord</source>
      <translation>Dashboard</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="71" />
      <source>Période et coûts</source>
      <translation>Period and costs</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="79" />
      <source>Mois</source>
      <translation>Month</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="82" />
      <source>Plan de production (*.csv)</source>
      <translation>Production plan (*.csv)</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="83" />
      <source>Facultatif : CSV date,planned_km2 (et facultativement department)</source>
      <translation>Optional: CSV date,planned_km2 (and optionally department)</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="84" />
      <source>Plan (CSV)</source>
      <translation>Plan (CSV)</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="86" />
      <source>Coût horaire</source>
      <translation>Hourly cost</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="88" />
      <source>Coût fixe</source>
      <translation>Fixed cost</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="89" />
      <source>Actualiser</source>
      <translation>Refresh</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="95" />
      <source>Chiffres du mois</source>
      <translation>Figures of the month</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="99" />
      <source>Taux de reprise</source>
      <translation>Rework rate</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="99" />
      <source>Exactitude CS (IC 95 %)</source>
      <translation>CS accuracy (95 % CI)</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="100" />
      <source>Exactitude US (IC 95 %)</source>
      <translation>US accuracy (95 % CI)</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="100" />
      <source>km² validés / prévus (mois)</source>
      <translation>km² validated / planned (month)</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="101" />
      <source>Taux d'automatisation</source>
      <translation>Automation rate</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="123" />
      <source>(cliquer sur « Actualiser »)</source>
      <translation>(click “Refresh”)</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="65" />
      <source>Campagne « {name} » — département {code} ({dept})</source>
      <translation>Campaign “{name}” — département {code} ({dept})</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="164" />
      <source>{rate} ({n} polygones revus)</source>
      <translation>{rate} ({n} polygons reviewed)</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="172" />
      <source>— (pas assez de polygones revus)</source>
      <translation>— (not enough polygons reviewed)</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="169" />
      <source>{value} ({low} – {high})</source>
      <translation>{value} ({low} – {high})</translation>
    </message>
    <message>
      <location filename="../ui/dependencies.py" line="70" />
      <source>OCS GE Review : le module Python « {module} » est en version {version}, il faut la version {major} ou plus récente. Installez-la avec : {command}</source>
      <translation>OCS GE Review: the Python module "{module}" is version {version}; version {major} or newer is required. Install it with: {command}</translation>
    </message>
    <message>
      <location filename="../ui/dependencies.py" line="64" />
      <source>OCS GE Review : le module Python « {module} » est introuvable. Installez-le avec : {command}</source>
      <translation>OCS GE Review: the Python module "{module}" cannot be found. Install it with: {command}</translation>
    </message>
    <message>
      <location filename="../ui/layers.py" line="102" />
      <source>La couche « {name} » (fournisseur « {provider} ») n'est pas lisible par OCS GE Review : enregistrez-la en GeoPackage, puis chargez ce fichier.</source>
      <translation>OCS GE Review cannot read the layer "{name}" (provider "{provider}"): save it as a GeoPackage, then load that file.</translation>
    </message>
    <message>
      <location filename="../ui/layers.py" line="95" />
      <source>La couche « {name} » a un filtre : le calcul porterait sur toute la table. Exportez la sélection en GeoPackage, puis chargez ce fichier.</source>
      <translation>The layer "{name}" has a filter: the computation would cover the whole table. Export the selection to a GeoPackage, then load that file.</translation>
    </message>
    <message>
      <location filename="../ui/layers.py" line="99" />
      <source>La couche « {name} » est une requête SQL, pas une table : enregistrez-la en GeoPackage, puis chargez ce fichier.</source>
      <translation>The layer "{name}" is an SQL query, not a table: save it as a GeoPackage, then load that file.</translation>
    </message>
    <message>
      <location filename="../ui/load_dialog.py" line="29" />
      <source>Identifiant</source>
      <translation>Identifier</translation>
    </message>
    <message>
      <location filename="../ui/load_dialog.py" line="30" />
      <source>Code de couverture (CS)</source>
      <translation>Land cover code (CS)</translation>
    </message>
    <message>
      <location filename="../ui/load_dialog.py" line="31" />
      <source>Code d'usage (US)</source>
      <translation>Land use code (US)</translation>
    </message>
    <message>
      <location filename="../ui/load_dialog.py" line="32" />
      <source>Confiance de la couverture</source>
      <translation>Land cover confidence</translation>
    </message>
    <message>
      <location filename="../ui/load_dialog.py" line="33" />
      <source>Confiance de l'usage</source>
      <translation>Land use confidence</translation>
    </message>
    <message>
      <location filename="../ui/load_dialog.py" line="45" />
      <source>{dim} : probabilité n° {rank}</source>
      <translation>{dim}: probability #{rank}</translation>
    </message>
    <message>
      <location filename="../ui/load_dialog.py" line="199" />
      <source>Raster de probabilités</source>
      <translation>Probability raster</translation>
    </message>
    <message>
      <location filename="../ui/load_dialog.py" line="205" />
      <source>Dossier de dalles de probabilités</source>
      <translation>Folder of probability tiles</translation>
    </message>
    <message>
      <location filename="../ui/load_dialog.py" line="38" />
      <source>Probabilité de {code}</source>
      <translation>Probability of {code}</translation>
    </message>
    <message>
      <location filename="../ui/load_dialog.py" line="44" />
      <source>{dim} : classe n° {rank}</source>
      <translation>{dim}: class #{rank}</translation>
    </message>
    <message>
      <location filename="../ui/load_dialog.py" line="173" />
      <source>(aucun)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <location filename="../ui/load_dialog.py" line="141" />
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
      <location filename="../ui/plugin.py" line="57" />
      <source>Charger une sortie du modèle…</source>
      <translation>Load a model output…</translation>
    </message>
    <message>
      <location filename="../ui/plugin.py" line="62" />
      <source>Nouvelle campagne de revue…</source>
      <translation>New review campaign…</translation>
    </message>
    <message>
      <location filename="../ui/plugin.py" line="67" />
      <source>Panneau de revue…</source>
      <translation>Review panel…</translation>
    </message>
    <message>
      <location filename="../ui/plugin.py" line="72" />
      <source>Panneau de validation…</source>
      <translation>Validation panel…</translation>
    </message>
    <message>
      <location filename="../ui/plugin.py" line="77" />
      <source>Tableau de bord…</source>
      <translation>Dashboard…</translation>
    </message>
    <message>
      <location filename="../ui/plugin.py" line="82" />
      <source>Conflits de synchronisation…</source>
      <translation>Sync conflicts…</translation>
    </message>
    <message>
      <location filename="../ui/plugin.py" line="217" />
      <source>Panneau de validation</source>
      <translation>Validation panel</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="63" />
      <source>Doute</source>
      <translation>Doubt</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="63" />
      <source>Image inexploitable</source>
      <translation>Unusable imagery</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="64" />
      <source>Géométrie à reprendre</source>
      <translation>Geometry needs work</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="106" />
      <source>Revue OCS GE</source>
      <translation>OCS GE review</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="162" />
      <source>Contrôle à l'aveugle</source>
      <translation>Blind audit</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="169" />
      <source>Couverture (CS)</source>
      <translation>Land cover (CS)</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="173" />
      <source>Usage (US)</source>
      <translation>Land use (US)</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="194" />
      <source>Commentaire (C) — Entrée enregistre, Échap revient</source>
      <translation>Comment (C) — Enter records, Esc goes back</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="199" />
      <source>Enregistrer</source>
      <translation>Record</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="200" />
      <source>Suivant</source>
      <translation>Next</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="201" />
      <source>Passer</source>
      <translation>Skip</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="202" />
      <source>Annuler</source>
      <translation>Undo</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="216" />
      <source>Modifier la géométrie</source>
      <translation>Edit the geometry</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="217" />
      <source>Fusionner la sélection</source>
      <translation>Merge the selection</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="218" />
      <source>Couple → parties sélectionnées</source>
      <translation>Pair → selected parts</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="230" />
      <source>Temps sur l'élément</source>
      <translation>Time on item</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="232" />
      <source>Cette session</source>
      <translation>This session</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="634" />
      <source>Abandonner la géométrie</source>
      <translation>Give up the geometry edit</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="639" />
      <source>Découpez ou remodelez avec les outils de QGIS, puis Entrée. Les parties prennent le couple choisi, ou le leur (« Couple → parties sélectionnées »).</source>
      <translation>Split or reshape with QGIS's tools, then Enter. Parts take the chosen pair, or their own ("Pair → selected parts").</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="728" />
      <source>Décision annulée : l'élément est de nouveau à vous.</source>
      <translation>Decision undone: the item is yours again.</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="256" />
      <source>Revue : enregistrer le couple choisi</source>
      <translation>Review: record the chosen pair</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="257" />
      <source>Revue : enregistrer (pavé numérique)</source>
      <translation>Review: record (keypad)</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="258" />
      <source>Revue : élément suivant</source>
      <translation>Review: next item</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="259" />
      <source>Revue : élément suivant (espace)</source>
      <translation>Review: next item (space)</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="260" />
      <source>Revue : passer l'élément</source>
      <translation>Review: skip the item</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="261" />
      <source>Revue : signaler un doute</source>
      <translation>Review: flag a doubt</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="262" />
      <source>Revue : signaler une image inexploitable</source>
      <translation>Review: flag unusable imagery</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="263" />
      <source>Revue : signaler une géométrie à reprendre</source>
      <translation>Review: flag geometry that needs work</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="264" />
      <source>Revue : écrire un commentaire</source>
      <translation>Review: write a comment</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="265" />
      <source>Revue : passer de la couverture à l'usage et inversement</source>
      <translation>Review: switch between cover and use</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="267" />
      <source>Revue : annuler la dernière décision</source>
      <translation>Review: undo the last decision</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="268" />
      <source>Revue : modifier la géométrie (découper, remodeler) ou l'abandonner</source>
      <translation>Review: edit the geometry (split, reshape) or give the edit up</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="270" />
      <source>Revue : fusionner avec les voisins sélectionnés</source>
      <translation>Review: merge with the selected neighbours</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="380" />
      <source>Enregistrez (Entrée) ou passez (S) l'élément en cours avant le suivant.</source>
      <translation>Record (Enter) or skip (S) the current item before the next one.</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="439" />
      <source>Plus aucun élément à revoir : merci !</source>
      <translation>No item left to review: thank you!</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="483" />
      <source>Artificialisé</source>
      <translation>Artificialised</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="486" />
      <source>Non artificialisé</source>
      <translation>Not artificialised</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="539" />
      <source>Choisissez une couverture et un usage avant d'enregistrer.</source>
      <translation>Choose a land cover and a land use before recording.</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="556" />
      <source>La couche de travail ne contient plus aucune partie : annulez ses suppressions, ou abandonnez la modification de la géométrie (E).</source>
      <translation>The work layer holds no part any more: undo the deletions, or give the geometry edit up (E).</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="560" />
      <source>Un découpage s'enregistre avec Entrée, sans signalement : écrivez votre doute en commentaire (C).</source>
      <translation>A split is recorded with Enter, without a flag: write your doubt as a comment (C).</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="618" />
      <source>Modification de la géométrie abandonnée.</source>
      <translation>Geometry edit given up.</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="660" />
      <source>Sélectionnez d'abord des parties dans la couche de travail.</source>
      <translation>First select parts in the work layer.</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="674" />
      <source>Sélectionnez sur la carte les voisins à fusionner (outil de sélection de QGIS, couche de revue), puis M.</source>
      <translation>Select the neighbours to merge on the map (QGIS's selection tool, review layer), then M.</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="707" />
      <source>Aucune décision à annuler dans cette session.</source>
      <translation>No decision to undo in this session.</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="806" />
      <source>confirmé</source>
      <translation>confirmed</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="806" />
      <source>corrigé</source>
      <translation>corrected</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="806" />
      <source>signalé</source>
      <translation>flagged</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="806" />
      <source>découpé</source>
      <translation>split</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="807" />
      <source>fusionné</source>
      <translation>merged</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="807" />
      <source>remodelé</source>
      <translation>reshaped</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="307" />
      <source>Revue — {name}</source>
      <translation>Review — {name}</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="449" />
      <source>Élément {id} (source {source}) — {area} m²</source>
      <translation>Item {id} (source {source}) — {area} m²</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="592" />
      <source>Enregistré ({action}). N ou Espace : élément suivant.</source>
      <translation>Recorded ({action}). N or Space: next item.</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="624" />
      <source>Revue — géométrie de l'élément {id}</source>
      <translation>Review — geometry of item {id}</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="769" />
      <source>Faits : {done} ({done_km2} km²) · restants : {left} ({left_km2} km²)</source>
      <translation>Done: {done} ({done_km2} km²) · left: {left} ({left_km2} km²)</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="771" />
      <source>Décisions : {decisions} · corrections : {corrections}</source>
      <translation>Decisions: {decisions} · corrections: {corrections}</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="310" />
      <source>La couche des éléments de « {path} » ne s'ouvre pas dans QGIS.</source>
      <translation>The items layer of “{path}” does not open in QGIS.</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="447" />
      <source>Renvoyé par le validateur : {reason}</source>
      <translation>Sent back by the validator: {reason}</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="273" />
      <source>Revue : proposition n° {n} (couverture puis usage)</source>
      <translation>Review: proposal no. {n} (cover, then use)</translation>
    </message>
    <message>
      <location filename="../ui/store_dialog.py" line="58" />
      <source>Fichier GeoPackage</source>
      <translation>GeoPackage file</translation>
    </message>
    <message>
      <location filename="../ui/store_dialog.py" line="60" />
      <source>Base PostgreSQL (connexion QGIS)</source>
      <translation>PostgreSQL database (QGIS connection)</translation>
    </message>
    <message>
      <location filename="../ui/store_dialog.py" line="79" />
      <source>Connexion</source>
      <translation>Connection</translation>
    </message>
    <message>
      <location filename="../ui/store_dialog.py" line="82" />
      <source>Schéma</source>
      <translation>Schema</translation>
    </message>
    <message>
      <location filename="../ui/store_dialog.py" line="85" />
      <source>la seule visible, si vide</source>
      <translation>the only one visible, if empty</translation>
    </message>
    <message>
      <location filename="../ui/store_dialog.py" line="86" />
      <source>Campagne</source>
      <translation>Campaign</translation>
    </message>
    <message>
      <location filename="../ui/store_dialog.py" line="106" />
      <source>Ouvrir un magasin de revue</source>
      <translation>Open a review store</translation>
    </message>
    <message>
      <location filename="../ui/store_dialog.py" line="107" />
      <source>Magasins de revue (*.gpkg);;Tous les fichiers (*)</source>
      <translation>Review stores (*.gpkg);;All files (*)</translation>
    </message>
    <message>
      <location filename="../ui/store_dialog.py" line="93" />
      <source>Base de production (connexion QGIS)</source>
      <translation>Production database (QGIS connection)</translation>
    </message>
    <message>
      <location filename="../ui/store_dialog.py" line="96" />
      <source>Table de production</source>
      <translation>Production table</translation>
    </message>
    <message>
      <location filename="../ui/store_dialog.py" line="99" />
      <source>Utilisateur</source>
      <translation>User</translation>
    </message>
    <message>
      <location filename="../ui/store_dialog.py" line="35" />
      <source>Connexion PostgreSQL « {name} » introuvable dans QGIS.</source>
      <translation>PostgreSQL connection “{name}” not found in QGIS.</translation>
    </message>
    <message>
      <location filename="../ui/store_dialog.py" line="117" />
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
      <location filename="../ui/validator_panel.py" line="57" />
      <source>Couverture erronée</source>
      <translation>Wrong cover</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="57" />
      <source>Usage erroné</source>
      <translation>Wrong use</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="58" />
      <source>Autre</source>
      <translation>Other</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="67" />
      <source>Couverture du modèle</source>
      <translation>Model cover</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="67" />
      <source>Couverture décidée</source>
      <translation>Decided cover</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="68" />
      <source>Usage du modèle</source>
      <translation>Model use</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="68" />
      <source>Usage décidé</source>
      <translation>Decided use</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="475" />
      <source>Validation</source>
      <translation>Validation</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="105" />
      <source>— choisir un motif —</source>
      <translation>— choose a reason —</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="111" />
      <source>ce que le photo-interprète doit reprendre</source>
      <translation>what the photo-interpreter must rework</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="112" />
      <source>Commentaire</source>
      <translation>Comment</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="138" />
      <source>Validation OCS GE</source>
      <translation>OCS GE validation</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="171" />
      <source>Filtres</source>
      <translation>Filters</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="175" />
      <source>Toutes</source>
      <translation>All</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="237" />
      <source>Avant / après</source>
      <translation>Before / after</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="254" />
      <source>Géométrie modifiée : avant en tirets, après en plein.</source>
      <translation>Geometry edited: before dashed, after filled.</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="263" />
      <source>Approuver</source>
      <translation>Approve</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="264" />
      <source>Rejeter…</source>
      <translation>Reject…</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="272" />
      <source>Approbation groupée</source>
      <translation>Bulk approval</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="274" />
      <source>Tirer l'échantillon de contrôle</source>
      <translation>Draw the spot-check sample</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="275" />
      <source>Approuver le reste</source>
      <translation>Approve the rest</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="336" />
      <source>Tous</source>
      <translation>All</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="599" />
      <source>Échantillon tiré : contrôlez chacun de ses éléments (surlignés), N pour passer de l'un à l'autre.</source>
      <translation>Sample drawn: check each of its items (highlighted), N to go from one to the next.</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="177" />
      <source>géométrie modifiée</source>
      <translation>geometry edited</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="194" />
      <source>Photo-interprète</source>
      <translation>Photo-interpreter</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="196" />
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="198" />
      <source>Classe</source>
      <translation>Class</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="201" />
      <source>Décidé du</source>
      <translation>Decided from</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="203" />
      <source>au</source>
      <translation>to</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="205" />
      <source>Confiance du modèle de</source>
      <translation>Model confidence from</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="207" />
      <source>à</source>
      <translation>to</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="223" />
      <source>Modèle</source>
      <translation>Model</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="224" />
      <source>Décision</source>
      <translation>Decision</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="224" />
      <source>Confiance</source>
      <translation>Confidence</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="224" />
      <source>Décidé le</source>
      <translation>Decided on</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="305" />
      <source>Validation : approuver l'élément</source>
      <translation>Validation: approve the item</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="306" />
      <source>Validation : rejeter l'élément (avec un motif)</source>
      <translation>Validation: reject the item (with a reason)</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="307" />
      <source>Validation : élément suivant à valider</source>
      <translation>Validation: next item to validate</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="377" />
      <source>Filtres changés : l'échantillon de contrôle est à tirer de nouveau.</source>
      <translation>Filters changed: draw the spot-check sample again.</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="443" />
      <source>Aucun élément à valider avec ces filtres.</source>
      <translation>No item to validate with these filters.</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="481" />
      <source>Validation — après</source>
      <translation>Validation — after</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="482" />
      <source>Validation — avant</source>
      <translation>Validation — before</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="557" />
      <source>N : élément suivant.</source>
      <translation>N: next item.</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="576" />
      <source>Plus aucun élément à valider avec ces filtres.</source>
      <translation>No item left to validate with these filters.</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="593" />
      <source>Aucun élément à approuver avec ces filtres.</source>
      <translation>No item to approve with these filters.</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="612" />
      <source>Tirez un échantillon de contrôle pour approuver ce filtre d'un coup.</source>
      <translation>Draw a spot-check sample to approve this filter at once.</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="101" />
      <source>Rejeter l'élément {id}</source>
      <translation>Reject item {id}</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="164" />
      <source>Campagne « {name} » — département {code} ({dept}) — validation par {user}</source>
      <translation>Campaign “{name}” — département {code} ({dept}) — validation by {user}</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="384" />
      <source>{shown} élément(s) affiché(s) sur {total} décidé(s) · {waiting} à valider</source>
      <translation>{shown} item(s) shown of {total} decided · {waiting} to validate</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="413" />
      <source>Votre propre décision : un autre validateur doit la valider.</source>
      <translation>Your own decision: another validator must validate it.</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="451" />
      <source>Élément {id} (source {source}) — {area} m² — {action} par {who}</source>
      <translation>Item {id} (source {source}) — {area} m² — {action} by {who}</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="617" />
      <source>Échantillon : {checked} contrôlé(s) sur {size}, tiré de {total}</source>
      <translation>Sample: {checked} checked of {size}, drawn from {total}</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="621" />
      <source>Approuver le reste ({n})</source>
      <translation>Approve the rest ({n})</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="645" />
      <source>{n} élément(s) approuvé(s) d'un coup après contrôle de {size} sur {total}.</source>
      <translation>{n} item(s) approved at once after checking {size} of {total}.</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="403" />
      <source>approuvé</source>
      <translation>approved</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="403" />
      <source>rejeté</source>
      <translation>rejected</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="455" />
      <source>Signalement : {flag}</source>
      <translation>Flag: {flag}</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="457" />
      <source>Commentaire : {comment}</source>
      <translation>Comment: {comment}</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="547" />
      <source>L'élément {id} est déjà {state}.</source>
      <translation>Item {id} is already {state}.</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="626" />
      <source>Approbation groupée refusée : tirez l'échantillon de contrôle et validez chacun de ses éléments d'abord ({left} restant(s)).</source>
      <translation>Bulk approval refused: draw the spot-check sample and validate each of its items first ({left} left).</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="648" />
      <source>{n} élément(s) non approuvé(s) : {first}</source>
      <translation>{n} item(s) not approved: {first}</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="338" />
      <source>(vous)</source>
      <translation>(you)</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="556" />
      <source>Élément {id} approuvé.</source>
      <translation>Item {id} approved.</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="556" />
      <source>Élément {id} rejeté : {reason}</source>
      <translation>Item {id} rejected: {reason}</translation>
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
