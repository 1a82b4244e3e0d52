"""Workshops: who took part, co-design input and notes, the follow-up plan, and the review
of an earlier workshop's plan."""
