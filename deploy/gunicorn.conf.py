"""gunicorn's configuration for ejrc: ``gunicorn -c deploy/gunicorn.conf.py ejrc.wsgi:application``.

Every value can be changed by an environment variable, so the same file serves one machine
and a fleet behind a load balancer (docs/deployment.md). bench/load starts the site with it.
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# Processes: (2 x cores) + 1 is gunicorn's own advice; each runs `threads` requests at once.
workers = int(os.environ.get("WEB_CONCURRENCY", str(multiprocessing.cpu_count() * 2 + 1)))
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
# A request taking longer than this is killed and logged (exports of 50,000 rows take seconds).
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
graceful_timeout = 30
keepalive = 5
# Recycle each worker after this many requests (plus jitter), so slow leaks never add up.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "2000"))
max_requests_jitter = 200
# The proxy in front (nginx, the load balancer) may tell the client's protocol and address.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None  # "" turns it off
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
proc_name = "ejrc"
