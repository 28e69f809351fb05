"""The page tree keeps its shape: home → one directory → leader blogs → posts."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import HomePage
from leaders.models import BlogPostPage, LeaderBlogPage, LeaderDirectoryPage
from tests import factories


class PageTreeRulesTests(WagtailPageTestCase):
    def test_directory_only_under_home(self):
        self.assertCanCreateAt(HomePage, LeaderDirectoryPage)
        self.assertCanNotCreateAt(Page, LeaderDirectoryPage)
        self.assertCanNotCreateAt(LeaderBlogPage, LeaderDirectoryPage)

    def test_leader_blogs_only_under_the_directory(self):
        self.assertAllowedParentPageTypes(LeaderBlogPage, {LeaderDirectoryPage})
        self.assertCanNotCreateAt(HomePage, LeaderBlogPage)

    def test_posts_only_under_a_leader_blog_and_have_no_children(self):
        self.assertAllowedParentPageTypes(BlogPostPage, {LeaderBlogPage})
        self.assertAllowedSubpageTypes(BlogPostPage, set())

    def test_only_one_directory_can_exist(self):
        home = factories.home_page()
        factories.directory_page(home)
        self.assertFalse(LeaderDirectoryPage.can_create_at(home))

    def test_a_post_with_every_block_type_can_be_created_in_the_admin(self):
        home = factories.home_page()
        blog = factories.leader_blog(factories.directory_page(home), name="Ada Lovell")
        diagram = factories.image(title="Chart")
        self.client.force_login(
            factories.UserFactory(username="root", is_superuser=True, is_staff=True)
        )
        body = streamfield(
            [
                ("paragraph", rich_text("<p>Hello, Eastmoor.</p>")),
                ("heading", {"text": "Why", "level": "h2"}),
                ("quote", {"quote": "Listen first.", "attribution": "A resident"}),
                (
                    "video",
                    {
                        "url": "https://youtu.be/aqz-KE-bpKQ?t=42",
                        "title": "A message",
                        "caption": "",
                        "transcript": rich_text(""),
                    },
                ),
                (
                    "diagram",
                    {
                        "image": diagram.pk,
                        "alt_text": "Bar chart of spending",
                        "caption": "Spending",
                        "long_description": rich_text("<p>Care: 38p.</p>"),
                        "credit": "",
                        "credit_url": "",
                        "licence": "ogl",
                    },
                ),
            ]
        )
        self.assertCanCreate(
            blog,
            BlogPostPage,
            nested_form_data(
                {
                    "title": "Hello",
                    "date": "2026-11-01",
                    "summary": "A first post.",
                    "body": body,
                    "allow_comments": "on",
                    "tags": "listening",
                }
            ),
        )
        post = BlogPostPage.objects.get(slug="hello", locale=blog.locale)
        self.assertEqual(
            [block.block_type for block in post.body],
            ["paragraph", "heading", "quote", "video", "diagram"],
        )
        self.assertPageIsRoutable(post)
        self.assertPageIsRenderable(post)
