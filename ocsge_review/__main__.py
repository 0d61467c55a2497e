"""Command line: ``python -m ocsge_review <command>``."""
import sys

from .cli.commands import main

sys.exit(main())
