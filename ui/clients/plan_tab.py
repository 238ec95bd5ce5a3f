"""The client's treatment plan: each goal with its objectives (ticked when met) and interventions.

Goals themselves are part of the client's record (Edit… → Clinical); here each
goal gets measurable objectives and the interventions used towards it. Session
notes say which goals a session addressed.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import treatment_plan
from app.changes import Changed
from app.errors import RapportError
from app.treatment_plan import GoalPlan, ObjectiveView
from ui.context import AppContext
from ui.i18n import tr
from ui.widgets.labels import text_label

#: What a tree row stands for: ("goal" | "objective" | "intervention", id).
ROLE = Qt.ItemDataRole.UserRole


class PlanTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.client_id: int | None = None
        self.editable = True
        #: Asks for a line of text (tests replace it): (title, label) -> text or None.
        self.ask_text = self._ask_text
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(tr("Treatment plan"))
        self.tree.itemChanged.connect(self._item_changed)
        self.tree.currentItemChanged.connect(lambda _a, _b: self._update_buttons())
        self.empty = text_label(
            tr(
                "No treatment goals yet. Add goals in Edit… → Clinical; then give each goal "
                "objectives and interventions here."
            )
        )
        self.objective_button = QPushButton(tr("Add objective…"))
        self.intervention_button = QPushButton(tr("Add intervention…"))
        self.remove_button = QPushButton(tr("Remove"))
        self.objective_button.clicked.connect(lambda: self.add("objective"))
        self.intervention_button.clicked.connect(lambda: self.add("intervention"))
        self.remove_button.clicked.connect(self.remove)
        buttons = QHBoxLayout()
        for button in (self.objective_button, self.intervention_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)

    def show_plan(self, client_id: int, goals: list[GoalPlan], editable: bool) -> None:
        self.client_id, self.editable = client_id, editable
        self.tree.blockSignals(True)
        self.tree.clear()
        for goal in goals:
            top = QTreeWidgetItem([f"{goal.title} ({goal.status})"])
            top.setData(0, ROLE, ("goal", goal.goal_id))
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for objective in goal.objectives:
                child = QTreeWidgetItem([_objective_text(objective)])
                child.setData(0, ROLE, ("objective", objective.id))
                child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                child.setCheckState(
                    0, Qt.CheckState.Checked if objective.met else Qt.CheckState.Unchecked
                )
                top.addChild(child)
            for intervention in goal.interventions:
                child = QTreeWidgetItem([tr("Intervention: {text}").format(text=intervention.text)])
                child.setData(0, ROLE, ("intervention", intervention.id))
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        self.tree.blockSignals(False)
        self.empty.setVisible(not goals)
        self.tree.setVisible(bool(goals))
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)
        self._update_buttons()

    def _goal_id(self) -> int | None:
        item = self.tree.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        if item is None:
            return None
        kind, goal_id = item.data(0, ROLE)
        return int(goal_id) if kind == "goal" else None

    def _update_buttons(self) -> None:
        item = self.tree.currentItem()
        has_goal = self._goal_id() is not None and self.editable
        self.objective_button.setEnabled(has_goal)
        self.intervention_button.setEnabled(has_goal)
        removable = item is not None and item.parent() is not None and self.editable
        self.remove_button.setEnabled(removable)

    def _ask_text(self, title: str, label: str) -> str | None:
        text, ok = QInputDialog.getText(self, title, label)
        return text if ok else None

    def add(self, kind: str) -> None:
        goal_id = self._goal_id()
        if goal_id is None:
            return
        if kind == "objective":
            text = self.ask_text(
                tr("Add an objective"),
                tr("A measurable step (e.g. “rides the bus twice a week without leaving early”)"),
            )
        else:
            text = self.ask_text(
                tr("Add an intervention"),
                tr("What you do towards this goal (e.g. “graded exposure, weekly”)"),
            )
        if text is None:
            return
        try:
            with self.ctx.vault.session() as session:
                if kind == "objective":
                    treatment_plan.add_objective(session, goal_id, text)
                else:
                    treatment_plan.add_intervention(session, goal_id, text)
        except RapportError as exc:
            QMessageBox.warning(self, tr("Not added"), exc.message)
            return
        self.ctx.bus.publish(Changed.NOTES)

    def remove(self) -> None:
        item = self.tree.currentItem()
        if item is None or item.parent() is None:
            return
        kind, item_id = item.data(0, ROLE)
        with self.ctx.vault.session() as session:
            if kind == "objective":
                changed = treatment_plan.remove_objective(session, item_id)
            else:
                changed = treatment_plan.remove_intervention(session, item_id)
        self.ctx.bus.publish(changed | Changed.NOTES)

    def _item_changed(self, item: QTreeWidgetItem, _column: int) -> None:
        kind, item_id = item.data(0, ROLE)
        if kind != "objective" or not self.editable:
            return
        met = item.checkState(0) == Qt.CheckState.Checked
        with self.ctx.vault.session() as session:
            changed = treatment_plan.set_objective_met(session, item_id, met)
        # The refresh rebuilds the tree: not while the tree is still reporting this change.
        QTimer.singleShot(0, lambda: self.ctx.bus.publish(changed | Changed.NOTES))


def _objective_text(objective: ObjectiveView) -> str:
    target = objective.target_date
    if target is None:
        return tr("Objective: {text}").format(text=objective.text)
    due = QLocale().toString(QDate(target.year, target.month, target.day), "dd MMM yyyy")
    return tr("Objective: {text} — by {date}").format(text=objective.text, date=due)
