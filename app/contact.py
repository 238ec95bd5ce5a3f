"""Checking and formatting contact details: phone numbers, e-mail addresses, countries."""

from __future__ import annotations

import locale

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from app.words import marked, words

DEFAULT_COUNTRY = "US"


def system_country() -> str:
    """The two-letter country of the computer's locale, or the default."""
    try:
        name = locale.getlocale()[0] or ""
    except ValueError:
        name = ""
    if "_" in name:
        country = name.split("_", 1)[1][:2].upper()
        if country in phonenumbers.SUPPORTED_REGIONS:
            return country
    return DEFAULT_COUNTRY


def format_phone(text: str, country: str) -> str:
    """The number in a standard written form, or ValueError with a readable reason.

    A number written with a leading ``+`` may be from any country; otherwise it
    is read as a number of ``country``. Numbers of the practice's own country
    come back in national form, others in international form.
    """
    text = text.strip()
    if not text:
        return ""
    try:
        number = phonenumbers.parse(text, country.upper() or DEFAULT_COUNTRY)
    except phonenumbers.NumberParseException:
        raise ValueError(marked("This does not look like a phone number.")) from None
    if not phonenumbers.is_valid_number(number):
        raise ValueError(
            words(
                "This phone number is not valid for {region}."
                " Check the digits, or start with + and the country code.",
                region=phonenumbers.region_code_for_number(number) or country,
            )
        )
    own = phonenumbers.region_code_for_number(number) == country.upper()
    style = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if own
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return str(phonenumbers.format_number(number, style))


def normalise_email(text: str) -> str:
    """The address in its normal form, or ValueError with a readable reason.

    Only the form is checked: Rapport never looks the domain up on the network.
    """
    text = text.strip()
    if not text:
        return ""
    try:
        result = validate_email(text, check_deliverability=False)
    except EmailNotValidError as exc:
        raise ValueError(
            words("This e-mail address is not valid: {reason}", reason=str(exc))
        ) from None
    return str(result.normalized)
