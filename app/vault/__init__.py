"""The encrypted practice vault: keys, the SQLCipher engine, the one-instance lock."""

from app.vault.crypto import KdfPolicy
from app.vault.vault import NewVaultPlan, Reader, UnlockReport, Vault, VaultFiles, begin_reading

__all__ = [
    "KdfPolicy",
    "NewVaultPlan",
    "Reader",
    "UnlockReport",
    "Vault",
    "VaultFiles",
    "begin_reading",
]
