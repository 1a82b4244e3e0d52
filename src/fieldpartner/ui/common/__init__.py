"""Interface pieces shared by several pages and dialogs (one home each)."""
