"""Entry point of the built ``fieldpartner-cli`` executable (PyInstaller runs it as __main__)."""

import sys

from fieldpartner.cli import main

sys.exit(main())
