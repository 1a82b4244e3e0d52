"""Assessments: the list across partners, the New assessment dialog, the editor of
answers, and the results with comparisons and proposed actions."""
