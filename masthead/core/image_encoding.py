"""How much time AVIF renditions may take (settings.AVIF_ENCODE_SPEED).

Wagtail (through Willow) asks Pillow for an AVIF rendition with a quality only,
so libavif encodes at Pillow's default speed, 6: seconds of CPU for one
1200-pixel photo, on every core. A magazine on a small machine, or a test run,
may trade file size for time: for a 1200×675 rendition, speed 10 took 10–20
times less CPU than 6, in files 1.5–2.5 times larger. Unset, Pillow's default
stands.
"""

from PIL import AvifImagePlugin, Image


def use_avif_speed(speed):
    """Encode AVIF at ``speed`` (0 slowest and smallest, 10 fastest; the
    settings check the range) unless the caller asks for a speed of its own."""
    if speed is None:
        return

    def save(image, fp, filename, save_all=False):
        image.encoderinfo.setdefault("speed", speed)
        AvifImagePlugin._save(image, fp, filename, save_all=save_all)

    def save_all(image, fp, filename):
        save(image, fp, filename, save_all=True)

    Image.register_save(AvifImagePlugin.AvifImageFile.format, save)
    Image.register_save_all(AvifImagePlugin.AvifImageFile.format, save_all)
