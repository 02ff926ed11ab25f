"""Save a screenshot of every area with the sample data: ``python docs/take_screenshots.py [--lang ur]``.

Runs offscreen (no display needed); writes PNGs to docs/screenshots/.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["TVET_ALLIANCE_HOME"] = tempfile.mkdtemp(prefix="tvet-shots-")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from tvet_alliance.app import configure_application
from tvet_alliance.persistence import Database
from tvet_alliance.services import sample
from tvet_alliance.ui.main_window import MainWindow
from tvet_alliance.ui.settings import AppSettings


def main() -> None:
    lang = sys.argv[sys.argv.index("--lang") + 1] if "--lang" in sys.argv else None
    out = Path(__file__).resolve().parent / "screenshots"
    out.mkdir(exist_ok=True)
    app = QApplication(sys.argv[:1])
    configure_application(app, lang)
    home = Path(os.environ["TVET_ALLIANCE_HOME"])
    db = Database.open(home / "sample.sqlite3")
    with db.transaction() as session:
        sample.load_sample(session)
    settings = AppSettings(QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(db, settings)
    window.resize(1360, 820)
    window.show()
    suffix = f"-{lang}" if lang else ""
    for index, key in enumerate(("home", "partners", "people", "events", "competitions", "agreements")):
        window.sidebar.setCurrentRow(index)
        app.processEvents()
        window.grab().save(str(out / f"{index}-{key}{suffix}.png"))
    # The forms, filled with a Chinese and a Pakistani record.
    from sqlalchemy import select

    from tvet_alliance.domain import Organization, Person
    from tvet_alliance.services import records
    from tvet_alliance.ui.dialogs.record_editor import RecordEditor

    with db.session() as session:
        partner = session.scalars(select(Organization).where(Organization.short_name == "CQVIE")).one()
        person = session.scalars(
            select(Person).where(Person.nationality == "PK").order_by(Person.full_name)
        ).first()
        forms = [
            ("partner", records.load(session, "partner", partner.id)),
            ("person", records.load(session, "person", person.id) if person else None),
        ]
    for index, (kind, record) in enumerate(forms):
        editor = RecordEditor(lambda: db, kind, record, lambda values: True, window)
        editor.show()
        app.processEvents()
        editor.grab().save(str(out / f"form-{index}-{kind}{suffix}.png"))
        editor.close()
    window.close()


if __name__ == "__main__":
    main()
