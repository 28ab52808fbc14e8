import sys
import time

from django.core.management.base import BaseCommand, CommandError

from masthead.newsletter import sending
from masthead.newsletter.models import (
    DeliveryState,
    IssueStatus,
    NewsletterIssue,
    SendRun,
)

BAR_WIDTH = 30


class ProgressBar:
    """Redraws one line on a terminal; prints a line every few seconds otherwise."""

    def __init__(self, stream, issue, interval=None):
        self.stream = stream
        self.issue = issue
        self.tty = stream.isatty()
        self.interval = interval or (0.5 if self.tty else 5.0)
        self.last = 0.0

    def line(self, figures):
        total = figures["total"] or 0
        done = figures["sent"] + figures["failed"] + figures["skipped"]
        share = done / total if total else 1.0
        filled = round(BAR_WIDTH * share)
        bar = "#" * filled + "-" * (BAR_WIDTH - filled)
        parts = [
            f"[{bar}] {share:4.0%}",
            f"{figures['sent']:,} sent",
            f"{figures['failed']:,} failed",
            f"{figures['remaining']:,} remaining",
        ]
        if figures["skipped"]:
            parts.append(f"{figures['skipped']:,} skipped")
        if figures["deferred"]:
            parts.append(f"{figures['deferred']:,} to retry")
        if figures["uncertain"]:
            parts.append(f"{figures['uncertain']:,} uncertain")
        parts.append(f"{figures['rate_per_minute']:,}/min")
        return " · ".join(parts)

    def update(self, sender=None, force=False):
        clock = time.monotonic()
        if not force and clock - self.last < self.interval:
            return
        self.last = clock
        text = self.line(sending.progress(self.issue))
        if self.tty:
            self.stream.write("\r\033[K" + text, ending="")
        else:
            self.stream.write(text)
        self.stream.flush()

    def finish(self):
        self.update(force=True)
        if self.tty:
            self.stream.write("")


class Command(BaseCommand):
    help = (
        "Send a newsletter issue in the foreground, with a progress bar. Starts a "
        "draft or scheduled issue (freezing its audience), or with --resume "
        "continues one that is sending or paused. Safe to run beside the worker: "
        "only one process at a time holds an issue's lease."
    )

    def add_arguments(self, parser):
        parser.add_argument("issue_id", type=int)
        parser.add_argument(
            "--rate",
            type=float,
            help="Messages per second (0: as fast as the server takes them).",
        )
        parser.add_argument(
            "--resume",
            action="store_true",
            help="Continue an issue that is sending or paused (e.g. after a crash).",
        )
        parser.add_argument(
            "--resend-uncertain",
            nargs="*",
            metavar="MESSAGE_ID",
            help=(
                "Send again messages that were possibly delivered when a worker "
                "died (state COMMITTING): those Message-IDs, or all of them. Check "
                "the mail server's log first, or some readers get two copies."
            ),
        )
        parser.add_argument(
            "--max-wait",
            type=float,
            help="Wait at most this many seconds for retries before exiting.",
        )

    def handle(
        self, issue_id, rate, resume, resend_uncertain, max_wait, verbosity, **options
    ):
        try:
            issue = NewsletterIssue.objects.get(pk=issue_id)
        except NewsletterIssue.DoesNotExist as exc:
            raise CommandError(f"There is no issue {issue_id}.") from exc
        run = SendRun.objects.filter(issue=issue).first()
        if resend_uncertain is not None:
            resume = True
            resend_uncertain = resend_uncertain or True  # No IDs: all of them.
        if not resume:
            if issue.status not in (IssueStatus.DRAFT, IssueStatus.SCHEDULED):
                raise CommandError(
                    f"Issue {issue_id} is {issue.get_status_display().lower()}; "
                    "use --resume to continue it."
                )
            try:
                run = sending.start_sending(issue, rate, enqueue=False)
            except sending.SendingError as exc:
                raise CommandError(str(exc)) from exc
            self.stdout.write(
                f"Sending “{issue}” to {run.audience_size:,} subscribers."
            )
        else:
            if run is None:
                raise CommandError(
                    f"Issue {issue_id} has not started sending; run without --resume."
                )
            if rate is not None:
                SendRun.objects.filter(pk=run.pk).update(rate_per_second=rate)
            if issue.status == IssueStatus.PAUSED:
                sending.resume(issue, enqueue=False)
            uncertain = issue.deliveries.filter(state=DeliveryState.COMMITTING)
            if (
                resend_uncertain
                and issue.status == IssueStatus.SENT
                and uncertain.exists()
            ):
                # Sending again: the run is open until the requeued rows settle.
                NewsletterIssue.objects.filter(pk=issue.pk).update(
                    status=IssueStatus.SENDING
                )
                SendRun.objects.filter(pk=run.pk).update(finished_at=None)
        bar = ProgressBar(self.stdout, issue) if verbosity else None
        result = sending.run_issue(
            issue.pk,
            max_wait=max_wait,
            resend_uncertain=resend_uncertain or False,
            on_progress=bar.update if bar else None,
        )
        if bar:
            bar.finish()
        self._report(result, issue)

    def _report(self, result, issue):
        figures = sending.progress(issue)
        summary = (
            f"This run: {result.sent:,} sent, {result.failed:,} failed, "
            f"{result.skipped:,} skipped, {result.deferred:,} deferred."
        )
        messages = {
            "finished": "Done: every delivery is settled.",
            "paused": "Paused. Continue with --resume.",
            "waiting": f"Stopped waiting: {result.detail} The worker or "
            "`send_newsletter --resume` sends the rest.",
            "budget": "Stopped: time budget used up. Continue with --resume.",
            "not_sending": result.detail,
        }
        if result.status in ("busy", "lost"):
            raise CommandError(result.detail)
        self.stdout.write(summary)
        self.stdout.write(messages.get(result.status, result.status))
        if figures["uncertain"]:
            self.stderr.write(
                f"{figures['uncertain']:,} messages were possibly delivered when a "
                "worker died and were not sent again (see --resend-uncertain)."
            )
        if result.status not in messages:
            sys.exit(1)
