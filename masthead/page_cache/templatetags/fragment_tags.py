"""``{% fragment "name" part… %}…{% endfragment %}``: a cached part of a page.

The enclosed template is rendered once per process and kept, with the tags it
collected (``page:<id>`` of what it shows, its listings, ``settings``, ``all``),
until one of them is bumped: a story's own body, byline and JSON-LD survive the
publishing of other stories, which every whole cached page does not (LATEST and
the river are on all of them). The key is the name, the parts given and the
request's site (links are relative to it); a part that is an empty string means
"not this time" (e.g. a page number not written the canonical way). Previews
are never cached: they show a draft under the live page's id.
"""

from django import template
from wagtail.models import Site

from masthead.page_cache import fragments
from masthead.page_cache.tags import UNIVERSAL_TAGS, add_tags

register = template.Library()


class FragmentNode(template.Node):
    def __init__(self, name, parts, nodelist):
        self.name = name
        self.parts = parts
        self.nodelist = nodelist

    def render(self, context):
        request = context.get("request")
        if request is None or getattr(request, "is_preview", False):
            return self.nodelist.render(context)
        parts = [part.resolve(context) for part in (self.name, *self.parts)]
        if any(part == "" for part in parts):
            # Nothing to key it by (e.g. a page number that is not canonical).
            return self.nodelist.render(context)
        site = Site.find_for_request(request)
        parts = [str(part) for part in parts]
        key = ":".join(["fragment", *parts, str(site.pk if site else 0)])

        def render():
            add_tags(*UNIVERSAL_TAGS)
            return self.nodelist.render(context)

        return fragments.render_cached(key, render)


@register.tag
def fragment(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("{% fragment %} needs a name")
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    name, *parts = (parser.compile_filter(bit) for bit in bits[1:])
    return FragmentNode(name, parts, nodelist)
