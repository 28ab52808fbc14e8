"""A story without a photo shares a drawn card: og:image answers 200 with a
1200×630 picture, and the JSON-LD names the same image."""

import io
import json
import re
import urllib.request

import pytest
from PIL import Image

from e2e.conftest import fetch
from e2e.demo_stories import demo_stories

pytestmark = pytest.mark.browser


def test_a_story_without_a_photo_shares_a_1200x630_card(site_url):
    story = next(s for s in demo_stories(site_url) if not s["top_image"])
    html = fetch(story["url"], timeout=120)
    og_image = re.search(r'<meta property="og:image" content="([^"]+)"', html)[1]
    assert "/social-cards/" in og_image
    twitter = re.search(r'<meta name="twitter:image" content="([^"]+)"', html)[1]
    assert twitter == og_image
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html)
    article = next(json.loads(b) for b in blocks if "headline" in json.loads(b))
    assert article["image"][0]["url"] == og_image

    with urllib.request.urlopen(og_image, timeout=30) as response:
        assert response.status == 200
        assert response.headers["Content-Type"] == "image/png"
        picture = Image.open(io.BytesIO(response.read()))
    assert picture.size == (1200, 630)
