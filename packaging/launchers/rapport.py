"""The frozen ``rapport`` executable: PyInstaller runs this file as its script."""

import multiprocessing

# The export's second process (its chart summaries) starts this executable again: it runs
# here, before the window's modules are loaded, and exits.
multiprocessing.freeze_support()

from ui.main import main  # noqa: E402

raise SystemExit(main())
