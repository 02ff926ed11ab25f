"""The main window as the secretariat uses it: open a database, look through every area, switch
databases, back up and restore, and the first-run offer of sample data."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tvet_alliance import paths
from tvet_alliance.domain import Organization, Participation
from tvet_alliance.persistence import Database
from tvet_alliance.services import sample, stats
from tvet_alliance.ui.models.record_table import IdRole, RecordTableModel
from tvet_alliance.ui.views.records import MasterDetailPage, RecordsPage


def _csv_rows(name: str) -> list[dict[str, str]]:
    with (paths.sample_dir() / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _column_texts(model: RecordTableModel, key: str) -> list[str]:
    column = model.spec.index_of(key)
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def _live_counts(db: Database) -> dict[str, int]:
    with db.session() as s:
        return stats.live_counts(s)


def test_window_opens_on_a_temporary_database(make_window: Any, db: Database) -> None:
    window = make_window(db)
    assert db.path is not None
    assert db.path.name in window.windowTitle()
    assert "TVET Alliance Manager" in window.windowTitle()
    assert [window.sidebar.item(i).text() for i in range(window.sidebar.count())] == [
        "Home",
        "Partners",
        "People",
        "Events",
        "Check-in",
        "Competitions",
        "Marks",
        "Results",
        "Agreements",
    ]
    assert window.db_label.text() == db.name


def test_every_area_shows_the_sample_rows(make_window: Any, sample_db: Database) -> None:
    window = make_window(sample_db)

    partners = _csv_rows("organizations.csv")
    names = _column_texts(window.page("partners").model, "name_en")
    assert sorted(names, key=str.lower) == names, "partners are sorted by name"
    assert sorted(names) == sorted(row["name_en"] for row in partners)
    natives = set(_column_texts(window.page("partners").model, "name_native"))
    assert any("\u4e00" <= ch <= "\u9fff" for name in natives for ch in name), "Chinese names are shown"
    assert any("\u0600" <= ch <= "\u06ff" for name in natives for ch in name), "Urdu names are shown"

    assert window.page("people").model.rowCount() == len(_csv_rows("people.csv"))
    assert window.page("agreements").model.rowCount() == len(_csv_rows("agreements.csv"))
    assert window.page("events").model.rowCount() == len(_csv_rows("events.csv"))
    assert window.page("competitions").model.rowCount() == len(_csv_rows("competitions.csv"))

    # The selected event's delegates are listed beneath it.
    events = window.page("events")
    seminar_row = _column_texts(events.model, "name").index("International Digital Skills Exchange Seminar")
    events.table.selectRow(seminar_row)
    seminar_key = next(
        r["key"] for r in _csv_rows("events.csv") if r["name"].startswith("International Digital")
    )
    expected = sum(1 for r in _csv_rows("participations.csv") if r["event_key"] == seminar_key)
    assert events.detail_models["delegates"].rowCount() == expected
    assert events.detail_title.text() == "International Digital Skills Exchange Seminar"

    # The competition shows its entries (with derived ranks) and tracks.
    competitions = window.page("competitions")
    competitions.table.selectRow(0)
    assert competitions.detail_models["entries"].rowCount() == len(_csv_rows("entries.csv"))
    assert competitions.detail_models["tracks"].rowCount() == len(_csv_rows("tracks.csv"))
    entries = competitions.detail_models["entries"]
    golds = [row for row in range(entries.rowCount()) if entries.record(row)["medal"].value == "gold"]
    assert golds and all(entries.record(row)["rank"] == 1 for row in golds)


def test_home_shows_live_counts(make_window: Any, sample_db: Database) -> None:
    window = make_window(sample_db)
    home = window.page("home")
    partners = _csv_rows("organizations.csv")
    assert home.partners.value.text() == str(len(partners))
    assert home.partners.breakdown["China"] == sum(r["country"] == "CN" for r in partners)
    assert home.partners.breakdown["Pakistan"] == sum(r["country"] == "PK" for r in partners)
    live = [r for r in _csv_rows("participations.csv") if r["status"] != "cancelled"]
    assert home.delegates.breakdown["In person"] == sum(r["attendance_mode"] == "in_person" for r in live)
    assert home.delegates.breakdown["Online"] == sum(r["attendance_mode"] == "online" for r in live)
    entries = _csv_rows("entries.csv")
    assert home.entries.breakdown["Gold"] == sum(r["medal"] == "gold" for r in entries)


def test_keyboard_switches_areas_and_status_bar_counts(
    make_window: Any, sample_db: Database, qtbot: Any
) -> None:
    window = make_window(sample_db)
    window.activateWindow()
    window.sidebar.setFocus()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.sidebar, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.page("people")
    assert window.count_label.text() == f"{len(_csv_rows('people.csv'))} shown"
    qtbot.keyClick(window.sidebar, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.page("home")
    assert window.area_actions[2].shortcut() == QKeySequence("Ctrl+3")


def test_clicking_a_header_sorts_in_the_database(make_window: Any, sample_db: Database, qtbot: Any) -> None:
    window = make_window(sample_db)
    window.sidebar.setCurrentRow(1)
    table = window.page("partners").table
    model = window.page("partners").model
    column = model.spec.index_of("name_en")
    table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    names = _column_texts(model, "name_en")
    assert names == sorted(names, key=str.lower, reverse=True)
    table.sortByColumn(model.spec.index_of("country"), Qt.SortOrder.AscendingOrder)
    countries = [model.record(r)["country"] for r in range(model.rowCount())]
    assert countries == sorted(countries)


def test_file_open_switches_database(
    make_window: Any, sample_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other_path = tmp_path / "other.sqlite3"
    other = Database.open(other_path)
    with other.transaction() as s:
        s.add(Organization(name_en="Sindh TEVTA", name_native="سندھ ٹیوٹا", country="PK", province="PK-SD"))
    other.close()
    window = make_window(sample_db)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(other_path), "")))

    window.database_actions.open_action.trigger()

    assert window.db is not None and window.db.path == other_path.resolve()
    assert "other.sqlite3" in window.windowTitle()
    assert _column_texts(window.page("partners").model, "name_en") == ["Sindh TEVTA"]
    recent = [a.text() for a in window.database_actions.recent_menu.actions()]
    assert recent[0] == str(other_path.resolve()) and str(sample_db.path) in recent
    assert window.settings.last_database == str(other_path.resolve())

    # Back through the recent menu.
    next(
        a for a in window.database_actions.recent_menu.actions() if a.text() == str(sample_db.path)
    ).trigger()
    assert window.page("partners").model.rowCount() == len(_csv_rows("organizations.csv"))


def test_opening_a_file_that_is_not_a_database_says_so_and_keeps_the_current_one(
    make_window: Any, sample_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, message_boxes: Any
) -> None:
    bad = tmp_path / "notes.sqlite3"
    bad.write_text("these are meeting notes, not a database", encoding="utf-8")
    window = make_window(sample_db)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(bad), "")))

    window.database_actions.open_action.trigger()

    assert message_boxes.texts("warning") == [f"{bad} is not a database file (it is not SQLite)."]
    assert window.db is sample_db
    assert bad.read_text(encoding="utf-8") == "these are meeting notes, not a database"
    assert window.page("partners").model.rowCount() == len(_csv_rows("organizations.csv"))


def test_new_database_creates_an_empty_one_and_offers_sample_data(
    make_window: Any,
    db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: Any,
    qtbot: Any,
) -> None:
    window = make_window(db)
    target = tmp_path / "seminar-2026.sqlite3"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    message_boxes.answer = QMessageBox.StandardButton.No
    window.database_actions.new_action.trigger()
    qtbot.waitUntil(lambda: bool(message_boxes.texts("question")))
    assert target.exists()
    assert window.db is not None and window.db.path == target.resolve()
    assert _live_counts(window.db)["organization"] == 0


def test_first_run_offer_loads_sample_data(
    make_window: Any, db: Database, message_boxes: Any, qtbot: Any
) -> None:
    window = make_window(db)
    message_boxes.answer = QMessageBox.StandardButton.Yes
    with qtbot.waitSignal(window.workFinished, timeout=20_000):
        window.database_actions.offer_sample_if_empty()
    assert len(message_boxes.texts("question")) == 1
    counts = _live_counts(db)
    assert counts["organization"] == len(_csv_rows("organizations.csv"))
    assert counts["participation"] == len(_csv_rows("participations.csv"))
    assert window.page("partners").model.rowCount() == counts["organization"]
    assert window.page("home").partners.value.text() == str(counts["organization"])
    window.database_actions.offer_sample_if_empty()
    assert len(message_boxes.texts("question")) == 1, "asked only once"


def test_declining_the_offer_loads_nothing_and_is_not_asked_again(
    make_window: Any, db: Database, message_boxes: Any
) -> None:
    window = make_window(db)
    message_boxes.answer = QMessageBox.StandardButton.No
    window.database_actions.offer_sample_if_empty()
    window.database_actions.offer_sample_if_empty()
    assert len(message_boxes.texts("question")) == 1
    assert _live_counts(db)["organization"] == 0


def test_loading_sample_data_twice_says_so_and_changes_nothing(
    make_window: Any, sample_db: Database, message_boxes: Any, qtbot: Any
) -> None:
    window = make_window(sample_db)
    before = _live_counts(sample_db)
    with qtbot.waitSignal(window.workFailed, timeout=20_000) as blocker:
        window.database_actions.sample_action.trigger()
    assert blocker.args == ["The sample data is already in this database."]
    assert message_boxes.texts("warning") == ["The sample data is already in this database."]
    assert _live_counts(sample_db) == before


def test_backup_then_restore_from_the_file_menu(
    make_window: Any,
    sample_db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: Any,
    qtbot: Any,
) -> None:
    window = make_window(sample_db)
    backup_file = tmp_path / "before-seminar.sqlite3"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(backup_file), "")))
    with qtbot.waitSignal(window.workFinished, timeout=20_000) as done:
        window.database_actions.backup_action.trigger()
    assert backup_file.exists()
    assert done.args == [f"Backed up to {backup_file}"]

    # A partner is deleted after the backup ...
    with sample_db.transaction() as s:
        org = s.query(Organization).filter_by(short_name="ITMC").one()
        org.soft_delete()
    window.refresh_all()
    assert window.page("partners").model.rowCount() == len(_csv_rows("organizations.csv")) - 1

    # ... and the backup brings it back, after the person confirmed.
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(backup_file), "")))
    message_boxes.answer = QMessageBox.StandardButton.Yes
    with qtbot.waitSignal(window.workFinished, timeout=20_000):
        window.database_actions.restore_action.trigger()
    assert "Replace everything" in message_boxes.texts("question")[0]
    assert window.page("partners").model.rowCount() == len(_csv_rows("organizations.csv"))
    with sample_db.session() as s:
        assert s.query(Organization).filter_by(short_name="ITMC").one().deleted_at is None


def test_restore_cancelled_at_the_question_changes_nothing(
    make_window: Any, sample_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, message_boxes: Any
) -> None:
    window = make_window(sample_db)
    backup_file = tmp_path / "empty.sqlite3"
    Database.open(backup_file).close()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(backup_file), "")))
    message_boxes.answer = QMessageBox.StandardButton.Cancel
    window.database_actions.restore_action.trigger()
    assert _live_counts(sample_db)["organization"] == len(_csv_rows("organizations.csv"))


def test_restore_from_a_file_that_is_not_a_backup_says_so(
    make_window: Any,
    sample_db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: Any,
    qtbot: Any,
) -> None:
    window = make_window(sample_db)
    bogus = tmp_path / "photo.sqlite3"
    bogus.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    before = _live_counts(sample_db)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(bogus), "")))
    message_boxes.answer = QMessageBox.StandardButton.Yes
    with qtbot.waitSignal(window.workFailed, timeout=20_000) as failed:
        window.database_actions.restore_action.trigger()
    assert failed.args == [f"{bogus} is not a backup (it is not a SQLite file)."]
    assert _live_counts(sample_db) == before


def test_window_remembers_geometry_and_database(make_window: Any, sample_db: Database, settings: Any) -> None:
    window = make_window(sample_db)
    window.resize(1100, 560)
    saved_size = window.size()
    window.sidebar.setCurrentRow(5)  # Competitions
    window.close()
    assert settings.last_database == sample_db.name
    assert settings.window_geometry() is not None
    assert settings.current_area == 5
    again = make_window(Database.open(sample_db.path))
    # The offscreen screen is narrower than the window, so only the height is restored exactly.
    assert again.size().height() == saved_size.height()
    assert again.current_page() is again.page("competitions")


def test_start_opens_the_last_database(sample_db: Database, settings: Any, tmp_path: Path) -> None:
    from tvet_alliance.app import open_start_database

    settings.last_database = sample_db.name
    opened = open_start_database(settings, None)
    assert opened is not None and opened.path == sample_db.path
    opened.close()
    requested = open_start_database(settings, str(tmp_path / "requested.sqlite3"))
    assert requested is not None and requested.path == (tmp_path / "requested.sqlite3").resolve()
    requested.close()


def test_models_pass_the_model_tester(make_window: Any, sample_db: Database, qtmodeltester: Any) -> None:
    window = make_window(sample_db)
    window.page("events").table.selectRow(0)
    window.page("competitions").table.selectRow(0)
    models: list[RecordTableModel] = [
        window.page("partners").model,
        window.page("people").model,
        window.page("agreements").model,
        window.page("events").model,
        window.page("competitions").model,
    ]
    models += list(window.page("events").detail_models.values()) + list(
        window.page("competitions").detail_models.values()
    )
    for model in models:
        qtmodeltester.check(model, force_py=True)
        assert model.data(model.index(0, 0), IdRole) is not None
        assert model.data(QModelIndex()) is None


def test_deleted_rows_are_hidden(make_window: Any, sample_db: Database) -> None:
    with sample_db.transaction() as s:
        part = s.query(Participation).first()
        assert part is not None
        part.soft_delete()
    window = make_window(sample_db)
    total = sum(
        window.page("events").model.record(r)["delegates"]
        for r in range(window.page("events").model.rowCount())
    )
    assert total == len(_csv_rows("participations.csv")) - 1


@pytest.mark.parametrize("page_attr", ["partners", "people", "agreements"])
def test_pages_are_record_pages(make_window: Any, db: Database, page_attr: str) -> None:
    window = make_window(db)
    assert isinstance(window.page(page_attr), RecordsPage)
    assert isinstance(window.page("events"), MasterDetailPage)
    assert window.page(page_attr).model.rowCount() == 0


def test_sample_loading_can_be_cancelled(make_window: Any, db: Database, qtbot: Any) -> None:
    from tvet_alliance.ui.workers import Cancelled, Task

    ran: list[int] = []

    def work(progress: Any) -> sample.SampleResult:
        with db.transaction() as s:

            def cancelling(done: int, total: int) -> None:
                ran.append(done)
                if done == 5:
                    raise Cancelled

            return sample.load_sample(s, progress=cancelling)

    task = Task(work)
    with qtbot.waitSignal(task.cancelled, timeout=10_000):
        task.run()
    assert ran[-1] == 5
    assert _live_counts(db)["organization"] == 0, "a cancelled load leaves the database unchanged"
    _ = shutil  # keep import for readability of fixtures above
