"""The Groups and Users screens, showing what each role is for.

Groups get a "What this group can do" field (kept in ``newsroom.Role``) and a
description column; the user form lists each group with its description. A
non-administrator (a managing editor) cannot make anyone an administrator nor
edit an administrator's account: otherwise "users" would mean "everything".
"""

from django import forms
from django.core.exceptions import PermissionDenied
from django.db import transaction
from wagtail.admin.ui.tables import Column
from wagtail.users.forms import GroupForm, UserCreationForm, UserEditForm
from wagtail.users.views import groups, users

from masthead.newsroom.models import Role


def group_description(group):
    try:
        return group.role.description
    except Role.DoesNotExist:
        return ""


class RoleGroupForm(GroupForm):
    description = forms.CharField(
        label="What this group can do",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Shown next to the group on the groups list and on each user's "
        "form, so whoever gives someone a role knows what it means.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["description"].initial = group_description(self.instance)

    @transaction.atomic
    def save(self, commit=True):
        group = super().save(commit=commit)
        description = self.cleaned_data.get("description", "").strip()
        if description or Role.objects.filter(group=group).exists():
            Role.objects.update_or_create(
                group=group, defaults={"description": description}
            )
        return group


class GroupIndexView(groups.IndexView):
    columns = [
        *groups.IndexView.columns,
        Column("description", label="What it can do", accessor=group_description),
    ]

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("role")


class GroupViewSet(groups.GroupViewSet):
    index_view_class = GroupIndexView
    create_template_name = "newsroom/groups/create.html"
    edit_template_name = "newsroom/groups/edit.html"

    def get_form_class(self, for_update=False):
        return RoleGroupForm


class RoleGroupsField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, group):
        description = group_description(group)
        return f"{group.name} — {description}" if description else group.name


class RoleUserFormMixin:
    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, **kwargs)
        if "groups" in self.fields:
            old = self.fields["groups"]
            self.fields["groups"] = RoleGroupsField(
                queryset=old.queryset.select_related("role").order_by("name"),
                required=False,
                widget=forms.CheckboxSelectMultiple,
                label=old.label,
                help_text=(
                    "A section editor needs the Section editor group and one "
                    "“Section editors: …” group for each of their sections."
                ),
            )
        if for_user is not None and not for_user.is_superuser:
            self.fields.pop("is_superuser", None)


class RoleUserCreationForm(RoleUserFormMixin, UserCreationForm):
    pass


class RoleUserEditForm(RoleUserFormMixin, UserEditForm):
    pass


class UserCreateView(users.CreateView):
    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "for_user": self.request.user}


class UserEditView(users.EditView):
    def dispatch(self, request, *args, **kwargs):
        if self.object.is_superuser and not request.user.is_superuser:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "for_user": self.request.user}


class UserViewSet(users.UserViewSet):
    add_view_class = UserCreateView
    edit_view_class = UserEditView

    def get_form_class(self, for_update=False):
        return RoleUserEditForm if for_update else RoleUserCreationForm
