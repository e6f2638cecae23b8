"""``python -m extractor`` is the ``vnx`` command."""
import sys

from .cli import main

sys.exit(main())
