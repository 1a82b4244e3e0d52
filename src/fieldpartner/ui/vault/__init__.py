"""Dialogs about the vault itself: its passphrase, its recovery key, its backups."""
