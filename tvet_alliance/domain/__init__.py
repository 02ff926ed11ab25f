"""Domain layer: typed models, enums and validation rules. Imports no Qt."""

from tvet_alliance.domain import events as _events  # noqa: F401 - registers the flush listeners
from tvet_alliance.domain.base import Base, Tracked, uuid7
from tvet_alliance.domain.errors import DomainError, FieldError, ValidationFailed
from tvet_alliance.domain.models import (
    TRACKED_MODELS,
    Agreement,
    ChangeLog,
    CheckIn,
    Competition,
    Entry,
    Event,
    ImportBatch,
    ImportMapping,
    Organization,
    Participation,
    Person,
    RecordAlias,
    Site,
    SkillTrack,
    SyncConflict,
    SyncDuplicate,
    SyncPackage,
    SyncState,
)

__all__ = [
    "TRACKED_MODELS",
    "Agreement",
    "Base",
    "ChangeLog",
    "CheckIn",
    "Competition",
    "DomainError",
    "Entry",
    "Event",
    "FieldError",
    "ImportBatch",
    "ImportMapping",
    "Organization",
    "Participation",
    "Person",
    "RecordAlias",
    "Site",
    "SkillTrack",
    "SyncConflict",
    "SyncDuplicate",
    "SyncPackage",
    "SyncState",
    "Tracked",
    "ValidationFailed",
    "uuid7",
]
