"""Sync by bundles (DESIGN.md "Sync by bundles (format 1)"): identities and trust, bundle
writing and reading, and merge. Qt-free; the CLI and the UI call the services below.

- ``identity``  this vault's age and Ed25519 keys, fingerprints, HQ's identity backup
- ``org``       the organisation profile, joining, HQ's enrolled devices and assignments
- ``bundle_v1`` the one writer and reader of bundle format 1
- ``records``   revisions as bundle lines, checked against the models
- ``merge``     the merge: pure functions returning a change list
- ``service``   export, preview, import, inspect, conflicts
- ``escrow``    HQ escrow of a field vault's database key
- ``state``     the sync state kept in the vault's encrypted settings
"""

from fieldpartner.sync.errors import (
    BundleInvalid,
    Cancelled,
    NotAddressed,
    NotJoined,
    SyncError,
    TrustRefused,
)
from fieldpartner.sync.identity import DeviceIdentity, PublicIdentity, ensure_device_identity
from fieldpartner.sync.org import (
    assign_partner,
    create_organisation,
    join_organisation,
    list_devices,
    read_profile,
    revoke_device,
    unassign_partner,
)
from fieldpartner.sync.service import (
    BundleEvent,
    ExportResult,
    ExportSummary,
    ImportPlan,
    ImportResult,
    bundle_history,
    export_bundle,
    import_bundle,
    inspect_bundle,
    list_conflicts,
    plan_export,
    preview_bundle,
    resolve_conflict,
)

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
