"""Generated photographs for the demo magazine: abstract, seeded, never real photos.

Each picture is a quiet landscape-like composition (sky, horizon, forms) whose
colours and shapes follow from a seed, so the same slug always gives the same image.
"""

import hashlib
import io
import random

from PIL import Image, ImageDraw, ImageFilter

PALETTES = [
    ((28, 52, 84), (201, 123, 74), (238, 214, 180)),
    ((22, 60, 55), (120, 160, 120), (226, 232, 210)),
    ((60, 36, 60), (190, 90, 90), (240, 200, 170)),
    ((18, 32, 48), (70, 120, 170), (200, 220, 235)),
    ((70, 50, 30), (200, 160, 90), (245, 230, 200)),
    ((40, 40, 46), (140, 140, 150), (225, 225, 230)),
]


def _rng(seed):
    return random.Random(int(hashlib.sha256(seed.encode()).hexdigest()[:16], 16))


def _blend(a, b, t):
    return tuple(int(a[i] + (b[i] - a[i]) * t) for i in range(3))


def landscape_jpeg(seed, width=1600, height=900):
    """A 16:9 JPEG for a story's top photo."""
    rng = _rng(seed)
    dark, mid, light = rng.choice(PALETTES)
    image = Image.new("RGB", (width, height))
    draw = ImageDraw.Draw(image)
    horizon = int(height * rng.uniform(0.45, 0.7))
    for y in range(horizon):
        draw.line([(0, y), (width, y)], fill=_blend(light, mid, y / horizon))
    for y in range(horizon, height):
        t = (y - horizon) / max(1, height - horizon)
        draw.line([(0, y), (width, y)], fill=_blend(mid, dark, t))
    sun_x, sun_r = rng.randint(200, width - 200), rng.randint(40, 110)
    sun_y = horizon - rng.randint(80, 260)
    draw.ellipse(
        [sun_x - sun_r, sun_y - sun_r, sun_x + sun_r, sun_y + sun_r],
        fill=_blend(light, (255, 255, 255), 0.5),
    )
    # Rows of blocks on the horizon read as a skyline, port or ridge.
    for layer in range(3):
        shade = _blend(dark, mid, 0.2 + layer * 0.25)
        x = -rng.randint(0, 80)
        while x < width:
            block_w = rng.randint(30, 140)
            block_h = rng.randint(20, 180) // (layer + 1)
            top = horizon - block_h + layer * 18
            draw.rectangle([x, top, x + block_w, horizon + 40 + layer * 30], fill=shade)
            x += block_w + rng.randint(0, 30)
    image = image.filter(ImageFilter.GaussianBlur(radius=1.2))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=82, optimize=True, progressive=True)
    return buffer.getvalue()


def portrait_jpeg(seed, size=480):
    """A square, abstract head-and-shoulders silhouette for an author."""
    rng = _rng(seed)
    dark, mid, light = rng.choice(PALETTES)
    image = Image.new("RGB", (size, size), _blend(light, mid, 0.3))
    draw = ImageDraw.Draw(image)
    figure = _blend(dark, mid, rng.uniform(0.1, 0.4))
    cx = size // 2
    head_r = size // 6
    draw.ellipse(
        [cx - head_r, size * 0.22, cx + head_r, size * 0.22 + 2 * head_r], fill=figure
    )
    draw.ellipse(
        [cx - size * 0.38, size * 0.62, cx + size * 0.38, size * 1.3], fill=figure
    )
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85, optimize=True)
    return buffer.getvalue()
