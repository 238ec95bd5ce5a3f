"""``python -m tests.benchmarks``: the benchmark (:mod:`tests.benchmarks.run`).

Only the benchmark's own process imports it. A process the app starts to share
its work (the export's chart process) imports the main module again, as the
app's does ``ui.main``: through this small module it starts as quickly as it
does for the app, so the benchmark measures the app's wait, not its own imports.
"""

if __name__ == "__main__":
    from tests.benchmarks.run import main

    raise SystemExit(main())
