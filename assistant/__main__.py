"""Entry point for `python -m assistant`."""

import sys

from .cli import main

sys.exit(main())
