"""Headers for emails a reader can stop with one click in their mail program (RFC 8058)."""


def one_click_unsubscribe(url: str) -> dict:
    """`List-Unsubscribe` with the https URL that unsubscribes on a POST, and the
    `List-Unsubscribe-Post` marker that tells mail programs a POST with no cookie will do."""
    return {
        "List-Unsubscribe": f"<{url}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }
