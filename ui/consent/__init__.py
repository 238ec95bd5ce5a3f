"""Consent: signing on the laptop, client-facing."""
