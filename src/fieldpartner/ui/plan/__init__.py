"""The plan across partners: every follow-up action with filters, and what is due soon."""
