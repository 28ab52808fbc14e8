from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from masthead.newsletter.models import SignupRequest


class SignupRequestViewSet(SnippetViewSet):
    model = SignupRequest
    icon = "mail"
    menu_label = "Newsletter signups"
    add_to_admin_menu = True
    list_display = ["email", "created_at", "source_url"]
    search_fields = ["email"]
    search_backend_name = None  # plain database lookup; the table is small.


register_snippet(SignupRequestViewSet)
