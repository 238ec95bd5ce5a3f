"""The encrypted practice vault: keys, the SQLCipher engine, the one-instance lock."""

from app.vault.crypto import KdfPolicy
from app.vault.vault import NewVaultPlan, UnlockReport, Vault, VaultFiles

__all__ = ["KdfPolicy", "NewVaultPlan", "UnlockReport", "Vault", "VaultFiles"]
