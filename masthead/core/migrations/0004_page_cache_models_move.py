# The page cache's tables move to their own app (masthead.page_cache) with their rows.

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0003_page_cache_footprints"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[
                migrations.AlterModelTable("CacheFootprint", "page_cache_cachefootprint"),
                migrations.AlterModelTable(
                    "FrontendCachedUrl", "page_cache_frontendcachedurl"
                ),
            ],
            state_operations=[
                migrations.DeleteModel("CacheFootprint"),
                migrations.DeleteModel("FrontendCachedUrl"),
            ],
        ),
    ]
