"""The validator's dock: the campaign's decided items, filtered, shown before / after, approved or rejected.

One campaign is one département (a PostgreSQL store shows a validator only the
départements they may validate). The list holds the decided items; filters
narrow it by interpreter, action, class (CS or US, model or decided), date and
the model's confidence. Selecting an item shows the model's pair against the
decided one and, on the map, its polygon — for a geometry edit the polygon
before, dashed, over the new one, filled. A approves, R rejects (a reason from
a closed list is asked, and a comment), N goes to the next item still to
validate, the arrows move in the list.

Approving a filtered set at once is acceptance sampling (ocsge_review/statistics/acceptance.py):
the validator sets the plan (the share of each class drawn, 10 % by default, and
the acceptance number c, 0 by default), the panel draws the sample, and each
sampled item is checked blind: nothing shows its pairs (cells, list, map) until
the validator has given their own couverture and usage (Entrée records them);
the same pair approves it, a different one shows the three pairs side by side for
A or R (its journal comment names the plan and keeps the blind answer); and « Approuver le reste » is allowed only when the sample passes the plan (at
most c rejections); it asks for a confirmation naming the count and the km², and
each approval's journal comment gives the plan, the sample's outcome and the
verdict. Flagged items stay out of the lot unless asked for. The store refuses
any approval of the validator's own decisions.
"""
import math
import random
from typing import Callable, Dict, List, Optional

from qgis.core import Qgis, QgsProject, QgsVectorLayer
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import QDate, QSignalBlocker, Qt
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (QAction, QCheckBox, QComboBox, QDateEdit, QDialog,
                                 QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
                                 QLabel, QLineEdit, QMessageBox, QPushButton, QSpinBox, QTableView, QVBoxLayout,
                                 QWidget)

from ocsge_review.statistics import acceptance
from ocsge_review.store import lifecycle as lc
from ocsge_review.ocsge import nomenclature as nom
from ocsge_review.errors import OcsgeError

from .. import docks, shortcuts
from .disputes import DisputesBox
from ..i18n import number, tr
from ..layers import Comparison
from ..logbridge import notify
from .review_panel import CodePicker, flag_texts, reviewer_name
from .sample_mask import SampleMask
from .validation_model import APPROVED, REJECTED, ValidationModel, action_texts, confidence

# Rejection reasons, written in the journal (and shown to the interpreter) in French whatever the
# validator's language: the journal is the campaign's record, read by everyone.
REASONS = {"cs": "Couverture erronée", "us": "Usage erroné", "geometry": "Géométrie à reprendre",
           "other": "Autre"}
# The action filter's kinds: a geometry edit is any split, merge or reshape.
ACTION_KINDS = {"confirm": (lc.CONFIRM,), "correct": (lc.CORRECT,), "geometry": lc.GEOMETRY_EDITS,
                "flag": (lc.FLAG,)}


def reason_texts() -> Dict[str, str]:
    return {"cs": tr("Couverture erronée"), "us": tr("Usage erroné"), "geometry": tr("Géométrie à reprendre"),
            "other": tr("Autre")}


def class_field_texts() -> Dict[str, str]:
    return {"model_cs": tr("Couverture du modèle"), "code_cs": tr("Couverture décidée"),
            "model_us": tr("Usage du modèle"), "code_us": tr("Usage décidé")}


def _code(code: Optional[str]) -> str:
    if not code:
        return "—"
    return f"{code} {nom.label(code, short=True)}" if code in nom.CODES else code


class RejectDialog(QDialog):
    """The reason (mandatory, from a closed list) and a comment of a rejection."""

    def __init__(self, item_id: int, parent=None):
        super().__init__(parent)
        self.setObjectName("OcsgeRejectDialog")
        self.setWindowTitle(tr("Rejeter l'élément {id}").format(id=item_id))
        form = QFormLayout(self)
        self.reason = QComboBox(self)
        self.reason.setObjectName("reasonCombo")
        self.reason.addItem(tr("— choisir un motif —"), None)
        for key, text in reason_texts().items():
            self.reason.addItem(text, key)
        form.addRow(tr("Motif"), self.reason)
        self.comment = QLineEdit(self)
        self.comment.setObjectName("commentEdit")
        self.comment.setPlaceholderText(tr("ce que le photo-interprète doit reprendre"))
        form.addRow(tr("Commentaire"), self.comment)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.reason.currentIndexChanged.connect(self._allow)
        self._allow()

    def _allow(self, *_):
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.reason.currentData() is not None)

    def accept(self):
        if self.reason.currentData() is not None:     # Entrée with no reason chosen does nothing
            super().accept()

    def values(self):
        """(reason as written in the journal, comment or None)."""
        return REASONS[self.reason.currentData()], self.comment.text().strip() or None


class ValidatorPanel(QgsDockWidget):
    """The decided items of ``store`` for validator ``user``: filter, look, approve or reject."""

    def __init__(self, store, iface, user: Optional[str] = None, project: Optional[QgsProject] = None,
                 parent=None, rng: Optional[random.Random] = None, margin: float = 0.5):
        super().__init__(tr("Validation OCS GE"), parent)
        self.setObjectName("OcsgeValidatorPanel")
        self.store, self.iface = store, iface
        self.user = user or reviewer_name(store)
        self.project = project or QgsProject.instance()
        self.rng = rng or random.Random()
        self.campaign = store.campaign()
        self.rows: List = []            # every decided item, as the store listed it
        self.shown: List = []           # the filtered ones, in the table's order
        self.done: Dict[int, str] = {}  # item id → approved / rejected in this session
        self.sample: Optional[List[int]] = None   # the spot-check drawn from the filtered set
        self.sampled_from: List[int] = []         # that set, when it was drawn
        self.sample_plan: Optional[acceptance.Plan] = None   # the plan it was drawn under
        self.answered: Dict[int, tuple] = {}     # sampled item id → the validator's blind (cs, us)
        self.seek_answer = False                 # showing a blind item puts the keyboard in its pickers
        self.mask = SampleMask(self.project, store)   # the sample's blind items off the class layers
        # Drawn bottom to top: the new polygon's outline, the old one's dashed outline over it; no fill, so
        # that the imagery under both shows.
        self.comparison = Comparison(self.project, tr("Validation"), self.campaign.epsg, (
            ("after", tr("Validation — après"), None, QColor(230, 0, 230), False),
            ("before", tr("Validation — avant"), None, QColor(40, 40, 40), True)), margin=margin)
        self.shortcuts: List[QAction] = []
        self.ask_reason = self._ask_reason       # replaced by the tests' scripted dialog if need be
        self.confirm = self._confirm             # (count, km²) → approve the rest? Scripted in the tests
        self._build()
        self._make_actions()
        self.reload()

    # -- widgets -----------------------------------------------------------------
    def _build(self):
        body = QWidget(self)
        body.setObjectName("OcsgeValidatorPanelBody")
        layout = QVBoxLayout(body)
        self.header = QLabel(tr("Campagne « {name} » — département {code} ({dept}) — validation par {user}").format(
            name=self.campaign.name, code=self.campaign.department, dept=self.campaign.department_name,
            user=self.user), body)
        self.header.setWordWrap(True)
        self.header.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.header)

        filters = QGroupBox(tr("Filtres"), body)
        grid = QGridLayout(filters)
        self.interpreterFilter = QComboBox(filters)
        self.actionFilter = QComboBox(filters)
        self.actionFilter.addItem(tr("Toutes"), None)
        for key, text in (("confirm", tr("confirmé")), ("correct", tr("corrigé")),
                          ("geometry", tr("géométrie modifiée")), ("flag", tr("signalé"))):
            self.actionFilter.addItem(text, key)
        self.classField = QComboBox(filters)
        for key, text in class_field_texts().items():
            self.classField.addItem(text, key)
        self.classCode = QComboBox(filters)
        self.dateFrom = QDateEdit(filters)
        self.dateTo = QDateEdit(filters)
        for edit in (self.dateFrom, self.dateTo):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        self.confMin = QSpinBox(filters)
        self.confMax = QSpinBox(filters)
        for spin, value in ((self.confMin, 0), (self.confMax, 100)):
            spin.setRange(0, 100)
            spin.setSuffix(" %")
            spin.setValue(value)
        # Two columns, the pairs side by side: the dock keeps to a third of a 1366 px screen.
        grid.addWidget(QLabel(tr("Photo-interprète"), filters), 0, 0)
        grid.addWidget(self.interpreterFilter, 0, 1, 1, 3)
        grid.addWidget(QLabel(tr("Action"), filters), 1, 0)
        grid.addWidget(self.actionFilter, 1, 1, 1, 3)
        grid.addWidget(QLabel(tr("Classe"), filters), 2, 0)
        grid.addWidget(self.classField, 2, 1, 1, 3)
        grid.addWidget(self.classCode, 3, 1, 1, 3)
        grid.addWidget(QLabel(tr("Décidé du"), filters), 4, 0)
        grid.addWidget(self.dateFrom, 4, 1)
        grid.addWidget(QLabel(tr("au"), filters), 4, 2)
        grid.addWidget(self.dateTo, 4, 3)
        grid.addWidget(QLabel(tr("Confiance du modèle de"), filters), 5, 0)
        grid.addWidget(self.confMin, 5, 1)
        grid.addWidget(QLabel(tr("à"), filters), 5, 2)
        grid.addWidget(self.confMax, 5, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        layout.addWidget(filters)
        self.classField.currentIndexChanged.connect(self._fill_class_codes)
        self._fill_class_codes()
        for combo in (self.interpreterFilter, self.actionFilter, self.classCode):
            combo.currentIndexChanged.connect(self.apply_filters)
        for edit in (self.dateFrom, self.dateTo):
            edit.dateChanged.connect(self.apply_filters)
        for spin in (self.confMin, self.confMax):
            spin.valueChanged.connect(self.apply_filters)

        self.countLabel = QLabel(body)
        self.countLabel.setWordWrap(True)
        layout.addWidget(self.countLabel)
        self.model = ValidationModel(self.user, self.done, self.answered, body)
        self.table = QTableView(body)
        self.table.setObjectName("validatorTable")
        self.table.setModel(self.model)
        docks.row_list(self.table)
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.table.setMinimumHeight(120)
        layout.addWidget(self.table, 2)

        compare = QGroupBox(tr("Avant / après"), body)
        cells = QGridLayout(compare)
        self.cells = {}
        for col, text in enumerate((tr("Modèle"), tr("Décision"), tr("Vous (à l'aveugle)")), 1):
            title = QLabel(f"<b>{text}</b>", compare)
            cells.addWidget(title, 0, col)
            if col == 3:
                self.cells[("blind", "title")] = title
        for row, (dimension, text) in enumerate((("cs", tr("Couverture")), ("us", tr("Usage"))), 1):
            cells.addWidget(QLabel(text, compare), row, 0)
            for col, side in enumerate(("model", "decided", "blind"), 1):
                cell = QLabel("—", compare)
                cell.setObjectName(f"{side}_{dimension}")
                cell.setWordWrap(True)
                cells.addWidget(cell, row, col)
                self.cells[(side, dimension)] = cell
        self.detailLabel = QLabel(compare)
        self.detailLabel.setWordWrap(True)
        self.detailLabel.setTextFormat(Qt.TextFormat.PlainText)
        cells.addWidget(self.detailLabel, 3, 0, 1, 4)
        self.geometryLabel = QLabel(tr("Géométrie modifiée : avant en tirets, après en plein."), compare)
        self.geometryLabel.setStyleSheet("color: white; background: #8e24aa; padding: 3px;")
        self.geometryLabel.setWordWrap(True)
        self.geometryLabel.hide()
        cells.addWidget(self.geometryLabel, 4, 0, 1, 4)
        cells.setColumnStretch(1, 1)
        cells.setColumnStretch(2, 1)
        cells.setColumnStretch(3, 1)
        layout.addWidget(compare)
        self._build_blind(body, layout)

        buttons = QHBoxLayout()
        self.approveButton = QPushButton(tr("Approuver"), body)
        self.rejectButton = QPushButton(tr("Rejeter…"), body)
        self.nextButton = QPushButton(tr("Suivant"), body)
        self.reloadButton = QPushButton(tr("Actualiser"), body)
        for button in (self.approveButton, self.rejectButton, self.nextButton, self.reloadButton):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            buttons.addWidget(button)
        layout.addLayout(buttons)

        check = QGroupBox(tr("Approbation groupée (contrôle par échantillon)"), body)
        grid = QGridLayout(check)
        self.shareSpin = QSpinBox(check)
        self.shareSpin.setObjectName("shareSpin")
        self.shareSpin.setRange(1, 100)
        self.shareSpin.setSuffix(" %")
        self.shareSpin.setValue(round(100 * acceptance.DEFAULT_SHARE))
        self.shareSpin.setToolTip(tr("Part de chaque classe (couverture décidée) tirée dans l'échantillon"))
        self.acceptSpin = QSpinBox(check)
        self.acceptSpin.setObjectName("acceptSpin")
        self.acceptSpin.setRange(0, 1000)
        self.acceptSpin.setValue(acceptance.DEFAULT_ACCEPTANCE)
        self.acceptSpin.setToolTip(tr("Nombre d'acceptation c : rejets admis dans l'échantillon pour approuver "
                                      "le reste"))
        self.flaggedCheck = QCheckBox(tr("inclure les signalés"), check)
        self.flaggedCheck.setObjectName("flaggedCheck")
        grid.addWidget(QLabel(tr("Échantillon par classe"), check), 0, 0)
        grid.addWidget(self.shareSpin, 0, 1)
        grid.addWidget(QLabel(tr("Rejets admis (c)"), check), 1, 0)
        grid.addWidget(self.acceptSpin, 1, 1)
        grid.addWidget(self.flaggedCheck, 2, 0, 1, 2)
        self.sampleButton = QPushButton(tr("Tirer l'échantillon"), check)
        self.bulkButton = QPushButton(tr("Approuver le reste"), check)
        self.sampleLabel = QLabel(check)
        self.sampleLabel.setObjectName("sampleLabel")
        self.sampleLabel.setWordWrap(True)
        for button in (self.sampleButton, self.bulkButton):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        grid.addWidget(self.sampleButton, 3, 0)
        grid.addWidget(self.bulkButton, 3, 1)
        grid.addWidget(self.sampleLabel, 4, 0, 1, 2)
        layout.addWidget(check)
        for spin in (self.shareSpin, self.acceptSpin):
            spin.valueChanged.connect(self._plan_changed)
        self.flaggedCheck.toggled.connect(self._plan_changed)
        self.disputes = DisputesBox(self.store, self.user, body, warn=self._warn, show=self._show_disputed)
        layout.addWidget(self.disputes)
        self.statusLabel = QLabel(body)
        self.statusLabel.setWordWrap(True)
        layout.addWidget(self.statusLabel)
        docks.narrow(self.interpreterFilter, self.actionFilter, self.classField, self.classCode)
        self.setWidget(docks.scrolling(body))
        self.body = body

    def _build_blind(self, body, layout):
        """The validator's own pair for a blind item of the spot-check: searchable pickers, Entrée records."""
        self.blindBox = QGroupBox(tr("Votre réponse à l'aveugle"), body)
        self.blindBox.setObjectName("blindBox")
        self.blindBox.setStyleSheet("QGroupBox { font-weight: bold; color: #5c3c92; }")
        form = QFormLayout(self.blindBox)
        self.blindCs = CodePicker(nom.CS_LEAVES, self.blindBox)
        self.blindCs.setObjectName("blindCsPicker")
        self.blindUs = CodePicker(nom.US_LEAVES, self.blindBox)
        self.blindUs.setObjectName("blindUsPicker")
        form.addRow(tr("Couverture"), self.blindCs)
        form.addRow(tr("Usage"), self.blindUs)
        self.answerButton = QPushButton(tr("Enregistrer ma réponse"), self.blindBox)
        self.answerButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        form.addRow(self.answerButton)
        self.blindCs.chosen.connect(lambda: self._blind_chosen(self.blindCs))
        self.blindUs.chosen.connect(lambda: self._blind_chosen(self.blindUs))
        for picker in (self.blindCs, self.blindUs):     # R rejects here: not the review panel's search key
            picker.lineEdit().setPlaceholderText(tr("chercher un code ou des mots"))
        docks.narrow(self.blindCs, self.blindUs)
        self.blindBox.hide()
        layout.addWidget(self.blindBox)

    def _fill_class_codes(self, *_):
        dimension = nom.COUVERTURE if self.classField.currentData().endswith("cs") else nom.USAGE
        kept = self.classCode.currentData()
        self.classCode.blockSignals(True)
        self.classCode.clear()
        self.classCode.addItem(tr("Toutes"), None)
        for code in (c.code for c in nom.CODES.values() if c.dimension == dimension):
            self.classCode.addItem(_code(code), code)
        index = self.classCode.findData(kept) if kept else 0
        self.classCode.setCurrentIndex(max(index, 0))
        self.classCode.blockSignals(False)
        self.apply_filters()

    def _make_actions(self):
        """A, R and N are QActions the user can rebind in QGIS's shortcut settings; the arrows are the list's."""
        specs = [("Approve", tr("Validation : approuver l'élément"), "A", self.approve),
                 ("Reject", tr("Validation : rejeter l'élément (avec un motif)"), "R", self.reject),
                 ("Next", tr("Validation : élément suivant à valider"), "N", self.next_item),
                 ("Answer", tr("Validation : enregistrer votre réponse à l'aveugle"), "Return", self.answer_blind)]
        self.actions_by_name = shortcuts.register(self, "OcsgeValidatorPanel", specs)
        self.shortcuts = list(self.actions_by_name.values())
        # On the map too, where the hand is after panning; only while this dock shows (see while_visible).
        shortcuts.extend_to(self.iface.mapCanvas(), self.shortcuts)
        shortcuts.while_visible(self)
        for button, name in ((self.approveButton, "Approve"), (self.rejectButton, "Reject"),
                             (self.nextButton, "Next"), (self.answerButton, "Answer")):
            button.setToolTip(self.actions_by_name[name].shortcut().toString())
        self.approveButton.clicked.connect(self.approve)
        self.rejectButton.clicked.connect(self.reject)
        self.nextButton.clicked.connect(self.next_item)
        self.answerButton.clicked.connect(self.answer_blind)
        self.reloadButton.clicked.connect(self.reload)
        self.sampleButton.clicked.connect(self.draw_sample)
        self.bulkButton.clicked.connect(self.approve_rest)

    # -- the list --------------------------------------------------------------------
    def reload(self):
        """Read the decided items again (what others validated meanwhile leaves the list)."""
        self.disputes.reload()
        try:
            self.rows = self.store.awaiting_validation()
        except OcsgeError as exc:
            self._warn(str(exc))
            self.rows = []
        self.done.clear()               # the model holds this very dict
        names = sorted({r.decided_by for r in self.rows if r.decided_by})
        kept = self.interpreterFilter.currentData()
        days = sorted(r.decided_at[:10] for r in self.rows if r.decided_at)
        widgets = (self.interpreterFilter, self.dateFrom, self.dateTo)
        for widget in widgets:
            widget.blockSignals(True)
        self.interpreterFilter.clear()
        self.interpreterFilter.addItem(tr("Tous"), None)
        for name in names:
            self.interpreterFilter.addItem(name + (" " + tr("(vous)") if name == self.user else ""), name)
        self.interpreterFilter.setCurrentIndex(max(self.interpreterFilter.findData(kept), 0) if kept else 0)
        first = QDate.fromString(days[0], "yyyy-MM-dd") if days else QDate.currentDate()
        last = QDate.fromString(days[-1], "yyyy-MM-dd") if days else QDate.currentDate()
        self.dateFrom.setDate(first)
        self.dateTo.setDate(last)
        for widget in widgets:
            widget.blockSignals(False)
        self.apply_filters()

    def matcher(self) -> Callable[[object], bool]:
        """A predicate: does a row pass every filter? The filters' values are read here once, not per row."""
        who = self.interpreterFilter.currentData()
        kind = self.actionFilter.currentData()
        kinds = ACTION_KINDS[kind] if kind else None
        code = self.classCode.currentData()
        field, prefix = self.classField.currentData(), f"{code}."
        first = self.dateFrom.date().toString("yyyy-MM-dd")
        last = self.dateTo.date().toString("yyyy-MM-dd")
        low, high = self.confMin.value(), self.confMax.value()
        unknown = low == 0 and high == 100         # an unknown confidence passes the full range only

        def matches(row) -> bool:
            if who and row.decided_by != who:
                return False
            if kinds is not None and row.action not in kinds:
                return False
            if code:
                value = getattr(row, field) or ""
                if value != code and not value.startswith(prefix):
                    return False
            day = row.decided_at[:10]
            if day < first or day > last:
                return False
            value = confidence(row)
            if math.isnan(value):
                return unknown
            return low <= value * 100 <= high
        return matches

    def apply_filters(self, *_):
        if not hasattr(self, "table"):      # a filter set up before the list exists
            return
        current = self.current()
        matches = self.matcher()
        self.shown = [r for r in self.rows if matches(r)]
        if self.sample is not None:
            self._drop_sample()
            self.statusLabel.setText(tr("Filtres changés : l'échantillon de contrôle est à tirer de nouveau."))
        self.model.set_rows(self.shown)
        waiting = sum(1 for r in self.shown if r.item_id not in self.done)
        self.countLabel.setText(tr("{shown} élément(s) affiché(s) sur {total} décidé(s) · {waiting} à valider").format(
            shown=number(len(self.shown)), total=number(len(self.rows)), waiting=number(waiting)))
        target = next((n for n, r in enumerate(self.shown) if current is not None and r.item_id == current.item_id),
                      0 if self.shown else None)
        if target is None:
            self._show(None)
        else:
            selection = self.table.selectionModel()
            selection.blockSignals(True)       # shown once, below, not also by the selection signal
            self.table.selectRow(target)
            selection.blockSignals(False)
            self._selected()
        self._sample_state()

    def current(self):
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.shown):
            return None
        return self.shown[rows[0].row()]

    def select_item(self, item_id: int) -> bool:
        n = self.model.row_of(item_id)
        if n is None:
            return False
        self.table.selectRow(n)
        self.table.scrollTo(self.model.index(n, 0))
        return True

    def _selected(self, *_):
        self._show(self.current())

    def _go_to(self, item_id: int):
        """Select and show the item, its blind pickers ready for typing (the arrows leave them alone:
        a ↓ in a picker would change its class)."""
        self.seek_answer = True
        try:
            current = self.current()
            if current is not None and current.item_id == item_id:
                self._selected()
            else:
                self.select_item(item_id)
        finally:
            self.seek_answer = False

    # -- showing one -------------------------------------------------------------------
    def _buttons(self, row):
        """Approve and reject only an item still to validate."""
        for button in (self.approveButton, self.rejectButton):
            button.setEnabled(row is not None and row.item_id not in self.done)

    def blind(self, row) -> bool:
        """Is ``row`` a spot-check item whose pairs stay hidden until the validator answers?"""
        return row is not None and self.sample is not None and self.model.blind(row.item_id)

    def _show(self, row):
        self._buttons(row)
        answer = self.answered.get(row.item_id) if row is not None and row.item_id not in self.done else None
        for key in (("blind", "title"), ("blind", "cs"), ("blind", "us")):
            self.cells[key].setVisible(answer is not None)
        self.blindBox.setVisible(self.blind(row))
        if row is None:
            for key, cell in self.cells.items():
                if key[1] != "title":
                    cell.setText("—")
            self.detailLabel.setText(tr("Aucun élément à valider avec ces filtres."))
            self.geometryLabel.hide()
            self._draw(None)
            return
        if self.blind(row):
            self._show_blind(row)
            return
        for dimension, model, decided in (("cs", row.model_cs, row.code_cs), ("us", row.model_us, row.code_us)):
            self.cells[("model", dimension)].setText(_code(model))
            text = _code(decided)
            self.cells[("decided", dimension)].setText(f"<b>{text}</b>" if decided != model else text)
            if answer is not None:
                mine = answer[0 if dimension == "cs" else 1]
                self.cells[("blind", dimension)].setText(f"<b>{_code(mine)}</b>" if mine != decided else _code(mine))
        details = [tr("Élément {id} (source {source}) — {area} m² — {action} par {who}").format(
            id=row.item_id, source=row.source_id, area=number(row.area_m2),
            action=action_texts().get(row.action, row.action), who=row.decided_by)]
        if row.flag:
            details.append(tr("Signalement : {flag}").format(flag=flag_texts().get(row.flag, row.flag)))
        if row.comment:
            details.append(tr("Commentaire : {comment}").format(comment=row.comment))
        if answer is not None:
            details.append(tr("Vos réponses diffèrent : A approuve celle du photo-interprète, R la rejette."))
        try:
            history = self.store.item_history(row.item_id)
        except OcsgeError as exc:
            self._warn(str(exc))
            history = None
        self.geometryLabel.setVisible(history is not None and history.geom_before is not None)
        self.detailLabel.setText("\n".join(details))
        self._draw(history)

    def _show_blind(self, row):
        """A blind item: who decided it and its polygon as it is now, nothing of either pair (the interpreter's
        comment and flag may name a class, the before / after drawing tells a geometry edit)."""
        for key, cell in self.cells.items():
            if key[1] != "title":
                cell.setText(tr("à l'aveugle"))
        self.detailLabel.setText("\n".join((
            tr("Élément {id} (source {source}) — {area} m² — décidé par {who}").format(
                id=row.item_id, source=row.source_id, area=number(row.area_m2), who=row.decided_by),
            tr("Contrôle à l'aveugle : choisissez votre couverture puis votre usage (tapez un code ou des mots, "
               "↓ puis Entrée), puis Entrée enregistre votre réponse."))))
        self.geometryLabel.hide()
        for picker in (self.blindCs, self.blindUs):
            with QSignalBlocker(picker):
                picker.set_code(None)
        try:
            history = self.store.item_history(row.item_id)
        except OcsgeError as exc:
            self._warn(str(exc))
            history = None
        self.comparison.show(self.iface.mapCanvas(), {} if history is None else {"after": history.geom_after})
        if self.seek_answer and self.isVisible():
            self.blindCs.search()       # reached by N or the draw: the hand is on the keyboard

    def _blind_chosen(self, picker):
        """A search in a blind picker ended: on to usage after couverture, else back to the panel's keys."""
        if picker is self.blindCs and picker.code() and not self.blindUs.code():
            self.blindUs.search()
        else:
            self.table.setFocus()

    def answer_blind(self):
        """Entrée on a blind item: the validator's pair recorded; the same as the interpreter's approves the
        item, a different one reveals the three pairs for A or R."""
        row = self.current()
        if not self.blind(row):
            return
        cs, us = self.blindCs.code(), self.blindUs.code()
        if not cs or not us:
            self._info(tr("Choisissez votre couverture et votre usage avant d'enregistrer votre réponse."))
            (self.blindUs if cs else self.blindCs).search()
            return
        self.answered[row.item_id] = (cs, us)
        self.model.refresh([row.item_id])
        self._mask()
        self.table.setFocus()
        if (cs, us) == (row.code_cs, row.code_us):
            if self._validate(row, True):
                self.statusLabel.setText(tr("Élément {id} : votre réponse est celle du photo-interprète, approuvé. "
                                            "N : élément suivant.").format(id=row.item_id))
            else:
                self._show(row)
            return
        self._show(row)
        self.statusLabel.setText(tr("Élément {id} : votre réponse diffère de celle du photo-interprète. A approuve la "
                                    "sienne, R la rejette.").format(id=row.item_id))

    def _blind_note(self, row) -> Optional[str]:
        """The journal comment keeping the validator's blind answer, if they gave one for ``row``."""
        mine = self.answered.get(row.item_id)
        return None if mine is None else acceptance.blind_comment(mine, (row.code_cs, row.code_us))

    def _mask(self):
        """The sample's items still blind kept off the layers that would show their class."""
        self.mask.hide([r for r in self.shown if self.blind(r)])

    def _show_disputed(self, item_id: Optional[int]):
        """The polygon of the second-opinion disagreement selected in the disputes box."""
        if item_id is None:
            return
        try:
            self._draw(self.store.item_history(item_id))
        except OcsgeError as exc:
            self._warn(str(exc))

    def _draw(self, history):
        self.comparison.show(self.iface.mapCanvas(), {} if history is None else
                             {"before": history.geom_before, "after": history.geom_after})

    @property
    def layers(self) -> Dict[str, QgsVectorLayer]:
        return self.comparison.layers

    # -- deciding ------------------------------------------------------------------------
    def _refuse_blind(self, row) -> bool:
        """A or R on a blind item: the validator's own pair comes first."""
        if not self.blind(row):
            return False
        self._info(tr("Contrôle à l'aveugle : donnez d'abord votre couverture et votre usage (Entrée les "
                      "enregistre)."))
        self.blindCs.search()
        return True

    def approve(self):
        row = self.current()
        if row is not None and not self._refuse_blind(row):
            self._validate(row, True)

    def reject(self):
        row = self.current()
        if row is None or row.item_id in self.done or self._refuse_blind(row):
            return
        answer = self.ask_reason(row.item_id, self._fitting_reason(row))
        if answer is None:
            return
        reason, comment = answer
        # The store shows the interpreter « reason — comment » on the returned item; the journal keeps
        # the reason alone, for the statistics.
        self._validate(row, False, reason, comment)

    def _fitting_reason(self, row) -> Optional[str]:
        """The reason a blind disagreement points to: couverture if it differs, else usage."""
        mine = self.answered.get(row.item_id)
        if mine is None:
            return None
        return "cs" if mine[0] != row.code_cs else "us"

    def _ask_reason(self, item_id: int, reason: Optional[str] = None):
        dialog = RejectDialog(item_id, self)
        if reason is not None:
            dialog.reason.setCurrentIndex(dialog.reason.findData(reason))
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.values()
        finally:
            dialog.deleteLater()

    def _validate(self, row, approve: bool, reason: Optional[str] = None, comment: Optional[str] = None) -> bool:
        if row.item_id in self.done:
            self._info(tr("L'élément {id} est déjà {state}.").format(
                id=row.item_id, state=tr("approuvé") if self.done[row.item_id] == APPROVED else tr("rejeté")))
            return False
        # A sampled item's record names the plan: the journal keeps which items the spot-check took.
        comment = " — ".join(text for text in (comment, self._blind_note(row), self._sample_note(row.item_id))
                             if text) or None
        try:
            self.store.validate(row.item_id, self.user, approve, reason=reason, comment=comment)
        except OcsgeError as exc:
            self._warn(str(exc))
            return False
        self._mark(row, APPROVED if approve else REJECTED)
        self.statusLabel.setText((tr("Élément {id} approuvé.") if approve else tr("Élément {id} rejeté : {reason}"))
                                 .format(id=row.item_id, reason=reason) + " " + tr("N : élément suivant."))
        self._sample_state()
        return True

    def _mark(self, row, state: str):
        self.done[row.item_id] = state
        self.model.refresh([row.item_id])
        if row is self.current():
            self._show(row)
        self._mask()

    def next_item(self):
        """The next item still to validate: in the spot-check first while one is under way."""
        if not self.shown:
            return
        checking = set(self.sample) if self.sample is not None and self._sample_left() else None
        current = self.current()
        start = self.model.row_of(current.item_id) if current is not None else None
        start = -1 if start is None else start
        count = len(self.shown)
        for step in range(1, count + 1):        # after the current item, wrapping round to it last
            row = self.shown[(start + step) % count]
            if row.item_id not in self.done and (checking is None or row.item_id in checking):
                self._go_to(row.item_id)
                return
        self._info(tr("Plus aucun élément à valider avec ces filtres."))

    # -- spot-check and bulk approval --------------------------------------------------------
    def plan(self) -> acceptance.Plan:
        """The sampling plan the validator set."""
        return acceptance.Plan(share=self.shareSpin.value() / 100, acceptance=self.acceptSpin.value())

    def _population(self) -> List:
        """The lot a bulk approval may take: the filtered items still to validate, not decided by this
        validator, flagged ones only when asked for."""
        flagged = self.flaggedCheck.isChecked()
        return [r for r in self.shown if r.item_id not in self.done and r.decided_by != self.user
                and (flagged or not r.flag)]

    def _plan_changed(self, *_):
        if self.sample is not None:
            self._drop_sample()
            self.statusLabel.setText(tr("Plan changé : l'échantillon de contrôle est à tirer de nouveau."))
            self._sample_state()

    def _drop_sample(self):
        """No spot-check under way any more: a new one is to be drawn."""
        self.sample, self.sampled_from, self.sample_plan = None, [], None
        self.answered.clear()           # the model holds this very dict
        self.model.set_sample(None)
        self.mask.restore()

    def draw_sample(self):
        """Draw the plan's sample of the lot, to be checked one by one before the rest."""
        population = self._population()
        if not population:
            self._info(tr("Aucun élément à approuver avec ces filtres."))
            return
        self.sample_plan = self.plan()
        self.sampled_from = [r.item_id for r in population]
        self.sample = acceptance.draw([(r.item_id, r.code_cs) for r in population], self.sample_plan, self.rng)
        self.model.set_sample(self.sample)
        self._mask()
        self.statusLabel.setText(tr("Échantillon tiré : contrôlez chacun de ses éléments (surlignés) à l'aveugle, "
                                    "N pour passer de l'un à l'autre."))
        self._go_to(self.sample[0])
        self._sample_state()

    def _sample_left(self) -> int:
        return 0 if self.sample is None else sum(1 for i in self.sample if i not in self.done)

    def verdict(self) -> Optional[acceptance.Verdict]:
        """Where the spot-check stands under its plan; None without a sample."""
        if self.sample is None:
            return None
        return acceptance.verdict(self.sample_plan, self.sample,
                                  {i: state == APPROVED for i, state in self.done.items()})

    def _sample_note(self, item_id: int) -> Optional[str]:
        """The journal comment saying an item was validated as part of the spot-check under way."""
        if self.sample is None or item_id not in self.sample:
            return None
        return acceptance.sample_comment(self.sample_plan, len(self.sampled_from), len(self.sample))

    def _rest(self) -> List[int]:
        sample = set(self.sample or ())
        return [i for i in self.sampled_from if i not in self.done and i not in sample]

    def _sample_state(self):
        result = self.verdict()
        if result is None:
            self.sampleLabel.setText(tr("Tirez un échantillon de contrôle pour approuver ce filtre d'un coup "
                                        "(signalés exclus sauf demande)."))
            self.bulkButton.setEnabled(False)
            self.bulkButton.setText(tr("Approuver le reste"))
            return
        text = tr("Plan : n = {n}, c = {c} ({share} % par classe), lot de {lot} — {checked} contrôlé(s), "
                  "{rejected} rejeté(s)").format(
            n=result.size, c=result.plan.acceptance, share=round(100 * result.plan.share),
            lot=number(len(self.sampled_from)), checked=result.checked, rejected=result.rejected)
        if result.refused:
            text += " — " + tr("lot refusé : validez ses éléments un par un.")
        elif result.accepted:
            text += " — " + tr("lot accepté.")
        self.sampleLabel.setText(text)
        rest = self._rest()
        self.bulkButton.setEnabled(result.accepted and bool(rest))
        self.bulkButton.setText(tr("Approuver le reste ({n})").format(n=number(len(rest))))

    def _confirm(self, count: int, km2: float) -> bool:
        answer = QMessageBox.question(
            self, tr("Approbation groupée"),
            tr("Approuver d'un coup {n} élément(s), {km2} km², après un échantillon conforme au plan ?").format(
                n=number(count), km2=number(km2, 2)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def approve_rest(self) -> int:
        """Approve the lot's items left once its spot-check passed the plan, if confirmed; how many."""
        result = self.verdict()
        if result is None or not result.accepted:
            if result is not None and result.refused:
                message = tr("Approbation groupée refusée : {rejected} rejet(s) dans l'échantillon de {n} pour "
                             "{c} admis ; validez le lot un par un.").format(
                    rejected=result.rejected, n=result.size, c=result.plan.acceptance)
            else:
                message = tr("Approbation groupée refusée : tirez l'échantillon de contrôle et validez chacun de "
                             "ses éléments d'abord ({left} restant(s)).").format(
                    left=self._sample_left() if self.sample else "—")
            self._warn(message)
            return 0
        rest = self._rest()
        area = {r.item_id: r.area_m2 for r in self.shown}
        if not rest or not self.confirm(len(rest), sum(area.get(i, 0.0) for i in rest) / 1e6):
            return 0
        # Validated by someone else meanwhile, say: refused and said, and the others go on.
        done, refused = acceptance.approve_rest(self.store, self.user, result, len(self.sampled_from), rest)
        approved = len(done)
        for item_id in done:
            self.done[item_id] = APPROVED
        refused = list(refused.values())
        self._buttons(self.current())
        self.statusLabel.setText(tr("{n} élément(s) approuvé(s) d'un coup, {km2} km², après contrôle de {size} "
                                    "sur {total}.").format(
            n=number(approved), km2=number(sum(area.get(i, 0.0) for i in done) / 1e6, 2), size=len(self.sample),
            total=len(self.sampled_from)))
        if refused:
            self._warn(tr("{n} élément(s) non approuvé(s) : {first}").format(n=len(refused), first=refused[0]))
        self._drop_sample()                 # redraws every row: the approved ones greyed, no highlight left
        self._sample_state()
        return approved

    # -- messages and teardown -------------------------------------------------------------
    def _warn(self, message: str):
        notify(self.iface.messageBar(), message, Qgis.MessageLevel.Warning, 10)

    def _info(self, message: str):
        notify(self.iface.messageBar(), message, Qgis.MessageLevel.Info, 5)

    def shutdown(self):
        """Remove the before / after layers and unregister the shortcuts."""
        self.mask.restore()
        self.comparison.remove()
        shortcuts.unregister(self, self.shortcuts, also=[self.iface.mapCanvas()])
        self.shortcuts = []
