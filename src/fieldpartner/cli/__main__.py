"""``python -m fieldpartner.cli``: the same program as ``fieldpartner-cli``."""

import sys

from fieldpartner.cli import main

sys.exit(main())
