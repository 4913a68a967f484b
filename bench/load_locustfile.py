"""The locust user of bench/load: each task asks for one kind of page, its URLs in turn.

bench/load passes the pages as JSON in ``BENCH_PAGES`` ({name: [url, ...]}) and their weights
in ``BENCH_WEIGHTS``; every request is reported under its page's name.
"""

import itertools
import json
import os

from locust import HttpUser, between

PAGES = json.loads(os.environ["BENCH_PAGES"])
WEIGHTS = json.loads(os.environ["BENCH_WEIGHTS"])
_cycles = {name: itertools.cycle(urls) for name, urls in PAGES.items()}


def _visit(name):
    def visit(user):
        with user.client.get(next(_cycles[name]), name=name, catch_response=True,
                             allow_redirects=False) as response:
            if response.status_code != 200:
                response.failure(f"status {response.status_code}")
    visit.__name__ = f"visit_{name}"
    return visit


class Visitor(HttpUser):
    wait_time = between(0.2, 1.0)
    tasks = {_visit(name): WEIGHTS.get(name, 1) for name in PAGES}
