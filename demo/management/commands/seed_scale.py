"""Seed a large, realistic data set for the benchmark: many leaders, posts and approved comments.

Creating Wagtail pages one by one (`add_child`, revisions) takes minutes for thousands of posts,
so this writes the rows in bulk: tree paths, depth, numchild and url_path are computed as
treebeard and Wagtail would (`manage.py fixtree` finds nothing to repair), then the search
index is built with `update_index`. Pages get no revisions: they look as if imported live.

Comments are django-comments-xtd rows written directly, with the thread fields (thread_id,
parent_id, level, order, nested_count) that xtd's own `save()` would compute.
"""

import datetime
import json
import random
import uuid

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import UNUSABLE_PASSWORD_PREFIX
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone
from django_comments.models import Comment
from django_comments_xtd.models import XtdComment
from taggit.models import Tag
from wagtail.models import Locale, Page, Site

from comments.targets import post_content_type
from leaders.models import BlogPostPage, BlogPostTag, LeaderBlogPage, LeaderDirectoryPage

LEADERS = 25
POSTS_PER_LEADER = 200
COMMENTS = 50_000
BIG_THREAD = 1_000
UNUSABLE_PASSWORD = UNUSABLE_PASSWORD_PREFIX + "seeded"
BIG_THREAD_SLUG = "the-big-conversation"
TAGS = [
    "budget", "housing", "social care", "fire safety", "transport", "schools", "climate",
    "libraries", "planning", "waste", "health", "community", "jobs", "parks", "safety",
    "consultation", "digital", "elections", "flooding", "young people",
]  # fmt: skip
# One thread, depth first: each entry is the index of the parent within the thread.
THREAD_SHAPE = [None, 0, 1, 0, 3, 0]
SENTENCE = (
    "thank you for explaining the decision clearly residents in our street have asked "
    "about this for years and we would welcome a meeting to talk about the next steps"
)
WORDS = SENTENCE.split()


def paragraph(text):
    return {"type": "paragraph", "value": f"<p>{text}</p>", "id": str(uuid.uuid4())}


class Command(BaseCommand):
    help = "Bulk-seed leaders, posts, tags and approved threaded comments (benchmark data)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--scale", type=int, default=1, help="Multiply posts and comments (10 for ten times)."
        )
        parser.add_argument("--leaders", type=int, default=LEADERS)
        parser.add_argument("--posts-per-leader", type=int, default=POSTS_PER_LEADER)
        parser.add_argument("--comments", type=int, default=COMMENTS)
        parser.add_argument("--big-thread", type=int, default=BIG_THREAD)
        parser.add_argument("--no-index", action="store_true", help="Skip update_index.")

    def handle(self, *args, **options):
        if options["scale"] < 1:
            raise CommandError("--scale must be 1 or more.")
        posts_per_leader = options["posts_per_leader"] * options["scale"]
        comments = options["comments"] * options["scale"]
        if LeaderBlogPage.objects.exists():
            raise CommandError("Leader blogs exist already: seed_scale needs an empty database.")
        self.random = random.Random(6)  # noqa: S311 - repeatable data, not security
        with transaction.atomic():
            directory = self.directory()
            users = self.users(options["leaders"])
            blogs = self.pages(
                directory,
                LeaderBlogPage,
                [self.blog_fields(n, user) for n, user in enumerate(users, start=1)],
            )
            tags = [Tag.objects.get_or_create(name=name)[0] for name in TAGS]
            posts = []
            for blog in blogs:
                posts += self.pages(
                    blog,
                    BlogPostPage,
                    [self.post_fields(blog, n) for n in range(posts_per_leader)],
                )
            BlogPostTag.objects.bulk_create(
                [
                    BlogPostTag(content_object_id=post.pk, tag_id=tags[index].pk)
                    for n, post in enumerate(posts)
                    for index in self.tag_indexes(n, len(tags))
                ],
                batch_size=2000,
            )
            self.comments(posts, comments, options["big_thread"])
        if not options["no_index"]:
            call_command("update_index", verbosity=0)
        with connection.cursor() as cursor:
            # After a bulk load the query planner needs fresh statistics (SQLite keeps none
            # until asked) to prefer the indexes, e.g. the post date for "latest posts".
            cursor.execute("ANALYZE")
        self.stdout.write(
            self.style.SUCCESS(
                f"Seeded {len(blogs)} leaders, {len(posts)} posts, {comments} comments "
                f"({options['big_thread']} on /{blogs[0].slug}/{BIG_THREAD_SLUG}/)."
            )
        )

    @staticmethod
    def tag_indexes(n, count):
        """Two different tags per post, spread evenly over the tag list."""
        first = n % count
        return first, (first + 1 + (n // count) % (count - 1)) % count

    def directory(self):
        home = Site.objects.get(is_default_site=True).root_page
        directory = LeaderDirectoryPage.objects.child_of(home).first()
        if directory is None:
            directory = LeaderDirectoryPage(title="Our leaders", slug="leaders")
            home.add_child(instance=directory)
            directory.save_revision().publish()
        return directory

    def users(self, count):
        User = get_user_model()
        User.objects.bulk_create(
            [
                User(
                    username=f"leader{n:03d}",
                    first_name="Leader",
                    last_name=f"{n:03d}",
                    email=f"leader{n:03d}@example.org",
                    password=UNUSABLE_PASSWORD,  # never used to log in
                )
                for n in range(1, count + 1)
            ]
        )
        return list(User.objects.filter(username__startswith="leader").order_by("username"))

    def blog_fields(self, n, user):
        name = f"Leader {n:02d}"
        return {
            "title": name,
            "slug": f"leader-{n:02d}",
            "name": name,
            "role": self.random.choice(
                ["Chief Executive", "Director of Housing", "Chief Fire Officer"]
            ),
            "organisation": "Eastmoor Borough Council",
            "biography": f"<p>{name} has led public services in Eastmoor for many years.</p>",
            "leader_id": user.pk,
        }

    def post_fields(self, blog, n):
        date = datetime.date(2026, 11, 1) - datetime.timedelta(days=n)
        slug = BIG_THREAD_SLUG if (blog.slug == "leader-01" and n == 0) else f"post-{n:05d}"
        text = " ".join(self.random.choices(WORDS, k=120))
        return {
            "title": f"{blog.name}: update {n}",
            "slug": slug,
            "date": date,
            "summary": f"What {blog.name} heard this week, and what happens next.",
            "body": json.dumps([paragraph(text), paragraph(text[::-1])]),
            "_published": timezone.make_aware(datetime.datetime.combine(date, datetime.time(9))),
        }

    def pages(self, parent, model, rows):
        """Append `rows` as live children of `parent`: base rows first, then the model's own."""
        content_type = ContentType.objects.get_for_model(model)
        locale_id = Locale.get_default().pk
        start = parent.numchild
        base_rows = []
        for offset, row in enumerate(rows, start=1):
            published = row.pop("_published", timezone.now())
            base_rows.append(
                Page(
                    title=row["title"],
                    draft_title=row["title"],
                    slug=row["slug"],
                    content_type=content_type,
                    locale_id=locale_id,
                    translation_key=uuid.uuid4(),
                    path=Page._get_path(parent.path, parent.depth + 1, start + offset),
                    depth=parent.depth + 1,
                    numchild=0,
                    url_path=f"{parent.url_path}{row['slug']}/",
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=published,
                    last_published_at=published,
                )
            )
        Page.objects.bulk_create(base_rows, batch_size=500)
        specific = []
        for base, row in zip(base_rows, rows, strict=True):
            own = {k: v for k, v in row.items() if k not in ("title", "slug")}
            specific.append(model(page_ptr_id=base.pk, **own))
        self.insert_own_rows(model, specific)
        Page.objects.filter(pk=parent.pk).update(numchild=start + len(rows))
        parent.numchild = start + len(rows)
        return list(model.objects.filter(pk__in=[b.pk for b in base_rows]).order_by("path"))

    def insert_own_rows(self, model, objs):
        """bulk_create refuses multi-table children; insert only the child table's columns.

        This is what Model.save_base does for one object (`_base_manager._insert`), batched.
        """
        fields = list(model._meta.local_concrete_fields)
        batch = max(1, connection.ops.bulk_batch_size(fields, objs))
        for start in range(0, len(objs), batch):
            model._base_manager._insert(objs[start : start + batch], fields=fields)

    def comments(self, posts, total, big_thread):
        content_type = post_content_type()
        big = next(post for post in posts if post.slug == BIG_THREAD_SLUG)
        others = [post for post in posts if post.pk != big.pk]
        counts = {big.pk: min(big_thread, total)}
        remaining = total - counts[big.pk]
        for n, post in enumerate(others):
            counts[post.pk] = remaining // len(others) + (1 if n < remaining % len(others) else 0)
        base_time = timezone.make_aware(datetime.datetime(2026, 11, 2, 12))
        batch = []
        for post_pk, count in counts.items():
            batch += self.threads(content_type, post_pk, count, base_time, offset=len(batch))
            if len(batch) >= 20_000:
                self.insert_comments(batch)
                batch = []
        self.insert_comments(batch)

    def threads(self, content_type, post_pk, count, base_time, offset):
        """`count` comments on one post in thread order, each with its parent's index in the
        batch (`offset` is where this post's rows start in it), or None for a thread's root."""
        rows = []
        for n in range(count):
            position = n % len(THREAD_SHAPE)
            parent = THREAD_SHAPE[position]
            rows.append(
                (
                    Comment(
                        content_type=content_type,
                        object_pk=str(post_pk),
                        site_id=settings.SITE_ID,
                        user_name=f"Resident {n % 97}",
                        user_email=f"resident{n % 97}@example.org",
                        comment=" ".join(self.random.choices(WORDS, k=30)),
                        submit_date=base_time + datetime.timedelta(minutes=n),
                        is_public=True,
                        is_removed=False,
                    ),
                    None if parent is None else offset + n - position + parent,
                )
            )
        return rows

    def insert_comments(self, rows):
        """Base comment rows in bulk, then xtd's thread rows that reference their ids."""
        if not rows:
            return
        bases = Comment.objects.bulk_create([comment for comment, _parent in rows], batch_size=2000)
        levels, roots, orders, nested = [], [], [], [0] * len(rows)
        for n, (_comment, parent) in enumerate(rows):
            if parent is None:
                levels.append(0)
                roots.append(n)
                orders.append(1)
            else:
                levels.append(levels[parent] + 1)
                roots.append(roots[parent])
                orders.append(orders[n - 1] + 1)
                ancestor = parent
                while ancestor is not None:
                    nested[ancestor] += 1
                    ancestor = rows[ancestor][1]
        xtd = [
            XtdComment(
                comment_ptr_id=base.pk,
                thread_id=bases[roots[n]].pk,
                parent_id=bases[rows[n][1]].pk if rows[n][1] is not None else base.pk,
                level=levels[n],
                order=orders[n],
                followup=False,
                nested_count=nested[n],
            )
            for n, base in enumerate(bases)
        ]
        self.insert_own_rows(XtdComment, xtd)
