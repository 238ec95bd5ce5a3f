"""``python -m app`` is ``rapport-admin``."""

from app.cli import main

raise SystemExit(main())
