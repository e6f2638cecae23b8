"""``python -m extractor`` and the ``vnx`` console script. A Ctrl-C while the command line itself loads ends vnx as
one during a run does: "vnx: interrupted", status 130, no traceback."""
import sys


def run() -> int:
    try:
        from .cli import main

        return main()
    except KeyboardInterrupt:  # main() reports one during a command itself
        sys.stderr.write("vnx: interrupted\n")
        return 130


if __name__ == "__main__":
    sys.exit(run())
