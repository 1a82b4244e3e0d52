"""The Sync page: joining or setting up an organisation, sending and receiving bundles,
their history, and (HQ) devices and conflicts. The work itself is ``fieldpartner.sync``."""
