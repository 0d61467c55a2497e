<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="fr_FR">
  <context>
    <name>@default</name>
    <message>
      <location filename="../ui/campaign_dialog.py" line="78" />
      <source>File de revue</source>
      <translation>File de revue</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="78" />
      <source>Acceptés automatiquement</source>
      <translation>Acceptés automatiquement</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="78" />
      <source>Échantillon de contrôle</source>
      <translation>Échantillon de contrôle</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="52" />
      <source>OCS GE Review : création de la campagne</source>
      <translation>OCS GE Review : création de la campagne</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="52" />
      <source>OCS GE Review : aperçu de la campagne</source>
      <translation>OCS GE Review : aperçu de la campagne</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="92" />
      <source>Nouvelle campagne de revue</source>
      <translation>Nouvelle campagne de revue</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="103" />
      <source>Sortie du modèle</source>
      <translation>Sortie du modèle</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="108" />
      <source>Sorties du modèle (*.gpkg *.shp *.fgb);;Tous les fichiers (*)</source>
      <translation>Sorties du modèle (*.gpkg *.shp *.fgb);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="113" />
      <source>Rasters (*.tif *.tiff *.vrt);;Tous les fichiers (*)</source>
      <translation>Rasters (*.tif *.tiff *.vrt);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="116" />
      <source>(choisir)</source>
      <translation>(choisir)</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="119" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="122" />
      <source>Raster de probabilités (facultatif)</source>
      <translation>Raster de probabilités (facultatif)</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="123" />
      <source>ou dossier de dalles</source>
      <translation>ou dossier de dalles</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="124" />
      <source>Département</source>
      <translation>Département</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="125" />
      <source>Magasin de revue à créer</source>
      <translation>Magasin de revue à créer</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="132" />
      <source>Territoire</source>
      <translation>Territoire</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="134" />
      <source>Tout le département</source>
      <translation>Tout le département</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="135" />
      <source>Emprise actuelle de la carte</source>
      <translation>Emprise actuelle de la carte</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="136" />
      <source>Polygones d'une couche</source>
      <translation>Polygones d'une couche</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="143" />
      <source>Entités sélectionnées uniquement</source>
      <translation>Entités sélectionnées uniquement</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="154" />
      <source>Politique de tri</source>
      <translation>Politique de tri</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="164" />
      <source>Taille de l'échantillon de contrôle</source>
      <translation>Taille de l'échantillon de contrôle</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="165" />
      <source>Erreur-type visée (%)</source>
      <translation>Erreur-type visée (%)</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="174" />
      <source>Seuil de confiance pour l'acceptation automatique</source>
      <translation>Seuil de confiance pour l'acceptation automatique</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="175" />
      <source>Score d'incertitude</source>
      <translation>Score d'incertitude</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="176" />
      <source>Poids de la surface</source>
      <translation>Poids de la surface</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="177" />
      <source>Bonus d'artificialisation</source>
      <translation>Bonus d'artificialisation</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="180" />
      <source>Graine du tirage</source>
      <translation>Graine du tirage</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="201" />
      <source>Aperçu</source>
      <translation>Aperçu</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="218" />
      <source>Créer la campagne</source>
      <translation>Créer la campagne</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="219" />
      <source>Annuler le calcul</source>
      <translation>Annuler le calcul</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="220" />
      <source>Fermer</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="360" />
      <source>Calcul en cours…</source>
      <translation>Calcul en cours…</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="390" />
      <source>Aperçu prêt : rien n'a encore été écrit.</source>
      <translation>Aperçu prêt : rien n'a encore été écrit.</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="105" />
      <source>Fichier</source>
      <translation>Fichier</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="105" />
      <source>Couche du projet</source>
      <translation>Couche du projet</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="159" />
      <source>probabilité de la classe retenue</source>
      <translation>probabilité de la classe retenue</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="159" />
      <source>marge entre les deux premières</source>
      <translation>marge entre les deux premières</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="160" />
      <source>entropie</source>
      <translation>entropie</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="204" />
      <source>Polygones</source>
      <translation>Polygones</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="204" />
      <source>km²</source>
      <translation>km²</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="271" />
      <source>Choisissez une couche de polygones du projet.</source>
      <translation>Choisissez une couche de polygones du projet.</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="287" />
      <source>Choisissez la couche de polygones du territoire.</source>
      <translation>Choisissez la couche de polygones du territoire.</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="310" />
      <source>Choisissez le département de la campagne.</source>
      <translation>Choisissez le département de la campagne.</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="331" />
      <source>Choisissez le fichier du magasin de revue.</source>
      <translation>Choisissez le fichier du magasin de revue.</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="382" />
      <source>Calcul annulé : rien n'a été écrit.</source>
      <translation>Calcul annulé : rien n'a été écrit.</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="405" />
      <source>Campagne écrite dans « {path} ».</source>
      <translation>Campagne écrite dans « {path} ».</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="267" />
      <source>Choisissez la sortie du modèle.</source>
      <translation>Choisissez la sortie du modèle.</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="294" />
      <source>{layer} (entités sélectionnées : {count})</source>
      <translation>{layer} (entités sélectionnées : {count})</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="58" />
      <source>Erreur inattendue pendant la préparation de la campagne : {error}. Les détails sont dans le journal des messages.</source>
      <translation>Erreur inattendue pendant la préparation de la campagne : {error}. Les détails sont dans le journal des messages.</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="290" />
      <source>Aucune entité sélectionnée dans « {layer} ».</source>
      <translation>Aucune entité sélectionnée dans « {layer} ».</translation>
    </message>
    <message>
      <location filename="../ui/campaign_dialog.py" line="334" />
      <source>Le magasin de revue « {path} » existe déjà : choisissez un autre fichier.</source>
      <translation>Le magasin de revue « {path} » existe déjà : choisissez un autre fichier.</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="37" />
      <source>Base (à l'entrée dans la campagne)</source>
      <translation>Base (à l'entrée dans la campagne)</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="37" />
      <source>La leur (production aujourd'hui)</source>
      <translation>La leur (production aujourd'hui)</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="38" />
      <source>La mienne (revue validée)</source>
      <translation>La mienne (revue validée)</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="45" />
      <source>Conflits de synchronisation</source>
      <translation>Conflits de synchronisation</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="89" />
      <source>Garder la mienne</source>
      <translation>Garder la mienne</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="91" />
      <source>Appliquer la version revue à la production, par-dessus la leur</source>
      <translation>Appliquer la version revue à la production, par-dessus la leur</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="93" />
      <source>Prendre la leur</source>
      <translation>Prendre la leur</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="95" />
      <source>Laisser la production telle quelle ; l'élément est clos</source>
      <translation>Laisser la production telle quelle ; l'élément est clos</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="97" />
      <source>Renvoyer en revue…</source>
      <translation>Renvoyer en revue…</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="99" />
      <source>Rendre l'élément à son photo-interprète, avec un motif</source>
      <translation>Rendre l'élément à son photo-interprète, avec un motif</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="204" />
      <source>Renvoyer en revue</source>
      <translation>Renvoyer en revue</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="205" />
      <source>Motif (montré en premier au photo-interprète) :</source>
      <translation>Motif (montré en premier au photo-interprète) :</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="206" />
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
      <location filename="../ui/conflicts_panel.py" line="143" />
      <source>(supprimée)</source>
      <translation>(supprimée)</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="171" />
      <source>(géométrie de production gardée)</source>
      <translation>(géométrie de production gardée)</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="222" />
      <source>votre version appliquée</source>
      <translation>votre version appliquée</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="222" />
      <source>version de production gardée</source>
      <translation>version de production gardée</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="223" />
      <source>renvoyé en revue</source>
      <translation>renvoyé en revue</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="76" />
      <source>Couverture</source>
      <translation>Couverture</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="76" />
      <source>Usage</source>
      <translation>Usage</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="77" />
      <source>Surface</source>
      <translation>Surface</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="116" />
      <source>Campagne « {0} » : {1} conflit(s) à résoudre.</source>
      <translation>Campagne « {0} » : {1} conflit(s) à résoudre.</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_panel.py" line="224" />
      <source>Conflit de l'élément {0} résolu : {1} ({2} élément(s)).</source>
      <translation>Conflit de l'élément {0} résolu : {1} ({2} élément(s)).</translation>
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
      <translation>Tableau de bord</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="83" />
      <source>Période et coûts</source>
      <translation>Période et coûts</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="91" />
      <source>Mois</source>
      <translation>Mois</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="94" />
      <source>Plan de production (*.csv)</source>
      <translation>Plan de production (*.csv)</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="95" />
      <source>Facultatif : CSV date,planned_km2 (et facultativement department)</source>
      <translation>Facultatif : CSV date,planned_km2 (et facultativement department)</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="96" />
      <source>Plan (CSV)</source>
      <translation>Plan (CSV)</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="98" />
      <source>Coût horaire</source>
      <translation>Coût horaire</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="100" />
      <source>Coût fixe</source>
      <translation>Coût fixe</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="101" />
      <source>Actualiser</source>
      <translation>Actualiser</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="107" />
      <source>Chiffres du mois</source>
      <translation>Chiffres du mois</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="111" />
      <source>Taux de reprise</source>
      <translation>Taux de reprise</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="111" />
      <source>Exactitude CS (IC 95 %)</source>
      <translation>Exactitude CS (IC 95 %)</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="112" />
      <source>Exactitude US (IC 95 %)</source>
      <translation>Exactitude US (IC 95 %)</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="113" />
      <source>Accord entre photo-interprètes</source>
      <translation>Accord entre photo-interprètes</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="114" />
      <source>Désaccords à trancher</source>
      <translation>Désaccords à trancher</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="115" />
      <source>Produit livré CS, en nombre</source>
      <translation>Produit livré CS, en nombre</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="116" />
      <source>Produit livré CS, en surface</source>
      <translation>Produit livré CS, en surface</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="117" />
      <source>Produit livré US, en nombre</source>
      <translation>Produit livré US, en nombre</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="118" />
      <source>Produit livré US, en surface</source>
      <translation>Produit livré US, en surface</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="119" />
      <source>km² validés / prévus (mois)</source>
      <translation>km² validés / prévus (mois)</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="120" />
      <source>Coût par km²</source>
      <translation>Coût par km²</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="120" />
      <source>Taux d'automatisation</source>
      <translation>Taux d'automatisation</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="137" />
      <source>(cliquer sur « Actualiser »)</source>
      <translation>(cliquer sur « Actualiser »)</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="77" />
      <source>Campagne « {name} » — département {code} ({dept})</source>
      <translation>Campagne « {name} » — département {code} ({dept})</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="185" />
      <source>{rate} ({n} polygones revus)</source>
      <translation>{rate} ({n} polygones revus)</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="190" />
      <source>— (pas assez de polygones revus)</source>
      <translation>— (pas assez de polygones revus)</translation>
    </message>
    <message>
      <location filename="../ui/dashboard.py" line="196" />
      <source>— (pas de second avis résolu)</source>
      <translation>— (pas de second avis résolu)</translation>
    </message>
    <message>
      <location filename="../ui/dependencies.py" line="56" />
      <source>Il est fourni par l'installateur de QGIS : installez QGIS 3.40 LTR ou plus récent (qgis.org), sans pip, qui ajouterait un second GDAL.</source>
      <translation>Il est fourni par l'installateur de QGIS : installez QGIS 3.40 LTR ou plus récent (qgis.org), sans pip, qui ajouterait un second GDAL.</translation>
    </message>
    <message>
      <location filename="../ui/dependencies.py" line="67" />
      <source>Installez-le avec : {command}</source>
      <translation>Installez-le avec : {command}</translation>
    </message>
    <message>
      <location filename="../ui/dependencies.py" line="65" />
      <source>Installez-le avec : {command} (Debian 13 et suivantes) ; là où la distribution ne le fournit pas, compilé sur le GDAL de QGIS : {build}</source>
      <translation>Installez-le avec : {command} (Debian 13 et suivantes) ; là où la distribution ne le fournit pas, compilé sur le GDAL de QGIS : {build}</translation>
    </message>
    <message>
      <location filename="../ui/dependencies.py" line="52" />
      <source>Installez-le depuis l'OSGeo4W Shell (menu Démarrer, dossier QGIS) : {command}</source>
      <translation>Installez-le depuis l'OSGeo4W Shell (menu Démarrer, dossier QGIS) : {command}</translation>
    </message>
    <message>
      <location filename="../ui/dependencies.py" line="98" />
      <source>OCS GE Review : le module Python « {module} » est en version {version}, il faut la version {major} ou plus récente. {advice}</source>
      <translation>OCS GE Review : le module Python « {module} » est en version {version}, il faut la version {major} ou plus récente. {advice}</translation>
    </message>
    <message>
      <location filename="../ui/dependencies.py" line="92" />
      <source>OCS GE Review : le module Python « {module} » est introuvable. {advice}</source>
      <translation>OCS GE Review : le module Python « {module} » est introuvable. {advice}</translation>
    </message>
    <message>
      <location filename="../ui/layers.py" line="124" />
      <source>Sans classe montrée (à décider)</source>
      <translation>Sans classe montrée (à décider)</translation>
    </message>
    <message>
      <location filename="../ui/layers.py" line="252" />
      <source>La couche « {name} » (fournisseur « {provider} ») n'est pas lisible par OCS GE Review : enregistrez-la en GeoPackage, puis chargez ce fichier.</source>
      <translation>La couche « {name} » (fournisseur « {provider} ») n'est pas lisible par OCS GE Review : enregistrez-la en GeoPackage, puis chargez ce fichier.</translation>
    </message>
    <message>
      <location filename="../ui/layers.py" line="245" />
      <source>La couche « {name} » a un filtre : le calcul porterait sur toute la table. Exportez la sélection en GeoPackage, puis chargez ce fichier.</source>
      <translation>La couche « {name} » a un filtre : le calcul porterait sur toute la table. Exportez la sélection en GeoPackage, puis chargez ce fichier.</translation>
    </message>
    <message>
      <location filename="../ui/layers.py" line="249" />
      <source>La couche « {name} » est une requête SQL, pas une table : enregistrez-la en GeoPackage, puis chargez ce fichier.</source>
      <translation>La couche « {name} » est une requête SQL, pas une table : enregistrez-la en GeoPackage, puis chargez ce fichier.</translation>
    </message>
    <message>
      <location filename="../ui/load_dialog.py" line="30" />
      <source>Identifiant</source>
      <translation>Identifiant</translation>
    </message>
    <message>
      <location filename="../ui/load_dialog.py" line="31" />
      <source>Code de couverture (CS)</source>
      <translation>Code de couverture (CS)</translation>
    </message>
    <message>
      <location filename="../ui/load_dialog.py" line="32" />
      <source>Code d'usage (US)</source>
      <translation>Code d'usage (US)</translation>
    </message>
    <message>
      <location filename="../ui/load_dialog.py" line="33" />
      <source>Confiance de la couverture</source>
      <translation>Confiance de la couverture</translation>
    </message>
    <message>
      <location filename="../ui/load_dialog.py" line="34" />
      <source>Confiance de l'usage</source>
      <translation>Confiance de l'usage</translation>
    </message>
    <message>
      <location filename="../ui/load_dialog.py" line="46" />
      <source>{dim} : probabilité n° {rank}</source>
      <translation>{dim} : probabilité n° {rank}</translation>
    </message>
    <message>
      <location filename="../ui/load_dialog.py" line="200" />
      <source>Raster de probabilités</source>
      <translation>Raster de probabilités</translation>
    </message>
    <message>
      <location filename="../ui/load_dialog.py" line="206" />
      <source>Dossier de dalles de probabilités</source>
      <translation>Dossier de dalles de probabilités</translation>
    </message>
    <message>
      <location filename="../ui/load_dialog.py" line="39" />
      <source>Probabilité de {code}</source>
      <translation>Probabilité de {code}</translation>
    </message>
    <message>
      <location filename="../ui/load_dialog.py" line="45" />
      <source>{dim} : classe n° {rank}</source>
      <translation>{dim} : classe n° {rank}</translation>
    </message>
    <message>
      <location filename="../ui/load_dialog.py" line="174" />
      <source>(aucun)</source>
      <translation>(aucun)</translation>
    </message>
    <message>
      <location filename="../ui/load_dialog.py" line="142" />
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
      <location filename="../ui/plugin.py" line="74" />
      <source>Charger une sortie du modèle…</source>
      <translation>Charger une sortie du modèle…</translation>
    </message>
    <message>
      <location filename="../ui/plugin.py" line="79" />
      <source>Nouvelle campagne de revue…</source>
      <translation>Nouvelle campagne de revue…</translation>
    </message>
    <message>
      <location filename="../ui/plugin.py" line="84" />
      <source>Panneau de revue…</source>
      <translation>Panneau de revue…</translation>
    </message>
    <message>
      <location filename="../ui/plugin.py" line="89" />
      <source>Panneau de validation…</source>
      <translation>Panneau de validation…</translation>
    </message>
    <message>
      <location filename="../ui/plugin.py" line="94" />
      <source>Seconds avis…</source>
      <translation>Seconds avis…</translation>
    </message>
    <message>
      <location filename="../ui/plugin.py" line="100" />
      <source>Tableau de bord…</source>
      <translation>Tableau de bord…</translation>
    </message>
    <message>
      <location filename="../ui/plugin.py" line="105" />
      <source>Conflits de synchronisation…</source>
      <translation>Conflits de synchronisation…</translation>
    </message>
    <message>
      <location filename="../ui/plugin.py" line="247" />
      <source>Panneau de validation</source>
      <translation>Panneau de validation</translation>
    </message>
    <message>
      <location filename="../ui/plugin.py" line="298" />
      <source>Seconds avis</source>
      <translation>Seconds avis</translation>
    </message>
    <message>
      <location filename="../ui/processing/base.py" line="106" />
      <source>Table des classes du modèle : flair-hub, flair-1 ou un fichier CSV band,model_class,code_cs (vide : bandes nommées par code CS)</source>
      <translation>Table des classes du modèle : flair-hub, flair-1 ou un fichier CSV band,model_class,code_cs (vide : bandes nommées par code CS)</translation>
    </message>
    <message>
      <location filename="../ui/processing/base.py" line="59" />
      <source>PostgreSQL : schéma du magasin</source>
      <translation>PostgreSQL : schéma du magasin</translation>
    </message>
    <message>
      <location filename="../ui/processing/base.py" line="62" />
      <source>PostgreSQL : campagne (nom ou identifiant), si le schéma en contient plusieurs</source>
      <translation>PostgreSQL : campagne (nom ou identifiant), si le schéma en contient plusieurs</translation>
    </message>
    <message>
      <location filename="../ui/processing/base.py" line="75" />
      <source>Mois (AAAA-MM ; vide : le mois en cours)</source>
      <translation>Mois (AAAA-MM ; vide : le mois en cours)</translation>
    </message>
    <message>
      <location filename="../ui/processing/base.py" line="77" />
      <source>Plan de production (CSV : date,planned_km2)</source>
      <translation>Plan de production (CSV : date,planned_km2)</translation>
    </message>
    <message>
      <location filename="../ui/processing/base.py" line="79" />
      <source>Coût d'une heure de travail active (€)</source>
      <translation>Coût d'une heure de travail active (€)</translation>
    </message>
    <message>
      <location filename="../ui/processing/base.py" line="82" />
      <source>Coûts fixes par département (€)</source>
      <translation>Coûts fixes par département (€)</translation>
    </message>
    <message>
      <location filename="../ui/processing/base.py" line="57" />
      <source>Magasin de revue (fichier GeoPackage, ou connexion PostgreSQL sans mot de passe : « service=ocsge »)</source>
      <translation>Magasin de revue (fichier GeoPackage, ou connexion PostgreSQL sans mot de passe : « service=ocsge »)</translation>
    </message>
    <message>
      <location filename="../ui/processing/base.py" line="123" />
      <source>Le raster de probabilités « {name} » doit être un fichier (GeoTIFF, VRT).</source>
      <translation>Le raster de probabilités « {name} » doit être un fichier (GeoTIFF, VRT).</translation>
    </message>
    <message>
      <location filename="../ui/processing/campaign.py" line="23" />
      <source>Créer une campagne de revue</source>
      <translation>Créer une campagne de revue</translation>
    </message>
    <message>
      <location filename="../ui/processing/campaign.py" line="26" />
      <source>Calcule la confiance de chaque polygone d'une sortie du modèle, trie les polygones (file de revue par priorité, acceptation automatique au-dessus du seuil, échantillon de contrôle tiré au hasard) et écrit la campagne dans un nouveau magasin de revue GeoPackage. La sortie du modèle doit être dans le système de coordonnées officiel du département.</source>
      <translation>Calcule la confiance de chaque polygone d'une sortie du modèle, trie les polygones (file de revue par priorité, acceptation automatique au-dessus du seuil, échantillon de contrôle tiré au hasard) et écrit la campagne dans un nouveau magasin de revue GeoPackage. La sortie du modèle doit être dans le système de coordonnées officiel du département.</translation>
    </message>
    <message>
      <location filename="../ui/processing/campaign.py" line="37" />
      <source>Département (code INSEE, ex. 32)</source>
      <translation>Département (code INSEE, ex. 32)</translation>
    </message>
    <message>
      <location filename="../ui/processing/campaign.py" line="39" />
      <source>Emprise de la campagne (vide : tout le département)</source>
      <translation>Emprise de la campagne (vide : tout le département)</translation>
    </message>
    <message>
      <location filename="../ui/processing/campaign.py" line="41" />
      <source>Confiance minimale (CS et US) pour l'acceptation automatique</source>
      <translation>Confiance minimale (CS et US) pour l'acceptation automatique</translation>
    </message>
    <message>
      <location filename="../ui/processing/campaign.py" line="47" />
      <source>Graine du tirage de l'échantillon</source>
      <translation>Graine du tirage de l'échantillon</translation>
    </message>
    <message>
      <location filename="../ui/processing/campaign.py" line="50" />
      <source>Politique de tri complète (JSON)</source>
      <translation>Politique de tri complète (JSON)</translation>
    </message>
    <message>
      <location filename="../ui/processing/campaign.py" line="51" />
      <source>Nom de la campagne</source>
      <translation>Nom de la campagne</translation>
    </message>
    <message>
      <location filename="../ui/processing/campaign.py" line="53" />
      <source>Magasin de revue</source>
      <translation>Magasin de revue</translation>
    </message>
    <message>
      <location filename="../ui/processing/campaign.py" line="54" />
      <source>Polygones à revoir</source>
      <translation>Polygones à revoir</translation>
    </message>
    <message>
      <location filename="../ui/processing/campaign.py" line="54" />
      <source>Polygones de contrôle</source>
      <translation>Polygones de contrôle</translation>
    </message>
    <message>
      <location filename="../ui/processing/campaign.py" line="55" />
      <source>Polygones acceptés automatiquement</source>
      <translation>Polygones acceptés automatiquement</translation>
    </message>
    <message>
      <location filename="../ui/processing/confidence.py" line="18" />
      <source>Confiance par polygone</source>
      <translation>Confiance par polygone</translation>
    </message>
    <message>
      <location filename="../ui/processing/confidence.py" line="21" />
      <source>Lit une sortie du modèle (champs de couverture, d'usage et de probabilités détectés) et, si fourni, un raster de probabilités ; écrit un GeoPackage avec la confiance, la marge et l'entropie de chaque polygone en couverture (CS) et en usage (US). Rien n'est écrit si le traitement est annulé ou échoue.</source>
      <translation>Lit une sortie du modèle (champs de couverture, d'usage et de probabilités détectés) et, si fourni, un raster de probabilités ; écrit un GeoPackage avec la confiance, la marge et l'entropie de chaque polygone en couverture (CS) et en usage (US). Rien n'est écrit si le traitement est annulé ou échoue.</translation>
    </message>
    <message>
      <location filename="../ui/processing/confidence.py" line="32" />
      <source>Classes des bandes du raster, dans l'ordre, séparées par des virgules</source>
      <translation>Classes des bandes du raster, dans l'ordre, séparées par des virgules</translation>
    </message>
    <message>
      <location filename="../ui/processing/confidence.py" line="35" />
      <source>Confiance</source>
      <translation>Confiance</translation>
    </message>
    <message>
      <location filename="../ui/processing/report.py" line="17" />
      <source>Rapport mensuel</source>
      <translation>Rapport mensuel</translation>
    </message>
    <message>
      <location filename="../ui/processing/report.py" line="20" />
      <source>Écrit dans le dossier choisi rapport.html (graphiques intégrés) et les tables CSV du mois, pour un ou plusieurs départements (un magasin de revue chacun), tout ou rien : un dossier existant n'est remplacé qu'une fois le nouveau rapport complet.</source>
      <translation>Écrit dans le dossier choisi rapport.html (graphiques intégrés) et les tables CSV du mois, pour un ou plusieurs départements (un magasin de revue chacun), tout ou rien : un dossier existant n'est remplacé qu'une fois le nouveau rapport complet.</translation>
    </message>
    <message>
      <location filename="../ui/processing/report.py" line="26" />
      <source>Magasins de revue (un par département)</source>
      <translation>Magasins de revue (un par département)</translation>
    </message>
    <message>
      <location filename="../ui/processing/report.py" line="29" />
      <source>Dossier du rapport</source>
      <translation>Dossier du rapport</translation>
    </message>
    <message>
      <location filename="../ui/processing/report.py" line="30" />
      <source>Page du rapport</source>
      <translation>Page du rapport</translation>
    </message>
    <message>
      <location filename="../ui/processing/report.py" line="48" />
      <source>Rapport écrit : {page}</source>
      <translation>Rapport écrit : {page}</translation>
    </message>
    <message>
      <location filename="../ui/processing/statistics.py" line="23" />
      <source>Indicateurs de la campagne</source>
      <translation>Indicateurs de la campagne</translation>
    </message>
    <message>
      <location filename="../ui/processing/statistics.py" line="26" />
      <source>Calcule les indicateurs d'un département pour un mois (reprise, exactitude du modèle, production, coût, automatisation) et écrit la charge utile JSON livrée au pipeline (schéma ocsge_review/schemas/indicators-2.json). Les principaux chiffres sont aussi des sorties de l'algorithme.</source>
      <translation>Calcule les indicateurs d'un département pour un mois (reprise, exactitude du modèle, production, coût, automatisation) et écrit la charge utile JSON livrée au pipeline (schéma ocsge_review/schemas/indicators-2.json). Les principaux chiffres sont aussi des sorties de l'algorithme.</translation>
    </message>
    <message>
      <location filename="../ui/processing/statistics.py" line="37" />
      <source>Polygones revus dans le mois</source>
      <translation>Polygones revus dans le mois</translation>
    </message>
    <message>
      <location filename="../ui/processing/statistics.py" line="38" />
      <source>Surface validée dans le mois (km²)</source>
      <translation>Surface validée dans le mois (km²)</translation>
    </message>
    <message>
      <location filename="../ui/processing/statistics.py" line="39" />
      <source>Surface restante (km²)</source>
      <translation>Surface restante (km²)</translation>
    </message>
    <message>
      <location filename="../ui/processing/statistics.py" line="39" />
      <source>Coût par km² (€)</source>
      <translation>Coût par km² (€)</translation>
    </message>
    <message>
      <location filename="../ui/processing/statistics.py" line="35" />
      <source>Indicateurs (JSON)</source>
      <translation>Indicateurs (JSON)</translation>
    </message>
    <message>
      <location filename="../ui/processing/statistics.py" line="35" />
      <source>JSON (*.json)</source>
      <translation>JSON (*.json)</translation>
    </message>
    <message>
      <location filename="../ui/processing/statistics.py" line="81" />
      <source>Écriture de « {path} » impossible : {error}.</source>
      <translation>Écriture de « {path} » impossible : {error}.</translation>
    </message>
    <message>
      <location filename="../ui/processing/sync.py" line="20" />
      <source>Synchroniser les modifications validées</source>
      <translation>Synchroniser les modifications validées</translation>
    </message>
    <message>
      <location filename="../ui/processing/sync.py" line="23" />
      <source>Applique les éléments validés du magasin de revue à la table OCS GE de production (PostgreSQL/PostGIS), par lots, une transaction chacun ; une ligne modifiée en production depuis l'entrée dans la campagne devient un conflit, jamais écrasée. Relançable sans risque ; une annulation prend effet entre deux lots. La connexion de production s'écrit comme en ligne de commande (« service=… », « host=… dbname=… user=… »), sans mot de passe : fichier de service ou ~/.pgpass.</source>
      <translation>Applique les éléments validés du magasin de revue à la table OCS GE de production (PostgreSQL/PostGIS), par lots, une transaction chacun ; une ligne modifiée en production depuis l'entrée dans la campagne devient un conflit, jamais écrasée. Relançable sans risque ; une annulation prend effet entre deux lots. La connexion de production s'écrit comme en ligne de commande (« service=… », « host=… dbname=… user=… »), sans mot de passe : fichier de service ou ~/.pgpass.</translation>
    </message>
    <message>
      <location filename="../ui/processing/sync.py" line="48" />
      <source>Appliqués</source>
      <translation>Appliqués</translation>
    </message>
    <message>
      <location filename="../ui/processing/sync.py" line="48" />
      <source>Sans changement</source>
      <translation>Sans changement</translation>
    </message>
    <message>
      <location filename="../ui/processing/sync.py" line="48" />
      <source>Déjà appliqués</source>
      <translation>Déjà appliqués</translation>
    </message>
    <message>
      <location filename="../ui/processing/sync.py" line="48" />
      <source>Nouveaux conflits</source>
      <translation>Nouveaux conflits</translation>
    </message>
    <message>
      <location filename="../ui/processing/sync.py" line="49" />
      <source>Conflits en attente de résolution</source>
      <translation>Conflits en attente de résolution</translation>
    </message>
    <message>
      <location filename="../ui/processing/sync.py" line="49" />
      <source>Lignes de base prises</source>
      <translation>Lignes de base prises</translation>
    </message>
    <message>
      <location filename="../ui/processing/sync.py" line="35" />
      <source>Base de production (connexion PostgreSQL sans mot de passe)</source>
      <translation>Base de production (connexion PostgreSQL sans mot de passe)</translation>
    </message>
    <message>
      <location filename="../ui/processing/sync.py" line="37" />
      <source>Table OCS GE de production ([schéma.]table)</source>
      <translation>Table OCS GE de production ([schéma.]table)</translation>
    </message>
    <message>
      <location filename="../ui/processing/sync.py" line="39" />
      <source>Qui synchronise (vide : le rôle de connexion d'un magasin PostgreSQL, sinon l'utilisateur du système)</source>
      <translation>Qui synchronise (vide : le rôle de connexion d'un magasin PostgreSQL, sinon l'utilisateur du système)</translation>
    </message>
    <message>
      <location filename="../ui/processing/sync.py" line="41" />
      <source>Seulement prendre la version de base en production (campagne créée sans base de production) ; rien n'est appliqué</source>
      <translation>Seulement prendre la version de base en production (campagne créée sans base de production) ; rien n'est appliqué</translation>
    </message>
    <message>
      <location filename="../ui/processing/sync.py" line="44" />
      <source>Schéma des tables de synchronisation</source>
      <translation>Schéma des tables de synchronisation</translation>
    </message>
    <message>
      <location filename="../ui/processing/sync.py" line="46" />
      <source>Taille des lots</source>
      <translation>Taille des lots</translation>
    </message>
    <message>
      <location filename="../ui/processing/sync.py" line="72" />
      <source>Version de base prise en production : {n} ligne(s).</source>
      <translation>Version de base prise en production : {n} ligne(s).</translation>
    </message>
    <message>
      <location filename="../ui/processing/training.py" line="16" />
      <source>Exporter les corrections pour l'apprentissage</source>
      <translation>Exporter les corrections pour l'apprentissage</translation>
    </message>
    <message>
      <location filename="../ui/processing/training.py" line="19" />
      <source>Écrit un nouveau GeoPackage des corrections de la campagne, pour entraîner le prochain modèle sur ses erreurs : couche « before » (polygones du modèle avec sa version, sa confiance et ses codes CS/US), couche « after » (polygones revus avec les codes finaux, l'action et la date de décision), reliées par correction_id ; un découpage a un polygone avant et plusieurs après, une fusion l'inverse. Seulement les éléments validés dont la classe ou la géométrie a changé, sauf si les décisions non validées sont demandées. Un fichier existant n'est jamais remplacé.</source>
      <translation>Écrit un nouveau GeoPackage des corrections de la campagne, pour entraîner le prochain modèle sur ses erreurs : couche « before » (polygones du modèle avec sa version, sa confiance et ses codes CS/US), couche « after » (polygones revus avec les codes finaux, l'action et la date de décision), reliées par correction_id ; un découpage a un polygone avant et plusieurs après, une fusion l'inverse. Seulement les éléments validés dont la classe ou la géométrie a changé, sauf si les décisions non validées sont demandées. Un fichier existant n'est jamais remplacé.</translation>
    </message>
    <message>
      <location filename="../ui/processing/training.py" line="29" />
      <source>Inclure les décisions pas encore validées</source>
      <translation>Inclure les décisions pas encore validées</translation>
    </message>
    <message>
      <location filename="../ui/processing/training.py" line="31" />
      <source>Données d'apprentissage</source>
      <translation>Données d'apprentissage</translation>
    </message>
    <message>
      <location filename="../ui/processing/training.py" line="32" />
      <source>Corrections exportées</source>
      <translation>Corrections exportées</translation>
    </message>
    <message>
      <location filename="../ui/review/backgrounds.py" line="31" />
      <source>BD ORTHO® — couleurs naturelles</source>
      <translation>BD ORTHO® — couleurs naturelles</translation>
    </message>
    <message>
      <location filename="../ui/review/backgrounds.py" line="32" />
      <source>BD ORTHO® — infrarouge couleur</source>
      <translation>BD ORTHO® — infrarouge couleur</translation>
    </message>
    <message>
      <location filename="../ui/review/backgrounds.py" line="33" />
      <source>Photographies aériennes 1950–1965</source>
      <translation>Photographies aériennes 1950–1965</translation>
    </message>
    <message>
      <location filename="../ui/review/backgrounds.py" line="195" />
      <source>pas de réponse en {seconds} s</source>
      <translation>pas de réponse en {seconds} s</translation>
    </message>
    <message>
      <location filename="../ui/review/backgrounds.py" line="70" />
      <source>Fond « {title} » impossible à ouvrir ({source}).</source>
      <translation>Fond « {title} » impossible à ouvrir ({source}).</translation>
    </message>
    <message>
      <location filename="../ui/review/backgrounds.py" line="197" />
      <source>réponse HTTP {status}</source>
      <translation>réponse HTTP {status}</translation>
    </message>
    <message>
      <location filename="../ui/review/backgrounds.py" line="207" />
      <source>Fond « {name} » indisponible ({reason}) : la revue continue ; changez de fond avec la touche prévue.</source>
      <translation>Fond « {name} » indisponible ({reason}) : la revue continue ; changez de fond avec la touche prévue.</translation>
    </message>
    <message>
      <location filename="../ui/review/backgrounds_dialog.py" line="19" />
      <source>Fonds d'imagerie de la revue</source>
      <translation>Fonds d'imagerie de la revue</translation>
    </message>
    <message>
      <location filename="../ui/review/backgrounds_dialog.py" line="26" />
      <source>Ajouter les orthophotographies de la Géoplateforme (IGN)</source>
      <translation>Ajouter les orthophotographies de la Géoplateforme (IGN)</translation>
    </message>
    <message>
      <location filename="../ui/review/backgrounds_dialog.py" line="21" />
      <source>Cochez les fonds que la touche de fond fait défiler, dans cet ordre (glissez pour le changer).</source>
      <translation>Cochez les fonds que la touche de fond fait défiler, dans cet ordre (glissez pour le changer).</translation>
    </message>
    <message>
      <location filename="../ui/review/code_picker.py" line="37" />
      <source>R : chercher un code ou des mots</source>
      <translation>R : chercher un code ou des mots</translation>
    </message>
    <message>
      <location filename="../ui/review/disputes.py" line="41" />
      <source>La décision est juste</source>
      <translation>La décision est juste</translation>
    </message>
    <message>
      <location filename="../ui/review/disputes.py" line="43" />
      <source>Le second avis est juste</source>
      <translation>Le second avis est juste</translation>
    </message>
    <message>
      <location filename="../ui/review/disputes.py" line="34" />
      <source>Décision</source>
      <translation>Décision</translation>
    </message>
    <message>
      <location filename="../ui/review/disputes.py" line="34" />
      <source>Second avis</source>
      <translation>Second avis</translation>
    </message>
    <message>
      <location filename="../ui/review/disputes.py" line="59" />
      <source>Désaccords de second avis à trancher ({n})</source>
      <translation>Désaccords de second avis à trancher ({n})</translation>
    </message>
    <message>
      <location filename="../ui/review/review_geometry.py" line="39" />
      <source>Abandonner la géométrie</source>
      <translation>Abandonner la géométrie</translation>
    </message>
    <message>
      <location filename="../ui/review/review_geometry.py" line="44" />
      <source>Découpez ou remodelez avec les outils de QGIS, puis Entrée. Les parties prennent le couple choisi, ou le leur (« Couple → parties sélectionnées »).</source>
      <translation>Découpez ou remodelez avec les outils de QGIS, puis Entrée. Les parties prennent le couple choisi, ou le leur (« Couple → parties sélectionnées »).</translation>
    </message>
    <message>
      <location filename="../ui/review/review_geometry.py" line="104" />
      <source>Modifier la géométrie</source>
      <translation>Modifier la géométrie</translation>
    </message>
    <message>
      <location filename="../ui/review/review_geometry.py" line="23" />
      <source>Modification de la géométrie abandonnée.</source>
      <translation>Modification de la géométrie abandonnée.</translation>
    </message>
    <message>
      <location filename="../ui/review/review_geometry.py" line="65" />
      <source>Sélectionnez d'abord des parties dans la couche de travail.</source>
      <translation>Sélectionnez d'abord des parties dans la couche de travail.</translation>
    </message>
    <message>
      <location filename="../ui/review/review_geometry.py" line="79" />
      <source>Sélectionnez sur la carte les voisins à fusionner (outil de sélection de QGIS, couche de revue), puis M.</source>
      <translation>Sélectionnez sur la carte les voisins à fusionner (outil de sélection de QGIS, couche de revue), puis M.</translation>
    </message>
    <message>
      <location filename="../ui/review/review_geometry.py" line="98" />
      <source>Contrôle à l'aveugle : la géométrie ne se modifie pas, choisissez seulement le couple.</source>
      <translation>Contrôle à l'aveugle : la géométrie ne se modifie pas, choisissez seulement le couple.</translation>
    </message>
    <message>
      <location filename="../ui/review/review_geometry.py" line="29" />
      <source>Revue — géométrie de l'élément {id}</source>
      <translation>Revue — géométrie de l'élément {id}</translation>
    </message>
    <message>
      <location filename="../ui/review/review_map.py" line="143" />
      <source>Aucun fond d'imagerie choisi pour ce projet : Maj+B pour les choisir.</source>
      <translation>Aucun fond d'imagerie choisi pour ce projet : Maj+B pour les choisir.</translation>
    </message>
    <message>
      <location filename="../ui/review/review_map.py" line="41" />
      <source>Revue — {name}</source>
      <translation>Revue — {name}</translation>
    </message>
    <message>
      <location filename="../ui/review/review_map.py" line="145" />
      <source>Fond : {name}</source>
      <translation>Fond : {name}</translation>
    </message>
    <message>
      <location filename="../ui/review/review_map.py" line="43" />
      <source>La couche des éléments de « {path} » ne s'ouvre pas dans QGIS.</source>
      <translation>La couche des éléments de « {path} » ne s'ouvre pas dans QGIS.</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="68" />
      <source>Doute</source>
      <translation>Doute</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="68" />
      <source>Image inexploitable</source>
      <translation>Image inexploitable</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="69" />
      <source>Géométrie à reprendre</source>
      <translation>Géométrie à reprendre</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="77" />
      <source>Revue OCS GE</source>
      <translation>Revue OCS GE</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="138" />
      <source>Contrôle à l'aveugle</source>
      <translation>Contrôle à l'aveugle</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="145" />
      <source>Couverture (CS)</source>
      <translation>Couverture (CS)</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="149" />
      <source>Usage (US)</source>
      <translation>Usage (US)</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="172" />
      <source>Commentaire (C) — Entrée enregistre, Tab le garde, Échap l'efface</source>
      <translation>Commentaire (C) — Entrée enregistre, Tab le garde, Échap l'efface</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="178" />
      <source>Enregistrer</source>
      <translation>Enregistrer</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="179" />
      <source>Suivant</source>
      <translation>Suivant</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="180" />
      <source>Passer</source>
      <translation>Passer</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="181" />
      <source>Annuler</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="196" />
      <source>Fusionner la sélection</source>
      <translation>Fusionner la sélection</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="197" />
      <source>Couple → parties sélectionnées</source>
      <translation>Couple → parties sélectionnées</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="209" />
      <source>Temps sur l'élément</source>
      <translation>Temps sur l'élément</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="210" />
      <source>Avancement</source>
      <translation>Avancement</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="211" />
      <source>Cette session</source>
      <translation>Cette session</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="623" />
      <source>Décision annulée : l'élément est de nouveau à vous.</source>
      <translation>Décision annulée : l'élément est de nouveau à vous.</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="236" />
      <source>Revue : enregistrer le couple choisi</source>
      <translation>Revue : enregistrer le couple choisi</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="237" />
      <source>Revue : enregistrer (pavé numérique)</source>
      <translation>Revue : enregistrer (pavé numérique)</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="238" />
      <source>Revue : élément suivant</source>
      <translation>Revue : élément suivant</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="239" />
      <source>Revue : élément suivant (espace)</source>
      <translation>Revue : élément suivant (espace)</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="240" />
      <source>Revue : passer l'élément</source>
      <translation>Revue : passer l'élément</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="241" />
      <source>Revue : signaler un doute</source>
      <translation>Revue : signaler un doute</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="242" />
      <source>Revue : signaler une image inexploitable</source>
      <translation>Revue : signaler une image inexploitable</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="243" />
      <source>Revue : signaler une géométrie à reprendre</source>
      <translation>Revue : signaler une géométrie à reprendre</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="244" />
      <source>Revue : écrire un commentaire</source>
      <translation>Revue : écrire un commentaire</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="245" />
      <source>Revue : passer de la couverture à l'usage et inversement</source>
      <translation>Revue : passer de la couverture à l'usage et inversement</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="247" />
      <source>Revue : annuler la dernière décision</source>
      <translation>Revue : annuler la dernière décision</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="248" />
      <source>Revue : modifier la géométrie (découper, remodeler) ou l'abandonner</source>
      <translation>Revue : modifier la géométrie (découper, remodeler) ou l'abandonner</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="250" />
      <source>Revue : fusionner avec les voisins sélectionnés</source>
      <translation>Revue : fusionner avec les voisins sélectionnés</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="251" />
      <source>Revue : chercher une classe dans la nomenclature (couverture puis usage)</source>
      <translation>Revue : chercher une classe dans la nomenclature (couverture puis usage)</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="253" />
      <source>Revue : fond d'imagerie suivant</source>
      <translation>Revue : fond d'imagerie suivant</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="254" />
      <source>Revue : choisir les fonds d'imagerie</source>
      <translation>Revue : choisir les fonds d'imagerie</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="255" />
      <source>Revue : classes en aplats ou en contours seuls</source>
      <translation>Revue : classes en aplats ou en contours seuls</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="256" />
      <source>Revue : étiquettes des classes sur la carte</source>
      <translation>Revue : étiquettes des classes sur la carte</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="289" />
      <source>Enregistrez (Entrée) ou passez (S) l'élément en cours avant le suivant.</source>
      <translation>Enregistrez (Entrée) ou passez (S) l'élément en cours avant le suivant.</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="355" />
      <source>Plus aucun élément à revoir : merci !</source>
      <translation>Plus aucun élément à revoir : merci !</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="398" />
      <source>Renvoyé par le validateur : {reason}</source>
      <translation>Renvoyé par le validateur : {reason}</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="435" />
      <source>Artificialisé</source>
      <translation>Artificialisé</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="438" />
      <source>Non artificialisé</source>
      <translation>Non artificialisé</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="517" />
      <source>Choisissez une couverture et un usage avant d'enregistrer.</source>
      <translation>Choisissez une couverture et un usage avant d'enregistrer.</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="534" />
      <source>La couche de travail ne contient plus aucune partie : annulez ses suppressions, ou abandonnez la modification de la géométrie (E).</source>
      <translation>La couche de travail ne contient plus aucune partie : annulez ses suppressions, ou abandonnez la modification de la géométrie (E).</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="538" />
      <source>Un découpage s'enregistre avec Entrée, sans signalement : écrivez votre doute en commentaire (C).</source>
      <translation>Un découpage s'enregistre avec Entrée, sans signalement : écrivez votre doute en commentaire (C).</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="602" />
      <source>Aucune décision à annuler dans cette session.</source>
      <translation>Aucune décision à annuler dans cette session.</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="720" />
      <source>confirmé</source>
      <translation>confirmé</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="720" />
      <source>corrigé</source>
      <translation>corrigé</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="720" />
      <source>signalé</source>
      <translation>signalé</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="720" />
      <source>découpé</source>
      <translation>découpé</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="721" />
      <source>fusionné</source>
      <translation>fusionné</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="721" />
      <source>remodelé</source>
      <translation>remodelé</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="370" />
      <source>Élément {id} (source {source}) — {area} m²</source>
      <translation>Élément {id} (source {source}) — {area} m²</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="582" />
      <source>signalé : {flag}</source>
      <translation>signalé : {flag}</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="583" />
      <source>Enregistré ({action}). N ou Espace : élément suivant.</source>
      <translation>Enregistré ({action}). N ou Espace : élément suivant.</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="670" />
      <source>Décisions : {decisions} · corrections : {corrections}</source>
      <translation>Décisions : {decisions} · corrections : {corrections}</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="667" />
      <source>Faits : {done} ({done_area}) · restants : {left} ({left_area})</source>
      <translation>Faits : {done} ({done_area}) · restants : {left} ({left_area})</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="259" />
      <source>Revue : proposition n° {n} (couverture puis usage)</source>
      <translation>Revue : proposition n° {n} (couverture puis usage)</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="405" />
      <source>Votre réponse : {answer}</source>
      <translation>Votre réponse : {answer}</translation>
    </message>
    <message>
      <location filename="../ui/review/review_panel.py" line="407" />
      <source>Réponse de {author} : {answer}</source>
      <translation>Réponse de {author} : {answer}</translation>
    </message>
    <message>
      <location filename="../ui/review/second_opinion_panel.py" line="26" />
      <source>— choisir —</source>
      <translation>— choisir —</translation>
    </message>
    <message>
      <location filename="../ui/review/second_opinion_panel.py" line="36" />
      <source>Seconds avis OCS GE</source>
      <translation>Seconds avis OCS GE</translation>
    </message>
    <message>
      <location filename="../ui/review/second_opinion_panel.py" line="62" />
      <source>Enregistrer l'avis</source>
      <translation>Enregistrer l'avis</translation>
    </message>
    <message>
      <location filename="../ui/review/second_opinion_panel.py" line="90" />
      <source>Aucun second avis à donner pour vous.</source>
      <translation>Aucun second avis à donner pour vous.</translation>
    </message>
    <message>
      <location filename="../ui/review/second_opinion_panel.py" line="44" />
      <source>Second avis — élément</source>
      <translation>Second avis — élément</translation>
    </message>
    <message>
      <location filename="../ui/review/second_opinion_panel.py" line="110" />
      <source>Second avis sur l'élément {id} : {state}.</source>
      <translation>Second avis sur l'élément {id} : {state}.</translation>
    </message>
    <message>
      <location filename="../ui/review/second_opinion_panel.py" line="94" />
      <source>Élément {id} — {area} m² — à classer sans la proposition du modèle ni la première décision</source>
      <translation>Élément {id} — {area} m² — à classer sans la proposition du modèle ni la première décision</translation>
    </message>
    <message>
      <location filename="../ui/review/validation_model.py" line="60" />
      <source>Votre propre décision : un autre validateur doit la valider.</source>
      <translation>Votre propre décision : un autre validateur doit la valider.</translation>
    </message>
    <message>
      <location filename="../ui/review/validation_model.py" line="61" />
      <source>à l'aveugle</source>
      <translation>à l'aveugle</translation>
    </message>
    <message>
      <location filename="../ui/review/validation_model.py" line="59" />
      <source>approuvé</source>
      <translation>approuvé</translation>
    </message>
    <message>
      <location filename="../ui/review/validation_model.py" line="59" />
      <source>rejeté</source>
      <translation>rejeté</translation>
    </message>
    <message>
      <location filename="../ui/review/validation_model.py" line="62" />
      <source>Photo-interprète</source>
      <translation>Photo-interprète</translation>
    </message>
    <message>
      <location filename="../ui/review/validation_model.py" line="62" />
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../ui/review/validation_model.py" line="62" />
      <source>Modèle</source>
      <translation>Modèle</translation>
    </message>
    <message>
      <location filename="../ui/review/validation_model.py" line="63" />
      <source>Décidé le</source>
      <translation>Décidé le</translation>
    </message>
    <message>
      <location filename="../ui/review/validation_model.py" line="63" />
      <source>Validation</source>
      <translation>Validation</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="61" />
      <source>Couverture erronée</source>
      <translation>Couverture erronée</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="61" />
      <source>Usage erroné</source>
      <translation>Usage erroné</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="62" />
      <source>Autre</source>
      <translation>Autre</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="66" />
      <source>Couverture du modèle</source>
      <translation>Couverture du modèle</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="66" />
      <source>Couverture décidée</source>
      <translation>Couverture décidée</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="67" />
      <source>Usage du modèle</source>
      <translation>Usage du modèle</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="67" />
      <source>Usage décidé</source>
      <translation>Usage décidé</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="86" />
      <source>— choisir un motif —</source>
      <translation>— choisir un motif —</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="92" />
      <source>ce que le photo-interprète doit reprendre</source>
      <translation>ce que le photo-interprète doit reprendre</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="93" />
      <source>Commentaire</source>
      <translation>Commentaire</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="119" />
      <source>Validation OCS GE</source>
      <translation>Validation OCS GE</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="159" />
      <source>Filtres</source>
      <translation>Filtres</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="163" />
      <source>Toutes</source>
      <translation>Toutes</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="226" />
      <source>Avant / après</source>
      <translation>Avant / après</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="246" />
      <source>Géométrie modifiée : avant en tirets, après en plein.</source>
      <translation>Géométrie modifiée : avant en tirets, après en plein.</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="258" />
      <source>Approuver</source>
      <translation>Approuver</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="259" />
      <source>Rejeter…</source>
      <translation>Rejeter…</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="267" />
      <source>Approbation groupée (contrôle par échantillon)</source>
      <translation>Approbation groupée (contrôle par échantillon)</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="274" />
      <source>Part de chaque classe (couverture décidée) tirée dans l'échantillon</source>
      <translation>Part de chaque classe (couverture décidée) tirée dans l'échantillon</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="279" />
      <source>Nombre d'acceptation c : rejets admis dans l'échantillon pour approuver le reste</source>
      <translation>Nombre d'acceptation c : rejets admis dans l'échantillon pour approuver le reste</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="281" />
      <source>inclure les signalés</source>
      <translation>inclure les signalés</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="288" />
      <source>Tirer l'échantillon</source>
      <translation>Tirer l'échantillon</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="289" />
      <source>Approuver le reste</source>
      <translation>Approuver le reste</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="313" />
      <source>Votre réponse à l'aveugle</source>
      <translation>Votre réponse à l'aveugle</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="323" />
      <source>Enregistrer ma réponse</source>
      <translation>Enregistrer ma réponse</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="386" />
      <source>Tous</source>
      <translation>Tous</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="623" />
      <source>Contrôle à l'aveugle : donnez d'abord votre couverture et votre usage (Entrée les enregistre).</source>
      <translation>Contrôle à l'aveugle : donnez d'abord votre couverture et votre usage (Entrée les enregistre).</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="703" />
      <source>Plus aucun élément à valider avec ces filtres.</source>
      <translation>Plus aucun élément à valider avec ces filtres.</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="741" />
      <source>Échantillon tiré : contrôlez chacun de ses éléments (surlignés) à l'aveugle, N pour passer de l'un à l'autre.</source>
      <translation>Échantillon tiré : contrôlez chacun de ses éléments (surlignés) à l'aveugle, N pour passer de l'un à l'autre.</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="789" />
      <source>Approbation groupée</source>
      <translation>Approbation groupée</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="165" />
      <source>géométrie modifiée</source>
      <translation>géométrie modifiée</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="187" />
      <source>Classe</source>
      <translation>Classe</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="190" />
      <source>Décidé du</source>
      <translation>Décidé du</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="192" />
      <source>au</source>
      <translation>au</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="194" />
      <source>Confiance du modèle de</source>
      <translation>Confiance du modèle de</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="196" />
      <source>à</source>
      <translation>à</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="229" />
      <source>Vous (à l'aveugle)</source>
      <translation>Vous (à l'aveugle)</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="283" />
      <source>Échantillon par classe</source>
      <translation>Échantillon par classe</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="285" />
      <source>Rejets admis (c)</source>
      <translation>Rejets admis (c)</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="329" />
      <source>chercher un code ou des mots</source>
      <translation>chercher un code ou des mots</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="349" />
      <source>Validation : approuver l'élément</source>
      <translation>Validation : approuver l'élément</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="350" />
      <source>Validation : rejeter l'élément (avec un motif)</source>
      <translation>Validation : rejeter l'élément (avec un motif)</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="351" />
      <source>Validation : élément suivant à valider</source>
      <translation>Validation : élément suivant à valider</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="352" />
      <source>Validation : enregistrer votre réponse à l'aveugle</source>
      <translation>Validation : enregistrer votre réponse à l'aveugle</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="436" />
      <source>Filtres changés : l'échantillon de contrôle est à tirer de nouveau.</source>
      <translation>Filtres changés : l'échantillon de contrôle est à tirer de nouveau.</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="503" />
      <source>Aucun élément à valider avec ces filtres.</source>
      <translation>Aucun élément à valider avec ces filtres.</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="525" />
      <source>Vos réponses diffèrent : A approuve celle du photo-interprète, R la rejette.</source>
      <translation>Vos réponses diffèrent : A approuve celle du photo-interprète, R la rejette.</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="574" />
      <source>Choisissez votre couverture et votre usage avant d'enregistrer votre réponse.</source>
      <translation>Choisissez votre couverture et votre usage avant d'enregistrer votre réponse.</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="678" />
      <source>N : élément suivant.</source>
      <translation>N : élément suivant.</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="720" />
      <source>Plan changé : l'échantillon de contrôle est à tirer de nouveau.</source>
      <translation>Plan changé : l'échantillon de contrôle est à tirer de nouveau.</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="734" />
      <source>Aucun élément à approuver avec ces filtres.</source>
      <translation>Aucun élément à approuver avec ces filtres.</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="769" />
      <source>Tirez un échantillon de contrôle pour approuver ce filtre d'un coup (signalés exclus sauf demande).</source>
      <translation>Tirez un échantillon de contrôle pour approuver ce filtre d'un coup (signalés exclus sauf demande).</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="774" />
      <source>Plan : n = {n}, c = {c} ({share} % par classe), lot de {lot} — {checked} contrôlé(s), {rejected} rejeté(s)</source>
      <translation>Plan : n = {n}, c = {c} ({share} % par classe), lot de {lot} — {checked} contrôlé(s), {rejected} rejeté(s)</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="779" />
      <source>lot refusé : validez ses éléments un par un.</source>
      <translation>lot refusé : validez ses éléments un par un.</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="82" />
      <source>Rejeter l'élément {id}</source>
      <translation>Rejeter l'élément {id}</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="138" />
      <source>Validation — après</source>
      <translation>Validation — après</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="139" />
      <source>Validation — avant</source>
      <translation>Validation — avant</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="152" />
      <source>Campagne « {name} » — département {code} ({dept}) — validation par {user}</source>
      <translation>Campagne « {name} » — département {code} ({dept}) — validation par {user}</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="439" />
      <source>{shown} élément(s) affiché(s) sur {total} décidé(s) · {waiting} à valider</source>
      <translation>{shown} élément(s) affiché(s) sur {total} décidé(s) · {waiting} à valider</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="517" />
      <source>Élément {id} (source {source}) — {area} m² — {action} par {who}</source>
      <translation>Élément {id} (source {source}) — {area} m² — {action} par {who}</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="544" />
      <source>Contrôle à l'aveugle : choisissez votre couverture puis votre usage (tapez un code ou des mots, ↓ puis Entrée), puis Entrée enregistre votre réponse.</source>
      <translation>Contrôle à l'aveugle : choisissez votre couverture puis votre usage (tapez un code ou des mots, ↓ puis Entrée), puis Entrée enregistre votre réponse.</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="589" />
      <source>Élément {id} : votre réponse diffère de celle du photo-interprète. A approuve la sienne, R la rejette.</source>
      <translation>Élément {id} : votre réponse diffère de celle du photo-interprète. A approuve la sienne, R la rejette.</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="781" />
      <source>lot accepté.</source>
      <translation>lot accepté.</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="785" />
      <source>Approuver le reste ({n})</source>
      <translation>Approuver le reste ({n})</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="790" />
      <source>Approuver d'un coup {n} élément(s), {km2} km², après un échantillon conforme au plan ?</source>
      <translation>Approuver d'un coup {n} élément(s), {km2} km², après un échantillon conforme au plan ?</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="820" />
      <source>{n} élément(s) approuvé(s) d'un coup, {km2} km², après contrôle de {size} sur {total}.</source>
      <translation>{n} élément(s) approuvé(s) d'un coup, {km2} km², après contrôle de {size} sur {total}.</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="521" />
      <source>Signalement : {flag}</source>
      <translation>Signalement : {flag}</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="523" />
      <source>Commentaire : {comment}</source>
      <translation>Commentaire : {comment}</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="665" />
      <source>L'élément {id} est déjà {state}.</source>
      <translation>L'élément {id} est déjà {state}.</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="800" />
      <source>Approbation groupée refusée : {rejected} rejet(s) dans l'échantillon de {n} pour {c} admis ; validez le lot un par un.</source>
      <translation>Approbation groupée refusée : {rejected} rejet(s) dans l'échantillon de {n} pour {c} admis ; validez le lot un par un.</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="804" />
      <source>Approbation groupée refusée : tirez l'échantillon de contrôle et validez chacun de ses éléments d'abord ({left} restant(s)).</source>
      <translation>Approbation groupée refusée : tirez l'échantillon de contrôle et validez chacun de ses éléments d'abord ({left} restant(s)).</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="825" />
      <source>{n} élément(s) non approuvé(s) : {first}</source>
      <translation>{n} élément(s) non approuvé(s) : {first}</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="388" />
      <source>(vous)</source>
      <translation>(vous)</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="542" />
      <source>Élément {id} (source {source}) — {area} m² — décidé par {who}</source>
      <translation>Élément {id} (source {source}) — {area} m² — décidé par {who}</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="583" />
      <source>Élément {id} : votre réponse est celle du photo-interprète, approuvé. N : élément suivant.</source>
      <translation>Élément {id} : votre réponse est celle du photo-interprète, approuvé. N : élément suivant.</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="677" />
      <source>Élément {id} approuvé.</source>
      <translation>Élément {id} approuvé.</translation>
    </message>
    <message>
      <location filename="../ui/review/validator_panel.py" line="677" />
      <source>Élément {id} rejeté : {reason}</source>
      <translation>Élément {id} rejeté : {reason}</translation>
    </message>
    <message>
      <location filename="../ui/store_dialog.py" line="74" />
      <source>Fichier GeoPackage</source>
      <translation>Fichier GeoPackage</translation>
    </message>
    <message>
      <location filename="../ui/store_dialog.py" line="76" />
      <source>Base PostgreSQL (connexion QGIS)</source>
      <translation>Base PostgreSQL (connexion QGIS)</translation>
    </message>
    <message>
      <location filename="../ui/store_dialog.py" line="95" />
      <source>Connexion</source>
      <translation>Connexion</translation>
    </message>
    <message>
      <location filename="../ui/store_dialog.py" line="98" />
      <source>Schéma</source>
      <translation>Schéma</translation>
    </message>
    <message>
      <location filename="../ui/store_dialog.py" line="101" />
      <source>la seule visible, si vide</source>
      <translation>la seule visible, si vide</translation>
    </message>
    <message>
      <location filename="../ui/store_dialog.py" line="102" />
      <source>Campagne</source>
      <translation>Campagne</translation>
    </message>
    <message>
      <location filename="../ui/store_dialog.py" line="171" />
      <source>Ouvrir un magasin de revue</source>
      <translation>Ouvrir un magasin de revue</translation>
    </message>
    <message>
      <location filename="../ui/store_dialog.py" line="172" />
      <source>Magasins de revue (*.gpkg);;Tous les fichiers (*)</source>
      <translation>Magasins de revue (*.gpkg);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../ui/store_dialog.py" line="109" />
      <source>Base de production (connexion QGIS)</source>
      <translation>Base de production (connexion QGIS)</translation>
    </message>
    <message>
      <location filename="../ui/store_dialog.py" line="112" />
      <source>Table de production</source>
      <translation>Table de production</translation>
    </message>
    <message>
      <location filename="../ui/store_dialog.py" line="115" />
      <source>Utilisateur</source>
      <translation>Utilisateur</translation>
    </message>
    <message>
      <location filename="../ui/store_dialog.py" line="121" />
      <source>Le nom écrit dans le journal pour un magasin GeoPackage (vide : votre identifiant). Sur PostgreSQL, c'est votre identifiant de connexion.</source>
      <translation>Le nom écrit dans le journal pour un magasin GeoPackage (vide : votre identifiant). Sur PostgreSQL, c'est votre identifiant de connexion.</translation>
    </message>
    <message>
      <location filename="../ui/store_dialog.py" line="123" />
      <source>Votre nom dans le journal</source>
      <translation>Votre nom dans le journal</translation>
    </message>
    <message>
      <location filename="../ui/store_dialog.py" line="130" />
      <source>La place laissée autour de l'élément sur la carte, en fraction de sa taille de chaque côté (0,5 : la moitié).</source>
      <translation>La place laissée autour de l'élément sur la carte, en fraction de sa taille de chaque côté (0,5 : la moitié).</translation>
    </message>
    <message>
      <location filename="../ui/store_dialog.py" line="132" />
      <source>Marge autour de l'élément</source>
      <translation>Marge autour de l'élément</translation>
    </message>
    <message>
      <location filename="../ui/store_dialog.py" line="51" />
      <source>Connexion PostgreSQL « {name} » introuvable dans QGIS.</source>
      <translation>Connexion PostgreSQL « {name} » introuvable dans QGIS.</translation>
    </message>
    <message>
      <location filename="../ui/store_dialog.py" line="182" />
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
      <source>Reprise par département</source>
      <translation type="vanished">Reprise par département</translation>
    </message>
    <message>
      <source>Reprise par classe</source>
      <translation type="vanished">Reprise par classe</translation>
    </message>
    <message>
      <source>Matrice de transition (couverture)</source>
      <translation type="vanished">Matrice de transition (couverture)</translation>
    </message>
    <message>
      <source>Exactitude</source>
      <translation type="vanished">Exactitude</translation>
    </message>
    <message>
      <source>Produit livré</source>
      <translation type="vanished">Produit livré</translation>
    </message>
    <message>
      <source>Échantillon tiré : contrôlez chacun de ses éléments (surlignés), N pour passer de l'un à l'autre.</source>
      <translation type="vanished">Échantillon tiré : contrôlez chacun de ses éléments (surlignés), N pour passer de l'un à l'autre.</translation>
    </message>
    <message>
      <source>OCS GE Review : le module Python « {module} » est en version {version}, il faut la version {major} ou plus récente. Installez-la avec : {command}</source>
      <translation type="vanished">OCS GE Review : le module Python « {module} » est en version {version}, il faut la version {major} ou plus récente. Installez-la avec : {command}</translation>
    </message>
    <message>
      <source>OCS GE Review : le module Python « {module} » est introuvable. Installez-le avec : {command}</source>
      <translation type="vanished">OCS GE Review : le module Python « {module} » est introuvable. Installez-le avec : {command}</translation>
    </message>
    <message>
      <source>Calcule les indicateurs d'un département pour un mois (reprise, exactitude du modèle, production, coût, automatisation) et écrit la charge utile JSON livrée au pipeline (schéma ocsge_review/schemas/indicators-1.json). Les principaux chiffres sont aussi des sorties de l'algorithme.</source>
      <translation type="vanished">Calcule les indicateurs d'un département pour un mois (reprise, exactitude du modèle, production, coût, automatisation) et écrit la charge utile JSON livrée au pipeline (schéma ocsge_review/schemas/indicators-1.json). Les principaux chiffres sont aussi des sorties de l'algorithme.</translation>
    </message>
    <message>
      <source>Commentaire (C) — Entrée enregistre, Échap revient</source>
      <translation type="vanished">Commentaire (C) — Entrée enregistre, Échap revient</translation>
    </message>
    <message>
      <source>Faits : {done} ({done_km2} km²) · restants : {left} ({left_km2} km²)</source>
      <translation type="vanished">Faits : {done} ({done_km2} km²) · restants : {left} ({left_km2} km²)</translation>
    </message>
    <message>
      <source>Tirer l'échantillon de contrôle</source>
      <translation type="vanished">Tirer l'échantillon de contrôle</translation>
    </message>
    <message>
      <source>Tirez un échantillon de contrôle pour approuver ce filtre d'un coup.</source>
      <translation type="vanished">Tirez un échantillon de contrôle pour approuver ce filtre d'un coup.</translation>
    </message>
    <message>
      <source>Échantillon : {checked} contrôlé(s) sur {size}, tiré de {total}</source>
      <translation type="vanished">Échantillon : {checked} contrôlé(s) sur {size}, tiré de {total}</translation>
    </message>
    <message>
      <source>{n} élément(s) approuvé(s) d'un coup après contrôle de {size} sur {total}.</source>
      <translation type="vanished">{n} élément(s) approuvé(s) d'un coup après contrôle de {size} sur {total}.</translation>
    </message>
    <message>
      <source>Politique de tri « {path} » : un objet JSON est attendu.</source>
      <translation type="vanished">Politique de tri « {path} » : un objet JSON est attendu.</translation>
    </message>
    <message>
      <source>Politique de tri illisible « {path} » : {error}</source>
      <translation type="vanished">Politique de tri illisible « {path} » : {error}</translation>
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
    <name>core</name>
    <message>
      <location filename="../ocsge_review/campaigns/campaign.py" line="125" />
      <source>Territoire : {where} — {area}, {count} polygones du modèle.</source>
      <translation>Territoire : {where} — {area}, {count} polygones du modèle.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/campaign.py" line="47" />
      <source>Campagne {department} ({name}) — modèle {model_version}, {count} polygones.</source>
      <translation>Campagne {department} ({name}) — modèle {model_version}, {count} polygones.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/campaign.py" line="115" />
      <source>emprise {extent}</source>
      <translation>emprise {extent}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/campaign.py" line="161" />
      <source>{store}, schéma « {schema} »</source>
      <translation>{store}, schéma « {schema} »</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/campaign.py" line="163" />
      <source>Campagne créée dans {where} : {summary}</source>
      <translation>Campagne créée dans {where} : {summary}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/campaign.py" line="81" />
      <source>Indiquez le département de la campagne (le nom de « {model} » ne le dit pas).</source>
      <translation>Indiquez le département de la campagne (le nom de « {model} » ne le dit pas).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/campaign.py" line="85" />
      <source>« {name} » est la livraison du département {delivered}, pas du {dep}.</source>
      <translation>« {name} » est la livraison du département {delivered}, pas du {dep}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/campaign.py" line="93" />
      <source>« {model} » est en {crs} ; les campagnes du département {dep} sont en {official} : reprojetez la sortie du modèle.</source>
      <translation>« {model} » est en {crs} ; les campagnes du département {dep} sont en {official} : reprojetez la sortie du modèle.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/campaign.py" line="123" />
      <source>« {label} » (polygones : {features})</source>
      <translation>« {label} » (polygones : {features})</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/campaign.py" line="119" />
      <source>, couche « {layer} »</source>
      <translation>, couche « {layer} »</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/campaign.py" line="121" />
      <source>, filtre « {where} »</source>
      <translation>, filtre « {where} »</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/campaign.py" line="124" />
      <source>sélection</source>
      <translation>sélection</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/second_opinion.py" line="50" />
      <source>--target-se doit être entre 0 et 0,5 (par exemple 0,02), pas {value:g}.</source>
      <translation>--target-se doit être entre 0 et 0,5 (par exemple 0,02), pas {value:g}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/second_opinion.py" line="53" />
      <source>--expected-agreement doit être strictement entre 0 et 1, pas {value:g}.</source>
      <translation>--expected-agreement doit être strictement entre 0 et 1, pas {value:g}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/second_opinion.py" line="72" />
      <source>Aucun élément revu depuis le dernier tirage : rien à tirer pour un second avis.</source>
      <translation>Aucun élément revu depuis le dernier tirage : rien à tirer pour un second avis.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/territory.py" line="139" />
      <source>Emprise invalide ({xmin:g}, {ymin:g}, {xmax:g}, {ymax:g}) : il faut XMIN &lt; XMAX et YMIN &lt; YMAX.</source>
      <translation>Emprise invalide ({xmin:g}, {ymin:g}, {xmax:g}, {ymax:g}) : il faut XMIN &lt; XMAX et YMIN &lt; YMAX.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/territory.py" line="150" />
      <source>Couche du territoire introuvable : « {path} ».</source>
      <translation>Couche du territoire introuvable : « {path} ».</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/territory.py" line="171" />
      <source>Territoire : {count} géométries invalides réparées</source>
      <translation>Territoire : {count} géométries invalides réparées</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/territory.py" line="47" />
      <source>Emprise « {text} » illisible : quatre nombres XMIN,YMIN,XMAX,YMAX attendus.</source>
      <translation>Emprise « {text} » illisible : quatre nombres XMIN,YMIN,XMAX,YMAX attendus.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/territory.py" line="55" />
      <source>Territoire : donnez soit une emprise, soit une couche de polygones.</source>
      <translation>Territoire : donnez soit une emprise, soit une couche de polygones.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/territory.py" line="70" />
      <source>Territoire {name} : pas de système de coordonnées.</source>
      <translation>Territoire {name} : pas de système de coordonnées.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/territory.py" line="72" />
      <source>Territoire {name} reprojeté de {source} vers {target}</source>
      <translation>Territoire {name} reprojeté de {source} vers {target}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/territory.py" line="78" />
      <source>Territoire {name} : aucun polygone utilisable.</source>
      <translation>Territoire {name} : aucun polygone utilisable.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/territory.py" line="125" />
      <source>Le territoire {name} ne recouvre aucun polygone de « {source} » (emprise {extent}).</source>
      <translation>Le territoire {name} ne recouvre aucun polygone de « {source} » (emprise {extent}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/territory.py" line="158" />
      <source>Territoire « {name} » illisible ({detail}).</source>
      <translation>Territoire « {name} » illisible ({detail}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/territory.py" line="161" />
      <source>Territoire « {name} » : aucun objet ne répond au filtre « {where} ».</source>
      <translation>Territoire « {name} » : aucun objet ne répond au filtre « {where} ».</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/territory.py" line="162" />
      <source>Territoire « {name} » : la couche est vide.</source>
      <translation>Territoire « {name} » : la couche est vide.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/territory.py" line="68" />
      <source>Territoire {name} : aucun polygone sélectionné.</source>
      <translation>Territoire {name} : aucun polygone sélectionné.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/territory.py" line="156" />
      <source>Territoire « {name} » : filtre « {where} » refusé ({detail}).</source>
      <translation>Territoire « {name} » : filtre « {where} » refusé ({detail}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/triage.py" line="234" />
      <source>File de revue</source>
      <translation>File de revue</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/triage.py" line="234" />
      <source>Acceptés automatiquement (hors contrôle)</source>
      <translation>Acceptés automatiquement (hors contrôle)</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/triage.py" line="235" />
      <source>Échantillon de contrôle (acceptés, revus à l'aveugle)</source>
      <translation>Échantillon de contrôle (acceptés, revus à l'aveugle)</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/triage.py" line="236" />
      <source>{part} : {count} polygones ({area})</source>
      <translation>{part} : {count} polygones ({area})</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/triage.py" line="56" />
      <source>Les seuils par classe doivent être donnés sous la forme code → seuil.</source>
      <translation>Les seuils par classe doivent être donnés sous la forme code → seuil.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/triage.py" line="67" />
      <source>Score d'incertitude inconnu : « {score} » (choix possibles : {scores}).</source>
      <translation>Score d'incertitude inconnu : « {score} » (choix possibles : {scores}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/triage.py" line="76" />
      <source>Les bornes des tranches de confiance de l'échantillon de contrôle doivent être une liste de nombres.</source>
      <translation>Les bornes des tranches de confiance de l'échantillon de contrôle doivent être une liste de nombres.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/triage.py" line="80" />
      <source>Les bornes des tranches de confiance de l'échantillon de contrôle doivent être entre 0 et 1 (reçu : {bands}).</source>
      <translation>Les bornes des tranches de confiance de l'échantillon de contrôle doivent être entre 0 et 1 (reçu : {bands}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/triage.py" line="83" />
      <source>Les bornes des tranches de confiance de l'échantillon de contrôle doivent être strictement croissantes (reçu : {bands}).</source>
      <translation>Les bornes des tranches de confiance de l'échantillon de contrôle doivent être strictement croissantes (reçu : {bands}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/triage.py" line="87" />
      <source>« audit_by_class » doit valoir vrai ou faux.</source>
      <translation>« audit_by_class » doit valoir vrai ou faux.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/triage.py" line="89" />
      <source>L'erreur-type visée doit être strictement positive et au plus 0,5 (valeur reçue : {target_se!r}).</source>
      <translation>L'erreur-type visée doit être strictement positive et au plus 0,5 (valeur reçue : {target_se!r}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/triage.py" line="92" />
      <source>La taille imposée de l'échantillon de contrôle doit être un entier positif ou nul (valeur reçue : {audit_size!r}).</source>
      <translation>La taille imposée de l'échantillon de contrôle doit être un entier positif ou nul (valeur reçue : {audit_size!r}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/triage.py" line="96" />
      <source>Le minimum de polygones contrôlés par strate doit être un entier positif ou nul (valeur reçue : {min_per_stratum!r}).</source>
      <translation>Le minimum de polygones contrôlés par strate doit être un entier positif ou nul (valeur reçue : {min_per_stratum!r}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/triage.py" line="100" />
      <source>La graine du tirage doit être un entier positif ou nul (valeur reçue : {seed!r}).</source>
      <translation>La graine du tirage doit être un entier positif ou nul (valeur reçue : {seed!r}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/triage.py" line="117" />
      <source>La politique de tri enregistrée est illisible (objet attendu).</source>
      <translation>La politique de tri enregistrée est illisible (objet attendu).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/triage.py" line="122" />
      <source>Paramètre de tri inconnu : « {unknown} ».</source>
      <translation>Paramètre de tri inconnu : « {unknown} ».</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/triage.py" line="148" />
      <source>Politique de tri « {policy} » : un objet JSON est attendu.</source>
      <translation>Politique de tri « {policy} » : un objet JSON est attendu.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/triage.py" line="211" />
      <source>La couche de confiance n'a pas le(s) champ(s) {fields} nécessaire(s) au tri.</source>
      <translation>La couche de confiance n'a pas le(s) champ(s) {fields} nécessaire(s) au tri.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/triage.py" line="241" />
      <source>, relevée à {count} par le minimum par strate</source>
      <translation>, relevée à {count} par le minimum par strate</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/triage.py" line="242" />
      <source>calculée</source>
      <translation>calculée</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/triage.py" line="242" />
      <source>imposée</source>
      <translation>imposée</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/triage.py" line="243" />
      <source>Échantillon tiré au hasard, sans remise, dans {count} strate(s) : taille {how} {size}{floor}</source>
      <translation>Échantillon tiré au hasard, sans remise, dans {count} strate(s) : taille {how} {size}{floor}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/triage.py" line="51" />
      <source>Le seuil de confiance « {name} » doit être un nombre entre 0 et 1 (valeur reçue : {value!r}).</source>
      <translation>Le seuil de confiance « {name} » doit être un nombre entre 0 et 1 (valeur reçue : {value!r}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/triage.py" line="62" />
      <source>Seuil par classe : « {code} » n'est pas un code de couverture ou d'usage OCS GE de dernier niveau{hint}.</source>
      <translation>Seuil par classe : « {code} » n'est pas un code de couverture ou d'usage OCS GE de dernier niveau{hint}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/triage.py" line="73" />
      <source>Le bonus « {name} » doit être un nombre positif ou nul (valeur reçue : {value!r}).</source>
      <translation>Le bonus « {name} » doit être un nombre positif ou nul (valeur reçue : {value!r}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/triage.py" line="142" />
      <source>Politique de tri « {policy} » : JSON invalide (ligne {lineno}).</source>
      <translation>Politique de tri « {policy} » : JSON invalide (ligne {lineno}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/triage.py" line="145" />
      <source>Politique de tri illisible « {policy} » : {strerror}.</source>
      <translation>Politique de tri illisible « {policy} » : {strerror}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/triage.py" line="192" />
      <source>Le champ « {name} » n'a pas autant de valeurs que « conf_cs » ({count} au lieu de {n}).</source>
      <translation>Le champ « {name} » n'a pas autant de valeurs que « conf_cs » ({count} au lieu de {n}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/triage.py" line="199" />
      <source>Le champ « {name} » doit contenir des valeurs entre 0 et 1 ; il va de {min:g} à {max:g} (des pourcentages ?).</source>
      <translation>Le champ « {name} » doit contenir des valeurs entre 0 et 1 ; il va de {min:g} à {max:g} (des pourcentages ?).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/triage.py" line="249" />
      <source>Erreur-type attendue sur l'exactitude des polygones acceptés : {percent}{aim}</source>
      <translation>Erreur-type attendue sur l'exactitude des polygones acceptés : {percent}{aim}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/triage.py" line="252" />
      <source>  strate {label} : {count} contrôlés sur {total} (exactitude attendue {percent})</source>
      <translation>  strate {label} : {count} contrôlés sur {total} (exactitude attendue {percent})</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/triage.py" line="60" />
      <source>(vouliez-vous dire « {canonical} » ?)</source>
      <translation>(vouliez-vous dire « {canonical} » ?)</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/triage.py" line="247" />
      <source>(visée : {percent})</source>
      <translation>(visée : {percent})</translation>
    </message>
    <message>
      <location filename="../ocsge_review/campaigns/triage.py" line="189" />
      <source>Le champ « {name} » contient des valeurs non numériques.</source>
      <translation>Le champ « {name} » contient des valeurs non numériques.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/argparse_fr.py" line="52" />
      <source>arguments positionnels</source>
      <translation>arguments positionnels</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/argparse_fr.py" line="53" />
      <source>options</source>
      <translation>options</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/argparse_fr.py" line="9" />
      <source>arguments non reconnus : {args}</source>
      <translation>arguments non reconnus : {args}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/argparse_fr.py" line="10" />
      <source>arguments obligatoires manquants : {args}</source>
      <translation>arguments obligatoires manquants : {args}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/argparse_fr.py" line="11" />
      <source>argument {arg} : {message}</source>
      <translation>argument {arg} : {message}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/argparse_fr.py" line="13" />
      <source>choix invalide : {value} (choisir parmi {choices})</source>
      <translation>choix invalide : {value} (choisir parmi {choices})</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/argparse_fr.py" line="14" />
      <source>valeur invalide ({type}) : {value}</source>
      <translation>valeur invalide ({type}) : {value}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/argparse_fr.py" line="15" />
      <source>une valeur attendue</source>
      <translation>une valeur attendue</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/argparse_fr.py" line="16" />
      <source>au plus une valeur attendue</source>
      <translation>au plus une valeur attendue</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/argparse_fr.py" line="17" />
      <source>au moins une valeur attendue</source>
      <translation>au moins une valeur attendue</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/argparse_fr.py" line="18" />
      <source>{count} valeur(s) attendue(s)</source>
      <translation>{count} valeur(s) attendue(s)</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/argparse_fr.py" line="19" />
      <source>incompatible avec l'argument {other}</source>
      <translation>incompatible avec l'argument {other}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/argparse_fr.py" line="20" />
      <source>valeur explicite ignorée : {value}</source>
      <translation>valeur explicite ignorée : {value}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/argparse_fr.py" line="21" />
      <source>l'un des arguments {args} est obligatoire</source>
      <translation>l'un des arguments {args} est obligatoire</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/argparse_fr.py" line="23" />
      <source>option ambiguë : {option} peut désigner {matches}</source>
      <translation>option ambiguë : {option} peut désigner {matches}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/argparse_fr.py" line="43" />
      <source>utilisation : </source>
      <translation>utilisation : </translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/argparse_fr.py" line="56" />
      <source>afficher cette aide et quitter</source>
      <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/campaigns.py" line="71" />
      <source>{name} — département {department} ({department_name})</source>
      <translation>{name} — département {department} ({department_name})</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/campaigns.py" line="110" />
      <source>Décision enregistrée (journal n° {seq}).</source>
      <translation>Décision enregistrée (journal n° {seq}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/campaigns.py" line="135" />
      <source>Tirage n° {number} : {drawn} élément(s) de la file sur {frame} revu(s) depuis le tirage précédent, et les {audit} élément(s) de contrôle revus depuis, attendent un second avis à l'aveugle (erreur type attendue {se:.3f} pour un accord de {expected:.0%}).</source>
      <translation>Tirage n° {number} : {drawn} élément(s) de la file sur {frame} revu(s) depuis le tirage précédent, et les {audit} élément(s) de contrôle revus depuis, attendent un second avis à l'aveugle (erreur type attendue {se:.3f} pour un accord de {expected:.0%}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/campaigns.py" line="159" />
      <source>Second avis enregistré : {state}.</source>
      <translation>Second avis enregistré : {state}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/campaigns.py" line="166" />
      <source>Désaccord tranché : {cs} / {us} est la référence de l'élément {item}.</source>
      <translation>Désaccord tranché : {cs} / {us} est la référence de l'élément {item}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/campaigns.py" line="29" />
      <source>Le magasin de revue</source>
      <translation>Le magasin de revue</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/campaigns.py" line="46" />
      <source>Campagne « {name} » écrite dans « {where} ».</source>
      <translation>Campagne « {name} » écrite dans « {where} ».</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/campaigns.py" line="96" />
      <source>revue à l'aveugle</source>
      <translation>revue à l'aveugle</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/campaigns.py" line="96" />
      <source>modèle : {code_cs} / {code_us}</source>
      <translation>modèle : {code_cs} / {code_us}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/campaigns.py" line="98" />
      <source>Élément {id} ({part}, {area_m2:.0f} m², {shown})</source>
      <translation>Élément {id} ({part}, {area_m2:.0f} m², {shown})</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/campaigns.py" line="117" />
      <source>Approuvé (journal n° {seq}).</source>
      <translation>Approuvé (journal n° {seq}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/campaigns.py" line="118" />
      <source>Rejeté (journal n° {seq}).</source>
      <translation>Rejeté (journal n° {seq}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/campaigns.py" line="152" />
      <source>Second avis à l'aveugle sur l'élément {id} ({area_m2:.0f} m²)</source>
      <translation>Second avis à l'aveugle sur l'élément {id} ({area_m2:.0f} m²)</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/campaigns.py" line="180" />
      <source>  élément {item} (tirage {draw}) : {state} ; décision {first} ({first_by}), second avis {second}</source>
      <translation>  élément {item} (tirage {draw}) : {state} ; décision {first} ({first_by}), second avis {second}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/campaigns.py" line="189" />
      <source>--pause doit être positive ou nulle, pas {pause:g}.</source>
      <translation>--pause doit être positive ou nulle, pas {pause:g}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/campaigns.py" line="27" />
      <source>Le magasin de revue « {store} » existe déjà : choisissez un autre fichier.</source>
      <translation>Le magasin de revue « {store} » existe déjà : choisissez un autre fichier.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/campaigns.py" line="87" />
      <source>Plus rien à revoir : la file est vide.</source>
      <translation>Plus rien à revoir : la file est vide.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/campaigns.py" line="101" />
      <source>Rejeté par le validateur : {rejection}</source>
      <translation>Rejeté par le validateur : {rejection}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/campaigns.py" line="146" />
      <source>Aucun second avis à donner pour vous.</source>
      <translation>Aucun second avis à donner pour vous.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/campaigns.py" line="79" />
      <source>vide</source>
      <translation>vide</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/commands.py" line="30" />
      <source>{prog}: erreur : {message}
</source>
      <translation>{prog}: erreur : {message}
</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/commands.py" line="372" />
      <source>erreur : {exc}</source>
      <translation>erreur : {exc}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/commands.py" line="375" />
      <source>interrompu : rien n'a été écrit.</source>
      <translation>interrompu : rien n'a été écrit.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/model.py" line="17" />
      <source>« {out} » existe et n'est pas un dossier.</source>
      <translation>« {out} » existe et n'est pas un dossier.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/model.py" line="19" />
      <source>--resolution doit être positive, pas {resolution}.</source>
      <translation>--resolution doit être positive, pas {resolution}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/model.py" line="22" />
      <source>--orthophoto-resolution doit être positive, pas {resolution}.</source>
      <translation>--orthophoto-resolution doit être positive, pas {resolution}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/options.py" line="41" />
      <source>Version de base prise en production : {n} ligne(s) de « {target} ».</source>
      <translation>Version de base prise en production : {n} ligne(s) de « {target} ».</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/options.py" line="101" />
      <source>--territory-layer et --territory-where demandent --territory FICHIER.</source>
      <translation>--territory-layer et --territory-where demandent --territory FICHIER.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/options.py" line="130" />
      <source>--classes s'applique au raster de probabilités : indiquez aussi --raster.</source>
      <translation>--classes s'applique au raster de probabilités : indiquez aussi --raster.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/options.py" line="17" />
      <source>--map attend RÔLE=CHAMP (par exemple cs=CODE_CS), pas « {item} ».</source>
      <translation>--map attend RÔLE=CHAMP (par exemple cs=CODE_CS), pas « {item} ».</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/production.py" line="41" />
      <source>{n} élément(s) emporté(s) dans « {out} », réservés pour {user} jusqu'au {until}.</source>
      <translation>{n} élément(s) emporté(s) dans « {out} », réservés pour {user} jusqu'au {until}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/production.py" line="73" />
      <source>Schéma « {schema} » prêt : départements {departments}, rôles {schema}_interpreter, {schema}_validator, {schema}_admin.</source>
      <translation>Schéma « {schema} » prêt : départements {departments}, rôles {schema}_interpreter, {schema}_validator, {schema}_admin.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/production.py" line="96" />
      <source>« {user} » est {role} pour : {departments}.</source>
      <translation>« {user} » est {role} pour : {departments}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/production.py" line="107" />
      <source>tous les départements</source>
      <translation>tous les départements</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/production.py" line="108" />
      <source>« {user} » n'est plus {role} ({where}) : {removed} droit(s) retiré(s).</source>
      <translation>« {user} » n'est plus {role} ({where}) : {removed} droit(s) retiré(s).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/production.py" line="77" />
      <source>Table de production « {table} » protégée par la colonne « {department_column} ».</source>
      <translation>Table de production « {table} » protégée par la colonne « {department_column} ».</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/production.py" line="93" />
      <source>Compte PostgreSQL « {user} » créé.</source>
      <translation>Compte PostgreSQL « {user} » créé.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/production.py" line="25" />
      <source>interrompu : les lots terminés sont écrits, le lot en cours ne l'est pas ; relancez la synchronisation pour finir.</source>
      <translation>interrompu : les lots terminés sont écrits, le lot en cours ne l'est pas ; relancez la synchronisation pour finir.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/production.py" line="62" />
      <source>--production-table demande --production (la base de production).</source>
      <translation>--production-table demande --production (la base de production).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/production.py" line="95" />
      <source>Mot de passe de « {user} » changé.</source>
      <translation>Mot de passe de « {user} » changé.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/statistics.py" line="144" />
      <source>{estimate} (IC 95 % {low} – {high})</source>
      <translation>{estimate} (IC 95 % {low} – {high})</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/statistics.py" line="25" />
      <source>Exactitude globale : {estimate} (IC 95 % {low}–{high}), {n} unités d'échantillon</source>
      <translation>Exactitude globale : {estimate} (IC 95 % {low}–{high}), {n} unités d'échantillon</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/statistics.py" line="115" />
      <source>Table d'indicateurs « {table} » : {written} ligne(s) écrite(s), {unchanged} inchangée(s).</source>
      <translation>Table d'indicateurs « {table} » : {written} ligne(s) écrite(s), {unchanged} inchangée(s).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/statistics.py" line="152" />
      <source>  seconds avis : {answered} donnés sur {drawn} tirés, {disputed} désaccord(s) à trancher ; accord entre photo-interprètes {rate}</source>
      <translation>  seconds avis : {answered} donnés sur {drawn} tirés, {disputed} désaccord(s) à trancher ; accord entre photo-interprètes {rate}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/statistics.py" line="156" />
      <source>  dont dans le mois : {answered} avis, accord {rate}</source>
      <translation>  dont dans le mois : {answered} avis, accord {rate}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/statistics.py" line="213" />
      <source>Rapport écrit : {page}</source>
      <translation>Rapport écrit : {page}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/statistics.py" line="36" />
      <source>  {c} : utilisateur {users}, producteur {producers}, surface {proportion} ({estimate} ± {se})</source>
      <translation>  {c} : utilisateur {users}, producteur {producers}, surface {proportion} ({estimate} ± {se})</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/statistics.py" line="50" />
      <source>{campaigns} --campaign pour {stores} --store : donnez-en un par magasin, dans le même ordre.</source>
      <translation>{campaigns} --campaign pour {stores} --store : donnez-en un par magasin, dans le même ordre.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/statistics.py" line="102" />
      <source>--production ne sert ici qu'avec --indicators-table.</source>
      <translation>--production ne sert ici qu'avec --indicators-table.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/statistics.py" line="104" />
      <source>--indicators-table demande --production (la base de production).</source>
      <translation>--indicators-table demande --production (la base de production).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/statistics.py" line="127" />
      <source>--hourly-cost doit être positif ou nul, pas {hourly_cost:g}.</source>
      <translation>--hourly-cost doit être positif ou nul, pas {hourly_cost:g}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/statistics.py" line="163" />
      <source>  produit livré {dim} : {count} des polygones, {area} de la surface ; couverture {coverage}</source>
      <translation>  produit livré {dim} : {count} des polygones, {area} de la surface ; couverture {coverage}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/statistics.py" line="182" />
      <source>Département {department} ({department_name}), {month}, modèle {model_version}</source>
      <translation>Département {department} ({department_name}), {month}, modèle {model_version}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/statistics.py" line="185" />
      <source>  polygones revus dans le mois : {count}, reprise {items_rate} des polygones, {area_rate} de la surface</source>
      <translation>  polygones revus dans le mois : {count}, reprise {items_rate} des polygones, {area_rate} de la surface</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/statistics.py" line="198" />
      <source>  validé dans le mois : {validated_km2_period} (prévu {planned_km2_period}), fin prévue : {forecast}</source>
      <translation>  validé dans le mois : {validated_km2_period} (prévu {planned_km2_period}), fin prévue : {forecast}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/statistics.py" line="202" />
      <source>  coût par km² : {cost} ; automatisation {rate}</source>
      <translation>  coût par km² : {cost} ; automatisation {rate}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/statistics.py" line="238" />
      <source>Boîte d'envoi introuvable : « {outbox} ».</source>
      <translation>Boîte d'envoi introuvable : « {outbox} ».</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/statistics.py" line="71" />
      <source>{what} : le montant doit être positif ou nul (reçu « {item} »).</source>
      <translation>{what} : le montant doit être positif ou nul (reçu « {item} »).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/statistics.py" line="161" />
      <source>  produit livré {dim} : {reason}</source>
      <translation>  produit livré {dim} : {reason}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/statistics.py" line="244" />
      <source>Boîte d'envoi vide : tout a été livré.</source>
      <translation>Boîte d'envoi vide : tout a été livré.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/statistics.py" line="68" />
      <source>{what} : « {item} » n'est pas un montant (par exemple 1000 ou 32=1000).</source>
      <translation>{what} : « {item} » n'est pas un montant (par exemple 1000 ou 32=1000).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/statistics.py" line="191" />
      <source>  exactitude {dim} : </source>
      <translation>  exactitude {dim} : </translation>
    </message>
    <message>
      <location filename="../ocsge_review/cli/statistics.py" line="247" />
      <source>{department} {period} : {attempts} tentative(s), dernière erreur : {last_error} ({key})</source>
      <translation>{department} {period} : {attempts} tentative(s), dernière erreur : {last_error} ({key})</translation>
    </message>
    <message>
      <location filename="../ocsge_review/errors.py" line="27" />
      <source>Opération annulée : rien n'a été écrit.</source>
      <translation>Opération annulée : rien n'a été écrit.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/geo.py" line="59" />
      <source>Système de coordonnées illisible : « {wkt_or_code} ».</source>
      <translation>Système de coordonnées illisible : « {wkt_or_code} ».</translation>
    </message>
    <message>
      <location filename="../ocsge_review/geo.py" line="95" />
      <source>Résolution du raster invalide : {resolution}.</source>
      <translation>Résolution du raster invalide : {resolution}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/geo.py" line="143" />
      <source>Rastérisation des polygones impossible : {detail}.</source>
      <translation>Rastérisation des polygones impossible : {detail}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/class_tables.py" line="68" />
      <source>Table de classes « {table} » : {classes} classes du modèle vers {codes} codes de couverture{unmapped}.</source>
      <translation>Table de classes « {table} » : {classes} classes du modèle vers {codes} codes de couverture{unmapped}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/class_tables.py" line="95" />
      <source>Table de classes « {table} » : en-tête « {found} », attendu « {expected} ».</source>
      <translation>Table de classes « {table} » : en-tête « {found} », attendu « {expected} ».</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/class_tables.py" line="124" />
      <source>Table de classes « {table} » : aucune classe n'a de code de couverture.</source>
      <translation>Table de classes « {table} » : aucune classe n'a de code de couverture.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/class_tables.py" line="54" />
      <source>Table de classes « {table} » : bande {band} absente du raster « {raster} » ({count} bandes).</source>
      <translation>Table de classes « {table} » : bande {band} absente du raster « {raster} » ({count} bandes).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/class_tables.py" line="84" />
      <source>Table de classes introuvable : « {spec} » (noms connus : {names}, ou un fichier CSV).</source>
      <translation>Table de classes introuvable : « {spec} » (noms connus : {names}, ou un fichier CSV).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/class_tables.py" line="90" />
      <source>Table de classes « {table} » illisible : {detail}.</source>
      <translation>Table de classes « {table} » illisible : {detail}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/class_tables.py" line="110" />
      <source>Table de classes « {table} », ligne {line} : bande « {band} » invalide (un entier à partir de 1).</source>
      <translation>Table de classes « {table} », ligne {line} : bande « {band} » invalide (un entier à partir de 1).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/class_tables.py" line="113" />
      <source>Table de classes « {table} » : la bande {band} apparaît deux fois (lignes {first} et {line}).</source>
      <translation>Table de classes « {table} » : la bande {band} apparaît deux fois (lignes {first} et {line}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/class_tables.py" line="70" />
      <source> ({names} sans correspondance)</source>
      <translation> ({names} sans correspondance)</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/class_tables.py" line="120" />
      <source>Table de classes « {table} », ligne {line} : « {code} » n'est pas un code de couverture OCS GE.</source>
      <translation>Table de classes « {table} », ligne {line} : « {code} » n'est pas un code de couverture OCS GE.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/confidence.py" line="217" />
      <source>Le fichier de sortie</source>
      <translation>Le fichier de sortie</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/confidence.py" line="225" />
      <source>Confiance calculée : {summary}</source>
      <translation>Confiance calculée : {summary}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/confidence.py" line="135" />
      <source>raster de probabilités</source>
      <translation>raster de probabilités</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/confidence.py" line="135" />
      <source>probabilités par classe</source>
      <translation>probabilités par classe</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/confidence.py" line="136" />
      <source>classes et probabilités top-k</source>
      <translation>classes et probabilités top-k</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/confidence.py" line="136" />
      <source>champ de confiance</source>
      <translation>champ de confiance</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/confidence.py" line="137" />
      <source>aucune (non calculée)</source>
      <translation>aucune (non calculée)</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/confidence.py" line="138" />
      <source>{count} polygones ({area}) écrits dans « {out_path} » (couche « {layer} ») en {seconds} s.</source>
      <translation>{count} polygones ({area}) écrits dans « {out_path} » (couche « {layer} ») en {seconds} s.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/confidence.py" line="141" />
      <source>Confiance en couverture : {cs} ; en usage : {us}.</source>
      <translation>Confiance en couverture : {cs} ; en usage : {us}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/confidence.py" line="179" />
      <source>Raster introuvable : « {raster} ».</source>
      <translation>Raster introuvable : « {raster} ».</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/confidence.py" line="144" />
      <source>{count} géométries invalides réparées.</source>
      <translation>{count} géométries invalides réparées.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/confidence.py" line="146" />
      <source>{count} géométries vides ignorées.</source>
      <translation>{count} géométries vides ignorées.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/confidence.py" line="148" />
      <source>{count} polygones multiparties conservés tels quels.</source>
      <translation>{count} polygones multiparties conservés tels quels.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/confidence.py" line="150" />
      <source>Polygones reprojetés de {reprojected_from} vers {raster_crs} pour lire le raster (surfaces calculées dans le système d'origine).</source>
      <translation>Polygones reprojetés de {reprojected_from} vers {raster_crs} pour lire le raster (surfaces calculées dans le système d'origine).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/confidence.py" line="154" />
      <source>{count} polygones plus petits qu'un pixel : valeur du pixel sous un point intérieur.</source>
      <translation>{count} polygones plus petits qu'un pixel : valeur du pixel sous un point intérieur.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/confidence.py" line="157" />
      <source>{count} polygones hors du raster : confiance tirée des champs de la couche quand ils existent, sinon vide.</source>
      <translation>{count} polygones hors du raster : confiance tirée des champs de la couche quand ils existent, sinon vide.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/confidence.py" line="194" />
      <source>Raster à une seule bande (probabilité maximale) : ni marge ni entropie pour la couverture.</source>
      <translation>Raster à une seule bande (probabilité maximale) : ni marge ni entropie pour la couverture.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/confidence.py" line="273" />
      <source>Écriture de « {out} » impossible : {exc}.</source>
      <translation>Écriture de « {out} » impossible : {exc}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/confidence.py" line="204" />
      <source>Raster de classes (argmax) : la confiance est la part des pixels de la classe majoritaire.</source>
      <translation>Raster de classes (argmax) : la confiance est la part des pixels de la classe majoritaire.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/delivery.py" line="40" />
      <source>Livraison IGN « {name} » : département {department}, millésime {millesime}, couche OCCUPATION_SOL{zone}.</source>
      <translation>Livraison IGN « {name} » : département {department}, millésime {millesime}, couche OCCUPATION_SOL{zone}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/delivery.py" line="99" />
      <source>« {path} » est nommé comme une livraison OCS GE mais ne contient pas de couche OCCUPATION_SOL.</source>
      <translation>« {path} » est nommé comme une livraison OCS GE mais ne contient pas de couche OCCUPATION_SOL.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/delivery.py" line="102" />
      <source>Livraison « {name} » : le département {department} est en EPSG:{official}, pas en EPSG:{epsg} comme le dit son nom.</source>
      <translation>Livraison « {name} » : le département {department} est en EPSG:{official}, pas en EPSG:{epsg} comme le dit son nom.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/delivery.py" line="42" />
      <source>inconnu</source>
      <translation>inconnu</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/delivery.py" line="43" />
      <source> et zone construite</source>
      <translation> et zone construite</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/model_output.py" line="189" />
      <source>Impossible de lire « {name} » : fichier corrompu ou format non reconnu ({detail}).</source>
      <translation>Impossible de lire « {name} » : fichier corrompu ou format non reconnu ({detail}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/model_output.py" line="186" />
      <source>Fichier introuvable : « {source} ».</source>
      <translation>Fichier introuvable : « {source} ».</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/model_output.py" line="188" />
      <source>Le fichier « {name} » est vide.</source>
      <translation>Le fichier « {name} » est vide.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/model_output.py" line="211" />
      <source>« {source} » ne contient aucune couche géographique.</source>
      <translation>« {source} » ne contient aucune couche géographique.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/model_output.py" line="215" />
      <source>« {source} » contient plusieurs couches ({layers}) : précisez laquelle.</source>
      <translation>« {source} » contient plusieurs couches ({layers}) : précisez laquelle.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/model_output.py" line="277" />
      <source>« {source} », champ « {fname} » : codes de {dim} inconnus de la nomenclature OCS GE : {listed}{more}.</source>
      <translation>« {source} », champ « {fname} » : codes de {dim} inconnus de la nomenclature OCS GE : {listed}{more}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/model_output.py" line="306" />
      <source>« {source} », champ « {fname} » : probabilités négatives.</source>
      <translation>« {source} », champ « {fname} » : probabilités négatives.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/model_output.py" line="309" />
      <source>« {source} », champ « {fname} » : probabilités hors de [0, 1] (max {top:g}).</source>
      <translation>« {source} », champ « {fname} » : probabilités hors de [0, 1] (max {top:g}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/model_output.py" line="358" />
      <source>« {name} » : champs absents de la couche « {layer} » : {missing} (champs présents : {fields}).</source>
      <translation>« {name} » : champs absents de la couche « {layer} » : {missing} (champs présents : {fields}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/model_output.py" line="361" />
      <source>couverture (code_cs)</source>
      <translation>couverture (code_cs)</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/model_output.py" line="361" />
      <source>usage (code_us)</source>
      <translation>usage (code_us)</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/model_output.py" line="367" />
      <source>« {name} » n'a pas de système de coordonnées : impossible de calculer les surfaces. Définissez-le (EPSG:2154 en métropole).</source>
      <translation>« {name} » n'a pas de système de coordonnées : impossible de calculer les surfaces. Définissez-le (EPSG:2154 en métropole).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/model_output.py" line="371" />
      <source>« {name} » : la couche « {layer} » contient des géométries {geometry_type}, pas des polygones.</source>
      <translation>« {name} » : la couche « {layer} » contient des géométries {geometry_type}, pas des polygones.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/model_output.py" line="403" />
      <source>« {name} » : aucun polygone de la couche « {layer} » dans l'emprise {bbox} du territoire demandé.</source>
      <translation>« {name} » : aucun polygone de la couche « {layer} » dans l'emprise {bbox} du territoire demandé.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/model_output.py" line="407" />
      <source>« {name} » : la couche « {layer} » ne contient aucun polygone.</source>
      <translation>« {name} » : la couche « {layer} » ne contient aucun polygone.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/model_output.py" line="422" />
      <source>« {name} » : toutes les géométries sont vides.</source>
      <translation>« {name} » : toutes les géométries sont vides.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/model_output.py" line="425" />
      <source>« {name} » : {count} géométries ne sont pas des polygones.</source>
      <translation>« {name} » : {count} géométries ne sont pas des polygones.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/model_output.py" line="453" />
      <source>{name} : {count} géométries invalides réparées</source>
      <translation>{name} : {count} géométries invalides réparées</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/model_output.py" line="507" />
      <source>« {name} » est en coordonnées géographiques ({crs}) : les surfaces en m² demandent une projection. Reprojetez en EPSG:2154 (métropole), 5490 (Guadeloupe, Martinique), 2972 (Guyane), 2975 (La Réunion) ou 4471 (Mayotte).</source>
      <translation>« {name} » est en coordonnées géographiques ({crs}) : les surfaces en m² demandent une projection. Reprojetez en EPSG:2154 (métropole), 5490 (Guadeloupe, Martinique), 2972 (Guyane), 2975 (La Réunion) ou 4471 (Mayotte).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/model_output.py" line="206" />
      <source>« {source} » ne contient pas de couche « {layer} » (couches : {layers}).</source>
      <translation>« {source} » ne contient pas de couche « {layer} » (couches : {layers}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/model_output.py" line="276" />
      <source>et {count} autres</source>
      <translation>et {count} autres</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/model_output.py" line="299" />
      <source>« {source} », champ « {fname} » : valeurs non numériques.</source>
      <translation>« {source} », champ « {fname} » : valeurs non numériques.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/model_output.py" line="322" />
      <source>« {name} » : les champs de probabilité de {dim} ({fields}) sont vides pour tous les polygones : aucune confiance à en tirer ; retirez-les de la correspondance des champs ou livrez-les remplis.</source>
      <translation>« {name} » : les champs de probabilité de {dim} ({fields}) sont vides pour tous les polygones : aucune confiance à en tirer ; retirez-les de la correspondance des champs ou livrez-les remplis.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/model_output.py" line="363" />
      <source>« {name} » : aucun champ de {label} trouvé parmi {fields} ; indiquez-le dans la correspondance des champs.</source>
      <translation>« {name} » : aucun champ de {label} trouvé parmi {fields} ; indiquez-le dans la correspondance des champs.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/model_output.py" line="208" />
      <source>aucune</source>
      <translation>aucune</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/model_output.py" line="365" />
      <source>aucun champ</source>
      <translation>aucun champ</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/model_output.py" line="106" />
      <source>Correspondance de champs : « {role} » ne désigne pas une classe OCS GE.</source>
      <translation>Correspondance de champs : « {role} » ne désigne pas une classe OCS GE.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/model_output.py" line="116" />
      <source>Correspondance de champs : rôle inconnu « {role} ».</source>
      <translation>Correspondance de champs : rôle inconnu « {role} ».</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/tiles.py" line="48" />
      <source>Les tuiles de « {path} » n'ont pas toutes le même nombre de bandes.</source>
      <translation>Les tuiles de « {path} » n'ont pas toutes le même nombre de bandes.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/tiles.py" line="43" />
      <source>Tuile « {path} » illisible : {detail}.</source>
      <translation>Tuile « {path} » illisible : {detail}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/zonal.py" line="151" />
      <source>Le raster « {name} » a des bandes de type {dtype} : attendu uint8 (0–255) ou flottant (0–1).</source>
      <translation>Le raster « {name} » a des bandes de type {dtype} : attendu uint8 (0–255) ou flottant (0–1).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/zonal.py" line="70" />
      <source>Raster introuvable : « {path} ».</source>
      <translation>Raster introuvable : « {path} ».</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/zonal.py" line="72" />
      <source>Le raster « {path} » est vide.</source>
      <translation>Le raster « {path} » est vide.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/zonal.py" line="76" />
      <source>Impossible de lire le raster « {path} » : fichier corrompu ou format non reconnu ({detail}).</source>
      <translation>Impossible de lire le raster « {path} » : fichier corrompu ou format non reconnu ({detail}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/zonal.py" line="99" />
      <source>Le raster « {name} » n'a pas de système de coordonnées.</source>
      <translation>Le raster « {name} » n'a pas de système de coordonnées.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/zonal.py" line="102" />
      <source>Le raster « {name} » est tourné (géotransformation non alignée) : non pris en charge.</source>
      <translation>Le raster « {name} » est tourné (géotransformation non alignée) : non pris en charge.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/zonal.py" line="195" />
      <source>Polygones reprojetés de {source} vers {target} pour « {name} »</source>
      <translation>Polygones reprojetés de {source} vers {target} pour « {name} »</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/zonal.py" line="205" />
      <source>Le raster « {name} » ne recouvre aucun polygone (emprise du raster : {minx:.0f}, {miny:.0f} – {maxx:.0f}, {maxy:.0f} en {crs}).</source>
      <translation>Le raster « {name} » ne recouvre aucun polygone (emprise du raster : {minx:.0f}, {miny:.0f} – {maxx:.0f}, {maxy:.0f} en {crs}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/zonal.py" line="249" />
      <source>Le raster « {name} » contient des valeurs de {low:g} à {high:g} sous les polygones : ce ne sont pas des probabilités (attendu 0–1, 0–100 ou 0–255 ; des logits doivent d'abord passer par un softmax).</source>
      <translation>Le raster « {name} » contient des valeurs de {low:g} à {high:g} sous les polygones : ce ne sont pas des probabilités (attendu 0–1, 0–100 ou 0–255 ; des logits doivent d'abord passer par un softmax).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/zonal.py" line="292" />
      <source>Lecture du raster « {path} » impossible à la ligne {row} : {detail}.</source>
      <translation>Lecture du raster « {path} » impossible à la ligne {row} : {detail}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/zonal.py" line="61" />
      <source>Le dossier « {path} » ne contient aucune tuile GeoTIFF (.tif).</source>
      <translation>Le dossier « {path} » ne contient aucune tuile GeoTIFF (.tif).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/zonal.py" line="66" />
      <source>Tuiles de « {path} » impossibles à assembler : {detail}.</source>
      <translation>Tuiles de « {path} » impossibles à assembler : {detail}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/zonal.py" line="113" />
      <source>{count} classes indiquées pour les {n} bandes de « {name} ».</source>
      <translation>{count} classes indiquées pour les {n} bandes de « {name} ».</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/zonal.py" line="130" />
      <source>Bandes de « {name} » : classes inconnues de la nomenclature OCS GE.</source>
      <translation>Bandes de « {name} » : classes inconnues de la nomenclature OCS GE.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/zonal.py" line="134" />
      <source>Le raster « {name} » mélange couverture et usage.</source>
      <translation>Le raster « {name} » mélange couverture et usage.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/zonal.py" line="78" />
      <source>GDAL ne l’ouvre pas</source>
      <translation>GDAL ne l’ouvre pas</translation>
    </message>
    <message>
      <location filename="../ocsge_review/model/zonal.py" line="125" />
      <source>Les {n} bandes de « {name} » ne portent pas de code de classe : indiquez l'ordre des classes (option --bands).</source>
      <translation>Les {n} bandes de « {name} » ne portent pas de code de classe : indiquez l'ordre des classes (option --bands).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/ocsge/departements.py" line="43" />
      <source>Département inconnu : « {code} » (exemples : 32, 2A, 974).</source>
      <translation>Département inconnu : « {code} » (exemples : 32, 2A, 974).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/ocsge/mapping_units.py" line="26" />
      <source>bâtiments : 200 m²</source>
      <translation>bâtiments : 200 m²</translation>
    </message>
    <message>
      <location filename="../ocsge_review/ocsge/mapping_units.py" line="27" />
      <source>dans la zone construite : 500 m²</source>
      <translation>dans la zone construite : 500 m²</translation>
    </message>
    <message>
      <location filename="../ocsge_review/ocsge/mapping_units.py" line="28" />
      <source>hors de la zone construite : 2 500 m²</source>
      <translation>hors de la zone construite : 2 500 m²</translation>
    </message>
    <message>
      <location filename="../ocsge_review/ocsge/mapping_units.py" line="30" />
      <source>500 m² au moins (zone construite inconnue : 2 500 m² hors d'elle)</source>
      <translation>500 m² au moins (zone construite inconnue : 2 500 m² hors d'elle)</translation>
    </message>
    <message>
      <location filename="../ocsge_review/ocsge/mapping_units.py" line="49" />
      <source>Partie {part} ({area} m²) sous l'unité minimale de collecte — {rule}.</source>
      <translation>Partie {part} ({area} m²) sous l'unité minimale de collecte — {rule}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/ocsge/mapping_units.py" line="64" />
      <source>Zone construite illisible ({detail}) : unités minimales sans elle.</source>
      <translation>Zone construite illisible ({detail}) : unités minimales sans elle.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/ocsge/nomenclature.py" line="12" />
      <source>couverture</source>
      <translation>couverture</translation>
    </message>
    <message>
      <location filename="../ocsge_review/ocsge/nomenclature.py" line="13" />
      <source>usage</source>
      <translation>usage</translation>
    </message>
    <message>
      <location filename="../ocsge_review/ocsge/nomenclature.py" line="239" />
      <source>Association improbable : {cs_label} ({code_cs}) avec l'usage {us_label} ({code_us}).</source>
      <translation>Association improbable : {cs_label} ({code_cs}) avec l'usage {us_label} ({code_us}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/ocsge/nomenclature.py" line="128" />
      <source>« {code} » n'est pas un code de {dimension} OCS GE.</source>
      <translation>« {code} » n'est pas un code de {dimension} OCS GE.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/ocsge/nomenclature.py" line="212" />
      <source>« {code} » n'est pas un code de {dimension} OCS GE valide.</source>
      <translation>« {code} » n'est pas un code de {dimension} OCS GE valide.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/outputs.py" line="16" />
      <source>{what} « {path} » doit être un GeoPackage (.gpkg).</source>
      <translation>{what} « {path} » doit être un GeoPackage (.gpkg).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/outputs.py" line="26" />
      <source>Le dossier « {folder} » n'existe pas.</source>
      <translation>Le dossier « {folder} » n'existe pas.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/outputs.py" line="28" />
      <source>{what} « {path} » ne peut pas être écrit : le dossier « {folder} » n'est pas accessible en écriture.</source>
      <translation>{what} « {path} » ne peut pas être écrit : le dossier « {folder} » n'est pas accessible en écriture.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/pgconn.py" line="92" />
      <source>service « {service} »</source>
      <translation>service « {service} »</translation>
    </message>
    <message>
      <location filename="../ocsge_review/pgconn.py" line="78" />
      <source>Pas de mot de passe dans {what} : il finirait dans l'historique du shell et les journaux. Utilisez un service PostgreSQL (~/.pg_service.conf), le fichier ~/.pgpass ou, dans QGIS, une configuration d'authentification.</source>
      <translation>Pas de mot de passe dans {what} : il finirait dans l'historique du shell et les journaux. Utilisez un service PostgreSQL (~/.pg_service.conf), le fichier ~/.pgpass ou, dans QGIS, une configuration d'authentification.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/pgconn.py" line="90" />
      <source>base PostgreSQL</source>
      <translation>base PostgreSQL</translation>
    </message>
    <message>
      <location filename="../ocsge_review/pgconn.py" line="103" />
      <source>Nom de table invalide : « {name} » (attendu : TABLE ou SCHÉMA.TABLE).</source>
      <translation>Nom de table invalide : « {name} » (attendu : TABLE ou SCHÉMA.TABLE).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/pgconn.py" line="75" />
      <source>Connexion PostgreSQL illisible dans {what} : {exc}</source>
      <translation>Connexion PostgreSQL illisible dans {what} : {exc}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/pgconn.py" line="119" />
      <source>Connexion à PostgreSQL impossible ({spec}) : {reason}</source>
      <translation>Connexion à PostgreSQL impossible ({spec}) : {reason}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/admin.py" line="89" />
      <source>Schéma « {schema} » prêt pour les départements {departments}.</source>
      <translation>Schéma « {schema} » prêt pour les départements {departments}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/admin.py" line="178" />
      <source>Mot de passe de « {user} » : </source>
      <translation>Mot de passe de « {user} » : </translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/admin.py" line="100" />
      <source>Table de production « {table} » protégée par département.</source>
      <translation>Table de production « {table} » protégée par département.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/admin.py" line="107" />
      <source>Département(s) {unknown} non préparé(s) dans « {schema} » : lancez d'abord admin init --departments {codes}.</source>
      <translation>Département(s) {unknown} non préparé(s) dans « {schema} » : lancez d'abord admin init --departments {codes}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/admin.py" line="180" />
      <source>Les deux mots de passe diffèrent : rien n'a été changé.</source>
      <translation>Les deux mots de passe diffèrent : rien n'a été changé.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/admin.py" line="182" />
      <source>Mot de passe vide : rien n'a été changé.</source>
      <translation>Mot de passe vide : rien n'a été changé.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/admin.py" line="44" />
      <source>Opération refusée par PostgreSQL ({spec})</source>
      <translation>Opération refusée par PostgreSQL ({spec})</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/admin.py" line="170" />
      <source>Le fichier de mot de passe « {password_file} » est vide.</source>
      <translation>Le fichier de mot de passe « {password_file} » est vide.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/admin.py" line="176" />
      <source>Mot de passe vide sur l'entrée standard.</source>
      <translation>Mot de passe vide sur l'entrée standard.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/admin.py" line="179" />
      <source>Encore une fois : </source>
      <translation>Encore une fois : </translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/admin.py" line="167" />
      <source>Fichier de mot de passe illisible « {password_file} » : {strerror}.</source>
      <translation>Fichier de mot de passe illisible « {password_file} » : {strerror}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/loading.py" line="88" />
      <source>{count} lignes écrites dans {schema}.{table}.</source>
      <translation>{count} lignes écrites dans {schema}.{table}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/loading.py" line="111" />
      <source>La couche n'a pas de système de coordonnées reconnu (code EPSG attendu).</source>
      <translation>La couche n'a pas de système de coordonnées reconnu (code EPSG attendu).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/loading.py" line="45" />
      <source>« {source} » n'a pas de champ {required}.</source>
      <translation>« {source} » n'a pas de champ {required}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/offline.py" line="43" />
      <source>Le lot à emporter</source>
      <translation>Le lot à emporter</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/offline.py" line="38" />
      <source>La durée d'emport doit être positive, pas {days:g} jour(s).</source>
      <translation>La durée d'emport doit être positive, pas {days:g} jour(s).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/offline.py" line="41" />
      <source>Le nombre d'éléments à emporter doit être positif, pas {limit}.</source>
      <translation>Le nombre d'éléments à emporter doit être positif, pas {limit}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/offline.py" line="45" />
      <source>« {out_path} » existe déjà : choisissez un autre fichier.</source>
      <translation>« {out_path} » existe déjà : choisissez un autre fichier.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/offline.py" line="49" />
      <source>Ce magasin est lui-même un lot emporté : emportez depuis le magasin partagé.</source>
      <translation>Ce magasin est lui-même un lot emporté : emportez depuis le magasin partagé.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/offline.py" line="53" />
      <source>Rien à emporter : aucun élément en attente pour vous dans cette zone.</source>
      <translation>Rien à emporter : aucun élément en attente pour vous dans cette zone.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/offline.py" line="109" />
      <source>La campagne « {name} » de ce fichier n'est pas un lot emporté (checkout).</source>
      <translation>La campagne « {name} » de ce fichier n'est pas un lot emporté (checkout).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/offline.py" line="112" />
      <source>Le magasin de destination est lui-même un lot emporté : rentrez le lot dans le magasin partagé d'où il vient.</source>
      <translation>Le magasin de destination est lui-même un lot emporté : rentrez le lot dans le magasin partagé d'où il vient.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/offline.py" line="115" />
      <source>Ce lot vient d'une autre campagne (« {name} ») que celle de ce magasin (« {shared} »).</source>
      <translation>Ce lot vient d'une autre campagne (« {name} ») que celle de ce magasin (« {shared} »).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/offline.py" line="119" />
      <source>Ce lot a été emporté par {user} : lui seul peut le rentrer.</source>
      <translation>Ce lot a été emporté par {user} : lui seul peut le rentrer.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/offline.py" line="85" />
      <source>  refusé, élément {item_id} : {why}</source>
      <translation>  refusé, élément {item_id} : {why}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/offline.py" line="87" />
      <source>Le fichier local garde ces éléments tels quels : rien n'est perdu.</source>
      <translation>Le fichier local garde ces éléments tels quels : rien n'est perdu.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/offline.py" line="77" />
      <source>Retour du lot : {decided} décision(s), {split} découpage(s), {merged} fusion(s) enregistrés ; {released} élément(s) non traités rendus à la file</source>
      <translation>Retour du lot : {decided} décision(s), {split} découpage(s), {merged} fusion(s) enregistrés ; {released} élément(s) non traités rendus à la file</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/offline.py" line="82" />
      <source> ; {count} déjà rentrés</source>
      <translation> ; {count} déjà rentrés</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/offline.py" line="180" />
      <source>aucune décision trouvée dans le journal local</source>
      <translation>aucune décision trouvée dans le journal local</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="68" />
      <source>modifiée en production depuis l'entrée dans la campagne</source>
      <translation>modifiée en production depuis l'entrée dans la campagne</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="69" />
      <source>supprimée en production depuis l'entrée dans la campagne</source>
      <translation>supprimée en production depuis l'entrée dans la campagne</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="70" />
      <source>absente de la version de base de la campagne</source>
      <translation>absente de la version de base de la campagne</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="127" />
      <source>Élément {item_id} : la ligne {source_id} est {reason}.</source>
      <translation>Élément {item_id} : la ligne {source_id} est {reason}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="442" />
      <source>Version de base prise pour {count} lignes de « {target} ».</source>
      <translation>Version de base prise pour {count} lignes de « {target} ».</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="146" />
      <source>Synchronisation : {applied} appliqué(s), {unchanged} sans changement, {already} déjà appliqué(s), {conflicts} nouveau(x) conflit(s), {waiting} conflit(s) en attente de résolution ({batches} lot(s)).</source>
      <translation>Synchronisation : {applied} appliqué(s), {unchanged} sans changement, {already} déjà appliqué(s), {conflicts} nouveau(x) conflit(s), {waiting} conflit(s) en attente de résolution ({batches} lot(s)).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="214" />
      <source>Le schéma de synchronisation « {schema} » a été écrit par une version plus récente d'OCS GE Review : mettez l'extension à jour.</source>
      <translation>Le schéma de synchronisation « {schema} » a été écrit par une version plus récente d'OCS GE Review : mettez l'extension à jour.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="676" />
      <source>Ce magasin est un lot emporté (checkout) : rentrez-le d'abord (checkin) dans le magasin partagé, puis synchronisez celui-ci.</source>
      <translation>Ce magasin est un lot emporté (checkout) : rentrez-le d'abord (checkin) dans le magasin partagé, puis synchronisez celui-ci.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="692" />
      <source>La campagne « {name} » n'a pas de version de base dans la base de production : prenez-la d'abord (`campaign create … --production` à la création, ou `sync … --capture-base`, qui la prend telle qu'elle est maintenant) — sans elle, une modification faite en production entre-temps serait écrasée.</source>
      <translation>La campagne « {name} » n'a pas de version de base dans la base de production : prenez-la d'abord (`campaign create … --production` à la création, ou `sync … --capture-base`, qui la prend telle qu'elle est maintenant) — sans elle, une modification faite en production entre-temps serait écrasée.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="716" />
      <source>La taille de lot doit être positive, pas {batch_size}.</source>
      <translation>La taille de lot doit être positive, pas {batch_size}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="720" />
      <source>Nom d'utilisateur manquant pour la synchronisation.</source>
      <translation>Nom d'utilisateur manquant pour la synchronisation.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="822" />
      <source>La ligne {source_id} a encore changé en production depuis l'affichage du conflit : rechargez la liste pour voir sa version actuelle, puis décidez.</source>
      <translation>La ligne {source_id} a encore changé en production depuis l'affichage du conflit : rechargez la liste pour voir sa version actuelle, puis décidez.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="834" />
      <source>L'élément {item_id} n'est plus validé en attente de synchronisation : le conflit ne peut plus être résolu ainsi.</source>
      <translation>L'élément {item_id} n'est plus validé en attente de synchronisation : le conflit ne peut plus être résolu ainsi.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="862" />
      <source>Résolution inconnue « {resolution} » (attendu : {choices}).</source>
      <translation>Résolution inconnue « {resolution} » (attendu : {choices}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="865" />
      <source>Renvoyer un élément en revue demande un motif.</source>
      <translation>Renvoyer un élément en revue demande un motif.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="868" />
      <source>Nom d'utilisateur manquant.</source>
      <translation>Nom d'utilisateur manquant.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="872" />
      <source>Aucun conflit ouvert pour l'élément {item_id}.</source>
      <translation>Aucun conflit ouvert pour l'élément {item_id}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="153" />
      <source>Conflits résolus achevés dans le magasin : {count}.</source>
      <translation>Conflits résolus achevés dans le magasin : {count}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="155" />
      <source>Appliqués</source>
      <translation>Appliqués</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="155" />
      <source>Déjà appliqués</source>
      <translation>Déjà appliqués</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="156" />
      <source>En conflit</source>
      <translation>En conflit</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="296" />
      <source>identifiant</source>
      <translation>identifiant</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="297" />
      <source>géométrie</source>
      <translation>géométrie</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="297" />
      <source>origine</source>
      <translation>origine</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="407" />
      <source>Cette campagne n'a pas d'identifiant : ouvrez-la avec une version à jour d'OCS GE Review avant de la synchroniser.</source>
      <translation>Cette campagne n'a pas d'identifiant : ouvrez-la avec une version à jour d'OCS GE Review avant de la synchroniser.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="421" />
      <source>La campagne « {name} » a pris sa version de base dans « {base} », pas dans « {given} » : indiquez --production-table {base}.</source>
      <translation>La campagne « {name} » a pris sa version de base dans « {base} », pas dans « {given} » : indiquez --production-table {base}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="638" />
      <source>La base de production a refusé la synchronisation ({spec}) : {detail}. Rien de ce lot n'a été écrit.</source>
      <translation>La base de production a refusé la synchronisation ({spec}) : {detail}. Rien de ce lot n'a été écrit.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="159" />
      <source>  {label} : {ids}</source>
      <translation>  {label} : {ids}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="274" />
      <source>Table de production introuvable : « {target} » ({spec}).</source>
      <translation>Table de production introuvable : « {target} » ({spec}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="299" />
      <source>« {target} » n'a pas de colonne « {col} » ({role}) ; colonnes : {columns}.</source>
      <translation>« {target} » n'a pas de colonne « {col} » ({role}) ; colonnes : {columns}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="640" />
      <source>Connexion à la base de production perdue ({spec}) : le lot en cours n'a pas été écrit ; relancez la synchronisation, elle reprendra où elle s'est arrêtée.</source>
      <translation>Connexion à la base de production perdue ({spec}) : le lot en cours n'a pas été écrit ; relancez la synchronisation, elle reprendra où elle s'est arrêtée.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="663" />
      <source>Élément {item_id} déjà renvoyé en revue.</source>
      <translation>Élément {item_id} déjà renvoyé en revue.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="287" />
      <source>« {target} » : aucune colonne(s) géométrique(s) ; indiquez laquelle.</source>
      <translation>« {target} » : aucune colonne(s) géométrique(s) ; indiquez laquelle.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="289" />
      <source>« {target} » : plusieurs colonne(s) géométrique(s) ; indiquez laquelle.</source>
      <translation>« {target} » : plusieurs colonne(s) géométrique(s) ; indiquez laquelle.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="399" />
      <source>Identifiant « {source_id} » : la colonne « {id_column} » de « {target} » attend un nombre.</source>
      <translation>Identifiant « {source_id} » : la colonne « {id_column} » de « {target} » attend un nombre.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="883" />
      <source>Impossible de garder votre version de l'élément {item_id} : la ligne {source_id} n'existe plus en production. Reprenez la version de production ou renvoyez l'élément en revue.</source>
      <translation>Impossible de garder votre version de l'élément {item_id} : la ligne {source_id} n'existe plus en production. Reprenez la version de production ou renvoyez l'élément en revue.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/sync.py" line="658" />
      <source>Élément {item_id} déjà marqué synchronisé.</source>
      <translation>Élément {item_id} déjà marqué synchronisé.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/training.py" line="94" />
      <source>Le fichier des données d'apprentissage</source>
      <translation>Le fichier des données d'apprentissage</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/training.py" line="72" />
      <source>{n} correction(s) validées ou décidées écrite(s) dans « {path} » : </source>
      <translation>{n} correction(s) validées ou décidées écrite(s) dans « {path} » : </translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/training.py" line="74" />
      <source>{n} correction(s) validées écrite(s) dans « {path} » : </source>
      <translation>{n} correction(s) validées écrite(s) dans « {path} » : </translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/training.py" line="77" />
      <source>{before} polygone(s) du modèle (couche « {before_layer} »), {after} polygone(s) revu(s) (couche « {after_layer} ») ; {classes} changement(s) de classe, {geometries} changement(s) de géométrie.</source>
      <translation>{before} polygone(s) du modèle (couche « {before_layer} »), {after} polygone(s) revu(s) (couche « {after_layer} ») ; {classes} changement(s) de classe, {geometries} changement(s) de géométrie.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/training.py" line="96" />
      <source>« {path} » existe déjà : choisissez un autre fichier, les données d'apprentissage ne sont jamais écrites par-dessus.</source>
      <translation>« {path} » existe déjà : choisissez un autre fichier, les données d'apprentissage ne sont jamais écrites par-dessus.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/production/training.py" line="135" />
      <source>Écriture de « {path} » impossible : {error}.</source>
      <translation>Écriture de « {path} » impossible : {error}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/acceptance.py" line="126" />
      <source>Approbation groupée refusée : l'échantillon de contrôle n'a pas passé le plan ({rejected} rejet(s) pour {c} admis, {left} élément(s) à contrôler).</source>
      <translation>Approbation groupée refusée : l'échantillon de contrôle n'a pas passé le plan ({rejected} rejet(s) pour {c} admis, {left} élément(s) à contrôler).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/acceptance.py" line="51" />
      <source>Plan d'échantillonnage : la part contrôlée doit être entre 1 et 100 % (reçu {share}).</source>
      <translation>Plan d'échantillonnage : la part contrôlée doit être entre 1 et 100 % (reçu {share}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/acceptance.py" line="54" />
      <source>Plan d'échantillonnage : le nombre d'acceptation doit être positif ou nul et l'échantillon d'au moins un élément.</source>
      <translation>Plan d'échantillonnage : le nombre d'acceptation doit être positif ou nul et l'échantillon d'au moins un élément.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/accuracy.py" line="414" />
      <source>d'échantillons</source>
      <translation>d'échantillons</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/accuracy.py" line="432" />
      <source>des strates</source>
      <translation>des strates</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/accuracy.py" line="61" />
      <source>Aucun échantillon : impossible d'estimer la précision.</source>
      <translation>Aucun échantillon : impossible d'estimer la précision.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/accuracy.py" line="83" />
      <source>Strate(s) sans aucun échantillon : {strata}. Chaque strate doit contenir au moins un échantillon.</source>
      <translation>Strate(s) sans aucun échantillon : {strata}. Chaque strate doit contenir au moins un échantillon.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/accuracy.py" line="367" />
      <source>Fichier {what} introuvable : {path}.</source>
      <translation>Fichier {what} introuvable : {path}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/accuracy.py" line="375" />
      <source>Le fichier {what} {name} est vide.</source>
      <translation>Le fichier {what} {name} est vide.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/accuracy.py" line="383" />
      <source>{name}, ligne 1 : colonne(s) manquante(s) {missing} ; attendu : {columns} (trouvé : {found}).</source>
      <translation>{name}, ligne 1 : colonne(s) manquante(s) {missing} ; attendu : {columns} (trouvé : {found}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/accuracy.py" line="406" />
      <source>{name}, ligne {line} : valeur vide dans la colonne {column}.</source>
      <translation>{name}, ligne {line} : valeur vide dans la colonne {column}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/accuracy.py" line="419" />
      <source>Le fichier d'échantillons {name} ne contient aucun échantillon.</source>
      <translation>Le fichier d'échantillons {name} ne contient aucun échantillon.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/accuracy.py" line="452" />
      <source>Le fichier des strates {name} ne contient aucune strate.</source>
      <translation>Le fichier des strates {name} ne contient aucune strate.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/accuracy.py" line="471" />
      <source>{strata_name} : strate(s) {strata} sans aucun échantillon dans {samples_name}.</source>
      <translation>{strata_name} : strate(s) {strata} sans aucun échantillon dans {samples_name}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/accuracy.py" line="51" />
      <source>Échantillon n° {index} illisible : il faut trois valeurs (strate, classe carte, classe référence), reçu {item!r}.</source>
      <translation>Échantillon n° {index} illisible : il faut trois valeurs (strate, classe carte, classe référence), reçu {item!r}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/accuracy.py" line="70" />
      <source>Taille de la strate « {name} » invalide ({size!r}) : elle doit être un nombre strictement positif.</source>
      <translation>Taille de la strate « {name} » invalide ({size!r}) : elle doit être un nombre strictement positif.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/accuracy.py" line="77" />
      <source>La strate « {stratum} » d'un échantillon n'a pas de taille dans la table des strates.</source>
      <translation>La strate « {stratum} » d'un échantillon n'a pas de taille dans la table des strates.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/accuracy.py" line="89" />
      <source>La strate « {name} » a {count} échantillons pour une taille de {size:g} : avec la correction de population finie, la taille doit compter des unités d'échantillonnage (pixels, points).</source>
      <translation>La strate « {name} » a {count} échantillons pour une taille de {size:g} : avec la correction de population finie, la taille doit compter des unités d'échantillonnage (pixels, points).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/accuracy.py" line="372" />
      <source>Fichier {what} illisible ({name}) : {exc}.</source>
      <translation>Fichier {what} illisible ({name}) : {exc}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/accuracy.py" line="444" />
      <source>{name}, ligne {line} : la taille de la strate « {stratum} » doit être strictement positive (lu : {size!r}).</source>
      <translation>{name}, ligne {line} : la taille de la strate « {stratum} » doit être strictement positive (lu : {size!r}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/accuracy.py" line="448" />
      <source>{name}, ligne {line} : strate « {stratum} » en double.</source>
      <translation>{name}, ligne {line} : strate « {stratum} » en double.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/accuracy.py" line="465" />
      <source>{samples_name} : la strate « {stratum} » d'un échantillon (ligne {line}) est absente de {strata_name}.</source>
      <translation>{samples_name} : la strate « {stratum} » d'un échantillon (ligne {line}) est absente de {strata_name}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/accuracy.py" line="67" />
      <source>Taille de la strate « {name} » non numérique : {size!r}.</source>
      <translation>Taille de la strate « {name} » non numérique : {size!r}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/accuracy.py" line="440" />
      <source>{name}, ligne {line} : taille non numérique pour la strate « {stratum} » : {size!r}.</source>
      <translation>{name}, ligne {line} : taille non numérique pour la strate « {stratum} » : {size!r}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/accuracy.py" line="385" />
      <source>rien</source>
      <translation>rien</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/indicators.py" line="106" />
      <source>Version de schéma des indicateurs inconnue : {version} (connues : {known}).</source>
      <translation>Version de schéma des indicateurs inconnue : {version} (connues : {known}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/indicators.py" line="133" />
      <source>(racine)</source>
      <translation>(racine)</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/indicators.py" line="134" />
      <source>Indicateurs non conformes au schéma {version}, à « {where} » : {detail}.</source>
      <translation>Indicateurs non conformes au schéma {version}, à « {where} » : {detail}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/indicators_table.py" line="90" />
      <source>La table d'indicateurs « {table} » n'a pas pu être écrite ({database}) : {detail}. Rien n'a été écrit.</source>
      <translation>La table d'indicateurs « {table} » n'a pas pu être écrite ({database}) : {detail}. Rien n'a été écrit.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/outbox.py" line="36" />
      <source>{delivered} envoi(s) accepté(s), {waiting} en attente dans la boîte d'envoi.</source>
      <translation>{delivered} envoi(s) accepté(s), {waiting} en attente dans la boîte d'envoi.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/outbox.py" line="126" />
      <source>erreur du serveur (HTTP {status})</source>
      <translation>erreur du serveur (HTTP {status})</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/outbox.py" line="88" />
      <source>Adresse de livraison invalide « {url} » : attendu http://… ou https://….</source>
      <translation>Adresse de livraison invalide « {url} » : attendu http://… ou https://….</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/outbox.py" line="125" />
      <source>refusé par le serveur (HTTP {status})</source>
      <translation>refusé par le serveur (HTTP {status})</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/outbox.py" line="38" />
      <source>Dernière erreur : {error}</source>
      <translation>Dernière erreur : {error}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/outbox.py" line="55" />
      <source>Boîte d'envoi illisible « {path} » : {exc}.</source>
      <translation>Boîte d'envoi illisible « {path} » : {exc}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/outbox.py" line="119" />
      <source>délai dépassé ({timeout:g} s)</source>
      <translation>délai dépassé ({timeout:g} s)</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/outbox.py" line="121" />
      <source>connexion impossible ({error})</source>
      <translation>connexion impossible ({error})</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/report.py" line="23" />
      <source>Avancement</source>
      <translation>Avancement</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/report.py" line="23" />
      <source>Reprise par département</source>
      <translation>Reprise par département</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/report.py" line="23" />
      <source>Reprise par classe</source>
      <translation>Reprise par classe</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/report.py" line="24" />
      <source>Matrice de transition (couverture)</source>
      <translation>Matrice de transition (couverture)</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/report.py" line="24" />
      <source>Exactitude</source>
      <translation>Exactitude</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/report.py" line="24" />
      <source>Produit livré</source>
      <translation>Produit livré</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/report.py" line="24" />
      <source>Coût par km²</source>
      <translation>Coût par km²</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/report.py" line="254" />
      <source>Le rapport</source>
      <translation>Le rapport</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/report.py" line="253" />
      <source>Aucune campagne pour le rapport.</source>
      <translation>Aucune campagne pour le rapport.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/report.py" line="256" />
      <source>« {out_dir} » existe et n'est pas un dossier.</source>
      <translation>« {out_dir} » existe et n'est pas un dossier.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/stats.py" line="343" />
      <source>du plan de production</source>
      <translation>du plan de production</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/stats.py" line="213" />
      <source>Regroupement inconnu « {by} » (choix : {choices}).</source>
      <translation>Regroupement inconnu « {by} » (choix : {choices}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/stats.py" line="341" />
      <source>Plan de production illisible « {path} » : {error}.</source>
      <translation>Plan de production illisible « {path} » : {error}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/stats.py" line="78" />
      <source>Période invalide « {text} » : attendu AAAA-MM, par exemple 2026-11.</source>
      <translation>Période invalide « {text} » : attendu AAAA-MM, par exemple 2026-11.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/stats.py" line="357" />
      <source>{name}, ligne {line} : la surface prévue doit être positive ou nulle.</source>
      <translation>{name}, ligne {line} : la surface prévue doit être positive ou nulle.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/stats.py" line="349" />
      <source>{name}, ligne {line} : date invalide « {value} » (attendu AAAA-MM-JJ).</source>
      <translation>{name}, ligne {line} : date invalide « {value} » (attendu AAAA-MM-JJ).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/statistics/stats.py" line="354" />
      <source>{name}, ligne {line} : surface prévue non numérique « {value} ».</source>
      <translation>{name}, ligne {line} : surface prévue non numérique « {value} ».</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/__init__.py" line="26" />
      <source>Magasin de revue non reconnu : « {spec} » (attendu : un fichier .gpkg ou une connexion PostgreSQL, par exemple « service=ocsge » ou « postgresql://utilisateur@hôte/base »).</source>
      <translation>Magasin de revue non reconnu : « {spec} » (attendu : un fichier .gpkg ou une connexion PostgreSQL, par exemple « service=ocsge » ou « postgresql://utilisateur@hôte/base »).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/base.py" line="25" />
      <source>Ce magasin de revue a été écrit par une version plus récente d'OCS GE Review (schéma {newest}, celle-ci connaît jusqu'au {known}) : mettez l'extension à jour.</source>
      <translation>Ce magasin de revue a été écrit par une version plus récente d'OCS GE Review (schéma {newest}, celle-ci connaît jusqu'au {known}) : mettez l'extension à jour.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/columns.py" line="28" />
      <source>Colonne(s) inconnue(s) dans {what} : {unknown}.</source>
      <translation>Colonne(s) inconnue(s) dans {what} : {unknown}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/edits.py" line="59" />
      <source>(tolérance {tolerance})</source>
      <translation>(tolérance {tolerance})</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/edits.py" line="32" />
      <source>{what} est en EPSG:{srid}, la campagne en EPSG:{epsg}.</source>
      <translation>{what} est en EPSG:{srid}, la campagne en EPSG:{epsg}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/edits.py" line="36" />
      <source>{what} n'est pas un polygone.</source>
      <translation>{what} n'est pas un polygone.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/edits.py" line="38" />
      <source>{what} n'est pas valide ({reason}).</source>
      <translation>{what} n'est pas valide ({reason}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/edits.py" line="41" />
      <source>{what} a une surface nulle.</source>
      <translation>{what} a une surface nulle.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/edits.py" line="51" />
      <source>L'élément {item_id} fait partie de l'échantillon d'audit : ses polygones doivent rester tels quels pour que l'audit mesure la qualité sans biais. Signalez plutôt un problème de géométrie.</source>
      <translation>L'élément {item_id} fait partie de l'échantillon d'audit : ses polygones doivent rester tels quels pour que l'audit mesure la qualité sans biais. Signalez plutôt un problème de géométrie.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/edits.py" line="70" />
      <source>Les parties ne couvrent pas l'élément {item_id} : il manque {gap} {within}.</source>
      <translation>Les parties ne couvrent pas l'élément {item_id} : il manque {gap} {within}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/edits.py" line="74" />
      <source>Les parties débordent de l'élément {item_id} de {overflow} {within}.</source>
      <translation>Les parties débordent de l'élément {item_id} de {overflow} {within}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/edits.py" line="101" />
      <source>La fusion sur l'élément {item_id} ne donne pas un seul polygone valide.</source>
      <translation>La fusion sur l'élément {item_id} ne donne pas un seul polygone valide.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/edits.py" line="29" />
      <source>{what} : géométrie illisible (WKB attendu).</source>
      <translation>{what} : géométrie illisible (WKB attendu).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/edits.py" line="64" />
      <source>Les parties {i} et {j} du découpage de l'élément {item_id} se chevauchent sur {overlap} {within}.</source>
      <translation>Les parties {i} et {j} du découpage de l'élément {item_id} se chevauchent sur {overlap} {within}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/edits.py" line="93" />
      <source>L'élément {other} ne touche l'élément {item_id} (ni les éléments déjà fusionnés) que par un coin : une fusion ne prend que des voisins ayant une limite commune.</source>
      <translation>L'élément {other} ne touche l'élément {item_id} (ni les éléments déjà fusionnés) que par un coin : une fusion ne prend que des voisins ayant une limite commune.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/edits.py" line="97" />
      <source>L'élément {other} n'est pas voisin de l'élément {item_id} (ni des éléments déjà fusionnés) : une fusion ne prend que des voisins ayant une limite commune.</source>
      <translation>L'élément {other} n'est pas voisin de l'élément {item_id} (ni des éléments déjà fusionnés) : une fusion ne prend que des voisins ayant une limite commune.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/engine.py" line="50" />
      <source>L'élément {item_id} n'existe pas dans cette campagne.</source>
      <translation>L'élément {item_id} n'existe pas dans cette campagne.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/engine.py" line="381" />
      <source>Vous ne pouvez pas valider votre propre décision (élément {item_id}).</source>
      <translation>Vous ne pouvez pas valider votre propre décision (élément {item_id}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/engine.py" line="312" />
      <source>L'élément {item_id} a été fusionné dans l'élément {merged_into} : annulez la fusion depuis l'élément {merged_into}.</source>
      <translation>L'élément {item_id} a été fusionné dans l'élément {merged_into} : annulez la fusion depuis l'élément {merged_into}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/engine.py" line="320" />
      <source>L'élément {item_id} est une partie du découpage de l'élément {parent} : annulez le découpage depuis l'élément {parent}.</source>
      <translation>L'élément {item_id} est une partie du découpage de l'élément {parent} : annulez le découpage depuis l'élément {parent}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/engine.py" line="325" />
      <source>L'élément {item_id} a été décidé par {decider} : seul lui peut annuler.</source>
      <translation>L'élément {item_id} a été décidé par {decider} : seul lui peut annuler.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/engine.py" line="518" />
      <source>L'élément {fid} est validé sans approbation au journal : il ne peut pas être synchronisé ; faites-le revalider.</source>
      <translation>L'élément {fid} est validé sans approbation au journal : il ne peut pas être synchronisé ; faites-le revalider.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/engine.py" line="335" />
      <source>Impossible d'annuler le découpage de l'élément {item_id} : l'élément {part}, qui en est issu, est {state}.</source>
      <translation>Impossible d'annuler le découpage de l'élément {item_id} : l'élément {part}, qui en est issu, est {state}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/gpkg.py" line="481" />
      <source>Un autre programme a supprimé les fichiers de travail (-wal, -shm) du magasin « {name} » pendant que vous y travailliez : les décisions enregistrées sont dans le fichier. Fermez QGIS, puis rouvrez-le pour continuer.</source>
      <translation>Un autre programme a supprimé les fichiers de travail (-wal, -shm) du magasin « {name} » pendant que vous y travailliez : les décisions enregistrées sont dans le fichier. Fermez QGIS, puis rouvrez-le pour continuer.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/gpkg.py" line="546" />
      <source>la table de revue</source>
      <translation>la table de revue</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/gpkg.py" line="550" />
      <source>la table du journal</source>
      <translation>la table du journal</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/gpkg.py" line="619" />
      <source>« {path} » est un magasin d'une version antérieure : ouvrez-le une fois dans QGIS (ou avec une commande qui écrit) pour le mettre à jour, puis relancez.</source>
      <translation>« {path} » est un magasin d'une version antérieure : ouvrez-le une fois dans QGIS (ou avec une commande qui écrit) pour le mettre à jour, puis relancez.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/gpkg.py" line="393" />
      <source>Le magasin de revue « {path} » existe déjà : choisissez un autre fichier.</source>
      <translation>Le magasin de revue « {path} » existe déjà : choisissez un autre fichier.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/gpkg.py" line="418" />
      <source>Magasin de revue introuvable : « {path} ».</source>
      <translation>Magasin de revue introuvable : « {path} ».</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/gpkg.py" line="425" />
      <source>« {path} » n'est pas un magasin de revue OCS GE Review.</source>
      <translation>« {path} » n'est pas un magasin de revue OCS GE Review.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/gpkg.py" line="435" />
      <source>« {path} » n'est pas un GeoPackage lisible.</source>
      <translation>« {path} » n'est pas un GeoPackage lisible.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/lifecycle.py" line="78" />
      <source>en attente</source>
      <translation>en attente</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/lifecycle.py" line="78" />
      <source>réservé</source>
      <translation>réservé</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/lifecycle.py" line="78" />
      <source>décidé</source>
      <translation>décidé</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/lifecycle.py" line="78" />
      <source>validé</source>
      <translation>validé</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/lifecycle.py" line="79" />
      <source>rejeté</source>
      <translation>rejeté</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/lifecycle.py" line="79" />
      <source>synchronisé</source>
      <translation>synchronisé</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/lifecycle.py" line="79" />
      <source>accepté automatiquement</source>
      <translation>accepté automatiquement</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/lifecycle.py" line="80" />
      <source>remplacé</source>
      <translation>remplacé</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/lifecycle.py" line="80" />
      <source>confirmé par un second avis</source>
      <translation>confirmé par un second avis</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/lifecycle.py" line="81" />
      <source>en désaccord, attend le validateur</source>
      <translation>en désaccord, attend le validateur</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/lifecycle.py" line="81" />
      <source>tranché par le validateur</source>
      <translation>tranché par le validateur</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/lifecycle.py" line="82" />
      <source>réserver</source>
      <translation>réserver</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/lifecycle.py" line="82" />
      <source>passer</source>
      <translation>passer</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/lifecycle.py" line="82" />
      <source>confirmer</source>
      <translation>confirmer</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/lifecycle.py" line="82" />
      <source>corriger</source>
      <translation>corriger</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/lifecycle.py" line="83" />
      <source>signaler</source>
      <translation>signaler</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/lifecycle.py" line="83" />
      <source>annuler</source>
      <translation>annuler</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/lifecycle.py" line="83" />
      <source>approuver</source>
      <translation>approuver</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/lifecycle.py" line="83" />
      <source>rejeter</source>
      <translation>rejeter</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/lifecycle.py" line="84" />
      <source>synchroniser</source>
      <translation>synchroniser</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/lifecycle.py" line="84" />
      <source>renvoyer en revue</source>
      <translation>renvoyer en revue</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/lifecycle.py" line="84" />
      <source>découper</source>
      <translation>découper</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/lifecycle.py" line="85" />
      <source>fusionner</source>
      <translation>fusionner</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/lifecycle.py" line="85" />
      <source>remodeler</source>
      <translation>remodeler</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/lifecycle.py" line="86" />
      <source>retirer</source>
      <translation>retirer</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/lifecycle.py" line="86" />
      <source>répondre au second avis sur</source>
      <translation>répondre au second avis sur</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/lifecycle.py" line="87" />
      <source>trancher le désaccord sur</source>
      <translation>trancher le désaccord sur</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/lifecycle.py" line="99" />
      <source>l'élément {item_id}</source>
      <translation>l'élément {item_id}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/lifecycle.py" line="99" />
      <source>cet élément</source>
      <translation>cet élément</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/lifecycle.py" line="103" />
      <source>Impossible {of}{verb} {what} : il est {state}.</source>
      <translation>Impossible {of}{verb} {what} : il est {state}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/opinions.py" line="70" />
      <source>L'élément {item_id} n'a pas été tiré pour un second avis.</source>
      <translation>L'élément {item_id} n'a pas été tiré pour un second avis.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/opinions.py" line="152" />
      <source>Le second avis sur l'élément {item_id} est réservé par {owner}. Rien n'a été enregistré.</source>
      <translation>Le second avis sur l'élément {item_id} est réservé par {owner}. Rien n'a été enregistré.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/opinions.py" line="107" />
      <source>Un autre tirage de seconds avis vient d'être fait : relancez la commande.</source>
      <translation>Un autre tirage de seconds avis vient d'être fait : relancez la commande.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/opinions.py" line="177" />
      <source>L'élément {item_id} est {state} : il n'y a pas de décision à comparer ; rien n'a été enregistré.</source>
      <translation>L'élément {item_id} est {state} : il n'y a pas de décision à comparer ; rien n'a été enregistré.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/opinions.py" line="180" />
      <source>Vous avez décidé l'élément {item_id} : le second avis doit venir de quelqu'un d'autre.</source>
      <translation>Vous avez décidé l'élément {item_id} : le second avis doit venir de quelqu'un d'autre.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/opinions.py" line="203" />
      <source>Vous avez donné l'un des deux avis sur l'élément {item_id} : un autre validateur doit trancher.</source>
      <translation>Vous avez donné l'un des deux avis sur l'élément {item_id} : un autre validateur doit trancher.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/pg.py" line="629" />
      <source>le schéma « {schema} » de {database}</source>
      <translation>le schéma « {schema} » de {database}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/pg.py" line="187" />
      <source>Connexion à PostgreSQL perdue ({spec}) : rien n'a été enregistré. Réessayez quand la base est de nouveau joignable.</source>
      <translation>Connexion à PostgreSQL perdue ({spec}) : rien n'a été enregistré. Réessayez quand la base est de nouveau joignable.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/pg.py" line="641" />
      <source>Plusieurs campagnes dans {where} : choisissez-en une ({names}).</source>
      <translation>Plusieurs campagnes dans {where} : choisissez-en une ({names}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/pg.py" line="623" />
      <source>Nom de schéma PostgreSQL invalide : « {schema} ».</source>
      <translation>Nom de schéma PostgreSQL invalide : « {schema} ».</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/pg.py" line="640" />
      <source>Aucune campagne dans {where}.</source>
      <translation>Aucune campagne dans {where}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/pg.py" line="670" />
      <source>La campagne « {name} » existe déjà dans le schéma « {schema} » : choisissez un autre nom.</source>
      <translation>La campagne « {name} » existe déjà dans le schéma « {schema} » : choisissez un autre nom.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/pg.py" line="674" />
      <source>Un lot emporté (checkout) se rentre avec `checkin`, il ne devient pas une campagne.</source>
      <translation>Un lot emporté (checkout) se rentre avec `checkin`, il ne devient pas une campagne.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/pg.py" line="195" />
      <source>Erreur PostgreSQL : {text}. Rien n'a été enregistré.</source>
      <translation>Erreur PostgreSQL : {text}. Rien n'a été enregistré.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/pg.py" line="350" />
      <source>Ce magasin de revue est fermé.</source>
      <translation>Ce magasin de revue est fermé.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/pg.py" line="634" />
      <source>Pas de campagne « {wanted} » dans {where} ; campagnes : {names}.</source>
      <translation>Pas de campagne « {wanted} » dans {where} ; campagnes : {names}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/pg.py" line="636" />
      <source>Pas de campagne « {wanted} » dans {where}.</source>
      <translation>Pas de campagne « {wanted} » dans {where}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/pg.py" line="197" />
      <source>PostgreSQL refuse l'opération : {text}. Rien n'a été enregistré.</source>
      <translation>PostgreSQL refuse l'opération : {text}. Rien n'a été enregistré.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/pg.py" line="326" />
      <source>Le compte « {login} » n'a pas accès au magasin de revue « {schema} » ({database}) : un administrateur doit lui donner un rôle (admin grant).</source>
      <translation>Le compte « {login} » n'a pas accès au magasin de revue « {schema} » ({database}) : un administrateur doit lui donner un rôle (admin grant).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/pg.py" line="455" />
      <source>Un même élément figure deux fois dans le lot à marquer synchronisé.</source>
      <translation>Un même élément figure deux fois dans le lot à marquer synchronisé.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/pg.py" line="282" />
      <source>PostGIS n'est pas installé dans {spec} : demandez à l'administrateur « CREATE EXTENSION postgis ».</source>
      <translation>PostGIS n'est pas installé dans {spec} : demandez à l'administrateur « CREATE EXTENSION postgis ».</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/pg.py" line="316" />
      <source>Le schéma « {schema} » de {spec} n'est pas un magasin de revue OCS GE Review.</source>
      <translation>Le schéma « {schema} » de {spec} n'est pas un magasin de revue OCS GE Review.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/pg_access.py" line="73" />
      <source>photo-interprète</source>
      <translation>photo-interprète</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/pg_access.py" line="73" />
      <source>validateur</source>
      <translation>validateur</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/pg_access.py" line="73" />
      <source>administrateur</source>
      <translation>administrateur</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/pg_access.py" line="88" />
      <source>Rôle inconnu : « {role} » (attendu : {roles}).</source>
      <translation>Rôle inconnu : « {role} » (attendu : {roles}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/pg_access.py" line="97" />
      <source>Aucun département donné (par exemple --departments 32,69).</source>
      <translation>Aucun département donné (par exemple --departments 32,69).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/pg_access.py" line="243" />
      <source>Les fonctions PostGIS {functions} restent ouvertes à tous dans cette base : elles donnent l'emprise des éléments de tous les départements. Relancez admin init avec un superutilisateur PostgreSQL pour les fermer.</source>
      <translation>Les fonctions PostGIS {functions} restent ouvertes à tous dans cette base : elles donnent l'emprise des éléments de tous les départements. Relancez admin init avec un superutilisateur PostgreSQL pour les fermer.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/pg_access.py" line="376" />
      <source>Fonction(s) SECURITY DEFINER sans search_path fixé dans « {schema} » : {loose}.</source>
      <translation>Fonction(s) SECURITY DEFINER sans search_path fixé dans « {schema} » : {loose}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/pg_access.py" line="668" />
      <source>Nom de table de production manquant (--production-table).</source>
      <translation>Nom de table de production manquant (--production-table).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/pg_access.py" line="158" />
      <source>{what} : {detail}.{hint}</source>
      <translation>{what} : {detail}.{hint}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/pg_access.py" line="286" />
      <source>Le schéma « {schema} » n'a pas les tables du magasin de revue ({missing}) : créez-le d'abord (admin init).</source>
      <translation>Le schéma « {schema} » n'a pas les tables du magasin de revue ({missing}) : créez-le d'abord (admin init).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/pg_access.py" line="688" />
      <source>Table de production introuvable : « {where} » (--production-table).</source>
      <translation>Table de production introuvable : « {where} » (--production-table).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/pg_access.py" line="692" />
      <source>La table de production « {where} » n'a pas de colonne « {department_column} » : ajoutez-la et remplissez-la avant d'installer les droits, par exemple ALTER TABLE {where} ADD COLUMN {department_column} text; UPDATE {where} SET {department_column} = '32'; (le code du département de chaque ligne), ou nommez la colonne existante avec --department-column.</source>
      <translation>La table de production « {where} » n'a pas de colonne « {department_column} » : ajoutez-la et remplissez-la avant d'installer les droits, par exemple ALTER TABLE {where} ADD COLUMN {department_column} text; UPDATE {where} SET {department_column} = '32'; (le code du département de chaque ligne), ou nommez la colonne existante avec --department-column.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/pg_access.py" line="829" />
      <source>Le compte « {user} » n'existe pas : un mot de passe est nécessaire pour le créer.</source>
      <translation>Le compte « {user} » n'existe pas : un mot de passe est nécessaire pour le créer.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/pg_access.py" line="846" />
      <source>Le compte PostgreSQL « {user} » n'existe pas.</source>
      <translation>Le compte PostgreSQL « {user} » n'existe pas.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/pg_access.py" line="159" />
      <source>Lancez la commande avec le propriétaire du schéma ou un superutilisateur PostgreSQL (droit CREATEROLE pour les comptes).</source>
      <translation>Lancez la commande avec le propriétaire du schéma ou un superutilisateur PostgreSQL (droit CREATEROLE pour les comptes).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/rules.py" line="54" />
      <source>Colonnes manquantes pour créer la campagne : {missing}.</source>
      <translation>Colonnes manquantes pour créer la campagne : {missing}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/rules.py" line="62" />
      <source>L'élément {item_id} est réservé par {owner} : votre réservation a expiré et il a été repris. Rien n'a été enregistré.</source>
      <translation>L'élément {item_id} est réservé par {owner} : votre réservation a expiré et il a été repris. Rien n'a été enregistré.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/rules.py" line="78" />
      <source>Signalement inconnu « {flag} » (attendu : {kinds}).</source>
      <translation>Signalement inconnu « {flag} » (attendu : {kinds}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/rules.py" line="83" />
      <source>La nouvelle géométrie de l'élément {item_id}</source>
      <translation>La nouvelle géométrie de l'élément {item_id}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/rules.py" line="94" />
      <source>Décision incohérente sur l'élément {item_id} : « {action} » avec les codes {cs} / {us} (le modèle proposait {model_cs} / {model_us}).</source>
      <translation>Décision incohérente sur l'élément {item_id} : « {action} » avec les codes {cs} / {us} (le modèle proposait {model_cs} / {model_us}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/rules.py" line="104" />
      <source>La nouvelle géométrie de l'élément {item_id} ne recouvre pas l'ancienne.</source>
      <translation>La nouvelle géométrie de l'élément {item_id} ne recouvre pas l'ancienne.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/rules.py" line="112" />
      <source>Un découpage de l'élément {item_id} demande au moins deux parties.</source>
      <translation>Un découpage de l'élément {item_id} demande au moins deux parties.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/rules.py" line="125" />
      <source>Une fusion sur l'élément {item_id} demande au moins un voisin.</source>
      <translation>Une fusion sur l'élément {item_id} demande au moins un voisin.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/rules.py" line="128" />
      <source>L'élément {item_id} ne peut pas être fusionné avec lui-même.</source>
      <translation>L'élément {item_id} ne peut pas être fusionné avec lui-même.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/rules.py" line="135" />
      <source>Un rejet demande un motif.</source>
      <translation>Un rejet demande un motif.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/rules.py" line="67" />
      <source>L'élément {item_id} n'est plus réservé pour vous : il est {state}.</source>
      <translation>L'élément {item_id} n'est plus réservé pour vous : il est {state}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/rules.py" line="85" />
      <source>Remodeler l'élément {item_id} demande sa nouvelle géométrie.</source>
      <translation>Remodeler l'élément {item_id} demande sa nouvelle géométrie.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/store/rules.py" line="115" />
      <source>La partie {k} du découpage de l'élément {item_id}</source>
      <translation>La partie {k} du découpage de l'élément {item_id}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/synthetic/demo.py" line="424" />
      <source>Département {department} ({name}), EPSG:{epsg}</source>
      <translation>Département {department} ({name}), EPSG:{epsg}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/synthetic/demo.py" line="426" />
      <source>{count} polygones, {area}, surface médiane {median} m²</source>
      <translation>{count} polygones, {area}, surface médiane {median} m²</translation>
    </message>
    <message>
      <location filename="../ocsge_review/synthetic/demo.py" line="428" />
      <source>Exactitude du modèle simulé : couverture {cs}, usage {us}</source>
      <translation>Exactitude du modèle simulé : couverture {cs}, usage {us}</translation>
    </message>
    <message>
      <location filename="../ocsge_review/synthetic/demo.py" line="276" />
      <source>Nombre de polygones hors limites : {polygons} (de {min} à {max}).</source>
      <translation>Nombre de polygones hors limites : {polygons} (de {min} à {max}).</translation>
    </message>
    <message>
      <location filename="../ocsge_review/synthetic/orthophoto.py" line="219" />
      <source>Code de couverture inconnu : {code}.</source>
      <translation>Code de couverture inconnu : {code}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/synthetic/simulate.py" line="35" />
      <source>{decisions} décisions en {seconds} s ({rate}/s), dont {corrections} corrections ; {errors_made} erreurs simulées ; {lost_locks} réservations perdues. Par interprète : {users}.</source>
      <translation>{decisions} décisions en {seconds} s ({rate}/s), dont {corrections} corrections ; {errors_made} erreurs simulées ; {lost_locks} réservations perdues. Par interprète : {users}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/synthetic/simulate.py" line="96" />
      <source>Il faut au moins un interprète simulé.</source>
      <translation>Il faut au moins un interprète simulé.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/synthetic/simulate.py" line="98" />
      <source>Taux d'erreur hors de [0, 1] : {error_rate}.</source>
      <translation>Taux d'erreur hors de [0, 1] : {error_rate}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/synthetic/simulate.py" line="100" />
      <source>Limite négative : {limit}.</source>
      <translation>Limite négative : {limit}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/synthetic/simulate.py" line="41" />
      <source>{opinions} seconds avis, dont {disputes} désaccords tranchés par le validateur.</source>
      <translation>{opinions} seconds avis, dont {disputes} désaccords tranchés par le validateur.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/synthetic/simulate.py" line="51" />
      <source>Vérité terrain illisible « {path} » : {detail}.</source>
      <translation>Vérité terrain illisible « {path} » : {detail}.</translation>
    </message>
    <message>
      <location filename="../ocsge_review/synthetic/simulate.py" line="125" />
      <source>L'élément {id} (source {source_id}) n'est pas dans la vérité terrain.</source>
      <translation>L'élément {id} (source {source_id}) n'est pas dans la vérité terrain.</translation>
    </message>
    <message>
      <source>La base de production a refusé la synchronisation ({spec}) : {detail} Rien de ce lot n'a été écrit.</source>
      <translation type="vanished">La base de production a refusé la synchronisation ({spec}) : {detail} Rien de ce lot n'a été écrit.</translation>
    </message>
    <message>
      <source>La table d'indicateurs « {table} » n'a pas pu être écrite ({database}) : {detail} Rien n'a été écrit.</source>
      <translation type="vanished">La table d'indicateurs « {table} » n'a pas pu être écrite ({database}) : {detail} Rien n'a été écrit.</translation>
    </message>
    <message>
      <source>Le dossier « {parent} » n'existe pas.</source>
      <translation type="vanished">Le dossier « {parent} » n'existe pas.</translation>
    </message>
    <message>
      <source>Exactitude globale : {estimate:.3f} ± {se:.3f} (IC 95 % {low:.3f}–{high:.3f}), {n} unités d'échantillon</source>
      <translation type="vanished">Exactitude globale : {estimate:.3f} ± {se:.3f} (IC 95 % {low:.3f}–{high:.3f}), {n} unités d'échantillon</translation>
    </message>
    <message>
      <source>  {c}: utilisateur {users}, producteur {producers}, surface {proportion:.3f} ({estimate:.6g} ± {se:.6g})</source>
      <translation type="vanished">  {c}: utilisateur {users}, producteur {producers}, surface {proportion:.3f} ({estimate:.6g} ± {se:.6g})</translation>
    </message>
    <message>
      <source>{decisions} décisions en {seconds:.1f} s ({rate:.0f}/s), dont {corrections} corrections ; {errors_made} erreurs simulées ; {lost_locks} réservations perdues. Par interprète : {users}.</source>
      <translation type="vanished">{decisions} décisions en {seconds:.1f} s ({rate:.0f}/s), dont {corrections} corrections ; {errors_made} erreurs simulées ; {lost_locks} réservations perdues. Par interprète : {users}.</translation>
    </message>
    <message>
      <source>Le dossier « {folder} » n'est pas accessible en écriture.</source>
      <translation type="vanished">Le dossier « {folder} » n'est pas accessible en écriture.</translation>
    </message>
    <message>
      <source>Le plan de production {name} est vide.</source>
      <translation type="vanished">Le plan de production {name} est vide.</translation>
    </message>
    <message>
      <source>{name}, ligne 1 : colonne(s) manquante(s) {missing} ; attendu : date,planned_km2 (et facultativement department).</source>
      <translation type="vanished">{name}, ligne 1 : colonne(s) manquante(s) {missing} ; attendu : date,planned_km2 (et facultativement department).</translation>
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
