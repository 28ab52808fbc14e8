"""Add a story, an image, an account and a subscriber; print their ids as JSON.

After a move every table's sequence must be past the ids copied in, or these
inserts collide with existing rows."""

import json

import django

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402

from masthead.newsletter.models import Subscriber  # noqa: E402
from tests.factories import ArticleFactory  # noqa: E402

story = ArticleFactory(title="Written after the move", slug="after-the-move")
user = get_user_model().objects.create_user("newcomer", "newcomer@example.org", "pw")
subscriber = Subscriber.objects.create(email="newcomer@example.org")
print(
    json.dumps(
        {
            "page": story.pk,
            "revision": story.latest_revision_id,
            "image": story.top_image_id,
            "user": user.pk,
            "subscriber": subscriber.pk,
            "url": story.url,
        }
    )
)
