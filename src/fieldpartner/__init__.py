"""FieldPartner: encrypted, offline-first assessment of partner organisations."""

__version__ = "0.1.0"
