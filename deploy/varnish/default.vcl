# Varnish in front of the app servers: keeps what the site marks public, purged by Wagtail.
#
# The site decides what may be kept (pagecache/cache_control.py): public pages carry
# `s-maxage`, `stale-while-revalidate` and `stale-if-error`; anything for one reader is
# `private`. This VCL keeps nothing that lacks `s-maxage`, so a new kind of response is never
# shared by accident. Site-specific parts (the app servers, their health probe, who may purge)
# live in backends.vcl beside this file: see backends.vcl.example and docs/deployment.md.

vcl 4.1;

import std;
import directors;

include "backends.vcl";

# Parameters no page reads, added by social sites, newsletters and ad networks. The site
# ignores every parameter a page does not read; dropping these here as well lets a shared
# link be served from Varnish rather than from the site's own page cache.
sub strip_tracking_parameters {
    set req.url = regsuball(
        req.url,
        "([?&])(utm_[^=&]*|fbclid|gclid|gbraid|wbraid|dclid|msclkid|mc_cid|mc_eid|igshid|yclid|twclid|_ga|_gl)(=[^&]*)?(?=&|$)",
        "\1");
    set req.url = regsuball(req.url, "&&+", "&");
    set req.url = regsub(req.url, "\?&", "?");
    set req.url = regsub(req.url, "[?&]$", "");
    set req.url = std.querysort(req.url);
}

sub vcl_recv {
    set req.backend_hint = app.backend();

    # Wagtail's frontend cache (HTTPBackend) sends `PURGE <path>` when a page changes. The
    # path is banned with every query string it has (a listing's ?page=N) and on every host.
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        ban("obj.http.x-path == " + regsub(req.url, "\?.*$", ""));
        return (synth(200, "Purged"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # A signed-in editor (Django's session cookie), a reader about to see a message, or a
    # client that authenticates: never from the cache, never into it.
    if (req.http.Authorization || req.http.Cookie ~ "(^|;\s*)(sessionid|messages)=") {
        return (pass);
    }
    call strip_tracking_parameters;
    # While the app servers are healthy a page past its lifetime is served for one more
    # minute while Varnish fetches a new copy (stale-while-revalidate); when every server
    # fails its health probe, the last good copy is served for up to a day (stale-if-error).
    if (std.healthy(req.backend_hint)) {
        set req.grace = 60s;
    }
    # The Cookie header is left for the site: a page carrying the comment form needs the
    # reader's CSRF cookie. Public pages do not depend on it (see vcl_backend_response).
    return (hash);
}

sub vcl_backend_response {
    # What a PURGE matches: the path, whatever the query string.
    set beresp.http.x-path = regsub(bereq.url, "\?.*$", "");
    # A refresh in the background that fails keeps the stale copy (stale-if-error).
    if (beresp.status >= 500 && bereq.is_bgfetch) {
        return (abandon);
    }
    if (beresp.http.Cache-Control !~ "s-maxage=" ||
        beresp.http.Cache-Control ~ "(private|no-store|no-cache)" ||
        beresp.http.Set-Cookie ||
        beresp.status != 200) {
        # Not for sharing: pass such requests straight on for a while (hit-for-miss).
        set beresp.uncacheable = true;
        set beresp.ttl = 60s;
        return (deliver);
    }
    # Varnish takes the lifetime from s-maxage; how long to keep it past that for failures
    # comes from stale-if-error.
    if (beresp.http.Cache-Control ~ "stale-if-error=[0-9]+") {
        set beresp.grace = std.duration(
            regsub(beresp.http.Cache-Control, "^.*stale-if-error=([0-9]+).*$", "\1s"), 0s);
    }
    # The site says Vary: Cookie because a signed-in editor gets another page; those requests
    # pass above, so the public copy is the same whatever cookies a reader sends.
    if (beresp.http.Vary) {
        set beresp.http.Vary = regsuball(beresp.http.Vary, "(^|,)\s*Cookie\s*(,|$)", "\1");
        set beresp.http.Vary = regsub(beresp.http.Vary, "^[\s,]+|[\s,]+$", "");
        if (beresp.http.Vary == "") {
            unset beresp.http.Vary;
        }
    }
    return (deliver);
}

sub vcl_deliver {
    unset resp.http.x-path;
    # Whether this answer came from Varnish (with its age) or from an app server.
    if (obj.uncacheable) {
        set resp.http.X-Cache = "PASS";
    } elsif (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
