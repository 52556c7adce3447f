"""A script that loads a coder and ends exits cleanly, whatever its model sessions were doing in the background."""

from __future__ import annotations

import subprocess
import sys

import pytest

pytestmark = pytest.mark.model

#: A coder starts opening its model sessions in the background when it loads, while spaCy loads; a second coder
#: finds spaCy loaded, and the script ends while its sessions are still being opened.
SCRIPT = "from shadowline.coding.pipeline import Coder\nCoder()\nCoder(events='all')\nprint('done')\n"


def test_a_script_that_loads_a_coder_and_ends_exits_with_status_zero():
    run = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120)
    # was "terminate called without an active exception" and status 134, after the output was written
    assert (run.returncode, run.stdout.strip()) == (0, "done"), run.stderr[-500:]
