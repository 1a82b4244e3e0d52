"""Entry point of the built ``fieldpartner`` executable (PyInstaller runs it as __main__)."""

import sys

from fieldpartner.app import main

sys.exit(main())
