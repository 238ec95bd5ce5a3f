"""Text folding for search: case, accents and common special letters do not matter."""

from __future__ import annotations

import re
import unicodedata

# Letters that Unicode does not decompose into a base letter plus an accent.
_SPECIAL = str.maketrans(
    {
        "ł": "l",
        "Ł": "l",
        "ø": "o",
        "Ø": "o",
        "đ": "d",
        "Đ": "d",
        "ð": "d",
        "þ": "th",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "ı": "i",
    }
)
_NOT_DIGIT = re.compile(r"\D+")


def fold(text: str) -> str:
    """``"Zoë Łukasiewicz"`` → ``"zoe lukasiewicz"``: what search compares."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


def digits(text: str) -> str:
    return _NOT_DIGIT.sub("", text)


def search_tokens(query: str) -> list[str]:
    """The query's words, folded; a word that is mostly a phone number keeps its digits only."""
    tokens = []
    for word in fold(query).split():
        number = digits(word)
        if len(number) >= 3 and len(number) >= len(word) - 2:
            tokens.append(number)
        else:
            tokens.append(word)
    return tokens


def like_pattern(token: str) -> str:
    """A LIKE pattern matching ``token`` anywhere, with LIKE's wildcards escaped (``\\``)."""
    escaped = token.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
