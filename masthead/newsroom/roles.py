"""The newsroom's roles as data, and the code that makes them real.

Every function takes an app registry (``apps``) so the data migrations run the
same code on historical models as the signals do on the live ones.
"""

from dataclasses import dataclass

ADMIN = "wagtailadmin.access_admin"
IMAGES_USE = ("wagtailimages.add_image", "wagtailimages.choose_image")
IMAGES_ALL = (
    *IMAGES_USE,
    "wagtailimages.change_image",
    "wagtailimages.delete_image",
)
COLLECTIONS = ("wagtailcore.add_collection", "wagtailcore.change_collection")
REDIRECTS = (
    "wagtailredirects.add_redirect",
    "wagtailredirects.change_redirect",
    "wagtailredirects.delete_redirect",
)
NEWSLETTER = (
    "newsletter.add_newsletterissue",
    "newsletter.change_newsletterissue",
    "newsletter.view_newsletterissue",
    "newsletter.delete_newsletterissue",
    # Subscribers: view (and export), change lists or unsubscribe, import CSV.
    "newsletter.view_subscriber",
    "newsletter.add_subscriber",
    "newsletter.change_subscriber",
)
SETTINGS = ("core.change_magazinesettings",)
PEOPLE = (
    "auth.add_user",
    "auth.change_user",
    "auth.delete_user",
    "auth.view_user",
    "auth.add_group",
    "auth.change_group",
    "auth.delete_group",
    "auth.view_group",
)
WORKFLOWS = (
    "wagtailcore.add_workflow",
    "wagtailcore.change_workflow",
    "wagtailcore.delete_workflow",
    "wagtailcore.add_task",
    "wagtailcore.change_task",
    "wagtailcore.delete_task",
)
IMPORTS = ("importers.add_importrun", "importers.view_importrun")
# What Wagtail gives every group with admin access, as a permission and on the
# root collection (wagtaildocs' migration 0011, for the groups there when it
# runs: the roles are made after it).
ADMIN_GROUP_DEFAULTS = ("wagtaildocs.choose_document",)

# Page permissions (GroupPagePermission) are granted on the home page, so they
# cover every story; a section editor's on their section pages only.
WRITE = ("add_page", "change_page")
PUBLISH = (*WRITE, "publish_page", "lock_page", "unlock_page")
SECTION = (*WRITE, "publish_page", "lock_page")


@dataclass(frozen=True)
class RoleSpec:
    key: str
    name: str
    description: str
    permissions: tuple = ()
    page_permissions: tuple = ()
    collection_permissions: tuple = ()
    reviewer: bool = False  # approves submissions in the "Editorial review" task


CONTRIBUTOR = RoleSpec(
    "contributor",
    "Contributor",
    "Writes and edits stories as drafts, adds and chooses images, and submits "
    "stories for review (“Submit to Editorial review”). Cannot publish or "
    "unpublish, delete other people’s pages, or open settings, users or the "
    "newsletter.",
    permissions=(ADMIN,),
    page_permissions=WRITE,
    collection_permissions=IMAGES_USE,
)
SECTION_EDITOR = RoleSpec(
    "section_editor",
    "Section editor",
    "Edits, publishes and reviews stories in the sections they are given. Give "
    "a section editor this group AND one “Section editors: <section>” group per "
    "section (those groups are created and renamed with their sections). This "
    "group alone gives the admin and images, no pages.",
    permissions=(ADMIN,),
    collection_permissions=IMAGES_USE,
)
EDITOR = RoleSpec(
    "editor",
    "Editor",
    "Edits, publishes, unpublishes, locks and unlocks every story; approves "
    "contributors’ submissions; manages images and redirects. No settings, users "
    "or newsletter.",
    permissions=(ADMIN, *REDIRECTS),
    page_permissions=PUBLISH,
    collection_permissions=(*IMAGES_ALL, *COLLECTIONS),
    reviewer=True,
)
NEWSLETTER_EDITOR = RoleSpec(
    "newsletter_editor",
    "Newsletter editor",
    "Writes, schedules and sends newsletter issues; views, imports, exports and "
    "unsubscribes subscribers; reads the newsletter report. Cannot edit or "
    "publish pages.",
    permissions=(ADMIN, *NEWSLETTER),
)
MANAGING_EDITOR = RoleSpec(
    "managing_editor",
    "Managing editor",
    "Everything the other roles can do, plus the magazine settings, users and "
    "groups, workflows, deleting whole sections of pages, and importing "
    "archives. Only an administrator can make someone an administrator.",
    permissions=(
        ADMIN,
        *REDIRECTS,
        *NEWSLETTER,
        "newsletter.delete_subscriber",
        *SETTINGS,
        *PEOPLE,
        *WORKFLOWS,
        *IMPORTS,
    ),
    page_permissions=(*PUBLISH, "bulk_delete_page"),
    collection_permissions=(
        *IMAGES_ALL,
        *COLLECTIONS,
        "wagtailcore.delete_collection",
    ),
    reviewer=True,
)
ROLES = (CONTRIBUTOR, SECTION_EDITOR, EDITOR, NEWSLETTER_EDITOR, MANAGING_EDITOR)

WORKFLOW_NAME = "Editorial review"
TASK_NAME = "Editors’ approval"
SECTION_GROUP_PREFIX = "Section editors: "
# Wagtail's own starter groups: removed when nobody is in them, so the group
# list holds only the newsroom's roles ("Editors" next to "Editor" confuses).
WAGTAIL_STARTER_GROUPS = ("Editors", "Moderators")


def _permission(apps, dotted):
    Permission = apps.get_model("auth", "Permission")
    app_label, codename = dotted.split(".")
    try:
        return Permission.objects.get(
            content_type__app_label=app_label, codename=codename
        )
    except Permission.DoesNotExist:
        raise LookupError(f"Permission {dotted} does not exist") from None


def _page_permission(apps, codename):
    return _permission(apps, f"wagtailcore.{codename}")


def home_page(apps):
    """The site's root page (the magazine's home), or None before one exists."""
    Site = apps.get_model("wagtailcore", "Site")
    site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    return site.root_page if site else None


def _role_group(apps, spec):
    Group = apps.get_model("auth", "Group")
    Role = apps.get_model("newsroom", "Role")
    role = Role.objects.filter(key=spec.key).select_related("group").first()
    if role:
        # The group may have been renamed or redescribed in the admin: kept.
        return role.group
    group, _ = Group.objects.get_or_create(name=spec.name)
    Role.objects.update_or_create(
        group=group, defaults={"key": spec.key, "description": spec.description}
    )
    return group


def _grant_pages(apps, group, page, codenames):
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    for codename in codenames:
        GroupPagePermission.objects.get_or_create(
            group=group, page_id=page.pk, permission=_page_permission(apps, codename)
        )


def _approval_task(apps, name, groups):
    """A GroupApprovalTask named ``name`` reviewed by ``groups`` (added to)."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    task = GroupApprovalTask.objects.filter(name=name).first()
    if task is None:
        task = GroupApprovalTask.objects.create(
            name=name,
            active=True,
            content_type=ContentType.objects.get_or_create(
                app_label="wagtailcore", model="groupapprovaltask"
            )[0],
        )
    task.groups.add(*groups)
    return task


def _workflow(apps, name, task, page):
    """A one-task workflow ``name`` attached to ``page`` (unless it has one)."""
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    workflow, _ = Workflow.objects.get_or_create(name=name, defaults={"active": True})
    WorkflowTask.objects.get_or_create(
        workflow=workflow, task=task, defaults={"sort_order": 0}
    )
    if not WorkflowPage.objects.filter(page_id=page.pk).exists():
        WorkflowPage.objects.create(page_id=page.pk, workflow=workflow)
    return workflow


def _remove_unused_starter_groups(apps):
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowState = apps.get_model("wagtailcore", "WorkflowState")
    starters = Group.objects.filter(
        name__in=WAGTAIL_STARTER_GROUPS, user__isnull=True, role__isnull=True
    )
    if not starters.exists():
        return
    # Wagtail's "Moderators approval" workflow hangs on the tree root; with its
    # group gone nobody but an administrator could approve, so retire it too,
    # unless reviews are under way in it: then the Moderators group stays.
    moderators = Workflow.objects.filter(
        name="Moderators approval",
        workflow_tasks__task__groupapprovaltask__groups__name="Moderators",
    ).distinct()
    for workflow in moderators:
        if WorkflowState.objects.filter(
            workflow=workflow, status="in_progress"
        ).exists():
            starters = starters.exclude(name="Moderators")
            continue
        workflow.workflow_pages.all().delete()
        workflow.active = False
        workflow.save(update_fields=["active"])
    starters.delete()


def apply_roles(apps):
    """Create or complete the role groups, their permissions and the workflow.

    Idempotent: it only adds, so permissions an operator added survive a rerun.
    """
    GroupCollectionPermission = apps.get_model(
        "wagtailcore", "GroupCollectionPermission"
    )
    Collection = apps.get_model("wagtailcore", "Collection")
    home = home_page(apps)
    root_collection = Collection.objects.filter(depth=1).first()
    groups = {}
    for spec in ROLES:
        group = groups[spec.key] = _role_group(apps, spec)
        defaults = ADMIN_GROUP_DEFAULTS if ADMIN in spec.permissions else ()
        group.permissions.add(
            *(_permission(apps, p) for p in (*spec.permissions, *defaults))
        )
        if home is not None:
            _grant_pages(apps, group, home, spec.page_permissions)
        if root_collection is not None:
            for dotted in (*spec.collection_permissions, *defaults):
                GroupCollectionPermission.objects.get_or_create(
                    group=group,
                    collection=root_collection,
                    permission=_permission(apps, dotted),
                )
    _remove_unused_starter_groups(apps)
    if home is not None:
        reviewers = [groups[spec.key] for spec in ROLES if spec.reviewer]
        task = _approval_task(apps, TASK_NAME, reviewers)
        _workflow(apps, WORKFLOW_NAME, task, home)
    SectionPage = apps.get_model("sections", "SectionPage")
    for section in SectionPage.objects.order_by("path"):
        sync_section(apps, section)
    return groups


def remove_roles(apps):
    """Undo ``apply_roles``: the role groups (with their members and permissions),
    the sections' groups and workflows, and the "Editorial review" workflow.

    Wagtail's starter groups, which ``apply_roles`` removes when nobody is in
    them, are not made again: the next ``apply_roles`` would remove them.
    """
    Group = apps.get_model("auth", "Group")
    Role = apps.get_model("newsroom", "Role")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    section_ids = Role.objects.filter(section__isnull=False).values_list(
        "section_id", flat=True
    )
    for section_id in list(section_ids):
        remove_section(apps, section_id)
    for workflow in Workflow.objects.filter(name=WORKFLOW_NAME):
        for link in workflow.workflow_tasks.select_related("task"):
            if link.task.name == TASK_NAME:
                link.task.delete()
        workflow.delete()
    Group.objects.filter(role__key__in=[spec.key for spec in ROLES]).delete()


def section_group_name(apps, section, group_id=None):
    """ "Section editors: <title>", made unique if two sections share a title."""
    Group = apps.get_model("auth", "Group")
    name = f"{SECTION_GROUP_PREFIX}{section.title}"[:140]
    clash = Group.objects.filter(name=name).exclude(pk=group_id)
    return f"{name} #{section.pk}" if clash.exists() else name


def section_description(section):
    return (
        f"Edits, publishes and locks stories in “{section.title}” and approves "
        "submissions there. Give it together with the Section editor group."
    )


def sync_section(apps, section):
    """The section's editors group (created or renamed) and its review workflow.

    Stories in a section go to review by the editors and that section's editors;
    a section editor approves only there, never elsewhere.
    """
    Group = apps.get_model("auth", "Group")
    Role = apps.get_model("newsroom", "Role")
    role = Role.objects.filter(section_id=section.pk).select_related("group").first()
    if role is None:
        group = Group.objects.create(name=section_group_name(apps, section))
        role = Role.objects.create(
            group=group, section_id=section.pk, description=section_description(section)
        )
        _grant_pages(apps, group, section, SECTION)
    else:
        group = role.group
        old_name = group.name
        name = section_group_name(apps, section, group_id=group.pk)
        if name != old_name:
            group.name = name
            group.save(update_fields=["name"])
            role.description = section_description(section)
            role.save(update_fields=["description"])
    reviewers = [group]
    reviewers += [
        r.group
        for r in Role.objects.filter(key__in=[s.key for s in ROLES if s.reviewer])
    ]
    _sync_section_workflow(apps, section, role, reviewers)
    return group


def _sync_section_workflow(apps, section, role, reviewers):
    """The section's own review workflow: created once, then kept named after it.

    An operator who attaches another workflow to the section keeps it: only
    the workflow this module made (``role.workflow``) is renamed or extended.
    """
    ContentType = apps.get_model("contenttypes", "ContentType")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    # "Asia-Pacific", or "Politics #12" when two sections share a title.
    label = role.group.name.removeprefix(SECTION_GROUP_PREFIX)
    name = f"{WORKFLOW_NAME}: {label}"[:200]
    task_name = f"{TASK_NAME}: {label}"[:200]
    attached = WorkflowPage.objects.filter(page_id=section.pk).first()
    if attached is None:
        # A task of its own, never shared: it decides who approves here.
        task = GroupApprovalTask.objects.create(
            name=task_name,
            active=True,
            content_type=ContentType.objects.get_or_create(
                app_label="wagtailcore", model="groupapprovaltask"
            )[0],
        )
        task.groups.add(*reviewers)
        workflow = Workflow.objects.create(name=name, active=True)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
        WorkflowPage.objects.create(page_id=section.pk, workflow=workflow)
        role.workflow_id = workflow.pk
        role.save(update_fields=["workflow"])
        return
    workflow = attached.workflow
    if role.workflow_id is None and workflow.name.startswith(f"{WORKFLOW_NAME}: "):
        # The section's group was deleted and made again: adopt its workflow.
        role.workflow_id = workflow.pk
        role.save(update_fields=["workflow"])
    if role.workflow_id != workflow.pk:
        return
    if workflow.name != name:
        workflow.name = name
        workflow.save(update_fields=["name"])
    for link in WorkflowTask.objects.filter(workflow=workflow):
        task = GroupApprovalTask.objects.filter(pk=link.task_id).first()
        if task is not None and task.name.startswith(TASK_NAME):
            if task.name != task_name:
                task.name = task_name
                task.save(update_fields=["name"])
            # Only the section's own group: reviewers an operator removed stay out.
            task.groups.add(role.group)


def remove_section(apps, section_id):
    """A deleted section takes its editors group and review workflow with it."""
    Role = apps.get_model("newsroom", "Role")
    for role in Role.objects.filter(section_id=section_id).select_related("workflow"):
        if role.workflow is not None:
            for link in role.workflow.workflow_tasks.select_related("task"):
                link.task.delete()
            role.workflow.delete()
        role.group.delete()
