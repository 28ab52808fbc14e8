"""The newsletter signup box and cards reader pages show."""

from django import template

register = template.Library()


@register.inclusion_tag("includes/newsletter_box.html", takes_context=True)
def newsletter_box(context):
    request = context.get("request")
    return {
        "request": request,
        "settings": context.get("settings"),
        "next": request.get_full_path() if request else "",
    }


# Where a signup card may appear, and how its heading names that place: a page
# can show two cards, and each needs its own ids and accessible name.
SIGNUP_CARD_PLACES = {
    "article": "after the story",
    "river": "among the stories",
}


@register.inclusion_tag("includes/signup_card.html", takes_context=True)
def signup_card(context, place, heading_level=2):
    """The signup card in the reading flow (phones reach it; the aside's box they
    may not). Like the box, it carries no CSRF token: the view checks the origin."""
    if place not in SIGNUP_CARD_PLACES:
        raise template.TemplateSyntaxError(f"Unknown signup card place: {place!r}")
    request = context.get("request")
    return {
        "place": place,
        "place_label": SIGNUP_CARD_PLACES[place],
        "heading_level": heading_level,
        "settings": context.get("settings"),
        "next": request.get_full_path() if request else "",
    }
