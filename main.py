"""Start FredApp from a checkout: ``python main.py`` opens the window."""

import sys

from fredapp.cli import main

if __name__ == "__main__":
    sys.exit(main())
