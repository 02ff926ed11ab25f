"""The data model of ARCHITECTURE.md as SQLAlchemy 2.0 typed models.

Every table people edit carries the :class:`Tracked` columns (UUIDv7 key, timestamps, ``row_version``
for optimistic locking, ``deleted_at`` tombstone). ``validate()`` normalises values in place and
returns every broken rule as a :class:`FieldError`; the flush-time listener in
:mod:`tvet_alliance.domain.events` refuses to write an invalid record.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from types import SimpleNamespace
from typing import Any, ClassVar, cast

from sqlalchemy import (
    Boolean,
    Column,
    ColumnElement,
    Enum,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Table,
    Text,
    UniqueConstraint,
    Uuid,
    false,
    func,
)
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import Mapped, mapped_column, object_session, relationship

from tvet_alliance.domain import validation as v
from tvet_alliance.domain.base import Base, StrList, Tracked, UTCDateTime, utcnow, uuid7
from tvet_alliance.domain.codes import new_ticket_code, new_verification_code
from tvet_alliance.domain.enums import (
    AgreementKind,
    AgreementStatus,
    AllianceRole,
    AspectKind,
    AttendanceMode,
    CertificateKind,
    ChangeOp,
    CollaborationArea,
    ContactConsent,
    EntryStatus,
    EventKind,
    EventMode,
    Gender,
    Medal,
    MembershipStatus,
    OrgType,
    ParticipationRole,
    ParticipationStatus,
    SiteKind,
)
from tvet_alliance.domain.errors import FieldError
from tvet_alliance.domain.names import partner_name
from tvet_alliance.i18n import QT_TRANSLATE_NOOP


def _enum(cls: type[Any]) -> Enum:
    """Enums are stored as their string values in a VARCHAR, never as a native DB enum type."""
    return Enum(
        cls,
        native_enum=False,
        create_constraint=False,
        length=32,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


class _Collector:
    """Runs checkers on fields and gathers every failure."""

    def __init__(self, entity: str) -> None:
        self.entity = entity
        self.errors: list[FieldError] = []

    def run(self, field: str, checker: Callable[..., Any], value: Any, *args: Any) -> Any:
        try:
            return checker(value, *args)
        except v.Invalid as exc:
            self.errors.append(FieldError(self.entity, field, exc.code, exc.message, exc.params))
            return value

    def add(self, field: str, code: str, message: str, **params: Any) -> None:
        self.errors.append(FieldError(self.entity, field, code, message, params))

    def texts(self, obj: Any) -> list[FieldError]:
        """Every error, after checking each text (and list of texts) of *obj* not checked yet for
        control characters (:func:`validation.check_text`): notes, addresses, tags, aliases."""
        mapper = sa_inspect(type(obj), raiseerr=False)
        if mapper is None:  # a stand-in checked like a record (the import's preview of a row)
            return self.errors
        checked = {e.field for e in self.errors}
        for attr in mapper.column_attrs:
            if attr.key in checked:
                continue
            value = getattr(obj, attr.key, None)
            items = value if isinstance(value, list) else [value]
            for item in items:
                if isinstance(item, str) and not (item.isascii() and item.isprintable()):
                    try:
                        v.check_text(item)
                    except v.Invalid as exc:
                        self.errors.append(
                            FieldError(self.entity, attr.key, exc.code, exc.message, exc.params)
                        )
                        break
        return self.errors


def _date_order(c: _Collector, start: date | None, end: date | None, end_field: str) -> None:
    if start is not None and end is not None and end < start:
        c.add(
            end_field,
            "date_order",
            QT_TRANSLATE_NOOP("Validation", "The end date {end} is before the start date {start}."),
            start=start.isoformat(),
            end=end.isoformat(),
        )


def _related(obj: Any, name: str, model: type[Any], key: Any) -> Any:
    """The object of a many-to-one relationship, also when only its foreign key was set.

    A new object given ``track_id=...`` rather than ``track=...`` does not load ``track`` before the
    flush; rules that need the parent (a track's maximum score, an organization's country) look it up.
    """
    related = getattr(obj, name)
    if related is not None or key is None:
        return related
    session = object_session(obj)
    if session is None:
        return None
    return session.get(model, key, execution_options={"include_deleted": True})


#: An entry's fields that confirmed results lock (and its track, and its tombstone).
RESULTS_LOCKED_FIELDS = ("score", "status", "medal", "standard_score", "members", "track_id", "deleted_at")
MSG_PARTNER_NAME = QT_TRANSLATE_NOOP(
    "Validation", "A partner needs a name: in English, or in Chinese or Urdu."
)
MSG_RESULTS_LOCKED = QT_TRANSLATE_NOOP(
    "Validation", "The results of {track} are confirmed: unlock them before changing its entries."
)


def _locked_changes(obj: Any) -> list[str]:
    """Which of :data:`RESULTS_LOCKED_FIELDS` an entry changes: for a record, by its attributes'
    history (every one for a new record); for a row checked without one (``incoming.check_row``),
    every one when it says it is a change (``results_lock_check``; the caller keeps the changed ones)."""
    state = sa_inspect(obj, raiseerr=False)
    if state is None:
        return list(RESULTS_LOCKED_FIELDS) if getattr(obj, "results_lock_check", False) else []
    if not state.has_identity:
        return ["score"]
    return [name for name in RESULTS_LOCKED_FIELDS if state.attrs[name].history.has_changes()]


def _check_results_lock(c: _Collector, entry: Any, track: Any) -> None:
    """While a track's results are confirmed its entries' scores, statuses, medals and members are
    locked; so is moving an entry into or out of it (services/results.py unlocks, with a reason)."""
    tracks = [track]
    state = sa_inspect(entry, raiseerr=False)
    if state is not None and state.has_identity:
        moved = state.attrs["track_id"].history.deleted
        session = object_session(entry)
        if moved and moved[0] is not None and session is not None:
            tracks.append(session.get(SkillTrack, moved[0], execution_options={"include_deleted": True}))
    locked = [t for t in tracks if t is not None and getattr(t, "results_confirmed_at", None) is not None]
    if not locked:
        return
    changed = _locked_changes(entry)
    for name in changed:
        c.add(name, "results_locked", MSG_RESULTS_LOCKED, track=str(locked[0].name))


class Validatable:
    """Models that can check and normalise themselves."""

    entity_label: ClassVar[str] = ""

    def validate(self) -> list[FieldError]:
        return []


event_organizers = Table(
    "event_organizer",
    Base.metadata,
    Column("event_id", Uuid, ForeignKey("event.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "organization_id",
        Uuid,
        ForeignKey("organization.id", ondelete="CASCADE"),
        primary_key=True,
        index=True,
    ),
)

entry_members = Table(
    "entry_member",
    Base.metadata,
    Column("entry_id", Uuid, ForeignKey("entry.id", ondelete="CASCADE"), primary_key=True),
    Column("person_id", Uuid, ForeignKey("person.id", ondelete="CASCADE"), primary_key=True, index=True),
)

agreement_parties = Table(
    "agreement_party",
    Base.metadata,
    Column("agreement_id", Uuid, ForeignKey("agreement.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "organization_id",
        Uuid,
        ForeignKey("organization.id", ondelete="CASCADE"),
        primary_key=True,
        index=True,
    ),
)


class Organization(Tracked, Validatable, Base):
    """A partner institution of the alliance."""

    __tablename__ = "organization"
    entity_label = QT_TRANSLATE_NOOP("Entity", "Partner")

    #: "" when the partner has only a name in its own script (NOT NULL kept: see migration 0012)
    name_en: Mapped[str] = mapped_column(String(300), index=True, default="")
    name_native: Mapped[str | None] = mapped_column(String(300), index=True)
    short_name: Mapped[str | None] = mapped_column(String(100), index=True)
    aliases: Mapped[list[str]] = mapped_column(StrList, default=list)
    country: Mapped[str] = mapped_column(String(2), index=True)
    province: Mapped[str | None] = mapped_column(String(6), index=True)
    city: Mapped[str | None] = mapped_column(String(100))
    org_type: Mapped[OrgType] = mapped_column(_enum(OrgType), default=OrgType.OTHER, index=True)
    alliance_role: Mapped[AllianceRole] = mapped_column(
        _enum(AllianceRole), default=AllianceRole.MEMBER, index=True
    )
    membership_status: Mapped[MembershipStatus] = mapped_column(
        _enum(MembershipStatus), default=MembershipStatus.PROSPECTIVE, index=True
    )
    joined_on: Mapped[date | None]
    website: Mapped[str | None] = mapped_column(String(300))
    email: Mapped[str | None] = mapped_column(String(254), index=True)
    phone: Mapped[str | None] = mapped_column(String(20), index=True)
    address: Mapped[str | None] = mapped_column(Text)
    #: the partner's contact person (migration 0012)
    contact_name: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)
    tags: Mapped[list[str]] = mapped_column(StrList, default=list)
    #: Derived from the names (changelog.DERIVED, domain/search_keys): never edited nor logged.
    search_keys: Mapped[str | None] = mapped_column(Text)

    people: Mapped[list[Person]] = relationship(back_populates="organization")
    agreements: Mapped[list[Agreement]] = relationship(secondary=agreement_parties, back_populates="parties")
    entries: Mapped[list[Entry]] = relationship(back_populates="organization")

    #: The party links are logged once, on their owning side (Agreement.parties), for audit and sync.
    __changelog_skip__ = frozenset({"agreements"})

    def validate(self) -> list[FieldError]:
        c = _Collector("Organization")
        # Optional now, but a name typed of only invisible characters still says so (required_text).
        typed = bool((self.name_en or "").strip())
        self.name_en = c.run("name_en", v.required_text if typed else v.optional_text, self.name_en) or ""
        self.name_native = c.run("name_native", v.optional_text, self.name_native)
        if not self.name_en and not self.name_native and not c.errors:
            # A name in some script: English, or Chinese or Urdu alone.
            c.add("name_en", "partner_name", MSG_PARTNER_NAME)
        self.short_name = c.run("short_name", v.optional_text, self.short_name)
        self.country = c.run("country", lambda x: v.country(x, required=True), self.country)
        country_ok = not any(e.field == "country" for e in c.errors)
        self.province = c.run("province", v.province, self.province, self.country if country_ok else None)
        self.city = c.run("city", v.optional_text, self.city)
        self.contact_name = c.run("contact_name", v.optional_text, self.contact_name)
        self.email = c.run("email", v.email, self.email)
        self.phone = c.run("phone", v.phone, self.phone, self.country if country_ok else None)
        self.website = c.run("website", v.url, self.website)
        self.aliases = [a.strip() for a in (self.aliases or []) if a and a.strip()]
        self.tags = [t.strip() for t in (self.tags or []) if t and t.strip()]
        return c.texts(self)

    @hybrid_property
    def display_name(self) -> str:
        """The partner's name as shown: English, else its own script (:func:`names.partner_name`)."""
        return partner_name(self.name_en, self.name_native)

    @display_name.inplace.expression
    @classmethod
    def _display_name_sql(cls) -> ColumnElement[str]:
        return func.coalesce(func.nullif(cls.name_en, ""), cls.name_native)

    def __repr__(self) -> str:
        return f"<Organization {self.display_name!r} {self.country}>"


class Person(Tracked, Validatable, Base):
    __tablename__ = "person"
    entity_label = QT_TRANSLATE_NOOP("Entity", "Person")

    full_name: Mapped[str] = mapped_column(String(200), index=True)
    name_native: Mapped[str | None] = mapped_column(String(200), index=True)
    organization_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"), index=True
    )
    position: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(254), index=True)
    phone: Mapped[str | None] = mapped_column(String(20), index=True)
    wechat_id: Mapped[str | None] = mapped_column(String(100))
    whatsapp: Mapped[str | None] = mapped_column(String(20))
    nationality: Mapped[str | None] = mapped_column(String(2), index=True)
    gender: Mapped[Gender | None] = mapped_column(_enum(Gender))
    contact_consent: Mapped[ContactConsent] = mapped_column(
        _enum(ContactConsent), default=ContactConsent.NOT_ASKED, server_default=ContactConsent.NOT_ASKED.value
    )
    notes: Mapped[str | None] = mapped_column(Text)
    #: Derived from the names (changelog.DERIVED, domain/search_keys): never edited nor logged.
    search_keys: Mapped[str | None] = mapped_column(Text)

    organization: Mapped[Organization | None] = relationship(back_populates="people")
    participations: Mapped[list[Participation]] = relationship(back_populates="person")

    def phone_region(self) -> str | None:
        if self.nationality:
            return self.nationality.upper()
        org = _related(self, "organization", Organization, self.organization_id)
        return org.country if org is not None else None

    @classmethod
    def check_values(
        cls, values: dict[str, Any], region: str | None = None
    ) -> tuple[dict[str, Any], list[FieldError]]:
        """The rules of :meth:`validate` applied to plain values, for bulk imports that check
        thousands of rows (an instrumented ORM object per row cost a fifth of an import). *region*
        reads phone numbers without + when there is no nationality. Returns the normalised values
        and the problems, exactly as :meth:`validate` would."""
        plain = SimpleNamespace(**{**{c.key: None for c in cls.__table__.columns}, **values})
        plain.phone_region = lambda: (plain.nationality or region or "").upper() or None
        errors = cls.validate(cast("Person", plain))
        return {k: getattr(plain, k) for k in values}, errors

    def validate(self) -> list[FieldError]:
        c = _Collector("Person")
        self.full_name = c.run("full_name", v.required_text, self.full_name)
        self.name_native = c.run("name_native", v.optional_text, self.name_native)
        self.position = c.run("position", v.optional_text, self.position)
        self.nationality = c.run("nationality", v.country, self.nationality)
        region = None if any(e.field == "nationality" for e in c.errors) else self.phone_region()
        self.email = c.run("email", v.email, self.email)
        self.phone = c.run("phone", v.phone, self.phone, region)
        self.whatsapp = c.run("whatsapp", v.phone, self.whatsapp, region)
        self.wechat_id = c.run("wechat_id", v.optional_text, self.wechat_id)
        return c.texts(self)

    def __repr__(self) -> str:
        return f"<Person {self.full_name!r}>"


class Event(Tracked, Validatable, Base):
    __tablename__ = "event"
    entity_label = QT_TRANSLATE_NOOP("Entity", "Event")

    name: Mapped[str] = mapped_column(String(300), index=True)
    kind: Mapped[EventKind] = mapped_column(_enum(EventKind), default=EventKind.SEMINAR, index=True)
    start_date: Mapped[date | None] = mapped_column(index=True)
    end_date: Mapped[date | None]
    venue: Mapped[str | None] = mapped_column(String(300))
    city: Mapped[str | None] = mapped_column(String(100))
    country: Mapped[str | None] = mapped_column(String(2))
    mode: Mapped[EventMode] = mapped_column(_enum(EventMode), default=EventMode.IN_PERSON)
    notes: Mapped[str | None] = mapped_column(Text)

    organizers: Mapped[list[Organization]] = relationship(secondary=event_organizers)
    participations: Mapped[list[Participation]] = relationship(back_populates="event")

    def validate(self) -> list[FieldError]:
        c = _Collector("Event")
        self.name = c.run("name", v.required_text, self.name)
        self.country = c.run("country", v.country, self.country)
        _date_order(c, self.start_date, self.end_date, "end_date")
        return c.texts(self)


class Participation(Tracked, Validatable, Base):
    """A person taking part in an event (a seminar delegate, a judge, a competitor...)."""

    __tablename__ = "participation"
    __table_args__ = (UniqueConstraint("event_id", "person_id"),)
    entity_label = QT_TRANSLATE_NOOP("Entity", "Delegate")

    event_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    role: Mapped[ParticipationRole] = mapped_column(
        _enum(ParticipationRole), default=ParticipationRole.DELEGATE, index=True
    )
    attendance_mode: Mapped[AttendanceMode] = mapped_column(
        _enum(AttendanceMode), default=AttendanceMode.IN_PERSON, index=True
    )
    status: Mapped[ParticipationStatus] = mapped_column(
        _enum(ParticipationStatus), default=ParticipationStatus.REGISTERED, index=True
    )
    notes: Mapped[str | None] = mapped_column(Text)
    # The code on the delegate's badge (domain.codes): scanned or typed at the check-in desk.
    # Re-issuing a ticket sets a new one; the old code stops working.
    ticket_code: Mapped[str | None] = mapped_column(
        String(20), index=True, unique=True, default=new_ticket_code
    )
    # Registered at the check-in desk on the day (a walk-in), not beforehand.
    walk_in: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # Minutes attended online (the union of the person's intervals in a meeting report), when known.
    online_minutes: Mapped[int | None] = mapped_column(Integer)

    event: Mapped[Event] = relationship(back_populates="participations")
    person: Mapped[Person] = relationship(back_populates="participations")
    check_ins: Mapped[list[CheckIn]] = relationship(back_populates="participation")

    def validate(self) -> list[FieldError]:
        c = _Collector("Participation")
        if self.event_id is None and self.event is None:
            c.add("event", "required", v.MSG_REQUIRED)
        if self.person_id is None and self.person is None:
            c.add("person", "required", v.MSG_REQUIRED)
        return c.texts(self)


class CheckIn(Validatable, Base):
    """A delegate arriving. Insert-only: check-ins recorded on several laptops never conflict.

    Each carries the desk (device) and a random *nonce* made where it was recorded: a merge that
    meets a nonce it already holds adds nothing, so a package holding the same check-in twice
    counts once. A mistaken check-in is undone by a reversal: a row whose *reverses_id* names it,
    never by deleting. A delegate attended when some check-in of theirs is not reversed.
    """

    __tablename__ = "check_in"
    __changelog__ = True
    entity_label = QT_TRANSLATE_NOOP("Entity", "Check-in")

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid7)
    participation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("participation.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    site_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    desk: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    nonce: Mapped[str | None] = mapped_column(
        String(40), index=True, unique=True, default=lambda: uuid.uuid4().hex
    )
    # The check-in this row undoes (a plain key, no constraint: added to old files by ALTER TABLE).
    reverses_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, index=True)

    participation: Mapped[Participation] = relationship(back_populates="check_ins")


class Competition(Tracked, Validatable, Base):
    __tablename__ = "competition"
    entity_label = QT_TRANSLATE_NOOP("Entity", "Competition")

    name: Mapped[str] = mapped_column(String(300), index=True)
    edition: Mapped[int | None]
    event_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("event.id", ondelete="SET NULL"), index=True
    )
    start_date: Mapped[date | None]
    end_date: Mapped[date | None]
    host_city: Mapped[str | None] = mapped_column(String(100))
    notes: Mapped[str | None] = mapped_column(Text)
    # The results rule's settings (domain/results.py): Medallion for Excellence from this standard
    # score; marks within this many mark points of a better one share its rank and medal.
    excellence_threshold: Mapped[int] = mapped_column(Integer, default=700, server_default="700")
    tie_margin: Mapped[Decimal] = mapped_column(Numeric(8, 2), default=Decimal(0), server_default="0")

    event: Mapped[Event | None] = relationship()
    tracks: Mapped[list[SkillTrack]] = relationship(back_populates="competition")

    def validate(self) -> list[FieldError]:
        c = _Collector("Competition")
        self.name = c.run("name", v.required_text, self.name)
        if self.edition is not None and self.edition < 1:
            c.add("edition", "positive", QT_TRANSLATE_NOOP("Validation", "Must be 1 or more."))
        _date_order(c, self.start_date, self.end_date, "end_date")
        if self.excellence_threshold is not None and not 0 <= self.excellence_threshold <= 1000:
            c.add(
                "excellence_threshold",
                "threshold_range",
                QT_TRANSLATE_NOOP("Validation", "Must be between 0 and 1000."),
            )
        if self.tie_margin is not None and not 0 <= Decimal(self.tie_margin) <= 100:
            c.add("tie_margin", "margin_range", QT_TRANSLATE_NOOP("Validation", "Must be between 0 and 100."))
        return c.texts(self)


class SkillTrack(Tracked, Validatable, Base):
    __tablename__ = "skill_track"
    entity_label = QT_TRANSLATE_NOOP("Entity", "Skill track")

    competition_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("competition.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200), index=True)
    name_zh: Mapped[str | None] = mapped_column(String(200))  # the track's name in Chinese
    team_size: Mapped[int] = mapped_column(Integer, default=1)
    max_score: Mapped[Decimal] = mapped_column(Numeric(8, 2), default=Decimal(100))
    # Confirmed results (services/results.py): the entries' medals and standard scores are stored and
    # locked; unlocking clears these and keeps its reason (logged like any field edit).
    results_confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    results_confirmed_by: Mapped[str | None] = mapped_column(String(100))
    unlock_reason: Mapped[str | None] = mapped_column(Text)

    competition: Mapped[Competition] = relationship(back_populates="tracks")
    entries: Mapped[list[Entry]] = relationship(back_populates="track")

    def validate(self) -> list[FieldError]:
        c = _Collector("SkillTrack")
        self.name = c.run("name", v.required_text, self.name)
        self.name_zh = c.run("name_zh", v.optional_text, self.name_zh)
        if self.team_size is None or self.team_size < 1:
            c.add("team_size", "positive", QT_TRANSLATE_NOOP("Validation", "Must be 1 or more."))
        if self.max_score is None or Decimal(self.max_score) <= 0:
            c.add("max_score", "positive_score", QT_TRANSLATE_NOOP("Validation", "Must be more than 0."))
        return c.texts(self)


class Entry(Tracked, Validatable, Base):
    """An individual or team entry in a skill track. Rank is derived from scores, never stored."""

    __tablename__ = "entry"
    entity_label = QT_TRANSLATE_NOOP("Entity", "Entry")

    track_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("skill_track.id", ondelete="CASCADE"), index=True)
    organization_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"), index=True
    )
    country: Mapped[str | None] = mapped_column(String(2), index=True)
    team_name: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[EntryStatus] = mapped_column(_enum(EntryStatus), default=EntryStatus.REGISTERED)
    score: Mapped[Decimal | None] = mapped_column(Numeric(8, 2))
    medal: Mapped[Medal] = mapped_column(_enum(Medal), default=Medal.NONE, index=True)
    # The standard score stored when the track's results were confirmed (domain/results.py).
    standard_score: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str | None] = mapped_column(Text)

    track: Mapped[SkillTrack] = relationship(back_populates="entries")
    organization: Mapped[Organization | None] = relationship(back_populates="entries")
    members: Mapped[list[Person]] = relationship(secondary=entry_members)

    def validate(self) -> list[FieldError]:
        c = _Collector("Entry")
        self.team_name = c.run("team_name", v.optional_text, self.team_name)
        self.country = c.run("country", v.country, self.country)
        track = _related(self, "track", SkillTrack, self.track_id)
        if self.score is not None:
            score = Decimal(self.score)
            if score < 0:
                c.add(
                    "score", "score_negative", QT_TRANSLATE_NOOP("Validation", "A score cannot be negative.")
                )
            elif track is not None and track.max_score is not None and score > Decimal(track.max_score):
                c.add(
                    "score",
                    "score_max",
                    QT_TRANSLATE_NOOP("Validation", "Score {score} is above the track's maximum of {max}."),
                    score=str(score),
                    max=str(track.max_score),
                )
        if track is not None and track.team_size and len(self.members) > track.team_size:
            c.add(
                "members",
                "team_size",
                QT_TRANSLATE_NOOP("Validation", "{count} members, but this track takes teams of {size}."),
                count=len(self.members),
                size=track.team_size,
            )
        _check_results_lock(c, self, track)
        return c.texts(self)


#: The judges of a judgement aspect (each scores 0-3); a measurement aspect has one mark, judge 1.
JUDGES = (1, 2, 3)
#: The highest score a judge gives on a judgement aspect.
JUDGEMENT_TOP = Decimal(3)


def plain_number(value: Decimal) -> str:
    """A decimal as a person writes it: 2.50 → "2.5", 10.00 → "10"."""
    text = format(Decimal(value).normalize(), "f")
    return text


class MarkingAspect(Tracked, Validatable, Base):
    """One aspect of a skill track's marking scheme (WorldSkills practice): a *measurement* (one mark
    from 0 to ``max_mark``) or a *judgement* (three judges score 0-3, scaled to ``max_mark``), in a
    criterion group (a section "A" ... with a name). A track without aspects keeps its typed score."""

    __tablename__ = "marking_aspect"
    entity_label = QT_TRANSLATE_NOOP("Entity", "Marking aspect")

    track_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("skill_track.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    code: Mapped[str] = mapped_column(String(20))
    description: Mapped[str | None] = mapped_column(String(500))
    description_zh: Mapped[str | None] = mapped_column(String(500))
    kind: Mapped[AspectKind] = mapped_column(_enum(AspectKind), default=AspectKind.MEASUREMENT)
    max_mark: Mapped[Decimal] = mapped_column(Numeric(8, 2))
    criterion: Mapped[str | None] = mapped_column(String(20))  # the section: "A"
    criterion_name: Mapped[str | None] = mapped_column(String(200))

    track: Mapped[SkillTrack] = relationship()

    def validate(self) -> list[FieldError]:
        c = _Collector("MarkingAspect")
        self.code = c.run("code", v.required_text, self.code)
        self.description = c.run("description", v.optional_text, self.description)
        self.description_zh = c.run("description_zh", v.optional_text, self.description_zh)
        self.criterion = c.run("criterion", v.optional_text, self.criterion)
        self.criterion_name = c.run("criterion_name", v.optional_text, self.criterion_name)
        if self.max_mark is None or Decimal(self.max_mark) <= 0:
            c.add("max_mark", "positive_score", QT_TRANSLATE_NOOP("Validation", "Must be more than 0."))
        return c.texts(self)


class JudgeMark(Tracked, Validatable, Base):
    """A judge's mark for one aspect of one entry: 0-3 on a judgement aspect (judges 1-3), 0 to the
    aspect's maximum on a measurement aspect (judge 1). Written only by ``services.marking``."""

    __tablename__ = "judge_mark"
    __table_args__ = (UniqueConstraint("entry_id", "aspect_id", "judge"),)
    entity_label = QT_TRANSLATE_NOOP("Entity", "Mark")
    #: Labels of the fields a conflict review shows ("Fields" context): a mark has no form.
    field_labels: ClassVar[dict[str, str]] = {
        "mark": QT_TRANSLATE_NOOP("Fields", "Mark"),
        "judge": QT_TRANSLATE_NOOP("Fields", "Judge"),
    }

    entry_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("entry.id", ondelete="CASCADE"), index=True)
    aspect_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("marking_aspect.id", ondelete="CASCADE"), index=True
    )
    judge: Mapped[int] = mapped_column(Integer, default=1)
    mark: Mapped[Decimal] = mapped_column(Numeric(8, 2))

    entry: Mapped[Entry] = relationship()
    aspect: Mapped[MarkingAspect] = relationship()

    @property
    def title(self) -> str:
        """How a person names this cell: the entry, the aspect's code and the judge."""
        entry = _related(self, "entry", Entry, self.entry_id)
        aspect = _related(self, "aspect", MarkingAspect, self.aspect_id)
        who = "?"
        if entry is not None:
            members = ", ".join(p.full_name for p in entry.members)
            org = entry.organization.display_name if entry.organization is not None else None
            who = entry.team_name or members or org or str(entry.id)
        return f"{who} · {aspect.code if aspect is not None else '?'} · {self.judge}"

    def validate(self) -> list[FieldError]:
        c = _Collector("JudgeMark")
        aspect = _related(self, "aspect", MarkingAspect, self.aspect_id)
        kind = aspect.kind if aspect is not None else None
        if self.judge not in JUDGES or (kind is AspectKind.MEASUREMENT and self.judge != 1):
            c.add(
                "judge",
                "judge",
                QT_TRANSLATE_NOOP("Validation", "There is no judge {judge} for this aspect."),
                judge=self.judge,
            )
        if self.mark is None:
            c.add("mark", "required", v.MSG_REQUIRED)
        else:
            mark = Decimal(self.mark)
            top: Decimal | None = None
            if kind is AspectKind.JUDGEMENT:
                top = JUDGEMENT_TOP
            elif aspect is not None and aspect.max_mark is not None:
                top = Decimal(aspect.max_mark)
            if mark < 0 or (top is not None and mark > top):
                c.add(
                    "mark",
                    "mark_range",
                    QT_TRANSLATE_NOOP("Validation", "A mark here is from 0 to {max}."),
                    max=plain_number(top if top is not None else Decimal(0)),
                )
        return c.texts(self)


class Agreement(Tracked, Validatable, Base):
    """An MOU, MOA, partnership or TNE programme between partners."""

    __tablename__ = "agreement"
    entity_label = QT_TRANSLATE_NOOP("Entity", "Agreement")

    title: Mapped[str] = mapped_column(String(300), index=True)
    kind: Mapped[AgreementKind] = mapped_column(_enum(AgreementKind), default=AgreementKind.MOU)
    areas: Mapped[list[str]] = mapped_column(StrList, default=list)
    signed_on: Mapped[date | None]
    expires_on: Mapped[date | None] = mapped_column(index=True)
    status: Mapped[AgreementStatus] = mapped_column(
        _enum(AgreementStatus), default=AgreementStatus.DRAFT, index=True
    )
    document_url: Mapped[str | None] = mapped_column(String(500))
    notes: Mapped[str | None] = mapped_column(Text)

    parties: Mapped[list[Organization]] = relationship(
        secondary=agreement_parties, back_populates="agreements"
    )

    def validate(self) -> list[FieldError]:
        c = _Collector("Agreement")
        self.title = c.run("title", v.required_text, self.title)
        normalised: list[str] = []
        for area in self.areas or []:
            try:
                normalised.append(CollaborationArea.parse(area).value)
            except ValueError:
                c.add(
                    "areas",
                    "area",
                    QT_TRANSLATE_NOOP("Validation", "“{value}” is not an area of collaboration."),
                    value=area,
                )
        self.areas = list(dict.fromkeys(normalised))
        _date_order(c, self.signed_on, self.expires_on, "expires_on")
        self.document_url = c.run("document_url", v.optional_text, self.document_url)
        return c.texts(self)


class Certificate(Tracked, Validatable, Base):
    """A certificate issued to one person: of attending an event (``participation_id``), or of a
    medal or of taking part in a competition (``entry_id``: one for each member of a team entry).

    Its *code* (:func:`codes.new_verification_code`, with a check character) is printed on it with
    its QR code and read back by ``verify``. A reprint is the same row and the same code
    (``printed_count`` goes up); a certificate is never deleted, it is revoked with a reason. The
    medal is kept as the medal's code at issue (``Medal`` values), never its label.
    """

    __tablename__ = "certificate"
    entity_label = QT_TRANSLATE_NOOP("Entity", "Certificate")

    code: Mapped[str] = mapped_column(String(16), unique=True, index=True, default=new_verification_code)
    kind: Mapped[CertificateKind] = mapped_column(_enum(CertificateKind), index=True)
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    participation_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("participation.id", ondelete="CASCADE"), index=True
    )
    entry_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("entry.id", ondelete="CASCADE"), index=True)
    medal: Mapped[Medal | None] = mapped_column(_enum(Medal))
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    issued_by: Mapped[str | None] = mapped_column(String(100))
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoked_reason: Mapped[str | None] = mapped_column(Text)
    printed_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    def validate(self) -> list[FieldError]:
        c = _Collector("Certificate")
        if self.person_id is None:
            c.add("person", "required", v.MSG_REQUIRED)
        if self.kind is CertificateKind.ATTENDANCE:
            if self.participation_id is None or self.entry_id is not None:
                c.add(
                    "participation",
                    "certificate_of",
                    QT_TRANSLATE_NOOP(
                        "Validation", "A certificate of attendance is for one delegate of an event."
                    ),
                )
        elif self.entry_id is None or self.participation_id is not None:
            c.add(
                "entry",
                "certificate_of",
                QT_TRANSLATE_NOOP("Validation", "A competition certificate is for one member of an entry."),
            )
        if self.kind is CertificateKind.MEDAL and self.medal in (None, Medal.NONE):
            c.add(
                "medal",
                "certificate_medal",
                QT_TRANSLATE_NOOP("Validation", "A medal certificate needs a medal."),
            )
        if self.revoked_at is not None:
            self.revoked_reason = c.run("revoked_reason", v.required_text, self.revoked_reason)
        if self.printed_count is not None and self.printed_count < 0:
            c.add("printed_count", "positive", QT_TRANSLATE_NOOP("Validation", "Must be 0 or more."))
        return c.texts(self)


class ChangeLog(Base):
    """One changed field of one row, written in the same transaction as the change.

    ``seq`` counts the changes of one site; (site_id, seq) is unique. Inserts log every set field,
    updates every changed field (``old`` and ``new`` as text), hard deletes one row with field NULL.
    """

    __tablename__ = "change_log"
    __table_args__ = (
        UniqueConstraint("site_id", "seq"),
        Index("ix_change_log_row", "table_name", "row_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    site_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    seq: Mapped[int] = mapped_column(Integer)
    tx_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    op: Mapped[ChangeOp] = mapped_column(_enum(ChangeOp))
    field: Mapped[str | None] = mapped_column(String(64))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    user_name: Mapped[str | None] = mapped_column(String(100))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    batch_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("import_batch.id"), index=True)
    #: Set on a laptop's change merged at the office but held as a conflict (not applied): the
    #: :class:`SyncConflict` that holds its value. Such a change is not a write to the field.
    conflict_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)


class ImportBatch(Base):
    """One import run; its ChangeLog rows point back to it so the whole import can be reverted."""

    __tablename__ = "import_batch"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid7)
    file_name: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    user_name: Mapped[str | None] = mapped_column(String(100))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    counts: Mapped[str | None] = mapped_column(Text)  # JSON object
    reverted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ImportMapping(Base):
    """A saved column mapping ("Punjab TEVTA delegates"): file header name -> import field key."""

    __tablename__ = "import_mapping"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid7)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(32))
    columns: Mapped[str] = mapped_column(Text)  # JSON object
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class Site(Base):
    """A database taking part in sync: the office hub or a laptop replica. One row has is_local."""

    __tablename__ = "site"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid7)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[SiteKind] = mapped_column(_enum(SiteKind), default=SiteKind.HUB)
    is_local: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    source: Mapped[str | None] = mapped_column(String(500))  # for a replica: the office database it copies


class SyncState(Base):
    """What this database knows of another site: the hub's high-water mark at the replica's base,
    and the last sequence number sent or merged."""

    __tablename__ = "sync_state"

    peer_site_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    base_seq: Mapped[int] = mapped_column(Integer, default=0)
    last_sent_seq: Mapped[int] = mapped_column(Integer, default=0)
    last_merged_seq: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class SyncPackage(Base):
    """A laptop's sync package merged into this (office) database: merging it again is a no-op."""

    __tablename__ = "sync_package"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)  # the package's own id
    site_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    seq_from: Mapped[int] = mapped_column(Integer)
    seq_to: Mapped[int] = mapped_column(Integer)
    file_name: Mapped[str | None] = mapped_column(String(500))
    user_name: Mapped[str | None] = mapped_column(String(100))
    merged_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    counts: Mapped[str | None] = mapped_column(Text)  # JSON object


class SyncConflict(Base):
    """A field a laptop changed that the office (or another laptop) also wrote after the laptop's
    copy was taken, or a record deleted elsewhere. The office value stands until a person chooses."""

    __tablename__ = "sync_conflict"
    __table_args__ = (Index("ix_sync_conflict_open", "resolved_at"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid7)
    package_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    site_id: Mapped[uuid.UUID] = mapped_column(Uuid)  # the laptop
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    field: Mapped[str] = mapped_column(String(64))
    base_value: Mapped[str | None] = mapped_column(Text)  # what the laptop saw before its edit
    office_value: Mapped[str | None] = mapped_column(Text)  # the office value when merged
    laptop_value: Mapped[str | None] = mapped_column(Text)
    #: Why: "edited" (both wrote the field), "deleted" (record deleted elsewhere), "delete" (the
    #: laptop deleted a record edited elsewhere), "missing" (the record is not in this database),
    #: "clash" (a delegate moved to a person who is a delegate of that event already).
    reason: Mapped[str] = mapped_column(String(16))
    laptop_user: Mapped[str | None] = mapped_column(String(100))
    laptop_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    resolution: Mapped[str | None] = mapped_column(String(16))  # office, laptop, edited
    resolved_value: Mapped[str | None] = mapped_column(Text)
    resolved_by: Mapped[str | None] = mapped_column(String(100))


class SyncDuplicate(Base):
    """A record a merged package added that looks like one already in this database."""

    __tablename__ = "sync_duplicate"
    __table_args__ = (Index("ix_sync_duplicate_open", "resolved_at"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid7)
    package_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    table_name: Mapped[str] = mapped_column(String(64))
    new_id: Mapped[uuid.UUID] = mapped_column(Uuid)  # added by the package
    existing_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    reason: Mapped[str] = mapped_column(String(16))  # email, phone, name
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    resolution: Mapped[str | None] = mapped_column(String(16))  # merged, distinct
    resolved_by: Mapped[str | None] = mapped_column(String(100))


class RecordAlias(Base):
    """A record merged into another: later changes to ``old_id`` (from a laptop that still has it)
    are redirected to ``new_id``. Both records' histories stay in the change log."""

    __tablename__ = "record_alias"

    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    old_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    new_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    user_name: Mapped[str | None] = mapped_column(String(100))


#: The tables people edit, in dependency order (parents first).
TRACKED_MODELS: tuple[type[Any], ...] = (
    Organization,
    Person,
    Event,
    Participation,
    CheckIn,
    Competition,
    SkillTrack,
    Entry,
    MarkingAspect,
    JudgeMark,
    Agreement,
    Certificate,
)


# The lists people open most (People and Partners, sorted by name, deleted rows hidden) read these
# indexes in order instead of sorting the whole table: partial indexes on the lower-cased name.
Index(
    "ix_person_live_name",
    func.lower(Person.full_name),
    Person.id,
    sqlite_where=Person.deleted_at.is_(None),
    postgresql_where=Person.deleted_at.is_(None),
)
Index(
    "ix_organization_live_name",
    func.lower(Organization.name_en),
    Organization.id,
    sqlite_where=Organization.deleted_at.is_(None),
    postgresql_where=Organization.deleted_at.is_(None),
)


#: Code-point order on both databases, so that ``key >= :q AND key < :next`` is a prefix search
#: through the primary key's index (SQLite compares text by its bytes already).
_KEY_TEXT = String(120).with_variant(String(120, collation="C"), "postgresql")


class SearchKey(Base):
    """One search key of a person or a partner (derived data: the database's triggers copy each
    record's ``search_keys`` column here; see persistence/search_keys.py). ``row_id`` is the
    person's or the partner's id; ``kind`` is :class:`tvet_alliance.domain.search_keys.Kind`."""

    __tablename__ = "search_key"
    # SQLite: the rows live in the primary key's b-tree (no second copy under a rowid).
    __table_args__ = {"sqlite_with_rowid": False}

    key: Mapped[str] = mapped_column(_KEY_TEXT, primary_key=True)
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, index=True)
    kind: Mapped[int] = mapped_column(Integer)
