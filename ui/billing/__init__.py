"""Billing screens: the practice's billing page, the forms that change an account, documents."""
