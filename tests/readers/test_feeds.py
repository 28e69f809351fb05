"""RSS and Atom feeds: site-wide, per leader and per topic, parsed as a feed reader would."""

import feedparser
import pytest
from wagtail.models import PageViewRestriction

FEEDS = {
    "/feed/": [
        "Libraries stay open",
        "Fire station open day",
        "Winter ready",
        "Budget questions answered",
    ],
    "/leaders/ada-lovell/feed/": [
        "Libraries stay open",
        "Winter ready",
        "Budget questions answered",
    ],
    "/tags/budget/feed/": [
        "Libraries stay open",
        "Fire station open day",
        "Budget questions answered",
    ],
}


def parse(client, path):
    response = client.get(path)
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return response, feed


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["", "atom/"])
@pytest.mark.parametrize("path", FEEDS)
def test_feeds_parse_and_list_live_posts_newest_first(client, posts, path, kind):
    response, feed = parse(client, path + kind)
    expected_type = "application/atom+xml" if kind else "application/rss+xml"
    assert response["Content-Type"].startswith(expected_type)
    assert [entry.title for entry in feed.entries] == FEEDS[path]


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/leaders/ada-lovell/feed/", "/leaders/ada-lovell/feed/atom/"])
def test_feed_entries_carry_author_dates_tags_full_content_and_hero(client, posts, path):
    _response, feed = parse(client, path)
    entry = feed.entries[0]
    assert entry.title == "Libraries stay open"
    assert entry.link == "https://leaders.example/leaders/ada-lovell/libraries-stay-open/"
    assert "Ada Lovell" in entry.author
    assert entry.summary == "Summary of Libraries stay open."
    assert "reading rooms will open on Sundays" in entry.content[0].value
    assert entry.published_parsed is not None
    assert {tag.term for tag in entry.tags} == {"libraries", "budget", "listening"}
    enclosure = entry.enclosures[0]
    assert enclosure.type == "image/jpeg"
    assert enclosure.href.startswith("https://leaders.example/media/images/")
    assert 'alt="The town hall at dusk"' in entry.content[0].value


@pytest.mark.django_db
def test_feed_content_uses_absolute_urls(client, blog_a):
    from tests import factories

    diagram = factories.image(title="Chart", filename="chart.png")
    factories.blog_post(
        blog_a,
        title="With a chart",
        body=[
            {
                "type": "diagram",
                "value": {"image": diagram.pk, "alt_text": "A chart", "caption": "Numbers"},
            }
        ],
    )
    _response, feed = parse(client, "/leaders/ada-lovell/feed/atom/")
    content = feed.entries[0].content[0].value
    assert 'src="/' not in content and 'href="/' not in content
    assert "https://leaders.example/media/images/" in content


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/feed/", "/leaders/ada-lovell/feed/atom/", "/tags/budget/feed/"])
def test_feeds_never_include_drafts_unpublished_or_private_posts(client, posts, draft, path):
    posts["middle"].unpublish()
    PageViewRestriction.objects.create(
        page=posts["old"], restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )
    _response, feed = parse(client, path)
    titles = {entry.title for entry in feed.entries}
    assert titles.isdisjoint({draft.title, "Winter ready", "Budget questions answered"})
    assert "Libraries stay open" in titles


@pytest.mark.django_db
def test_unknown_topic_feed_is_not_found(client, posts):
    assert client.get("/tags/nothing/feed/").status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "feed_url"),
    [
        ("/", "/feed/"),
        ("/leaders/ada-lovell/", "/leaders/ada-lovell/feed/atom/"),
        ("/leaders/ada-lovell/libraries-stay-open/", "/leaders/ada-lovell/feed/"),
        ("/tags/budget/", "/tags/budget/feed/atom/"),
    ],
)
def test_pages_announce_their_feeds_for_autodiscovery(client, posts, path, feed_url):
    html = client.get(path).content.decode()
    assert '<link rel="alternate" type="application/' in html
    assert f'href="{feed_url}"' in html
    assert 'type="application/rss+xml"' in html and 'type="application/atom+xml"' in html


@pytest.mark.django_db
def test_feeds_page_lists_every_leader_and_topic_feed(client, posts):
    html = client.get("/feeds/").content.decode()
    for url in (
        "/feed/",
        "/leaders/ada-lovell/feed/",
        "/leaders/ben-okoro/feed/atom/",
        "/tags/winter/feed/",
    ):
        assert f'href="{url}"' in html
