"""The choice shown wherever photos come into the vault (a partner's files, an assessment
item's evidence): keep a photo's GPS position, camera and time taken, or remove them as it
comes in (the default; domain/attachments.py ``add_attachment(keep_metadata=...)``)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QWidget


class KeepPhotoDetails(QCheckBox):
    """Off by default: photos lose their location and camera details as they come in.
    On when the place is evidence the user wants to keep (it then travels to HQ)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Keep photos' location and camera details"), parent)
        self.setObjectName("keepPhotoMetadata")
        self.setAccessibleName(self.tr("Keep the location and camera details of photos added now"))
        self.setToolTip(
            self.tr(
                "Off: photos are stored without their GPS position, camera and time taken. "
                "On: they keep them, and bundles to HQ carry them."
            )
        )
        self.setChecked(False)
