"""What the desktop makes of the sync hub's HTTP answers: a hub whose database is away is
offline (sync later), a refused sign-in asks for a new one; neither is "refused the data"."""

from __future__ import annotations

import http.server
import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from fredapp.core.sync.hub_interface import HubRefused, HubSignInRefused, HubUnavailable
from fredapp.core.sync.remote import ServerHub


def answering(status: int, detail: str) -> type[http.server.BaseHTTPRequestHandler]:
    class Handler(http.server.BaseHTTPRequestHandler):
        asked = 0

        def _answer(self) -> None:
            type(self).asked += 1
            body = json.dumps({"detail": detail}).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = _answer

        def log_message(self, *_args: object) -> None:
            pass

    return Handler


@pytest.fixture
def hub_answering(request: pytest.FixtureRequest) -> Iterator[tuple[str, type]]:
    status, detail = request.param
    handler = answering(status, detail)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", handler
    finally:
        server.shutdown()
        server.server_close()


def hub(url: str, tmp_path: Path) -> ServerHub:
    return ServerHub(url, "fh1.x.y", mirror=tmp_path / "mirror.sqlite", retries=2)


@pytest.mark.parametrize(
    "hub_answering",
    [(503, "the hub's database is not reachable just now; try again")],
    indirect=True,
)
def test_a_hub_whose_database_is_away_is_offline_after_retries(
    hub_answering: tuple[str, type], tmp_path: Path
) -> None:
    url, handler = hub_answering
    with pytest.raises(HubUnavailable, match="not reachable") as caught:
        hub(url, tmp_path).pull(tmp_path)
    assert not isinstance(caught.value, HubRefused)
    assert handler.asked == 3  # the first try and two retries


@pytest.mark.parametrize("hub_answering", [(401, "token revoked")], indirect=True)
def test_a_refused_sign_in_is_its_own_kind_with_the_hubs_reason(
    hub_answering: tuple[str, type], tmp_path: Path
) -> None:
    url, handler = hub_answering
    with pytest.raises(HubSignInRefused, match="refused the sign-in: token revoked"):
        hub(url, tmp_path).pull(tmp_path)
    assert handler.asked == 1  # not retried


@pytest.mark.parametrize(
    "hub_answering", [(422, "a NUL character in measure.title")], indirect=True
)
def test_refused_data_is_a_refusal_not_a_sign_in(
    hub_answering: tuple[str, type], tmp_path: Path
) -> None:
    url, _handler = hub_answering
    with pytest.raises(HubRefused, match="NUL character") as caught:
        hub(url, tmp_path).pull(tmp_path)
    assert not isinstance(caught.value, HubSignInRefused | HubUnavailable)
