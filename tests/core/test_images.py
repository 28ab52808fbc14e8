import io

import pytest
from django.core.exceptions import ValidationError
from PIL import Image as PillowImage

from tests.factories import ImageFactory

pytestmark = pytest.mark.django_db


def test_alt_text_is_required():
    image = ImageFactory.build(alt_text="  ")
    with pytest.raises(ValidationError) as error:
        image.clean()
    assert "alt_text" in error.value.message_dict


def test_alt_text_may_not_be_the_file_name():
    image = ImageFactory()
    image.alt_text = image.filename.rsplit(".", 1)[0]
    with pytest.raises(ValidationError) as error:
        image.clean()
    assert "file name" in str(error.value)


def test_alt_text_is_what_templates_use():
    image = ImageFactory(alt_text="Fishing boats moored three deep at dawn")
    assert image.default_alt_text == "Fishing boats moored three deep at dawn"


def test_image_admin_form_asks_for_alt_text_and_credit():
    from wagtail.images.forms import get_image_form

    from masthead.core.models import MastheadImage

    form_class = get_image_form(MastheadImage)
    assert form_class.base_fields["alt_text"].required
    assert "credit" in form_class.base_fields
    assert "description" not in form_class.base_fields


def avif_bytes(picture, **options):
    out = io.BytesIO()
    picture.save(out, "AVIF", **options)
    return out.getvalue()


def test_avif_is_encoded_at_the_configured_speed(settings):
    assert settings.AVIF_ENCODE_SPEED == 10  # masthead/settings/test.py
    picture = PillowImage.effect_noise((160, 90), 40).convert("RGB")
    # What Wagtail asks for (a quality only) comes out at the configured speed…
    assert avif_bytes(picture, quality=80) == avif_bytes(picture, quality=80, speed=10)
    # …and a caller's own speed still wins.
    assert avif_bytes(picture, quality=80, speed=6) != avif_bytes(picture, quality=80)
