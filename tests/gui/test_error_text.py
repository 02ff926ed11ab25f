"""One translator turns every message of the core (DomainError, CodedError, FieldError) into the
person's language, from the message's own translation context."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from tvet_alliance.domain.errors import FieldError
from tvet_alliance.i18n import QT_TRANSLATE_NOOP
from tvet_alliance.persistence.backup import BackupError
from tvet_alliance.services.exporting import MSG_WRITE, ExportError
from tvet_alliance.services.importing.engine import MSG_UNKNOWN_EVENT, ImportSetupError
from tvet_alliance.services.sync import SyncError
from tvet_alliance.ui import text

FOLDER = QT_TRANSLATE_NOOP("Errors", "The folder {folder} does not exist.")
REQUIRED = QT_TRANSLATE_NOOP("Validation", "This field is required.")
SYNC = QT_TRANSLATE_NOOP("Sync", "{path} already exists; choose another file name.")


class _Translator(QTranslator):
    """A language whose texts are known by (context, English text)."""

    def __init__(self, texts: dict[tuple[str, str], str]) -> None:
        super().__init__()
        self.texts = texts

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return self.texts.get((context, source), "")

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def language(qapp: QCoreApplication) -> Iterator[dict[tuple[str, str], str]]:
    texts: dict[tuple[str, str], str] = {}
    translator = _Translator(texts)
    QCoreApplication.installTranslator(translator)
    yield texts
    QCoreApplication.removeTranslator(translator)


def test_each_kind_of_message_is_translated_from_its_own_context(
    language: dict[tuple[str, str], str],
) -> None:
    language.update(
        {
            ("Export", MSG_WRITE): "无法写入文件 {path}：{reason}",
            ("Import", MSG_UNKNOWN_EVENT): "没有名为 {name} 的活动。",
            ("Errors", FOLDER): "文件夹 {folder} 不存在。",
            ("Sync", SYNC): "{path} 已存在。",
            ("Validation", REQUIRED): "此项为必填项。",
        }
    )
    assert text.error_text(ExportError("write", MSG_WRITE, path="a.csv", reason="disk full")) == (
        "无法写入文件 a.csv：disk full"
    )
    assert (
        text.error_text(ImportSetupError("unknown", MSG_UNKNOWN_EVENT, name="研讨会"))
        == "没有名为 研讨会 的活动。"
    )
    assert text.error_text(BackupError(FOLDER, folder="/backups")) == "文件夹 /backups 不存在。"
    assert text.error_text(SyncError("exists", SYNC, path="copy.sqlite3")) == "copy.sqlite3 已存在。"
    assert text.error_text(FieldError("Person", "full_name", "required", REQUIRED)) == "此项为必填项。"


def test_a_translation_with_wrong_placeholders_gives_the_english_text(
    language: dict[tuple[str, str], str],
) -> None:
    language[("Export", MSG_WRITE)] = "无法写入文件 {pfad}"
    error = ExportError("write", MSG_WRITE, path="a.csv", reason="disk full")
    assert text.error_text(error) == "The file a.csv cannot be written: disk full"


def test_any_other_exception_reads_as_its_own_text(qapp: QCoreApplication) -> None:
    assert text.error_text(OSError("No space left on device")) == "No space left on device"
    assert text.error_text(KeyError()) == "KeyError"


def test_a_refused_record_reads_in_the_person_s_language_with_the_field_s_label(
    language: dict[tuple[str, str], str],
) -> None:
    """A judge typing a mark into a confirmed track read "The record is not valid: Entry.score: The
    results of … are confirmed" in English whatever the language: each field's problem is translated,
    after its form label."""
    from tvet_alliance.domain.errors import ValidationFailed
    from tvet_alliance.domain.models import MSG_RESULTS_LOCKED

    language.update(
        {
            ("Errors", "The record is not valid: {details}"): "记录无效：{details}",
            ("Fields", "Score"): "成绩",
            ("Errors", "{field}: {problem}"): "{field}：{problem}",
            ("Validation", MSG_RESULTS_LOCKED): "{track} 的成绩已确认：请先解锁再修改其参赛记录。",
        }
    )
    error = ValidationFailed(
        [FieldError("Entry", "score", "results_locked", MSG_RESULTS_LOCKED, {"track": "Cloud Computing"})]
    )
    assert (
        text.error_text(error) == "记录无效：成绩：Cloud Computing 的成绩已确认：请先解锁再修改其参赛记录。"
    )
    assert "Entry.score" not in text.error_text(error)
