"""The frozen ``rapport-admin`` executable: PyInstaller runs this file as its script."""

from app.cli import main

raise SystemExit(main())
