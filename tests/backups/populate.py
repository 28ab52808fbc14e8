"""Fill an instance with a little of everything a backup must carry.

Run in the instance's own process (``python -m tests.backups.populate``): pages
and their revisions (live, draft, an unpublished edit), writers, tags, images
with files (one with a non-ASCII name) and a rendition, a document, accounts,
subscribers, and a newsletter issue sent to them (deliveries). Prints the live
pages' URLs and a story title to search for, as JSON.
"""

import json

import django

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.core.files.base import ContentFile  # noqa: E402
from wagtail.documents import get_document_model  # noqa: E402
from wagtail.models import Page  # noqa: E402

from masthead.newsletter import sending  # noqa: E402
from tests.factories import (  # noqa: E402
    ArticleFactory,
    AuthorFactory,
    ImageFactory,
    SectionFactory,
)
from tests.newsletter.issue_data import make_issue, make_subscribers  # noqa: E402

User = get_user_model()
User.objects.create_superuser("editor", "editor@example.org", "correct horse")
User.objects.create_user("reporter", "reporter@example.org", "battery staple")

section = SectionFactory(title="Asia-Pacific", slug="asia-pacific")
writer = AuthorFactory(title="Hana Backupwriter", slug="hana-backupwriter")
stories = [
    ArticleFactory(
        parent=section,
        title=f"Harbour story {n}",
        slug=f"harbour-story-{n}",
        authors=[writer],
        tags=["Trade", "Maritime"],
        corrections=["An earlier version misnamed the port."] if n == 0 else (),
    )
    for n in range(3)
]
cafe = ImageFactory(title="Café terrace", file__filename="café-terrasse-ü.png")
stories.append(
    ArticleFactory(
        parent=section,
        title="Quayside cafés reopen",
        slug="quayside-cafes",
        authors=[writer],
        top_image=cafe,
    )
)
ArticleFactory(parent=section, title="An unpublished draft", live=False)
# A live story with a newer unpublished revision.
edited = stories[0]
edited.title = "Harbour story 0, edited draft"
edited.save_revision()

cafe.get_rendition("width-40")  # a rendition file under images/
Document = get_document_model()
Document.objects.create(
    title="Annual report",
    file=ContentFile(b"%PDF-1.4\n% masthead backup test\n", name="annual-report.pdf"),
)

issue = make_issue(subject="The week in harbours", stories=2, qiosk=1)
make_subscribers(15)
sending.start_sending(issue, enqueue=False)
result = sending.run_issue(issue.pk)
assert result.sent == 15, result

print(
    json.dumps(
        {
            "urls": sorted(
                page.url for page in Page.objects.live().filter(depth__gt=1).specific()
            ),
            "search": "Quayside",
        }
    )
)
