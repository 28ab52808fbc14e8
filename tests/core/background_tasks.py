"""A task for the tests of /healthz and of task recovery (tests/core)."""

from django_tasks import task


@task()
def record_call(label):
    return label
