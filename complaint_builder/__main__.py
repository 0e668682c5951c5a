"""Entry point: ``python -m complaint_builder``."""

import sys

from .cli import main

sys.exit(main())
