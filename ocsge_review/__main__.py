"""Command line: ``python -m ocsge_review <command>``."""
import sys

from .cli import main

sys.exit(main())
