import sys

from fredapp.cli import main

sys.exit(main())
