"""CSV and Excel import (Qt-free): :mod:`source` reads and detects, :mod:`mapping` maps columns,
:mod:`normalize` parses values, :mod:`engine` validates, deduplicates, writes and reverts."""

from tvet_alliance.services.importing.engine import (
    Decision,
    Duplicate,
    ImportOptions,
    ImportSetupError,
    Report,
    RevertReport,
    RowError,
    recent_batches,
    revert,
    run,
)
from tvet_alliance.services.importing.fields import FIELDS, KIND_LABELS, ImportField, ImportKind
from tvet_alliance.services.importing.mapping import ColumnMapping, auto_map, load_saved, save, saved_names
from tvet_alliance.services.importing.source import (
    Detection,
    ImportFileError,
    Table,
    detect,
    read_table,
    sha256_of,
)

__all__ = [
    "FIELDS",
    "KIND_LABELS",
    "ColumnMapping",
    "Decision",
    "Detection",
    "Duplicate",
    "ImportField",
    "ImportFileError",
    "ImportKind",
    "ImportOptions",
    "ImportSetupError",
    "Report",
    "RevertReport",
    "RowError",
    "Table",
    "auto_map",
    "detect",
    "load_saved",
    "read_table",
    "recent_batches",
    "revert",
    "run",
    "save",
    "saved_names",
    "sha256_of",
]
