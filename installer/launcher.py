"""Entry script of the frozen `tbn4` executable (PyInstaller).

PyInstaller runs this file as `__main__`; the package's own
`tbn4_desktop/__main__.py` stays importable as a module.
"""

import sys

from tbn4_desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
