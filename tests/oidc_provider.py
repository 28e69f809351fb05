"""A real OpenID Connect provider for the single sign-on tests: oidc-provider-mock on 127.0.0.1.

It serves discovery, the key set, the authorisation and token endpoints, and keeps users with
their claims (`set_user`). Its authorisation page is a form where the test (or the browser)
types the subject to sign in as. Between it and the site sits a WSGI layer of the tests' own
that records each token request and can replace the id_token of the next token response: how
the tests deliver a token signed by another key, or issued to another audience, to the site.
"""

import io
import json
import threading
from urllib.parse import parse_qs, urlencode, urlsplit

import jwt
import requests
import werkzeug.serving
from cryptography.hazmat.primitives.asymmetric import rsa


class _QuietHandler(werkzeug.serving.WSGIRequestHandler):
    def log_request(self, *args, **kwargs):
        pass


class Provider:
    def __init__(self):
        import oidc_provider_mock

        self.app = oidc_provider_mock.app()
        self.token_requests = []
        self.replace_id_token = None  # a function: the real id_token -> the one to send
        self.server = werkzeug.serving.make_server(
            "127.0.0.1", 0, self.wsgi, threaded=True, request_handler=_QuietHandler
        )
        self.issuer = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def stop(self):
        self.server.shutdown()
        self.server.server_close()

    def wsgi(self, environ, start_response):
        if environ["PATH_INFO"] != "/oauth2/token":
            return self.app(environ, start_response)
        length = int(environ.get("CONTENT_LENGTH") or 0)
        body = environ["wsgi.input"].read(length)
        self.token_requests.append({k: v[0] for k, v in parse_qs(body.decode()).items()})
        environ["wsgi.input"] = io.BytesIO(body)
        captured = {}

        def capture(status, headers, exc_info=None):
            captured["status"], captured["headers"] = status, headers

        content = b"".join(self.app(environ, capture))
        replace, self.replace_id_token = self.replace_id_token, None
        if replace is not None and captured["status"].startswith("200"):
            token = json.loads(content)
            token["id_token"] = replace(token["id_token"])
            content = json.dumps(token).encode()
        headers = [(k, v) for k, v in captured["headers"] if k.lower() != "content-length"]
        start_response(captured["status"], [*headers, ("Content-Length", str(len(content)))])
        return [content]

    # --- what an identity team does at the provider ---

    def set_user(self, sub, **claims):
        requests.put(f"{self.issuer}/users/{sub}", json=claims, timeout=10).raise_for_status()

    # --- what a person does at the provider ---

    def approve(self, authorize_url, sub) -> str:
        """Sign in as `sub` on the authorisation page; the URL it sends the browser back to."""
        response = requests.post(
            authorize_url, data={"sub": sub}, allow_redirects=False, timeout=10
        )
        assert response.status_code == 302, response.text[:500]
        return response.headers["Location"]

    def id_token_for(self, client_id, sub, nonce) -> str:
        """A genuine id_token of this provider, issued to another client (`client_id`)."""
        redirect_uri = "https://another-app.example/callback"
        authorize = f"{self.issuer}/oauth2/authorize?" + urlencode(
            {
                "response_type": "code",
                "client_id": client_id,
                "redirect_uri": redirect_uri,
                "scope": "openid email profile",
                "state": "another-app-state",
                "nonce": nonce,
            }
        )
        code = parse_qs(urlsplit(self.approve(authorize, sub)).query)["code"][0]
        response = requests.post(
            f"{self.issuer}/oauth2/token",
            data={
                "grant_type": "authorization_code",
                "code": code,
                "redirect_uri": redirect_uri,
                "client_id": client_id,
                "client_secret": "another-secret",
            },
            timeout=10,
        )
        response.raise_for_status()
        return response.json()["id_token"]


def resigned_with_another_key(id_token: str) -> str:
    """The same claims and key id, signed by a key the provider never published."""
    claims = jwt.decode(id_token, options={"verify_signature": False})
    header = jwt.get_unverified_header(id_token)
    stranger = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    headers = {"kid": header["kid"]} if "kid" in header else None
    return jwt.encode(claims, stranger, algorithm="RS256", headers=headers)
