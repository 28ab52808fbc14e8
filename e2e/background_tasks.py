"""A task for e2e/test_background_work.py: it keeps a worker busy, as a long
rendition or a newsletter send does, and says in a file when it starts and ends.

The worker processes that bin/serve starts import it by its dotted path (they run
from the repository root, which is on their import path).
"""

import os
import time
from pathlib import Path

from django_tasks import task


@task()
def hold_the_worker(log_path, seconds):
    """Append "started <pid>", sleep ``seconds``, append "finished <pid>"."""
    log = Path(log_path)
    with log.open("a") as f:
        f.write(f"started {os.getpid()}\n")
    time.sleep(seconds)
    with log.open("a") as f:
        f.write(f"finished {os.getpid()}\n")
    return seconds
