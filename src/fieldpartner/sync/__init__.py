"""Sync by bundles (DESIGN.md "Sync by bundles (format 1)"): identities and trust, bundle
writing and reading, and merge. Qt-free; the CLI and the UI call the services below.

- ``identity``  this vault's age and Ed25519 keys, fingerprints, HQ's identity backup
- ``org``       the organisation profile, joining, HQ's enrolled devices and assignments
- ``bundle_v1`` the one writer and reader of bundle format 1
- ``records``   revisions as bundle lines, checked against the models
- ``merge``     the merge: pure functions returning a change list
- ``store``     revisions and record rows read from and written to the vault
- ``export``    what a bundle for a recipient holds, its preview, writing it
- ``importer``  opening, trust, planning and applying bundles (one or several, in order)
- ``inbox``     HQ's bundle inbox: a folder drained by one or several headless importers
- ``conflicts`` conflicts found on import, listing and settling them
- ``history``   the bundles this vault sent and received
- ``templates`` organisation templates: profile lines, applying them, immutability
- ``escrow``    HQ escrow of a field vault's database key
- ``state``     the sync state kept in the vault's encrypted settings
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# The names below load on first use, so that importing one part of sync (the bundle reader
# of a headless importer, say) does not load every service and the vault with it.
_SOURCES = {
    "BundleInvalid": "errors",
    "Cancelled": "errors",
    "NotAddressed": "errors",
    "NotJoined": "errors",
    "SyncError": "errors",
    "TrustRefused": "errors",
    "DeviceIdentity": "identity",
    "PublicIdentity": "identity",
    "ensure_device_identity": "identity",
    "assign_partner": "org",
    "create_organisation": "org",
    "join_organisation": "org",
    "list_devices": "org",
    "read_profile": "org",
    "revoke_device": "org",
    "unassign_partner": "org",
    "list_conflicts": "conflicts",
    "resolve_conflict": "conflicts",
    "ExportResult": "export",
    "ExportSummary": "export",
    "export_bundle": "export",
    "plan_export": "export",
    "BundleEvent": "history",
    "bundle_history": "history",
    "ImportPlan": "importer",
    "ImportResult": "importer",
    "import_bundle": "importer",
    "import_bundles": "importer",
    "inspect_bundle": "importer",
    "preview_bundle": "importer",
}

if TYPE_CHECKING:
    from fieldpartner.sync.conflicts import list_conflicts, resolve_conflict
    from fieldpartner.sync.errors import (
        BundleInvalid,
        Cancelled,
        NotAddressed,
        NotJoined,
        SyncError,
        TrustRefused,
    )
    from fieldpartner.sync.export import ExportResult, ExportSummary, export_bundle, plan_export
    from fieldpartner.sync.history import BundleEvent, bundle_history
    from fieldpartner.sync.identity import DeviceIdentity, PublicIdentity, ensure_device_identity
    from fieldpartner.sync.importer import (
        ImportPlan,
        ImportResult,
        import_bundle,
        import_bundles,
        inspect_bundle,
        preview_bundle,
    )
    from fieldpartner.sync.org import (
        assign_partner,
        create_organisation,
        join_organisation,
        list_devices,
        read_profile,
        revoke_device,
        unassign_partner,
    )


def __getattr__(name: str) -> Any:
    source = _SOURCES.get(name)
    if source is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module = importlib.import_module(f"{__name__}.{source}")
    value = getattr(module, name)
    globals()[name] = value
    return value


__all__ = [
    "BundleEvent",
    "BundleInvalid",
    "Cancelled",
    "DeviceIdentity",
    "ExportResult",
    "ExportSummary",
    "ImportPlan",
    "ImportResult",
    "NotAddressed",
    "NotJoined",
    "PublicIdentity",
    "SyncError",
    "TrustRefused",
    "assign_partner",
    "bundle_history",
    "create_organisation",
    "ensure_device_identity",
    "export_bundle",
    "import_bundle",
    "import_bundles",
    "inspect_bundle",
    "join_organisation",
    "list_conflicts",
    "list_devices",
    "plan_export",
    "preview_bundle",
    "read_profile",
    "resolve_conflict",
    "revoke_device",
    "unassign_partner",
]
