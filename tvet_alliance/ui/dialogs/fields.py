"""One input widget per kind of field, all with the same small interface: ``value()``,
``set_value()`` and a ``changed`` signal. Built from a catalog :class:`Field` by :func:`make_field`."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from datetime import date
from typing import Any

import pycountry
from PySide6.QtCore import (
    QDate,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSignalBlocker,
    QSize,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QPainter, QPalette, QTextOption
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from tvet_alliance.domain import values
from tvet_alliance.domain.catalog import Field as FieldSpec
from tvet_alliance.domain.values import ValueKind
from tvet_alliance.persistence import Database
from tvet_alliance.services import records
from tvet_alliance.ui import text

FIRST_COUNTRIES = ("CN", "PK")


class FieldWidget(QWidget):
    changed = Signal()

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setObjectName(f"field_{spec.name}")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError


class LineField(FieldWidget):
    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.edit = QLineEdit()
        self.edit.setObjectName(f"edit_{spec.name}")
        self.edit.setClearButtonEnabled(True)
        placeholder = {
            ValueKind.EMAIL: "name@example.org",
            ValueKind.PHONE: "+92 42 1234567",
            ValueKind.URL: "https://",
            ValueKind.DECIMAL: "0.00",
        }.get(spec.kind)
        if placeholder:
            self.edit.setPlaceholderText(placeholder)
        if spec.kind == ValueKind.NATIVE:
            self.edit.setPlaceholderText(self.tr("中文 / اردو"))
        self.edit.textChanged.connect(self._on_text)
        self._layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)

    def _on_text(self, value: str) -> None:
        if self.spec.kind == ValueKind.NATIVE:
            # Urdu is typed and read from the right; Chinese and Latin from the left.
            self.edit.setAlignment(
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
                if text.is_rtl(value)
                else Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute
            )
        self.changed.emit()

    def value(self) -> Any:
        return self.edit.text()

    def set_value(self, value: Any) -> None:
        shown = "" if value is None else text.format_value(value) if not isinstance(value, str) else value
        if self.spec.kind == ValueKind.INT and value is not None:
            shown = str(value)
        self.edit.setText(shown)


class TagsField(LineField):
    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.edit.setPlaceholderText(self.tr("Separate with ;"))

    def value(self) -> Any:
        return values.split_list(self.spec.kind, self.edit.text())

    def set_value(self, value: Any) -> None:
        self.edit.setText(values.join_list(value or []))


class TextField(FieldWidget):
    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.edit = QPlainTextEdit()
        self.edit.setObjectName(f"edit_{spec.name}")
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * 3 + 12)
        self.edit.textChanged.connect(self.changed)
        self._layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)

    def value(self) -> Any:
        return self.edit.toPlainText()

    def set_value(self, value: Any) -> None:
        self.edit.setPlainText(value or "")


class EnumField(FieldWidget):
    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        assert spec.enum is not None
        self.combo = QComboBox()
        self.combo.setObjectName(f"edit_{spec.name}")
        if spec.default is None and not spec.required:
            self.combo.addItem("", None)
        for member in spec.enum:
            self.combo.addItem(text.enum_label(member), member)
        self.combo.currentIndexChanged.connect(self.changed)
        self._layout.addWidget(self.combo)
        self.setFocusProxy(self.combo)

    def value(self) -> Any:
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        index = self.combo.findData(value) if value is not None else self.combo.findData(None)
        self.combo.setCurrentIndex(max(index, 0))


class DateField(FieldWidget):
    """A date typed as YYYY-MM-DD (or picked from a calendar); empty means no date."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.edit = QLineEdit()
        self.edit.setObjectName(f"edit_{spec.name}")
        self.edit.setPlaceholderText("YYYY-MM-DD")
        self.edit.setClearButtonEnabled(True)
        self.edit.setMaximumWidth(self.edit.fontMetrics().horizontalAdvance("0000-00-00") + 60)
        self.edit.textChanged.connect(self.changed)
        self.button = QToolButton()
        self.button.setText("▾")
        self.button.setToolTip(self.tr("Pick from a calendar"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self._pick)
        self._layout.addWidget(self.edit)
        self._layout.addWidget(self.button)
        self._layout.addStretch(1)
        self.setFocusProxy(self.edit)

    def _pick(self) -> None:
        menu = QMenu(self)
        calendar = QCalendarWidget()
        current = self.value()
        if isinstance(current, date):
            calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        action = QWidgetAction(menu)
        action.setDefaultWidget(calendar)
        menu.addAction(action)

        def choose(day: QDate) -> None:
            self.edit.setText(day.toString("yyyy-MM-dd"))
            menu.close()

        calendar.clicked.connect(choose)
        menu.exec(self.button.mapToGlobal(self.button.rect().bottomLeft()))

    def value(self) -> Any:
        raw = self.edit.text().strip()
        if not raw:
            return None
        for candidate in (raw, raw.replace("/", "-").replace(".", "-")):
            try:
                return date.fromisoformat(candidate)
            except ValueError:
                continue
        return raw  # the service reports it as a bad date

    def set_value(self, value: Any) -> None:
        self.edit.setText(value.isoformat() if isinstance(value, date) else (value or ""))


def country_items() -> list[tuple[str, str]]:
    items = [(c.alpha_2, text.country_name(c.alpha_2)) for c in pycountry.countries]
    first = [i for code in FIRST_COUNTRIES for i in items if i[0] == code]
    rest = sorted((i for i in items if i[0] not in FIRST_COUNTRIES), key=lambda i: i[1])
    return first + rest


class CountryField(FieldWidget):
    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.combo = QComboBox()
        self.combo.setObjectName(f"edit_{spec.name}")
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.addItem("", None)
        for code, name in country_items():
            self.combo.addItem(f"{name} ({code})", code)
        completer = self.combo.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.combo.currentIndexChanged.connect(self.changed)
        line = self.combo.lineEdit()
        if line is not None:
            line.editingFinished.connect(self._match_typed)
        # Tab while the suggestions are open moves on without editingFinished (the completer eats
        # the focus-out): the typed name is matched when the focus leaves the box, however it leaves.
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)
        self._layout.addWidget(self.combo)
        self.setFocusProxy(self.combo)

    def _focus_moved(self, old: QWidget | None, new: QWidget | None) -> None:
        inside = (self.combo, self.combo.lineEdit())
        if old in inside and new not in inside:
            self._match_typed()

    def _match_typed(self) -> None:
        typed = self.combo.currentText().strip()
        if not typed:
            self.combo.setCurrentIndex(0)
            return
        index = self.combo.findData(typed.upper())
        if index < 0:
            index = self.combo.findText(typed, Qt.MatchFlag.MatchContains)
        if index >= 0 and index != self.combo.currentIndex():
            self.combo.setCurrentIndex(index)

    def value(self) -> Any:
        data = self.combo.currentData()
        if data is None and self.combo.currentText().strip():
            return self.combo.currentText().strip()  # reported by validation as an unknown country
        return data

    def set_value(self, value: Any) -> None:
        index = self.combo.findData(value) if value else 0
        self.combo.setCurrentIndex(max(index, 0))


class ProvinceField(FieldWidget):
    """Provinces of the country chosen in the same form (ISO 3166-2)."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.combo = QComboBox()
        self.combo.setObjectName(f"edit_{spec.name}")
        # The provinces arrive after the form is shown (when a country is chosen): the box follows
        # its items (Qt's default sizes it once, at first show, to the empty list: one letter wide),
        # and is never narrower than a typical province name while it waits for a country.
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.setMinimumContentsLength(18)
        self.combo.currentIndexChanged.connect(self.changed)
        self._layout.addWidget(self.combo)
        self._layout.addStretch(1)
        self.setFocusProxy(self.combo)
        self._country: str | None = None
        self.set_country(None)

    def set_country(self, country: str | None) -> None:
        keep = self.value()
        self._country = country
        with QSignalBlocker(self.combo):
            self.combo.clear()
            self.combo.addItem("", None)
            if country:
                subs = pycountry.subdivisions.get(country_code=country) or []
                for sub in sorted(subs, key=lambda s: text.province_name(s.code)):
                    self.combo.addItem(f"{text.province_name(sub.code)} ({sub.code})", sub.code)
            index = self.combo.findData(keep) if keep else 0
            self.combo.setCurrentIndex(max(index, 0))
        # Open while no country is chosen, so that Tab from a country typed in the box before
        # stops here (the provinces arrive as the focus leaves the country box); closed for a
        # country without provinces.
        self.combo.setEnabled(not country or self.combo.count() > 1)
        if keep and index < 0:
            self.changed.emit()

    def value(self) -> Any:
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        if value and self.combo.findData(value) < 0:
            self.combo.addItem(str(value), value)
        index = self.combo.findData(value) if value else 0
        self.combo.setCurrentIndex(max(index, 0))


#: A choice's name and detail, for the two lines of a picker's suggestion.
NameRole = Qt.ItemDataRole.UserRole + 1
DetailRole = Qt.ItemDataRole.UserRole + 2


def isolated(parts: str) -> str:
    """*parts* (joined by " · " or ", ") with each part in its own direction (Unicode isolates), for
    drawing in the layout's direction: an Urdu name beside "Karachi, Pakistan" in the English window,
    a Latin name with its full stop on the right side in the Urdu one."""
    pieces = re.split(r"( · |, | — )", parts)
    return "".join(p if i % 2 else f"\u2068{p}\u2069" for i, p in enumerate(pieces) if p)


def choice_detail(choice: records.Choice) -> str:
    """What tells a record apart from its namesakes, in the reader's language: a person's
    organisation, a partner's city and country."""
    country = text.country_name(choice.country) if choice.country else ""
    return ", ".join(p for p in (choice.detail, country) if p)


class ChoiceModel(QStringListModel):
    """A picker's suggestions: each line is the choice's whole text (what the line edit shows once
    picked); :data:`NameRole` and :data:`DetailRole` give its two parts to the popup."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._parts: list[tuple[str, str]] = []

    def set_choices(self, lines: list[tuple[str, str, str]]) -> None:
        self._parts = [(name, detail) for _line, name, detail in lines]
        self.setStringList([line for line, _name, _detail in lines])

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role in (NameRole, DetailRole) and 0 <= index.row() < len(self._parts):
            return self._parts[index.row()][0 if role == NameRole else 1]
        return super().data(index, role)


class ChoiceDelegate(QStyledItemDelegate):
    """A suggestion in two lines: the name, and below it, greyed, the detail that tells namesakes
    apart. Each line is laid out in the direction of its own script, aligned to the layout's
    leading side (a Latin name in the Urdu window keeps its full stop on the right side)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        if index.data(DetailRole):
            size.setHeight(size.height() + option.fontMetrics.height())
        return size

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        name = index.data(NameRole)
        if name is None:
            super().paint(painter, option, index)
            return
        detail = str(index.data(DetailRole) or "")
        self.initStyleOption(option, index)
        option.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Normal
        main = option.palette.color(
            group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        grey = option.palette.color(
            group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        line = option.fontMetrics.height()
        area = option.rect.adjusted(6, 2, -6, -2)
        rtl = option.direction == Qt.LayoutDirection.RightToLeft
        options = QTextOption(
            Qt.AlignmentFlag.AlignAbsolute
            | (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
            | Qt.AlignmentFlag.AlignVCenter
        )
        options.setTextDirection(option.direction)
        options.setWrapMode(QTextOption.WrapMode.NoWrap)
        painter.save()
        for row, (value, colour) in enumerate(((str(name), main), (detail, grey))):
            if not value:
                continue
            painter.setPen(colour)
            rect = QRect(area.left(), area.top() + row * line, area.width(), line)
            elided = option.fontMetrics.elidedText(value, Qt.TextElideMode.ElideRight, rect.width())
            painter.drawText(rect.toRectF(), isolated(elided), options)
        painter.restore()


class RefPicker(QLineEdit):
    """Type-ahead over records of one type: each keystroke asks the database for up to 50 matches."""

    picked = Signal(object)  # uuid or None

    def __init__(
        self,
        type_key: str,
        database: Callable[[], Database | None],
        parent: QWidget | None = None,
        **scope: Any,
    ) -> None:
        super().__init__(parent)
        self.type_key = type_key
        self.scope = scope
        self._database = database
        self._choices: dict[str, uuid.UUID] = {}
        self._current: uuid.UUID | None = None
        self.setPlaceholderText(self.tr("Type to search…"))
        self.setClearButtonEnabled(True)
        self._model = ChoiceModel(self)
        self._completer = QCompleter(self._model, self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setMaxVisibleItems(8)
        self.setCompleter(self._completer)
        popup = self._completer.popup()
        if popup is not None:
            popup.setItemDelegate(ChoiceDelegate(popup))
            # Wide enough for a name and its detail, even below a narrow filter box.
            popup.setMinimumWidth(popup.fontMetrics().averageCharWidth() * 48)
        self._completer.activated[str].connect(self._on_activated)  # type: ignore[index]
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self.refresh_choices)
        self.textEdited.connect(lambda _t: self._timer.start())
        self.editingFinished.connect(self._on_finished)
        # The completer eats the focus-out while its popup shows: a popup left open would take the
        # keys typed in the next field (the first letter after Ctrl+F went here).
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)

    def _focus_moved(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is self and new is not self:
            popup = self._completer.popup()
            if popup is not None and popup.isVisible():
                popup.hide()

    def refresh_choices(self) -> None:
        db = self._database()
        if db is None:
            return
        with db.session() as session:
            found = records.choices(session, self.type_key, self.text(), **self.scope)
        self._choices = {}
        lines = []
        for choice in found:
            line = self._label(choice)
            if line not in self._choices:  # the detail tells namesakes apart; true twins show once
                self._choices[line] = choice.id
                lines.append((line, text.format_value(choice.label), choice_detail(choice)))
        self._model.set_choices(lines)
        if self.hasFocus() and self._choices:
            self._completer.complete()

    @staticmethod
    def _label(choice: records.Choice) -> str:
        detail = choice_detail(choice)
        label = text.format_value(choice.label)  # a track's name in Chinese to a person reading Chinese
        return f"{label} — {detail}" if detail else label

    def _on_activated(self, label: str) -> None:
        self._set(self._choices.get(label), label)

    def _on_finished(self) -> None:
        typed = self.text().strip()
        if not typed:
            self._set(None, "")
        elif typed in self._choices:
            self._set(self._choices[typed], typed)
        elif len(self._choices) == 1 and typed.lower() in next(iter(self._choices)).lower():
            label, value = next(iter(self._choices.items()))
            self._set(value, label)

    def _set(self, value: uuid.UUID | None, label: str) -> None:
        changed = value != self._current
        self._current = value
        if self.text() != label:
            self.setText(label)
        self.setCursorPosition(0)  # the name shows, not the end of its detail
        if changed:
            self.picked.emit(value)

    def value(self) -> uuid.UUID | None:
        if self.text().strip() == "":
            return None
        return self._current

    def set_value(self, value: uuid.UUID | None) -> None:
        self._current = value
        label = ""
        db = self._database()
        if value is not None and db is not None:
            with db.session() as session:
                found = records.choices(session, self.type_key, ids=[value])
            if found:
                label = self._label(found[0])
                self._choices[label] = value
        self.setText(label)
        self.setCursorPosition(0)

    def pending_text(self) -> bool:
        """Text typed that does not name a record (yet)."""
        return bool(self.text().strip()) and self._current is None


class RefField(FieldWidget):
    def __init__(
        self, spec: FieldSpec, database: Callable[[], Database | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(spec, parent)
        self.picker = RefPicker(spec.ref or "", database)
        self.picker.setObjectName(f"edit_{spec.name}")
        self.picker.picked.connect(lambda _v: self.changed.emit())
        self.picker.textChanged.connect(lambda _t: self.changed.emit() if not _t else None)
        self._layout.addWidget(self.picker)
        self.setFocusProxy(self.picker)
        self.new_button: QToolButton | None = None

    def allow_create(self, create: Callable[[str, str], uuid.UUID | None]) -> None:
        """Offer "New…" beside the picker: *create(type, typed text)* adds a record and returns its id."""
        button = QToolButton()
        button.setObjectName(f"new_{self.spec.name}")
        button.setText(self.tr("New…"))
        button.setToolTip(self.tr("Add a record that is not in the list yet"))

        def run() -> None:
            created = create(self.spec.ref or "", self.picker.text().strip())
            if created is not None:
                self.picker.set_value(created)
                self.changed.emit()

        button.clicked.connect(run)
        self._layout.addWidget(button)
        self.new_button = button

    def value(self) -> Any:
        return self.picker.value()

    def set_value(self, value: Any) -> None:
        self.picker.set_value(value)


class RefsField(FieldWidget):
    """Several records: the chosen ones in a list, a type-ahead to add one, Delete to remove."""

    def __init__(
        self, spec: FieldSpec, database: Callable[[], Database | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(spec, parent)
        self._database = database
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setObjectName(f"list_{spec.name}")
        self.list.setMaximumHeight(self.list.fontMetrics().height() * 5 + 12)
        row = QHBoxLayout()
        self.picker = RefPicker(spec.ref or "", database)
        self.picker.setObjectName(f"edit_{spec.name}")
        self.picker.setPlaceholderText(self.tr("Type to add…"))
        self.picker.picked.connect(self._add)
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.setObjectName(f"remove_{spec.name}")
        self.remove.clicked.connect(self._remove_selected)
        row.addWidget(self.picker, 1)
        row.addWidget(self.remove)
        column.addWidget(self.list)
        column.addLayout(row)
        self._layout.addWidget(box)
        self.setFocusProxy(self.picker)
        self.list.installEventFilter(self)

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if (
            watched is self.list
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        ):
            self._remove_selected()
            return True
        return super().eventFilter(watched, event)

    def _add(self, value: uuid.UUID | None) -> None:
        if value is None or value in self.value():
            return
        item = QListWidgetItem(self.picker.text())
        item.setData(Qt.ItemDataRole.UserRole, value)
        self.list.addItem(item)
        # The completer writes the chosen text into the line after this handler: clear it after that.
        QTimer.singleShot(0, self._ready_for_next)
        self.changed.emit()

    def _ready_for_next(self) -> None:
        self.picker.clear()
        self.picker.set_value(None)

    def _remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self.changed.emit()

    def value(self) -> Any:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def set_value(self, value: Any) -> None:
        self.list.clear()
        ids = list(value or [])
        db = self._database()
        if not ids or db is None:
            return
        with db.session() as session:
            found = {c.id: c for c in records.choices(session, self.spec.ref or "", ids=ids)}
        for record_id in ids:
            choice = found.get(record_id)
            item = QListWidgetItem(RefPicker._label(choice) if choice else str(record_id))
            item.setData(Qt.ItemDataRole.UserRole, record_id)
            self.list.addItem(item)


class AreasField(FieldWidget):
    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        assert spec.enum is not None
        self.list = QListWidget()
        self.list.setObjectName(f"edit_{spec.name}")
        for member in spec.enum:
            item = QListWidgetItem(text.enum_label(member))
            item.setData(Qt.ItemDataRole.UserRole, member.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.setMaximumHeight(self.list.sizeHintForRow(0) * 5 + 8)
        self.list.itemChanged.connect(lambda _i: self.changed.emit())
        self._layout.addWidget(self.list)
        self.setFocusProxy(self.list)

    def value(self) -> Any:
        return [
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_value(self, value: Any) -> None:
        chosen = set(value or [])
        with QSignalBlocker(self.list):
            for i in range(self.list.count()):
                item = self.list.item(i)
                item.setCheckState(
                    Qt.CheckState.Checked
                    if item.data(Qt.ItemDataRole.UserRole) in chosen
                    else Qt.CheckState.Unchecked
                )


def make_field(spec: FieldSpec, database: Callable[[], Database | None]) -> FieldWidget:
    kind = spec.kind
    if kind == ValueKind.ENUM:
        return EnumField(spec)
    if kind == ValueKind.DATE:
        return DateField(spec)
    if kind == ValueKind.COUNTRY:
        return CountryField(spec)
    if kind == ValueKind.PROVINCE:
        return ProvinceField(spec)
    if kind == ValueKind.MULTILINE:
        return TextField(spec)
    if kind == ValueKind.REF:
        return RefField(spec, database)
    if kind == ValueKind.REFS:
        return RefsField(spec, database)
    if kind == ValueKind.AREAS:
        return AreasField(spec)
    if kind in (ValueKind.TAGS, ValueKind.NAMES):
        return TagsField(spec)
    return LineField(spec)
