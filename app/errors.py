"""The practice's own errors: the core raises these, the screens turn them into messages.

Every error carries a message a clinician can read. None of them ever includes
client data: they may be shown on screen, printed by the command-line tool and
written to the log.
"""

from __future__ import annotations

from app.words import marked, translated, words


class RapportError(Exception):
    """Base of every error the core raises on purpose."""

    #: Exit status of ``rapport-admin`` when this error ends a command.
    exit_code = 1

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.default_message)

    default_message = marked("Something went wrong.")

    @property
    def message(self) -> str:
        """What went wrong, in the window's language (``str(error)`` is the English)."""
        return translated(self.args[0])


class ValidationError(RapportError):
    """A form or an argument holds values the practice cannot accept.

    ``problems`` maps a field name to what is wrong with it, so that a form can
    show each message next to its field.
    """

    exit_code = 2
    default_message = marked("Some values need attention.")

    def __init__(self, problems: dict[str, str]) -> None:
        self._problems = dict(problems)
        super().__init__("; ".join(self._problems.values()) or self.default_message)

    @property
    def problems(self) -> dict[str, str]:
        """Each field's problem, in the window's language."""
        return {name: translated(text) for name, text in self._problems.items()}

    @property
    def message(self) -> str:
        return "; ".join(self.problems.values()) or translated(self.default_message)


class WrongPassphrase(RapportError):
    exit_code = 3
    default_message = marked("That passphrase does not open this practice.")


class WrongRecoveryCode(WrongPassphrase):
    default_message = marked("That recovery code does not open this practice.")


class TooManyAttempts(RapportError):
    """Unlocking was tried too often; the caller must wait ``wait_seconds``."""

    exit_code = 3

    def __init__(self, wait_seconds: float) -> None:
        self.wait_seconds = wait_seconds
        super().__init__(
            words(
                "Too many failed attempts. Please wait {seconds} seconds.",
                seconds=max(1, round(wait_seconds)),
            )
        )


class VaultDamaged(RapportError):
    exit_code = 4
    default_message = marked(
        "The practice file is damaged and cannot be opened safely. Nothing has been "
        "changed. Restore it from a backup, or contact support with the log file."
    )


class NotAVault(VaultDamaged):
    """The file at the vault's place is not an encrypted Rapport vault."""

    default_message = marked(
        "The practice file is not an encrypted Rapport vault (it is a plain database "
        "or another kind of file). Rapport will not open it."
    )


class VaultInUse(RapportError):
    exit_code = 5

    def __init__(self, holder: str | None = None) -> None:
        self.holder = holder
        message: str
        if holder:
            message = words(
                "This practice is already open in another Rapport window or process ({holder}). "
                "Close it there first.",
                holder=holder,
            )
        else:
            message = marked(
                "This practice is already open in another Rapport window or process. "
                "Close it there first."
            )
        super().__init__(message)


class VaultNotFound(RapportError):
    exit_code = 6
    default_message = marked("No practice was found in that folder.")


class VaultExists(RapportError):
    exit_code = 6
    default_message = marked("A practice already exists in that folder.")


class DataFolderMissing(RapportError):
    exit_code = 6
    default_message = marked("The data folder does not exist.")


class VaultLocked(RapportError):
    exit_code = 5
    default_message = marked("The practice is locked.")


class IntegrityProblem(RapportError):
    """A check found something wrong (audit chain, database integrity)."""

    exit_code = 7
    default_message = marked("An integrity check failed.")


class MigrationFailed(RapportError):
    exit_code = 8
    default_message = marked(
        "Updating the practice file to this version of Rapport failed. The file was "
        "left as it was, and a backup was made before trying."
    )


class DeviceUnlockUnavailable(RapportError):
    exit_code = 9
    default_message = marked(
        "Unlocking with your computer login is not available: no secure system keyring was found."
    )


class DiskFull(RapportError):
    exit_code = 10
    default_message = marked(
        "The disk is full, so the change could not be saved. Nothing that was saved "
        "before has been lost. Free some space and try again."
    )


class BackupInvalid(RapportError):
    """A file is not a Rapport backup, or the backup fails its checks."""

    exit_code = 11
    default_message = marked("That file is not a Rapport backup, or it is damaged.")
