"""Social cards: a 1200×630 picture of the headline for stories without a photo.

Social sites and Google's Article guidelines want an image for every story. A
story without a top photo gets a card drawn with Pillow (masthead name, section,
headline), made once per published revision and kept in media storage under
``images/social-cards/`` — beside the renditions, so the web server serves it
as a plain file like them (see bin/serve). A story keeps only its current
card: publishing a new revision, unpublishing or deleting the story removes
the older ones (signals in ``apps.py``), so no headline outlives its page.

The fonts are Debian's DejaVu (package ``fonts-dejavu-core``, installed by
.ci/run); without them Pillow's own font is used, so a card is always made.
"""

import io
from pathlib import Path

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from PIL import Image, ImageDraw, ImageFont

from masthead.articles import sharing

WIDTH, HEIGHT = 1200, 630
DIRECTORY = "images/social-cards"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
HEADLINE_FONT = "DejaVuSerif-Bold.ttf"
NAME_FONT = "DejaVuSans-Bold.ttf"
# The reader stylesheet's light palette.
PAPER = "#fffdf8"
INK = "#1b1b1b"
ACCENT = "#8a1c1c"
ACCENT_INK = "#ffffff"
MUTED = "#555555"
MARGIN = 72
BAND = 112  # height of the masthead band at the top
HEADLINE_SIZES = (68, 60, 52, 46, 40)  # the largest that fits wins
HEADLINE_MAX_LINES = 5


def font(name, size):
    try:
        return ImageFont.truetype(str(FONT_DIR / name), size)
    except OSError:
        return ImageFont.load_default(size=size)


def wrap(draw, text, typeface, width):
    """The headline in lines no wider than ``width`` pixels."""
    lines = []
    for paragraph in text.split("\n"):
        words = paragraph.split()
        line = ""
        for word in words:
            candidate = f"{line} {word}".strip()
            if draw.textlength(candidate, font=typeface) <= width or not line:
                line = candidate
            else:
                lines.append(line)
                line = word
        if line:
            lines.append(line)
    return lines


def draw_card(headline, masthead_name, kicker=""):
    """The card as PNG bytes."""
    image = Image.new("RGB", (WIDTH, HEIGHT), PAPER)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, WIDTH, BAND), fill=ACCENT)
    name_font = font(NAME_FONT, 44)
    draw.text(
        (MARGIN, BAND // 2),
        masthead_name,
        font=name_font,
        fill=ACCENT_INK,
        anchor="lm",
    )
    top = BAND + 56
    if kicker:
        draw.text((MARGIN, top), kicker.upper(), font=font(NAME_FONT, 28), fill=ACCENT)
        top += 60
    text_width = WIDTH - 2 * MARGIN
    room = HEIGHT - top - MARGIN
    for size in HEADLINE_SIZES:
        typeface = font(HEADLINE_FONT, size)
        lines = wrap(draw, headline, typeface, text_width)
        line_height = round(size * 1.2)
        if len(lines) * line_height <= room and len(lines) <= HEADLINE_MAX_LINES:
            break
    else:
        # Too long even at the smallest size: the first lines, cut short.
        lines = lines[: min(HEADLINE_MAX_LINES, room // line_height)]
        lines[-1] = lines[-1].rstrip(" ,;:") + "…"
    for n, line in enumerate(lines):
        draw.text((MARGIN, top + n * line_height), line, font=typeface, fill=INK)
    draw.line((MARGIN, HEIGHT - 40, WIDTH - MARGIN, HEIGHT - 40), fill=MUTED, width=2)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def card_name(article):
    revision = article.live_revision_id or article.latest_revision_id or 0
    return f"{DIRECTORY}/{article.pk}/{revision}.png"


def remove_cards(page_id, keep=""):
    """Delete the page's cards in storage, except the one named ``keep``.

    Each page has its own folder, so this lists a card or two, not the cards
    of the whole archive (a slow listing on object storage).
    """
    folder = f"{DIRECTORY}/{page_id}"
    try:
        _, files = default_storage.listdir(folder)
    except FileNotFoundError:
        return
    for file_name in files:
        name = f"{folder}/{file_name}"
        if name != keep:
            default_storage.delete(name)


def social_card(article, masthead_name):
    """{url, width, height} of the story's card, drawn on first use per revision."""
    name = card_name(article)
    if not default_storage.exists(name):
        section = article.section
        png = draw_card(
            sharing.social_title(article),
            masthead_name,
            kicker=section.title if section else "",
        )
        # Two workers may draw the same card at once: either copy will do.
        name = default_storage.save(name, ContentFile(png))
        remove_cards(article.pk, keep=name)
    return {"url": default_storage.url(name), "width": WIDTH, "height": HEIGHT}


def remove_stale_cards(sender, instance, **kwargs):
    """On publish: the next view draws the new revision's card (or the story
    now has a photo). On unpublish and delete: the story is no longer public."""
    remove_cards(instance.pk)
