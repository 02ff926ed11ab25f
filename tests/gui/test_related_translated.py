"""A partner's form lists its agreements and entries with their status and medal in the person's
language, as the lists show them (not the stored codes: "合作备忘录 · draft")."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from tests.gui.test_translations import translated
from tvet_alliance.domain import Agreement, Entry, Organization
from tvet_alliance.domain.enums import AgreementStatus, Medal
from tvet_alliance.domain.models import agreement_parties
from tvet_alliance.persistence import Database
from tvet_alliance.services import records
from tvet_alliance.ui import text
from tvet_alliance.ui.dialogs.record_editor import RecordEditor

__all__ = ["translated"]


def _partner_with_a_medal_and_an_agreement(db: Database) -> Any:
    with db.session() as s:
        rows = s.execute(
            select(Organization.id, Agreement.status, Entry.medal)
            .join(agreement_parties, agreement_parties.c.organization_id == Organization.id)
            .join(Agreement, Agreement.id == agreement_parties.c.agreement_id)
            .join(Entry, Entry.organization_id == Organization.id)
            .where(Entry.medal.in_([Medal.GOLD, Medal.SILVER, Medal.BRONZE]))
        ).first()
        assert rows is not None, "the sample has a partner with an agreement and a medal"
        return records.load(s, "partner", rows[0]), rows[1], rows[2]


def test_the_partners_tabs_show_status_and_medal_in_chinese(
    translated: Any, make_window: Any, sample_db: Database, qtbot: Any
) -> None:
    translated("zh_CN")
    window = make_window(sample_db)
    partner, status, medal = _partner_with_a_medal_and_an_agreement(sample_db)
    editor = RecordEditor(window.database, "partner", partner, lambda v: True, window)
    qtbot.addWidget(editor)
    agreements = editor.related_lists["agreement"]
    entries = editor.related_lists["entry"]
    agreement_lines = [agreements.item(i).text() for i in range(agreements.count())]
    entry_lines = [entries.item(i).text() for i in range(entries.count())]
    shown_status, shown_medal = text.enum_label(status), text.enum_label(medal)
    assert {shown_status, shown_medal} & {"草稿", "已签署", "有效", "金牌", "银牌", "铜牌"}, "translated"
    assert any(f" · {shown_status}" in line for line in agreement_lines), agreement_lines
    assert any(line.endswith(f" · {shown_medal}") for line in entry_lines), entry_lines
    codes = {member.value for member in (*AgreementStatus, *Medal)}
    for line in agreement_lines + entry_lines:
        assert not codes & set(line.split(" · ")), line  # no stored code is shown
        assert "No medal" not in line and text.enum_label(Medal.NONE) not in line
