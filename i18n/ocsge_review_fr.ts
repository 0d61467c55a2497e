<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="fr_FR">
  <context>
    <name>@default</name>
    <message>
      <location filename="../ui/campaign_dialog.py" line="77" />
      <source>File de revue</source>
      <translation>File de revue</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="77" />
      <source>Acceptés automatiquement</source>
      <translation>Acceptés automatiquement</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="77" />
      <source>Échantillon de contrôle</source>
      <translation>Échantillon de contrôle</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="51" />
      <source>OCS GE Review : création de la campagne</source>
      <translation>OCS GE Review : création de la campagne</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="51" />
      <source>OCS GE Review : aperçu de la campagne</source>
      <translation>OCS GE Review : aperçu de la campagne</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="91" />
      <source>Nouvelle campagne de revue</source>
      <translation>Nouvelle campagne de revue</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="102" />
      <source>Sortie du modèle</source>
      <translation>Sortie du modèle</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="107" />
      <source>Sorties du modèle (*.gpkg *.shp *.fgb);;Tous les fichiers (*)</source>
      <translation>Sorties du modèle (*.gpkg *.shp *.fgb);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="112" />
      <source>Rasters (*.tif *.tiff *.vrt);;Tous les fichiers (*)</source>
      <translation>Rasters (*.tif *.tiff *.vrt);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="115" />
      <source>(choisir)</source>
      <translation>(choisir)</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="118" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="121" />
      <source>Raster de probabilités (facultatif)</source>
      <translation>Raster de probabilités (facultatif)</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="122" />
      <source>ou dossier de dalles</source>
      <translation>ou dossier de dalles</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="123" />
      <source>Département</source>
      <translation>Département</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="124" />
      <source>Magasin de revue à créer</source>
      <translation>Magasin de revue à créer</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="131" />
      <source>Territoire</source>
      <translation>Territoire</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="133" />
      <source>Tout le département</source>
      <translation>Tout le département</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="134" />
      <source>Emprise actuelle de la carte</source>
      <translation>Emprise actuelle de la carte</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="135" />
      <source>Polygones d'une couche</source>
      <translation>Polygones d'une couche</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="142" />
      <source>Entités sélectionnées uniquement</source>
      <translation>Entités sélectionnées uniquement</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="153" />
      <source>Politique de tri</source>
      <translation>Politique de tri</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="163" />
      <source>Taille de l'échantillon de contrôle</source>
      <translation>Taille de l'échantillon de contrôle</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="164" />
      <source>Erreur-type visée (%)</source>
      <translation>Erreur-type visée (%)</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="173" />
      <source>Seuil de confiance pour l'acceptation automatique</source>
      <translation>Seuil de confiance pour l'acceptation automatique</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="174" />
      <source>Score d'incertitude</source>
      <translation>Score d'incertitude</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="175" />
      <source>Poids de la surface</source>
      <translation>Poids de la surface</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="176" />
      <source>Bonus d'artificialisation</source>
      <translation>Bonus d'artificialisation</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="179" />
      <source>Graine du tirage</source>
      <translation>Graine du tirage</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="200" />
      <source>Aperçu</source>
      <translation>Aperçu</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="217" />
      <source>Créer la campagne</source>
      <translation>Créer la campagne</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="218" />
      <source>Annuler le calcul</source>
      <translation>Annuler le calcul</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="219" />
      <source>Fermer</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="359" />
      <source>Calcul en cours…</source>
      <translation>Calcul en cours…</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="389" />
      <source>Aperçu prêt : rien n'a encore été écrit.</source>
      <translation>Aperçu prêt : rien n'a encore été écrit.</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="104" />
      <source>Fichier</source>
      <translation>Fichier</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="104" />
      <source>Couche du projet</source>
      <translation>Couche du projet</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="158" />
      <source>probabilité de la classe retenue</source>
      <translation>probabilité de la classe retenue</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="158" />
      <source>marge entre les deux premières</source>
      <translation>marge entre les deux premières</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="159" />
      <source>entropie</source>
      <translation>entropie</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="203" />
      <source>Polygones</source>
      <translation>Polygones</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="203" />
      <source>km²</source>
      <translation>km²</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="270" />
      <source>Choisissez une couche de polygones du projet.</source>
      <translation>Choisissez une couche de polygones du projet.</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="286" />
      <source>Choisissez la couche de polygones du territoire.</source>
      <translation>Choisissez la couche de polygones du territoire.</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="309" />
      <source>Choisissez le département de la campagne.</source>
      <translation>Choisissez le département de la campagne.</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="330" />
      <source>Choisissez le fichier du magasin de revue.</source>
      <translation>Choisissez le fichier du magasin de revue.</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="381" />
      <source>Calcul annulé : rien n'a été écrit.</source>
      <translation>Calcul annulé : rien n'a été écrit.</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="404" />
      <source>Campagne écrite dans « {path} ».</source>
      <translation>Campagne écrite dans « {path} ».</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="266" />
      <source>Choisissez la sortie du modèle.</source>
      <translation>Choisissez la sortie du modèle.</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="293" />
      <source>{layer} (entités sélectionnées : {count})</source>
      <translation>{layer} (entités sélectionnées : {count})</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="57" />
      <source>Erreur inattendue pendant la préparation de la campagne : {error}. Les détails sont dans le journal des messages.</source>
      <translation>Erreur inattendue pendant la préparation de la campagne : {error}. Les détails sont dans le journal des messages.</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="289" />
      <source>Aucune entité sélectionnée dans « {layer} ».</source>
      <translation>Aucune entité sélectionnée dans « {layer} ».</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="333" />
      <source>Le magasin de revue « {path} » existe déjà : choisissez un autre fichier.</source>
      <translation>Le magasin de revue « {path} » existe déjà : choisissez un autre fichier.</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="204" />
      <source>Conflits de synchronisation</source>
      <translation>Conflits de synchronisation</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="36" />
      <source>Base (à l'entrée dans la campagne)</source>
      <translation>Base (à l'entrée dans la campagne)</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="36" />
      <source>La leur (production aujourd'hui)</source>
      <translation>La leur (production aujourd'hui)</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="37" />
      <source>La mienne (revue validée)</source>
      <translation>La mienne (revue validée)</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="92" />
      <source>Garder la mienne</source>
      <translation>Garder la mienne</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="94" />
      <source>Appliquer la version revue à la production, par-dessus la leur</source>
      <translation>Appliquer la version revue à la production, par-dessus la leur</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="96" />
      <source>Prendre la leur</source>
      <translation>Prendre la leur</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="98" />
      <source>Laisser la production telle quelle ; l'élément est clos</source>
      <translation>Laisser la production telle quelle ; l'élément est clos</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="100" />
      <source>Renvoyer en revue…</source>
      <translation>Renvoyer en revue…</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="102" />
      <source>Rendre l'élément à son photo-interprète, avec un motif</source>
      <translation>Rendre l'élément à son photo-interprète, avec un motif</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="235" />
      <source>Renvoyer en revue</source>
      <translation>Renvoyer en revue</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="236" />
      <source>Motif (montré en premier au photo-interprète) :</source>
      <translation>Motif (montré en premier au photo-interprète) :</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="237" />
      <source>Conflit avec la production : </source>
      <translation>Conflit avec la production : </translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="60" />
      <source>Élément</source>
      <translation>Élément</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="60" />
      <source>Ligne de production</source>
      <translation>Ligne de production</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="60" />
      <source>Motif</source>
      <translation>Motif</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="145" />
      <source>(supprimée)</source>
      <translation>(supprimée)</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="173" />
      <source>(géométrie de production gardée)</source>
      <translation>(géométrie de production gardée)</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="253" />
      <source>votre version appliquée</source>
      <translation>votre version appliquée</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="253" />
      <source>version de production gardée</source>
      <translation>version de production gardée</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="254" />
      <source>renvoyé en revue</source>
      <translation>renvoyé en revue</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="79" />
      <source>Couverture</source>
      <translation>Couverture</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="79" />
      <source>Usage</source>
      <translation>Usage</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="80" />
      <source>Surface</source>
      <translation>Surface</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="119" />
      <source>Campagne « {0} » : {1} conflit(s) à résoudre.</source>
      <translation>Campagne « {0} » : {1} conflit(s) à résoudre.</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="255" />
      <source>Conflit de l'élément {0} résolu : {1} ({2} élément(s)).</source>
      <translation>Conflit de l'élément {0} résolu : {1} ({2} élément(s)).</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="153" />
      <source>{0} m²</source>
      <translation>{0} m²</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="25" />
      <source>Avancement</source>
      <translation>Avancement</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="25" />
      <source>Reprise par département</source>
      <translation>Reprise par département</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="25" />
      <source>Reprise par classe</source>
      <translation>Reprise par classe</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="26" />
      <source>Matrice de transition (couverture)</source>
      <translation>Matrice de transition (couverture)</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="26" />
      <source>Exactitude</source>
      <translation>Exactitude</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="26" />
      <source>Coût par km²</source>
      <translation>Coût par km²</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="50" />
      <source>Tableau de bord</source>
      <translation>Tableau de bord</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="71" />
      <source>Période et coûts</source>
      <translation>Période et coûts</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="79" />
      <source>Mois</source>
      <translation>Mois</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="82" />
      <source>Plan de production (*.csv)</source>
      <translation>Plan de production (*.csv)</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="83" />
      <source>Facultatif : CSV date,planned_km2 (et facultativement department)</source>
      <translation>Facultatif : CSV date,planned_km2 (et facultativement department)</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="84" />
      <source>Plan (CSV)</source>
      <translation>Plan (CSV)</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="86" />
      <source>Coût horaire</source>
      <translation>Coût horaire</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="88" />
      <source>Coût fixe</source>
      <translation>Coût fixe</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="89" />
      <source>Actualiser</source>
      <translation>Actualiser</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="95" />
      <source>Chiffres du mois</source>
      <translation>Chiffres du mois</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="99" />
      <source>Taux de reprise</source>
      <translation>Taux de reprise</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="99" />
      <source>Exactitude CS (IC 95 %)</source>
      <translation>Exactitude CS (IC 95 %)</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="100" />
      <source>Exactitude US (IC 95 %)</source>
      <translation>Exactitude US (IC 95 %)</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="100" />
      <source>km² validés / prévus (mois)</source>
      <translation>km² validés / prévus (mois)</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="101" />
      <source>Taux d'automatisation</source>
      <translation>Taux d'automatisation</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="123" />
      <source>(cliquer sur « Actualiser »)</source>
      <translation>(cliquer sur « Actualiser »)</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="65" />
      <source>Campagne « {name} » — département {code} ({dept})</source>
      <translation>Campagne « {name} » — département {code} ({dept})</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="164" />
      <source>{rate} ({n} polygones revus)</source>
      <translation>{rate} ({n} polygones revus)</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="172" />
      <source>— (pas assez de polygones revus)</source>
      <translation>— (pas assez de polygones revus)</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="169" />
      <source>{value} ({low} – {high})</source>
      <translation>{value} ({low} – {high})</translation>
    </message>
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
      <location filename="../ui/layers.py" line="102" />
      <source>La couche « {name} » (fournisseur « {provider} ») n'est pas lisible par OCS GE Review : enregistrez-la en GeoPackage, puis chargez ce fichier.</source>
      <translation>La couche « {name} » (fournisseur « {provider} ») n'est pas lisible par OCS GE Review : enregistrez-la en GeoPackage, puis chargez ce fichier.</translation>
    </message>
    <message>
      <location filename="../ui/layers.py" line="95" />
      <source>La couche « {name} » a un filtre : le calcul porterait sur toute la table. Exportez la sélection en GeoPackage, puis chargez ce fichier.</source>
      <translation>La couche « {name} » a un filtre : le calcul porterait sur toute la table. Exportez la sélection en GeoPackage, puis chargez ce fichier.</translation>
    </message>
    <message>
      <location filename="../ui/layers.py" line="99" />
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
      <location filename="../ui/load_dialog.py" line="199" />
      <source>Raster de probabilités</source>
      <translation>Raster de probabilités</translation>
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
      <location filename="../ui/pgauth.py" line="41" />
      <source>La configuration d'authentification « {id} » est introuvable ou verrouillée : ouvrez-la dans QGIS (Options › Authentification).</source>
      <translation>La configuration d'authentification « {id} » est introuvable ou verrouillée : ouvrez-la dans QGIS (Options › Authentification).</translation>
    </message>
    <message>
      <location filename="../ui/pgauth.py" line="44" />
      <source>La configuration d'authentification « {id} » doit être de type « Basic » (nom d'utilisateur et mot de passe), pas « {method} ».</source>
      <translation>La configuration d'authentification « {id} » doit être de type « Basic » (nom d'utilisateur et mot de passe), pas « {method} ».</translation>
    </message>
    <message>
      <location filename="../ui/plugin.py" line="57" />
      <source>Charger une sortie du modèle…</source>
      <translation>Charger une sortie du modèle…</translation>
    </message>
    <message>
      <location filename="../ui/plugin.py" line="62" />
      <source>Nouvelle campagne de revue…</source>
      <translation>Nouvelle campagne de revue…</translation>
    </message>
    <message>
      <location filename="../ui/plugin.py" line="67" />
      <source>Panneau de revue…</source>
      <translation>Panneau de revue…</translation>
    </message>
    <message>
      <location filename="../ui/plugin.py" line="72" />
      <source>Panneau de validation…</source>
      <translation>Panneau de validation…</translation>
    </message>
    <message>
      <location filename="../ui/plugin.py" line="77" />
      <source>Tableau de bord…</source>
      <translation>Tableau de bord…</translation>
    </message>
    <message>
      <location filename="../ui/plugin.py" line="82" />
      <source>Conflits de synchronisation…</source>
      <translation>Conflits de synchronisation…</translation>
    </message>
    <message>
      <location filename="../ui/plugin.py" line="217" />
      <source>Panneau de validation</source>
      <translation>Panneau de validation</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="63" />
      <source>Doute</source>
      <translation>Doute</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="63" />
      <source>Image inexploitable</source>
      <translation>Image inexploitable</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="64" />
      <source>Géométrie à reprendre</source>
      <translation>Géométrie à reprendre</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="106" />
      <source>Revue OCS GE</source>
      <translation>Revue OCS GE</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="162" />
      <source>Contrôle à l'aveugle</source>
      <translation>Contrôle à l'aveugle</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="169" />
      <source>Couverture (CS)</source>
      <translation>Couverture (CS)</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="173" />
      <source>Usage (US)</source>
      <translation>Usage (US)</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="194" />
      <source>Commentaire (C) — Entrée enregistre, Échap revient</source>
      <translation>Commentaire (C) — Entrée enregistre, Échap revient</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="199" />
      <source>Enregistrer</source>
      <translation>Enregistrer</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="200" />
      <source>Suivant</source>
      <translation>Suivant</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="201" />
      <source>Passer</source>
      <translation>Passer</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="202" />
      <source>Annuler</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="216" />
      <source>Modifier la géométrie</source>
      <translation>Modifier la géométrie</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="217" />
      <source>Fusionner la sélection</source>
      <translation>Fusionner la sélection</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="218" />
      <source>Couple → parties sélectionnées</source>
      <translation>Couple → parties sélectionnées</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="230" />
      <source>Temps sur l'élément</source>
      <translation>Temps sur l'élément</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="232" />
      <source>Cette session</source>
      <translation>Cette session</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="634" />
      <source>Abandonner la géométrie</source>
      <translation>Abandonner la géométrie</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="639" />
      <source>Découpez ou remodelez avec les outils de QGIS, puis Entrée. Les parties prennent le couple choisi, ou le leur (« Couple → parties sélectionnées »).</source>
      <translation>Découpez ou remodelez avec les outils de QGIS, puis Entrée. Les parties prennent le couple choisi, ou le leur (« Couple → parties sélectionnées »).</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="728" />
      <source>Décision annulée : l'élément est de nouveau à vous.</source>
      <translation>Décision annulée : l'élément est de nouveau à vous.</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="256" />
      <source>Revue : enregistrer le couple choisi</source>
      <translation>Revue : enregistrer le couple choisi</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="257" />
      <source>Revue : enregistrer (pavé numérique)</source>
      <translation>Revue : enregistrer (pavé numérique)</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="258" />
      <source>Revue : élément suivant</source>
      <translation>Revue : élément suivant</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="259" />
      <source>Revue : élément suivant (espace)</source>
      <translation>Revue : élément suivant (espace)</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="260" />
      <source>Revue : passer l'élément</source>
      <translation>Revue : passer l'élément</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="261" />
      <source>Revue : signaler un doute</source>
      <translation>Revue : signaler un doute</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="262" />
      <source>Revue : signaler une image inexploitable</source>
      <translation>Revue : signaler une image inexploitable</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="263" />
      <source>Revue : signaler une géométrie à reprendre</source>
      <translation>Revue : signaler une géométrie à reprendre</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="264" />
      <source>Revue : écrire un commentaire</source>
      <translation>Revue : écrire un commentaire</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="265" />
      <source>Revue : passer de la couverture à l'usage et inversement</source>
      <translation>Revue : passer de la couverture à l'usage et inversement</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="267" />
      <source>Revue : annuler la dernière décision</source>
      <translation>Revue : annuler la dernière décision</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="268" />
      <source>Revue : modifier la géométrie (découper, remodeler) ou l'abandonner</source>
      <translation>Revue : modifier la géométrie (découper, remodeler) ou l'abandonner</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="270" />
      <source>Revue : fusionner avec les voisins sélectionnés</source>
      <translation>Revue : fusionner avec les voisins sélectionnés</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="380" />
      <source>Enregistrez (Entrée) ou passez (S) l'élément en cours avant le suivant.</source>
      <translation>Enregistrez (Entrée) ou passez (S) l'élément en cours avant le suivant.</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="439" />
      <source>Plus aucun élément à revoir : merci !</source>
      <translation>Plus aucun élément à revoir : merci !</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="483" />
      <source>Artificialisé</source>
      <translation>Artificialisé</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="486" />
      <source>Non artificialisé</source>
      <translation>Non artificialisé</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="539" />
      <source>Choisissez une couverture et un usage avant d'enregistrer.</source>
      <translation>Choisissez une couverture et un usage avant d'enregistrer.</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="556" />
      <source>La couche de travail ne contient plus aucune partie : annulez ses suppressions, ou abandonnez la modification de la géométrie (E).</source>
      <translation>La couche de travail ne contient plus aucune partie : annulez ses suppressions, ou abandonnez la modification de la géométrie (E).</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="560" />
      <source>Un découpage s'enregistre avec Entrée, sans signalement : écrivez votre doute en commentaire (C).</source>
      <translation>Un découpage s'enregistre avec Entrée, sans signalement : écrivez votre doute en commentaire (C).</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="618" />
      <source>Modification de la géométrie abandonnée.</source>
      <translation>Modification de la géométrie abandonnée.</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="660" />
      <source>Sélectionnez d'abord des parties dans la couche de travail.</source>
      <translation>Sélectionnez d'abord des parties dans la couche de travail.</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="674" />
      <source>Sélectionnez sur la carte les voisins à fusionner (outil de sélection de QGIS, couche de revue), puis M.</source>
      <translation>Sélectionnez sur la carte les voisins à fusionner (outil de sélection de QGIS, couche de revue), puis M.</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="707" />
      <source>Aucune décision à annuler dans cette session.</source>
      <translation>Aucune décision à annuler dans cette session.</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="806" />
      <source>confirmé</source>
      <translation>confirmé</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="806" />
      <source>corrigé</source>
      <translation>corrigé</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="806" />
      <source>signalé</source>
      <translation>signalé</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="806" />
      <source>découpé</source>
      <translation>découpé</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="807" />
      <source>fusionné</source>
      <translation>fusionné</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="807" />
      <source>remodelé</source>
      <translation>remodelé</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="307" />
      <source>Revue — {name}</source>
      <translation>Revue — {name}</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="449" />
      <source>Élément {id} (source {source}) — {area} m²</source>
      <translation>Élément {id} (source {source}) — {area} m²</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="592" />
      <source>Enregistré ({action}). N ou Espace : élément suivant.</source>
      <translation>Enregistré ({action}). N ou Espace : élément suivant.</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="624" />
      <source>Revue — géométrie de l'élément {id}</source>
      <translation>Revue — géométrie de l'élément {id}</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="769" />
      <source>Faits : {done} ({done_km2} km²) · restants : {left} ({left_km2} km²)</source>
      <translation>Faits : {done} ({done_km2} km²) · restants : {left} ({left_km2} km²)</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="771" />
      <source>Décisions : {decisions} · corrections : {corrections}</source>
      <translation>Décisions : {decisions} · corrections : {corrections}</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="310" />
      <source>La couche des éléments de « {path} » ne s'ouvre pas dans QGIS.</source>
      <translation>La couche des éléments de « {path} » ne s'ouvre pas dans QGIS.</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="447" />
      <source>Renvoyé par le validateur : {reason}</source>
      <translation>Renvoyé par le validateur : {reason}</translation>
    </message>
    <message>
      <location filename="../ui/review_panel.py" line="273" />
      <source>Revue : proposition n° {n} (couverture puis usage)</source>
      <translation>Revue : proposition n° {n} (couverture puis usage)</translation>
    </message>
    <message>
      <location filename="../ui/store_dialog.py" line="58" />
      <source>Fichier GeoPackage</source>
      <translation>Fichier GeoPackage</translation>
    </message>
    <message>
      <location filename="../ui/store_dialog.py" line="60" />
      <source>Base PostgreSQL (connexion QGIS)</source>
      <translation>Base PostgreSQL (connexion QGIS)</translation>
    </message>
    <message>
      <location filename="../ui/store_dialog.py" line="79" />
      <source>Connexion</source>
      <translation>Connexion</translation>
    </message>
    <message>
      <location filename="../ui/store_dialog.py" line="82" />
      <source>Schéma</source>
      <translation>Schéma</translation>
    </message>
    <message>
      <location filename="../ui/store_dialog.py" line="85" />
      <source>la seule visible, si vide</source>
      <translation>la seule visible, si vide</translation>
    </message>
    <message>
      <location filename="../ui/store_dialog.py" line="86" />
      <source>Campagne</source>
      <translation>Campagne</translation>
    </message>
    <message>
      <location filename="../ui/store_dialog.py" line="106" />
      <source>Ouvrir un magasin de revue</source>
      <translation>Ouvrir un magasin de revue</translation>
    </message>
    <message>
      <location filename="../ui/store_dialog.py" line="107" />
      <source>Magasins de revue (*.gpkg);;Tous les fichiers (*)</source>
      <translation>Magasins de revue (*.gpkg);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../ui/store_dialog.py" line="93" />
      <source>Base de production (connexion QGIS)</source>
      <translation>Base de production (connexion QGIS)</translation>
    </message>
    <message>
      <location filename="../ui/store_dialog.py" line="96" />
      <source>Table de production</source>
      <translation>Table de production</translation>
    </message>
    <message>
      <location filename="../ui/store_dialog.py" line="99" />
      <source>Utilisateur</source>
      <translation>Utilisateur</translation>
    </message>
    <message>
      <location filename="../ui/store_dialog.py" line="35" />
      <source>Connexion PostgreSQL « {name} » introuvable dans QGIS.</source>
      <translation>Connexion PostgreSQL « {name} » introuvable dans QGIS.</translation>
    </message>
    <message>
      <location filename="../ui/store_dialog.py" line="117" />
      <source>Choisissez un fichier de magasin de revue.</source>
      <translation>Choisissez un fichier de magasin de revue.</translation>
    </message>
    <message>
      <location filename="../ui/tasks.py" line="27" />
      <source>Confiance (CS)</source>
      <translation>Confiance (CS)</translation>
    </message>
    <message>
      <location filename="../ui/tasks.py" line="66" />
      <source>OCS GE Review : calcul de la confiance</source>
      <translation>OCS GE Review : calcul de la confiance</translation>
    </message>
    <message>
      <location filename="../ui/tasks.py" line="95" />
      <source>Confiance calculée.</source>
      <translation>Confiance calculée.</translation>
    </message>
    <message>
      <location filename="../ui/tasks.py" line="107" />
      <source>OCS GE Review — {name}</source>
      <translation>OCS GE Review — {name}</translation>
    </message>
    <message>
      <location filename="../ui/tasks.py" line="81" />
      <source>Erreur inattendue pendant le calcul de la confiance ({name}) : {error}. Les détails sont dans le journal des messages.</source>
      <translation>Erreur inattendue pendant le calcul de la confiance ({name}) : {error}. Les détails sont dans le journal des messages.</translation>
    </message>
    <message>
      <location filename="../ui/tasks.py" line="117" />
      <source>La couche produite « {uri} » ne s'ouvre pas dans QGIS.</source>
      <translation>La couche produite « {uri} » ne s'ouvre pas dans QGIS.</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="57" />
      <source>Couverture erronée</source>
      <translation>Couverture erronée</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="57" />
      <source>Usage erroné</source>
      <translation>Usage erroné</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="58" />
      <source>Autre</source>
      <translation>Autre</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="67" />
      <source>Couverture du modèle</source>
      <translation>Couverture du modèle</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="67" />
      <source>Couverture décidée</source>
      <translation>Couverture décidée</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="68" />
      <source>Usage du modèle</source>
      <translation>Usage du modèle</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="68" />
      <source>Usage décidé</source>
      <translation>Usage décidé</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="475" />
      <source>Validation</source>
      <translation>Validation</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="105" />
      <source>— choisir un motif —</source>
      <translation>— choisir un motif —</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="111" />
      <source>ce que le photo-interprète doit reprendre</source>
      <translation>ce que le photo-interprète doit reprendre</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="112" />
      <source>Commentaire</source>
      <translation>Commentaire</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="138" />
      <source>Validation OCS GE</source>
      <translation>Validation OCS GE</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="171" />
      <source>Filtres</source>
      <translation>Filtres</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="175" />
      <source>Toutes</source>
      <translation>Toutes</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="237" />
      <source>Avant / après</source>
      <translation>Avant / après</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="254" />
      <source>Géométrie modifiée : avant en tirets, après en plein.</source>
      <translation>Géométrie modifiée : avant en tirets, après en plein.</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="263" />
      <source>Approuver</source>
      <translation>Approuver</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="264" />
      <source>Rejeter…</source>
      <translation>Rejeter…</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="272" />
      <source>Approbation groupée</source>
      <translation>Approbation groupée</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="274" />
      <source>Tirer l'échantillon de contrôle</source>
      <translation>Tirer l'échantillon de contrôle</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="275" />
      <source>Approuver le reste</source>
      <translation>Approuver le reste</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="336" />
      <source>Tous</source>
      <translation>Tous</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="599" />
      <source>Échantillon tiré : contrôlez chacun de ses éléments (surlignés), N pour passer de l'un à l'autre.</source>
      <translation>Échantillon tiré : contrôlez chacun de ses éléments (surlignés), N pour passer de l'un à l'autre.</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="177" />
      <source>géométrie modifiée</source>
      <translation>géométrie modifiée</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="194" />
      <source>Photo-interprète</source>
      <translation>Photo-interprète</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="196" />
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="198" />
      <source>Classe</source>
      <translation>Classe</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="201" />
      <source>Décidé du</source>
      <translation>Décidé du</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="203" />
      <source>au</source>
      <translation>au</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="205" />
      <source>Confiance du modèle de</source>
      <translation>Confiance du modèle de</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="207" />
      <source>à</source>
      <translation>à</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="223" />
      <source>Modèle</source>
      <translation>Modèle</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="224" />
      <source>Décision</source>
      <translation>Décision</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="224" />
      <source>Confiance</source>
      <translation>Confiance</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="224" />
      <source>Décidé le</source>
      <translation>Décidé le</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="305" />
      <source>Validation : approuver l'élément</source>
      <translation>Validation : approuver l'élément</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="306" />
      <source>Validation : rejeter l'élément (avec un motif)</source>
      <translation>Validation : rejeter l'élément (avec un motif)</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="307" />
      <source>Validation : élément suivant à valider</source>
      <translation>Validation : élément suivant à valider</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="377" />
      <source>Filtres changés : l'échantillon de contrôle est à tirer de nouveau.</source>
      <translation>Filtres changés : l'échantillon de contrôle est à tirer de nouveau.</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="443" />
      <source>Aucun élément à valider avec ces filtres.</source>
      <translation>Aucun élément à valider avec ces filtres.</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="481" />
      <source>Validation — après</source>
      <translation>Validation — après</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="482" />
      <source>Validation — avant</source>
      <translation>Validation — avant</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="557" />
      <source>N : élément suivant.</source>
      <translation>N : élément suivant.</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="576" />
      <source>Plus aucun élément à valider avec ces filtres.</source>
      <translation>Plus aucun élément à valider avec ces filtres.</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="593" />
      <source>Aucun élément à approuver avec ces filtres.</source>
      <translation>Aucun élément à approuver avec ces filtres.</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="612" />
      <source>Tirez un échantillon de contrôle pour approuver ce filtre d'un coup.</source>
      <translation>Tirez un échantillon de contrôle pour approuver ce filtre d'un coup.</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="101" />
      <source>Rejeter l'élément {id}</source>
      <translation>Rejeter l'élément {id}</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="164" />
      <source>Campagne « {name} » — département {code} ({dept}) — validation par {user}</source>
      <translation>Campagne « {name} » — département {code} ({dept}) — validation par {user}</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="384" />
      <source>{shown} élément(s) affiché(s) sur {total} décidé(s) · {waiting} à valider</source>
      <translation>{shown} élément(s) affiché(s) sur {total} décidé(s) · {waiting} à valider</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="413" />
      <source>Votre propre décision : un autre validateur doit la valider.</source>
      <translation>Votre propre décision : un autre validateur doit la valider.</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="451" />
      <source>Élément {id} (source {source}) — {area} m² — {action} par {who}</source>
      <translation>Élément {id} (source {source}) — {area} m² — {action} par {who}</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="617" />
      <source>Échantillon : {checked} contrôlé(s) sur {size}, tiré de {total}</source>
      <translation>Échantillon : {checked} contrôlé(s) sur {size}, tiré de {total}</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="621" />
      <source>Approuver le reste ({n})</source>
      <translation>Approuver le reste ({n})</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="645" />
      <source>{n} élément(s) approuvé(s) d'un coup après contrôle de {size} sur {total}.</source>
      <translation>{n} élément(s) approuvé(s) d'un coup après contrôle de {size} sur {total}.</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="403" />
      <source>approuvé</source>
      <translation>approuvé</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="403" />
      <source>rejeté</source>
      <translation>rejeté</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="455" />
      <source>Signalement : {flag}</source>
      <translation>Signalement : {flag}</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="457" />
      <source>Commentaire : {comment}</source>
      <translation>Commentaire : {comment}</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="547" />
      <source>L'élément {id} est déjà {state}.</source>
      <translation>L'élément {id} est déjà {state}.</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="626" />
      <source>Approbation groupée refusée : tirez l'échantillon de contrôle et validez chacun de ses éléments d'abord ({left} restant(s)).</source>
      <translation>Approbation groupée refusée : tirez l'échantillon de contrôle et validez chacun de ses éléments d'abord ({left} restant(s)).</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="648" />
      <source>{n} élément(s) non approuvé(s) : {first}</source>
      <translation>{n} élément(s) non approuvé(s) : {first}</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="338" />
      <source>(vous)</source>
      <translation>(vous)</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="556" />
      <source>Élément {id} approuvé.</source>
      <translation>Élément {id} approuvé.</translation>
    </message>
    <message>
      <location filename="../ui/validator_panel.py" line="556" />
      <source>Élément {id} rejeté : {reason}</source>
      <translation>Élément {id} rejeté : {reason}</translation>
    </message>
    <message>
      <source>{layer} ({count} entités sélectionnées)</source>
      <translation type="vanished">{layer} ({count} entités sélectionnées)</translation>
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
