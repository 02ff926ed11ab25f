"""Offline sync (hub and spoke): replicas for seminar laptops, sync packages, and the merge at the
office that never loses an edit. See ARCHITECTURE.md, "Offline sync".

The names below are loaded when first used (PEP 562): the window needs only the replica's banner
and the review counts at start-up, not the merge and package machinery.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tvet_alliance.services.sync.common import SyncError
    from tvet_alliance.services.sync.conflicts import (
        ConflictView,
        open_conflicts,
        open_counts,
        resolve_conflict,
    )
    from tvet_alliance.services.sync.duplicates import (
        DuplicateView,
        dismiss_duplicate,
        merge_duplicate,
        open_duplicates,
    )
    from tvet_alliance.services.sync.merge import MergeReport, merge_package
    from tvet_alliance.services.sync.package import PackageInfo, create_package, read_package
    from tvet_alliance.services.sync.replica import (
        ReplicaInfo,
        create_replica,
        refresh_replica,
        replica_info,
    )

_MODULE_OF = {
    "SyncError": "common",
    "ConflictView": "conflicts",
    "open_conflicts": "conflicts",
    "open_counts": "conflicts",
    "resolve_conflict": "conflicts",
    "DuplicateView": "duplicates",
    "dismiss_duplicate": "duplicates",
    "merge_duplicate": "duplicates",
    "open_duplicates": "duplicates",
    "MergeReport": "merge",
    "merge_package": "merge",
    "PackageInfo": "package",
    "create_package": "package",
    "read_package": "package",
    "ReplicaInfo": "replica",
    "create_replica": "replica",
    "refresh_replica": "replica",
    "replica_info": "replica",
}

__all__ = [
    "ConflictView",
    "DuplicateView",
    "MergeReport",
    "PackageInfo",
    "ReplicaInfo",
    "SyncError",
    "create_package",
    "create_replica",
    "dismiss_duplicate",
    "merge_duplicate",
    "merge_package",
    "open_conflicts",
    "open_counts",
    "open_duplicates",
    "read_package",
    "refresh_replica",
    "replica_info",
    "resolve_conflict",
]


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
