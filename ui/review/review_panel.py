"""The photo-interpreter's review dock: serves the next item, records decisions from the keyboard."""
import getpass
import logging
import time
from typing import Callable, List, Optional

from qgis.core import Qgis, QgsApplication, QgsMapRendererParallelJob, QgsProject, QgsSettings, QgsVectorLayer
from qgis.gui import QgsDockWidget, QgsHighlight
from qgis.PyQt.QtCore import QEvent, QSignalBlocker, Qt, QTimer
from qgis.PyQt.QtWidgets import (QAction, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                                 QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget)

from ocsge_review.store import lifecycle as lc
from ocsge_review.ocsge import nomenclature as nom
from ocsge_review.errors import OcsgeError
from ocsge_review.ocsge.mapping_units import split_warnings
from ocsge_review.store import Decision
from ocsge_review.store.base import Part, progress

from .. import docks, shortcuts
from . import backgrounds
from .code_picker import CodePicker, code_text
from .review_geometry import GeometryEditing
from .review_map import MapView, Prepared
from ..i18n import number, tr
from ..layers import BlindFilter
from ..logbridge import notify

log = logging.getLogger("ocsge_review.ui.review_panel")

ROLE = Qt.ItemDataRole.UserRole
MARGIN_KEY = "ocsge_review/review/zoom_margin"
USER_KEY = "ocsge_review/review/user"
DEFAULT_MARGIN = 0.5
CS, US = "cs", "us"
CHANGES = (lc.CORRECT, *lc.GEOMETRY_EDITS)     # what counts as the interpreter's rework
# Both boxes styled alike, so that framing one does not move anything.
DIMENSION_STYLE = ("QGroupBox {{ border: {border}; border-radius: 3px; margin-top: 1.3em; padding-top: 0.3em; }} "
                   "QGroupBox::title {{ subcontrol-origin: margin; left: 8px; padding: 0 3px; }}")


def reviewer_name(store=None) -> str:
    """The name written in the journal: the store's login (on a PostgreSQL store the database refuses
    any other), else the plugin setting, else the QGIS login, else the system's."""
    login = getattr(store, "login", None)
    if login:
        return login
    name = str(QgsSettings().value(USER_KEY, "") or "").strip()
    if name:
        return name
    try:
        name = QgsApplication.userLoginName()
    except AttributeError:
        name = ""
    return name or getpass.getuser()


def zoom_margin() -> float:
    """How much room to leave around the item, as a fraction of its size on each side."""
    try:
        return max(0.0, float(QgsSettings().value(MARGIN_KEY, DEFAULT_MARGIN)))
    except (TypeError, ValueError):
        return DEFAULT_MARGIN


def flag_texts() -> dict:
    """What each flag kind of the store is called in the panel."""
    return {"doubt": tr("Doute"), "bad_imagery": tr("Image inexploitable"),
            "geometry": tr("Géométrie à reprendre")}


class ReviewPanel(MapView, GeometryEditing, QgsDockWidget):
    """Claims items one at a time for ``user`` and records what the interpreter decides."""

    def __init__(self, store, iface, user: Optional[str] = None, project: Optional[QgsProject] = None,
                 parent=None, clock: Callable[[], float] = time.monotonic, margin: Optional[float] = None):
        super().__init__(tr("Revue OCS GE"), parent)
        self.setObjectName("OcsgeReviewPanel")
        self.store = store
        self.iface = iface
        self.user = user or reviewer_name(store)
        self.project = project or QgsProject.instance()
        self.clock = clock
        self.margin = zoom_margin() if margin is None else margin
        self.campaign = store.campaign()
        self.current: Optional[Prepared] = None    # the item served, with its geometry and frame
        self.decided = False
        self.last_decided: Optional[int] = None
        self.last_action: Optional[str] = None
        self.started = clock()
        self.session_decisions = 0
        self.session_corrections = 0
        self.layer: Optional[QgsVectorLayer] = None
        self.reframe = False        # frame the next item again once QGIS has set up an empty project
        self.reframing = False      # … waiting for the map to be drawn for that
        self.highlight: Optional[QgsHighlight] = None
        self.halo: Optional[QgsHighlight] = None    # under the highlight: dark, wider, seen on any picture
        self.probe = backgrounds.TileProbe(self._warn, self)
        self.blind_filter = BlindFilter(self.project)   # a blind item kept off the layers of the model's classes
        self.shortcuts: List[QAction] = []
        self.active = CS                      # the dimension that digits pick in
        self.prepared: Optional[Prepared] = None
        self.warm_job: Optional[QgsMapRendererParallelJob] = None
        self.work_layer: Optional[QgsVectorLayer] = None   # the item's geometry, edited with QGIS's tools
        self.down = False                     # shut down: queued calls must not touch the store
        self.counted = False                  # the figures were read after the last decision

        self._build()
        self._make_actions()
        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self._tick)
        self.ticker.start()
        self.keepalive = QTimer(self)
        self.keepalive.setInterval(max(5, int(self.campaign.lock_seconds) // 2) * 1000)
        self.keepalive.timeout.connect(self._heartbeat)
        self.keepalive.start()
        self.add_layer()
        self.project.layerWillBeRemoved.connect(self._layer_removed)
        self.next_item()

    @property
    def item(self):
        return None if self.current is None else self.current.item

    # -- widgets -----------------------------------------------------------------
    def _build(self):
        body = QWidget(self)
        body.setObjectName("OcsgeReviewPanelBody")
        body.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(body)

        self.campaignLabel = QLabel(self.campaign.name, body)
        self.campaignLabel.setStyleSheet("font-weight: bold;")
        self.rejectionLabel = QLabel(body)
        self.rejectionLabel.setWordWrap(True)
        self.rejectionLabel.setStyleSheet("color: white; background: #b00020; padding: 4px;")
        self.blindLabel = QLabel(tr("Contrôle à l'aveugle"), body)
        self.blindLabel.setStyleSheet("color: white; background: #5c3c92; padding: 4px; font-weight: bold;")
        self.itemLabel = QLabel(body)
        self.itemLabel.setWordWrap(True)
        for widget in (self.campaignLabel, self.rejectionLabel, self.blindLabel, self.itemLabel):
            layout.addWidget(widget)

        self.csBox = QGroupBox(tr("Couverture (CS)"), body)
        self.csProposals = QListWidget(self.csBox)
        self.csPicker = CodePicker(nom.CS_LEAVES, self.csBox)
        self._dimension_box(self.csBox, self.csProposals, self.csPicker)
        self.usBox = QGroupBox(tr("Usage (US)"), body)
        self.usProposals = QListWidget(self.usBox)
        self.usPicker = CodePicker(nom.US_LEAVES, self.usBox)
        self._dimension_box(self.usBox, self.usProposals, self.usPicker)
        layout.addWidget(self.csBox)
        layout.addWidget(self.usBox)
        self.csProposals.itemClicked.connect(lambda it: self.csPicker.set_code(it.data(ROLE)))
        self.usProposals.itemClicked.connect(lambda it: self.usPicker.set_code(it.data(ROLE)))
        self.csPicker.currentIndexChanged.connect(self._pair_changed)
        self.usPicker.currentIndexChanged.connect(self._pair_changed)
        self.csPicker.chosen.connect(lambda: self._search_ended(CS))
        self.usPicker.chosen.connect(lambda: self._search_ended(US))

        self.artifLabel = QLabel(body)
        self.coherenceLabel = QLabel(body)
        self.coherenceLabel.setWordWrap(True)
        self.coherenceLabel.setStyleSheet("color: #9a5b00;")
        self.statusLabel = QLabel(body)
        self.statusLabel.setWordWrap(True)
        for widget in (self.artifLabel, self.coherenceLabel, self.statusLabel):
            layout.addWidget(widget)

        self.commentEdit = QLineEdit(body)
        self.commentEdit.setPlaceholderText(tr("Commentaire (C) — Entrée enregistre, Tab le garde, Échap l'efface"))
        self.commentEdit.setClearButtonEnabled(True)
        self.commentEdit.installEventFilter(self)
        layout.addWidget(self.commentEdit)

        buttons = QHBoxLayout()
        self.recordButton = QPushButton(tr("Enregistrer"), body)
        self.nextButton = QPushButton(tr("Suivant"), body)
        self.skipButton = QPushButton(tr("Passer"), body)
        self.undoButton = QPushButton(tr("Annuler"), body)
        for button in (self.recordButton, self.nextButton, self.skipButton, self.undoButton):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            buttons.addWidget(button)
        layout.addLayout(buttons)
        flags = QHBoxLayout()
        self.flagButtons = {}
        for kind, text in flag_texts().items():
            button = QPushButton(text, body)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            flags.addWidget(button)
            self.flagButtons[kind] = button
        layout.addLayout(flags)
        geometry = QGridLayout()          # two a row: the dock keeps to a third of a 1366 px screen
        self.editGeometryButton = QPushButton(tr("Modifier la géométrie"), body)
        self.mergeButton = QPushButton(tr("Fusionner la sélection"), body)
        self.partPairButton = QPushButton(tr("Couple → parties sélectionnées"), body)
        self.partPairButton.setEnabled(False)
        for n, button in enumerate((self.editGeometryButton, self.mergeButton, self.partPairButton)):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            geometry.addWidget(button, n // 2, n % 2)
        layout.addLayout(geometry)

        figures = QFormLayout()
        self.timeLabel = QLabel(body)
        self.progressLabel = QLabel(body)
        self.progressLabel.setWordWrap(True)
        self.sessionLabel = QLabel(body)
        figures.addRow(tr("Temps sur l'élément"), self.timeLabel)
        figures.addRow(tr("Avancement"), self.progressLabel)
        figures.addRow(tr("Cette session"), self.sessionLabel)
        layout.addLayout(figures)
        layout.addStretch(1)
        docks.narrow(self.csPicker, self.usPicker)
        self.setWidget(docks.scrolling(body))
        self.body = body

    @staticmethod
    def _dimension_box(box, proposals, picker):
        inner = QVBoxLayout(box)
        proposals.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        proposals.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        proposals.setTextElideMode(Qt.TextElideMode.ElideRight)
        proposals.setMaximumHeight(proposals.fontMetrics().height() * 3 + 12)
        inner.addWidget(proposals)
        inner.addWidget(picker)

    def _make_actions(self):
        """Keyboard first: every key is a QAction the user can rebind in QGIS's shortcut settings.

        Digits pick in the active dimension, couverture first then usage, so no
        digit needs a modifier: on an AZERTY keyboard Maj+1…9 and the numeric
        keypad give the same digits.
        """
        specs = [
            ("Record", tr("Revue : enregistrer le couple choisi"), "Return", self.record),
            ("RecordEnter", tr("Revue : enregistrer (pavé numérique)"), "Enter", self.record),
            ("Next", tr("Revue : élément suivant"), "N", self.next_item),
            ("NextSpace", tr("Revue : élément suivant (espace)"), "Space", self.next_item),
            ("Skip", tr("Revue : passer l'élément"), "S", self.skip),
            ("Flag", tr("Revue : signaler un doute"), "F", lambda: self.flag("doubt")),
            ("FlagImagery", tr("Revue : signaler une image inexploitable"), "I", lambda: self.flag("bad_imagery")),
            ("FlagGeometry", tr("Revue : signaler une géométrie à reprendre"), "G", lambda: self.flag("geometry")),
            ("Comment", tr("Revue : écrire un commentaire"), "C", self.focus_comment),
            ("Dimension", tr("Revue : passer de la couverture à l'usage et inversement"), "D",
             self.switch_dimension),
            ("Undo", tr("Revue : annuler la dernière décision"), "Ctrl+Z", self.undo),
            ("EditGeometry", tr("Revue : modifier la géométrie (découper, remodeler) ou l'abandonner"), "E",
             self.edit_geometry),
            ("Merge", tr("Revue : fusionner avec les voisins sélectionnés"), "M", self.merge_selected),
            ("Search", tr("Revue : chercher une classe dans la nomenclature (couverture puis usage)"), "R",
             self.search),
            ("Background", tr("Revue : fond d'imagerie suivant"), "B", self.next_background),
            ("Backgrounds", tr("Revue : choisir les fonds d'imagerie"), "Shift+B", self.choose_backgrounds),
            ("Fills", tr("Revue : classes en aplats ou en contours seuls"), "T", self.toggle_fills),
            ("Labels", tr("Revue : étiquettes des classes sur la carte"), "L", self.toggle_labels),
        ]
        for n in range(1, 10):
            specs.append((f"Pick{n}", tr("Revue : proposition n° {n} (couverture puis usage)").format(n=n), str(n),
                          lambda _=False, n=n: self.pick(self.active, n)))
        self.actions_by_name = shortcuts.register(self, "OcsgeReviewPanel", specs)
        self.shortcuts = list(self.actions_by_name.values())
        # The keys work on the map too, where the hand is after panning or selecting; the space
        # bar stays QGIS's (held down, it pans the map).
        shortcuts.extend_to(self.iface.mapCanvas(),
                            [a for name, a in self.actions_by_name.items() if name != "NextSpace"])
        shortcuts.while_visible(self)
        self.recordButton.clicked.connect(self.record)
        self.nextButton.clicked.connect(self.next_item)
        self.skipButton.clicked.connect(self.skip)
        self.undoButton.clicked.connect(self.undo)
        for kind, button in self.flagButtons.items():
            button.clicked.connect(lambda _=False, kind=kind: self.flag(kind))
        self.editGeometryButton.clicked.connect(self.edit_geometry)
        self.mergeButton.clicked.connect(self.merge_selected)
        self.partPairButton.clicked.connect(self.pair_to_selected_parts)
        self.commentEdit.returnPressed.connect(self.record)
        named = {self.recordButton: "Record", self.nextButton: "Next", self.skipButton: "Skip",
                 self.undoButton: "Undo", self.flagButtons["doubt"]: "Flag",
                 self.flagButtons["bad_imagery"]: "FlagImagery", self.flagButtons["geometry"]: "FlagGeometry",
                 self.editGeometryButton: "EditGeometry", self.mergeButton: "Merge"}
        for button, name in named.items():
            button.setToolTip(self.actions_by_name[name].shortcut().toString())

    # -- serving ---------------------------------------------------------------
    def next_item(self):
        """Serve the next item; an undecided item must be recorded or skipped first."""
        if self.item is not None and not self.decided:
            self._info(tr("Enregistrez (Entrée) ou passez (S) l'élément en cours avant le suivant."))
            return
        if self.layer is None:
            self.add_layer()
        prepared, self.prepared = self.prepared, None
        if prepared is not None and prepared.extent is None:    # readied while the review layer was gone
            prepared = self._prepare(prepared.item)
        if prepared is None:
            try:
                item = self.store.claim_next(self.user)
            except OcsgeError as exc:
                self._warn(str(exc))
                item = None
            prepared = None if item is None else self._prepare(item)
        # The campaign's figures were read after the decision; claiming the next item changes none of them.
        self._serve(prepared, recount=not (self.decided and self.counted))

    def _prepare_next(self):
        """Once the current item is decided, claim and ready the next one while the
        interpreter reads the confirmation: « suivant » then only has to show it."""
        if self.down or not self.decided or self.prepared is not None:
            return
        try:
            item = self.store.claim_next(self.user)
        except OcsgeError as exc:
            log.warning("Élément suivant non préparé : %s", exc)
            return
        if item is None:
            return
        self.prepared = self._prepare(item)
        if self.prepared.extent is not None:
            self._warm(self.prepared.extent)

    def _give_back_prepared(self):
        prepared, self.prepared = self.prepared, None
        if prepared is not None:
            try:
                self.store.release(prepared.item.id, self.user)
            except OcsgeError as exc:
                log.warning("Élément %s non rendu : %s", prepared.item.id, exc)

    def _serve(self, prepared: Optional[Prepared], recount: bool = True):
        self._drop_work_layer()
        self.current = prepared
        self.decided = False
        self.started = self.clock()
        self.active = CS
        self.commentEdit.clear()
        self._fill()
        if self.item is not None and self.item.blind:
            self.blind_filter.hide(self.item.source_id)
        else:
            self.blind_filter.restore()
        self._show_dimension()
        self._show_on_map(prepared)
        self._refresh_figures(recount)

    def _fill(self):
        item = self.item
        for widget in (self.csBox, self.usBox, self.recordButton, self.skipButton, self.commentEdit,
                       *self.flagButtons.values()):
            widget.setEnabled(item is not None)
        for widget in (self.editGeometryButton, self.mergeButton):     # never on a blind item
            widget.setEnabled(item is not None and not item.blind)
        self.rejectionLabel.setVisible(bool(item and item.rejection))
        if item is None:
            self.itemLabel.setText(tr("Plus aucun élément à revoir : merci !"))
            self.blindLabel.hide()
            for widget in (self.csProposals, self.usProposals):
                widget.clear()
            self.csPicker.set_code(None)
            self.usPicker.set_code(None)
            return
        earlier = self.current.earlier
        if item.rejection:
            self.rejectionLabel.setText(self._rejection_text(item.rejection, earlier, self.user))
        if earlier and earlier[3] != self.user:
            # Passed on by its author: the next interpreter reads whose answer was sent back, and starts
            # from the model's pair, not from an answer the validator refused and that is not theirs.
            earlier = None
        self.blindLabel.setVisible(item.blind)
        self.itemLabel.setText(tr("Élément {id} (source {source}) — {area} m²").format(
            id=item.id, source=item.source_id, area=number(item.area_m2)))
        self._fill_proposals(self.csProposals, item.proposals_cs)
        self._fill_proposals(self.usProposals, item.proposals_us)
        self.csProposals.setVisible(not item.blind)
        self.usProposals.setVisible(not item.blind)
        cs, us = (earlier[0], earlier[1]) if earlier else (item.code_cs, item.code_us)
        with QSignalBlocker(self.csPicker), QSignalBlocker(self.usPicker):   # one refresh, below
            self.csPicker.set_code(cs)
            self.usPicker.set_code(us)
        self.statusLabel.setText("")
        self._pair_changed()

    def _earlier_answer(self, item):
        """(cs, us, flag) of the item's last decision not taken back: the answer the validator sent back."""
        try:
            records = self.store.journal(item.id)
        except OcsgeError as exc:
            self._warn(str(exc))
            return None
        undone = {r.undoes for r in records if r.action == lc.UNDO}
        answers = [r for r in records if r.action in (lc.CONFIRM, lc.FLAG, *CHANGES) and r.seq not in undone
                   and r.cs_after and r.us_after]
        last = answers[-1] if answers else None
        return (last.cs_after, last.us_after, last.flag, last.user) if last else None

    @staticmethod
    def _rejection_text(reason: str, earlier, me: str) -> str:
        text = tr("Renvoyé par le validateur : {reason}").format(reason=reason)
        if earlier:
            cs, us, flag, author = earlier
            answer = f"{code_text(cs)} / {code_text(us)}"
            if flag:
                answer += " — " + tr("signalé : {flag}").format(flag=flag_texts().get(flag, flag))
            if author == me:
                text += "\n" + tr("Votre réponse : {answer}").format(answer=answer)
            else:
                text += "\n" + tr("Réponse de {author} : {answer}").format(author=author, answer=answer)
        return text

    @staticmethod
    def _fill_proposals(widget, proposals):
        widget.clear()
        for n, (code, prob) in enumerate(proposals, start=1):
            label = nom.label(code, short=True) if nom.is_leaf(code) else ""
            # The probability first, so that a narrow dock elides the label, not the figure.
            # A delivery reviewed without the model's probabilities has none to show.
            percent = "—" if prob is None else number(prob * 100)
            entry = QListWidgetItem(f"{n}.  {percent.rjust(3)} %  {code} {label}")
            entry.setData(ROLE, code)
            entry.setToolTip(f"{code} — {label}" + ("" if prob is None else f" — {number(prob * 100, 1)} %"))
            widget.addItem(entry)

    def pair(self):
        return self.csPicker.code(), self.usPicker.code()

    def _pair_changed(self, *_):
        cs, us = self.pair()
        self.coherenceLabel.setText("")
        self.coherenceLabel.hide()
        if not cs or not us:
            self.artifLabel.setText("")
            self.artifLabel.setStyleSheet("")      # no coloured bar without a pair (a blind item at first)
            return
        if nom.is_artificialised(cs, us):
            self.artifLabel.setText(tr("Artificialisé"))
            self.artifLabel.setStyleSheet("color: white; background: #c0392b; padding: 2px;")
        else:
            self.artifLabel.setText(tr("Non artificialisé"))
            self.artifLabel.setStyleSheet("color: white; background: #2e7d32; padding: 2px;")
        warning = nom.coherence_warning(cs, us)
        self.coherenceLabel.setText(warning or "")
        self.coherenceLabel.setVisible(bool(warning))
        for widget, code in ((self.csProposals, cs), (self.usProposals, us)):
            for row in range(widget.count()):
                entry = widget.item(row)
                font = entry.font()
                font.setBold(entry.data(ROLE) == code)
                entry.setFont(font)

    def pick(self, dimension: str, n: int):
        """Choose the n-th proposal of ``cs`` or ``us``; after couverture, digits pick usage."""
        if self.item is None or self.decided:
            return
        proposals = self.item.proposals_cs if dimension == CS else self.item.proposals_us
        if n > len(proposals):
            return
        picker = self.csPicker if dimension == CS else self.usPicker
        picker.set_code(proposals[n - 1][0])
        if dimension == CS:
            self.active = US
            self._show_dimension()

    def switch_dimension(self):
        self.active = US if self.active == CS else CS
        self._show_dimension()

    def _show_dimension(self):
        """The dimension that digits pick in is framed."""
        for box, dimension in ((self.csBox, CS), (self.usBox, US)):
            box.setStyleSheet(DIMENSION_STYLE.format(border="2px solid #1565c0" if dimension == self.active
                                                     else "1px solid #b0b0b0"))

    def focus_comment(self):
        if self.item is not None and not self.decided:
            self.commentEdit.setFocus()

    def search(self):
        """R: type a search in the active dimension's picker; Entrée or Tab takes the entry shown."""
        if self.item is None or self.decided:
            return
        (self.csPicker if self.active == CS else self.usPicker).search()

    def _search_ended(self, dimension: str):
        """Back to the panel's keys; after couverture, the next search or digit is in usage."""
        if dimension == CS and self.csPicker.code():
            self.active = US
            self._show_dimension()
        self.body.setFocus()

    def eventFilter(self, watched, event):
        """The comment is text: no key typed there is a panel's action; Tab leaves it, Échap clears it too."""
        if watched is self.commentEdit:
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()
                return True
            if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Tab):
                if event.key() == Qt.Key.Key_Escape:
                    self.commentEdit.clear()
                self.body.setFocus()
                return True
        return super().eventFilter(watched, event)

    # -- deciding --------------------------------------------------------------
    def active_seconds(self) -> float:
        return max(0.0, self.clock() - self.started)

    def record(self):
        self._decide(None)

    def flag(self, kind: str = "doubt"):
        self._decide(kind)

    def _chosen_pair(self):
        """The pair to record, or (None, None) after saying that one is missing."""
        cs, us = self.pair()
        if not cs or not us:
            self._info(tr("Choisissez une couverture et un usage avant d'enregistrer."))
            return None, None
        return cs, us

    def comment(self) -> Optional[str]:
        return self.commentEdit.text().strip() or None

    def _decide(self, flag: Optional[str]):
        if self.item is None or self.decided:
            return
        cs, us = self._chosen_pair()
        if cs is None:
            return
        item_id = self.item.id
        comment = self.comment()
        parts = self._edited_parts()
        if parts == []:
            self._info(tr("La couche de travail ne contient plus aucune partie : annulez ses suppressions, "
                          "ou abandonnez la modification de la géométrie (E)."))
            return
        if parts is not None and len(parts) > 1 and flag:
            self._info(tr("Un découpage s'enregistre avec Entrée, sans signalement : écrivez votre doute "
                          "en commentaire (C)."))
            return
        try:
            if parts is not None and len(parts) > 1:
                self.store.split(item_id, self.user, [Part(w, c or cs, u or us) for w, c, u in parts],
                                 comment=comment, active_seconds=self.active_seconds())
                action = "split"
                below = split_warnings(self.store.campaign(), [(w, c or cs) for w, c, _ in parts])
                if below:
                    self._warn(" ".join(below))
            else:
                reshaped = parts[0][0] if parts else None
                action = self.store.decide(Decision(item_id, self.user, None, cs, us, flag=flag, comment=comment,
                                                    active_seconds=self.active_seconds(),
                                                    geometry_wkb=reshaped)).action
        except OcsgeError as exc:
            self._warn(str(exc))
            if parts is None:      # a refused edit stays on screen to be mended; anything else moves on
                self._fail_next()
            return
        self._done(item_id, action, geometry=parts is not None, flag=flag)

    def _done(self, item_id: int, action: Optional[str], geometry: bool = False, flag: Optional[str] = None):
        """After any recorded decision: the map, figures, confirmation, and the next item prepared."""
        if geometry:
            self._drop_work_layer()
            self._reload_items()
        elif self.layer is not None:
            self.layer.triggerRepaint()     # the item drawn with the class decided
        self.session_decisions += 1
        if action in CHANGES:
            self.session_corrections += 1
        self.blind_filter.restore()         # decided: the model's classes may show again
        self.decided = True
        self.last_decided = item_id
        self.last_action = action
        self.body.setFocus()
        for box in (self.csBox, self.usBox):      # the pair shown stays the one recorded
            box.setEnabled(False)
        for picker in (self.csPicker, self.usPicker):
            picker.show_kept()
        said = action_label(action)
        if flag:
            said = tr("signalé : {flag}").format(flag=flag_texts().get(flag, flag))
        self.statusLabel.setText(tr("Enregistré ({action}). N ou Espace : élément suivant.").format(action=said))
        self.counted = self._refresh_figures()
        QTimer.singleShot(0, self._prepare_next)

    def skip(self):
        """Release the item to the others and serve the next one."""
        if self.item is None or self.decided:
            return
        try:
            self.store.release(self.item.id, self.user)
        except OcsgeError as exc:
            self._fail(str(exc))
            return
        self.current = None
        self.next_item()

    def undo(self):
        """Take back the last decision of this session; its item is served again."""
        if self.last_decided is None:
            self._info(tr("Aucune décision à annuler dans cette session."))
            return
        if self.item is not None and not self.decided and self.item.id != self.last_decided:
            try:
                self.store.release(self.item.id, self.user)
            except OcsgeError as exc:
                self._warn(str(exc))
        self._give_back_prepared()
        item_id = self.last_decided
        try:
            self.store.undo(item_id, self.user)
            item = self.store.item(item_id)
        except OcsgeError as exc:
            self._fail(str(exc))
            return
        self.session_decisions = max(0, self.session_decisions - 1)
        if self.last_action in CHANGES:
            self.session_corrections = max(0, self.session_corrections - 1)
        self._reload_items()
        self.last_decided = None
        self._serve(self._prepare(item))
        self.statusLabel.setText(tr("Décision annulée : l'élément est de nouveau à vous."))

    def _fail(self, message: str):
        """A refused operation: say why, then move on to the next item."""
        self._warn(message)
        self._fail_next()

    def _fail_next(self):
        self._drop_work_layer()
        self.current = None
        self.decided = False
        self.next_item()

    # -- figures ----------------------------------------------------------------
    def _tick(self):
        if self.item is None or self.decided:
            return
        seconds = int(self.active_seconds())
        self.timeLabel.setText(f"{seconds // 60:d}:{seconds % 60:02d}")

    def _heartbeat(self):
        if self.prepared is not None:
            try:
                self.store.heartbeat(self.prepared.item.id, self.user)
            except OcsgeError as exc:     # taken over meanwhile: claim afresh when asked
                log.warning("Élément préparé %s perdu : %s", self.prepared.item.id, exc)
                self.prepared = None
        if self.item is None or self.decided:
            return
        try:
            self.store.heartbeat(self.item.id, self.user)
        except OcsgeError as exc:
            self._fail(str(exc))

    def _refresh_figures(self, recount: bool = True) -> bool:
        """The timer, the session's figures and, with ``recount``, the campaign's (a whole-campaign
        aggregate); False when the store refused them."""
        self._tick()
        if recount:
            try:
                done, done_km2, left, left_km2 = progress(self.store.counts())
            except OcsgeError as exc:
                self._warn(str(exc))
                return False
            self.progressLabel.setText(tr("Faits : {done} ({done_area}) · restants : {left} ({left_area})")
                                       .format(done=number(done), done_area=area_text(done_km2), left=number(left),
                                               left_area=area_text(left_km2)))
        self.sessionLabel.setText(tr("Décisions : {decisions} · corrections : {corrections}").format(
            decisions=self.session_decisions, corrections=self.session_corrections))
        return True

    # -- messages and teardown ---------------------------------------------------
    def _warn(self, message: str):
        notify(self.iface.messageBar(), message, Qgis.MessageLevel.Warning, 10)

    def _info(self, message: str):
        notify(self.iface.messageBar(), message, Qgis.MessageLevel.Info, 5)

    def shutdown(self):
        """Give back an undecided item, unregister the shortcuts and remove the highlight."""
        if self.down:
            return
        self.down = True
        self.project.layerWillBeRemoved.disconnect(self._layer_removed)
        if self.reframing:
            self.iface.mapCanvas().mapCanvasRefreshed.disconnect(self._reframe)
            self.reframing = False
        self.ticker.stop()
        self.keepalive.stop()
        if self.item is not None and not self.decided:
            try:
                self.store.release(self.item.id, self.user)
            except OcsgeError as exc:
                log.warning("Élément %s non rendu : %s", self.item.id, exc)
        self.current = None
        self._drop_work_layer()
        self._give_back_prepared()
        if self.warm_job is not None:
            self.warm_job.cancel()
            self.warm_job = None
        self._clear_highlight()
        self.blind_filter.restore()
        self.probe.close()
        shortcuts.unregister(self, self.shortcuts, also=[self.iface.mapCanvas()])
        self.shortcuts = []


def area_text(km2: float) -> str:
    """An area in the unit that shows it: m² under a hectare, ha under a km², else km²."""
    if km2 < 0.01:
        return f"{number(km2 * 1e6)} m²"
    if km2 < 1:
        return f"{number(km2 * 100, 1)} ha"
    return f"{number(km2, 2)} km²"


def action_label(action: Optional[str]) -> str:
    return {"confirm": tr("confirmé"), "correct": tr("corrigé"), "flag": tr("signalé"), "split": tr("découpé"),
            "merge": tr("fusionné"), "reshape": tr("remodelé")}.get(action or "", action or "")
