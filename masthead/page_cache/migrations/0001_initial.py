# The tables were created by core's migration 0003 and renamed by core's 0004:
# this only takes them into the page cache app's state.

from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("core", "0004_page_cache_models_move"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="CacheFootprint",
                    fields=[
                        (
                            "page_id",
                            models.BigIntegerField(primary_key=True, serialize=False),
                        ),
                        ("footprint", models.JSONField(default=dict)),
                    ],
                ),
                migrations.CreateModel(
                    name="FrontendCachedUrl",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        ("tag", models.CharField(max_length=100)),
                        ("url", models.CharField(max_length=2000)),
                    ],
                    options={
                        "indexes": [
                            models.Index(
                                fields=["tag"], name="core_fronte_tag_2d1c1b_idx"
                            )
                        ],
                        "constraints": [
                            models.UniqueConstraint(
                                fields=("tag", "url"), name="unique_cached_url"
                            )
                        ],
                    },
                ),
            ],
        ),
        migrations.RenameIndex(
            model_name="frontendcachedurl",
            new_name="page_cache_url_tag_idx",
            old_name="core_fronte_tag_2d1c1b_idx",
        ),
    ]
