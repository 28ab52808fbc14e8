import faulthandler
import os
import signal

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.settings.production")

from masthead.page_cache.wsgi import PageCacheApplication  # noqa: E402

# Hits of the page cache are answered before Django; see docs/developers.md.
application = PageCacheApplication(get_wsgi_application())

from masthead.analytics.wsgi import BeaconApplication  # noqa: E402

# So are analytics beacons (masthead/analytics/beacon.py): thousands a second.
application = BeaconApplication(application)

# `kill -USR2 <web worker pid>` writes every thread's stack to standard error: where
# a hung request waits, without stopping the worker (docs/operators.md).
faulthandler.register(signal.SIGUSR2, all_threads=True)
