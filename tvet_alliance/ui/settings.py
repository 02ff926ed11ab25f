"""The user's settings (QSettings, INI format), with a schema version so they can be migrated."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths, QSysInfo

MAX_RECENT = 8


def _as_list(value: object) -> list[str]:
    """QSettings gives a str for a one-item list in INI files, and None for an empty one."""
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value if v]
    return []


def _as_bool(value: object, default: bool = False) -> bool:
    """QSettings gives "true"/"false" strings for booleans in INI files."""
    if value is None or value == "":
        return default
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in ("true", "1", "yes")


def _as_int(value: object, default: int = 0) -> int:
    try:
        return int(str(value))
    except (TypeError, ValueError):
        return default


class AppSettings:
    SCHEMA_VERSION = 1

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._s = qsettings if qsettings is not None else QSettings()
        self._migrate()

    def _migrate(self) -> None:
        version = _as_int(self._s.value("settings_version", 0))
        if version < self.SCHEMA_VERSION:
            # Version 1 is the first layout; later versions convert keys here, one step each.
            self._s.setValue("settings_version", self.SCHEMA_VERSION)

    def sync(self) -> None:
        self._s.sync()

    # databases
    def recent_databases(self) -> list[str]:
        return _as_list(self._s.value("databases/recent"))

    def add_recent(self, name: str) -> None:
        recent = [name, *[r for r in self.recent_databases() if r != name]][:MAX_RECENT]
        self._s.setValue("databases/recent", recent)

    def remove_recent(self, name: str) -> None:
        self._s.setValue("databases/recent", [r for r in self.recent_databases() if r != name])

    @property
    def last_database(self) -> str | None:
        value = self._s.value("databases/last")
        return str(value) if value else None

    @last_database.setter
    def last_database(self, name: str) -> None:
        self._s.setValue("databases/last", name)

    def sample_offered(self, name: str) -> bool:
        return name in _as_list(self._s.value("databases/sample_offered"))

    def mark_sample_offered(self, name: str) -> None:
        offered = _as_list(self._s.value("databases/sample_offered"))
        self._s.setValue("databases/sample_offered", [*offered, name])

    # window
    def window_geometry(self) -> QByteArray | None:
        value = self._s.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_window_geometry(self, data: QByteArray) -> None:
        self._s.setValue("window/geometry", data)

    def window_state(self) -> QByteArray | None:
        value = self._s.value("window/state")
        return value if isinstance(value, QByteArray) else None

    def set_window_state(self, data: QByteArray) -> None:
        self._s.setValue("window/state", data)

    @property
    def current_area(self) -> int:
        return _as_int(self._s.value("window/area", 0))

    @current_area.setter
    def current_area(self, index: int) -> None:
        self._s.setValue("window/area", index)

    # the window's language: "" follows the computer's; else one of text.LANGUAGES (en_US, zh_CN, ur)
    @property
    def language(self) -> str:
        return str(self._s.value("ui/language", "") or "")

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue("ui/language", value)

    # exporting: the last choices of the Export dialog
    @property
    def export_format(self) -> str:
        value = str(self._s.value("export/format", "csv") or "csv")
        return value if value in ("csv", "xlsx") else "csv"

    @export_format.setter
    def export_format(self, value: str) -> None:
        self._s.setValue("export/format", value)

    @property
    def export_encoding(self) -> str:
        return str(self._s.value("export/encoding", "utf-8-sig") or "utf-8-sig")

    @export_encoding.setter
    def export_encoding(self, value: str) -> None:
        self._s.setValue("export/encoding", value)

    @property
    def export_bilingual(self) -> bool:
        return _as_bool(self._s.value("export/bilingual"))

    @export_bilingual.setter
    def export_bilingual(self, value: bool) -> None:
        self._s.setValue("export/bilingual", bool(value))

    @property
    def export_share(self) -> bool:
        return _as_bool(self._s.value("export/share"))

    @export_share.setter
    def export_share(self, value: bool) -> None:
        self._s.setValue("export/share", bool(value))

    def export_columns(self, kind: str) -> list[str] | None:
        """The columns last chosen for *kind*, or None when it was never exported."""
        if not self._s.contains(f"export/columns/{kind}"):
            return None
        return _as_list(self._s.value(f"export/columns/{kind}"))

    def set_export_columns(self, kind: str, columns: list[str]) -> None:
        self._s.setValue(f"export/columns/{kind}", list(columns))

    @property
    def export_folder(self) -> str | None:
        value = self._s.value("export/folder")
        return str(value) if value else None

    @export_folder.setter
    def export_folder(self, folder: str) -> None:
        self._s.setValue("export/folder", folder)

    def export_start_folder(self) -> Path:
        """Where a save dialog for an export starts: the folder last exported to, else the
        Documents folder (the home folder where there is none)."""
        folder = self.export_folder
        if folder and Path(folder).is_dir():
            return Path(folder)
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        if documents and Path(documents).is_dir():
            return Path(documents)
        return Path.home()

    # the check-in desk
    @property
    def desk_name(self) -> str:
        """The name this computer's check-ins carry (default: the computer's name)."""
        value = self._s.value("checkin/desk")
        return str(value) if value else (QSysInfo.machineHostName() or "Desk")

    @desk_name.setter
    def desk_name(self, name: str) -> None:
        self._s.setValue("checkin/desk", name)

    @property
    def desk_event(self) -> str | None:
        """The id (text) of the event the desk checked in for last."""
        value = self._s.value("checkin/event")
        return str(value) if value else None

    @desk_event.setter
    def desk_event(self, event_id: str) -> None:
        self._s.setValue("checkin/event", event_id)
