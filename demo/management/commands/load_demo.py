"""Load the demo site: three leaders with portraits, posts, a video, diagrams and demo users,
in English and in Welsh (demo/welsh.py).

Idempotent: what already exists (matched by username, image title or page slug) is left as
it is, so running it twice changes nothing. Refuses to run where DEMO_PASSWORD is not set
(production settings never set it), so demo accounts never reach a real site.
"""

import datetime
import io
import json

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.images import ImageFile
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from wagtail.images import get_image_model
from wagtail.models import Site

from demo import comments as demo_comments
from demo import content as demo_content
from demo.images import draw_bar_chart_png, draw_bar_chart_svg, draw_portrait
from demo.starter_pages import create_site_pages
from demo.welsh import WelshTree
from home.models import HomePage
from leaders import roles
from leaders.models import BlogPostPage, LeaderBlogPage, LeaderDirectoryPage, LeaderLink
from leaders.site_url import absolute_url

HOME_INTRO = (
    "<p>Leadership Voices is where the leaders of Eastmoor's public services write in their "
    "own words: what they are working on, what they have heard from you, and what they have "
    "got wrong. Every post is checked by the communications team before it is published, and "
    "every comment is read by a moderator before it appears.</p>"
)
DIRECTORY_INTRO = "<p>Read the blogs of the people who lead Eastmoor's public services.</p>"


class Command(BaseCommand):
    help = "Create the demo leaders, posts and users (development only; idempotent)."

    def handle(self, *args, **options):
        password = getattr(settings, "DEMO_PASSWORD", None)
        if not password:
            raise CommandError(
                "load_demo creates accounts with a known password, so it only runs where "
                "DEMO_PASSWORD is configured (development settings), never in production."
            )
        with transaction.atomic():
            home = self.home_page()
            directory = self.directory(home)
            diagrams = {
                key: self.diagram_image(key, spec) for key, spec in demo_content.DIAGRAMS.items()
            }
            users = [
                self.user("admin", "admin@eastmoor.example", password, superuser=True),
                self.user(
                    "comms",
                    "comms@eastmoor.example",
                    password,
                    first_name="Sam",
                    last_name="Okafor",
                ),
            ]
            for leader in demo_content.LEADERS:
                user = self.user(
                    leader["username"], leader["email"], password, *leader["name"].split(" ", 1)
                )
                users.append(user)
                blog = self.blog(directory, leader, user)
                for post in leader["posts"]:
                    self.post(blog, post, diagrams)
                    demo_comments.load_threads(blog, post)
            # Leaders get their blog's rights when the blog is saved; comms joins its team.
            roles.ensure_roles()
            comms = next(user for user in users if user.username == "comms")
            comms.groups.add(Group.objects.get(name=roles.COMMS_GROUP))
            self.posts_in_review(directory, comms)
            create_site_pages(home)  # accessibility, privacy, cookies, comment policy
            # The Welsh tree: every page in Welsh but what demo/content_cy.py leaves out.
            WelshTree(self.diagram_image).load(home, directory)
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
        admin = absolute_url(reverse("wagtailadmin_home"))
        self.stdout.write(f"Demo logins (development only) at {admin}:")
        for user in users:
            self.stdout.write(f"  {user.username:<16} password: {password}")

    def home_page(self):
        home = Site.objects.get(is_default_site=True).root_page.specific
        if not isinstance(home, HomePage):
            raise CommandError("The default site's root page is not a HomePage; run migrate.")
        if not home.intro:
            home.intro = HOME_INTRO
            home.save_revision().publish()
        return home

    def directory(self, home):
        directory = LeaderDirectoryPage.objects.child_of(home).first()
        if directory is None:
            directory = LeaderDirectoryPage(
                title="Our leaders", slug="leaders", intro=DIRECTORY_INTRO
            )
            home.add_child(instance=directory)
            directory.save_revision().publish()
        return directory

    def user(self, username, email, password, first_name="", last_name="", superuser=False):
        User = get_user_model()
        user = User.objects.filter(username=username).first()
        if user is None:
            create = User.objects.create_superuser if superuser else User.objects.create_user
            user = create(
                username=username,
                email=email,
                password=password,
                first_name=first_name,
                last_name=last_name,
            )
        return user

    def image(self, title, filename, data):
        Image = get_image_model()
        image = Image.objects.filter(title=title).first()
        if image is None:
            image = Image(title=title)
            image.file.save(filename, ImageFile(io.BytesIO(data), name=filename), save=False)
            image.save()
        return image

    def diagram_image(self, key, spec):
        if spec["format"] == "svg":
            data = draw_bar_chart_svg(spec["title"], spec["bars"], spec.get("unit", ""))
        else:
            data = draw_bar_chart_png(spec["title"], spec["bars"], spec.get("unit", ""))
        return self.image(spec["title"], f"{key}.{spec['format']}", data)

    def blog(self, directory, leader, user):
        blog = LeaderBlogPage.objects.child_of(directory).filter(slug=leader["slug"]).first()
        if blog is not None:
            return blog
        initials = "".join(part[0] for part in leader["name"].split()[:2])
        portrait = self.image(
            f"Portrait of {leader['name']}",
            f"portrait-{leader['slug']}.png",
            draw_portrait(initials, leader["portrait_colour"]),
        )
        blog = LeaderBlogPage(
            title=leader["name"],
            slug=leader["slug"],
            name=leader["name"],
            role=leader["role"],
            organisation=leader["organisation"],
            portrait=portrait,
            portrait_alt_text=f"Portrait of {leader['name']}",
            biography="".join(f"<p>{paragraph}</p>" for paragraph in leader["biography"]),
            leader=user,
        )
        for title, url in leader["links"]:
            blog.links.add(LeaderLink(title=title, url=url))
        directory.add_child(instance=blog)
        blog.save_revision().publish()
        return blog

    def post(self, blog, spec, diagrams):
        if BlogPostPage.objects.child_of(blog).filter(slug=spec["slug"]).exists():
            return
        date = timezone.localdate() - datetime.timedelta(days=spec["days_ago"])
        post = BlogPostPage(
            title=spec["title"],
            slug=spec["slug"],
            date=date,
            summary=spec["summary"],
            body=json.dumps([_raw_block(kind, value, diagrams) for kind, value in spec["body"]]),
            owner=blog.leader,
        )
        blog.add_child(instance=post)
        post.tags.add(*spec["tags"])
        revision = post.save_revision(user=blog.leader)
        revision.publish()
        # The demo's history looks as if each post went out on its own date.
        published_at = timezone.make_aware(datetime.datetime.combine(date, datetime.time(9)))
        BlogPostPage.objects.filter(pk=post.pk).update(
            first_published_at=published_at, last_published_at=published_at
        )

    def posts_in_review(self, directory, comms):
        """Two drafts in the approval workflow, so each demo login has something to act on."""
        for slug, author_is_leader, title, summary, text in PENDING_POSTS:
            blog = LeaderBlogPage.objects.child_of(directory).get(slug=slug)
            author = blog.leader if author_is_leader else comms
            if BlogPostPage.objects.child_of(blog).filter(title=title).exists():
                continue
            post = BlogPostPage(
                title=title,
                slug=slugify(title),
                summary=summary,
                body=json.dumps([{"type": "paragraph", "value": f"<p>{text}</p>"}]),
                live=False,
                owner=author,
            )
            blog.add_child(instance=post)
            post.save_revision(user=author)
            post.get_workflow().start(post, author)


# A post the leader wrote (waiting for the communications team) and one the communications team
# drafted for a leader (waiting for the leader's sign-off).
PENDING_POSTS = [
    (
        "amira-hassan",
        True,
        "What the residents' panel changed",
        "Three changes to next year's plans that came straight from the residents' panel.",
        "The residents' panel met four times this autumn. Three of its suggestions are now in "
        "next year's plans: longer library opening on Saturdays, a single phone number for "
        "missed bin collections, and plain-English letters about council tax.",
    ),
    (
        "rhiannon-price",
        False,
        "Smoke alarm checks this winter",
        "Crews will visit older residents to check smoke alarms before the cold weather.",
        "Over the winter our crews will offer free home safety visits to residents over 75. "
        "A visit takes half an hour and includes fitting a smoke alarm where one is missing.",
    ),
]


def _raw_block(kind, value, diagrams):
    """The stored (raw JSON) form of one body block from the demo content's shorthand."""
    if kind == "diagram":
        spec = demo_content.DIAGRAMS[value]
        value = {
            "image": diagrams[value].pk,
            "alt_text": spec["alt_text"],
            "caption": spec["caption"],
            "long_description": spec.get("long_description", ""),
            "credit": spec.get("credit", ""),
            "credit_url": spec.get("credit_url", ""),
            "licence": spec.get("licence", "none"),
        }
    return {"type": kind, "value": value}
