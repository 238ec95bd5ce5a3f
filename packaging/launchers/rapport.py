"""The frozen ``rapport`` executable: PyInstaller runs this file as its script."""

from ui.main import main

raise SystemExit(main())
