"""The domain: records, their rules and the services that create and edit them (no Qt)."""
