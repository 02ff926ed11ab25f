"""Offline sync (hub and spoke): replicas for seminar laptops, sync packages, and the merge at the
office that never loses an edit. See ARCHITECTURE.md, "Offline sync"."""

from tvet_alliance.services.sync.common import SyncError
from tvet_alliance.services.sync.conflicts import ConflictView, open_conflicts, open_counts, resolve_conflict
from tvet_alliance.services.sync.duplicates import (
    DuplicateView,
    dismiss_duplicate,
    merge_duplicate,
    open_duplicates,
)
from tvet_alliance.services.sync.merge import MergeReport, merge_package
from tvet_alliance.services.sync.package import PackageInfo, create_package, read_package
from tvet_alliance.services.sync.replica import ReplicaInfo, create_replica, refresh_replica, replica_info

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
