import sys

from vankien.cli import main

sys.exit(main())
