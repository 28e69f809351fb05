"""Onboard a leader in one step: their account, their blog and their rights on it.

No password is ever printed: the account starts without one and the leader receives an e-mail
with a link (on SITE_URL, leaders.site_url) to set their own. Running the command again for the
same leader changes nothing; a username or e-mail address that belongs to someone else is
refused.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.text import slugify

from leaders.models import LeaderBlogPage, LeaderDirectoryPage
from leaders.site_url import absolute_url


class Command(BaseCommand):
    help = "Create a leader's account, blog page and permissions, and e-mail a password-set link."

    def add_arguments(self, parser):
        parser.add_argument("--username", required=True)
        parser.add_argument("--email", required=True)
        parser.add_argument("--name", required=True, help="Full name, as shown on the blog.")
        parser.add_argument("--role", required=True, help="For example: Chief Executive.")
        parser.add_argument(
            "--organisation",
            help="Defaults to the organisation of the most recently added blog.",
        )
        parser.add_argument("--slug", help="Address of the blog; defaults to the name.")

    def handle(self, *args, username, email, name, role, organisation=None, slug=None, **opts):
        email = email.strip().lower()
        try:
            validate_email(email)
        except ValidationError as error:
            raise CommandError(f"{email!r} is not a valid e-mail address.") from error
        directory = LeaderDirectoryPage.objects.first()
        if directory is None:
            raise CommandError("There is no leaders' directory page yet: create it first.")
        slug = slug or slugify(name)

        with transaction.atomic():
            user, created = self.account(username, email, name)
            blog = LeaderBlogPage.objects.filter(leader=user).first()
            if blog is None:
                blog = self.blog(directory, user, name, role, organisation, slug)
            elif not created:
                self.stdout.write(f"{username} already leads {blog.url_path}; nothing changed.")
                return
        if created:
            self.send_password_link(user)
        self.stdout.write(
            self.style.SUCCESS(
                f"{username} now leads the blog at {absolute_url(blog)} and may draft and "
                "submit posts there."
            )
        )
        if created:
            self.stdout.write(f"A link to set a password was e-mailed to {email}.")

    def account(self, username, email, name):
        User = get_user_model()
        user = User.objects.filter(username=username).first()
        if user is not None:
            if user.email.lower() != email:
                raise CommandError(
                    f"The username {username!r} is already taken by another account."
                )
            return user, False
        if User.objects.filter(email__iexact=email).exists():
            raise CommandError(f"The e-mail address {email} already belongs to another account.")
        first_name, _, last_name = name.partition(" ")
        user = User(username=username, email=email, first_name=first_name, last_name=last_name)
        user.set_unusable_password()
        user.full_clean(exclude=["password"])
        user.save()
        return user, True

    def blog(self, directory, user, name, role, organisation, slug):
        if LeaderBlogPage.objects.filter(slug=slug).exists():
            raise CommandError(
                f"A blog with the slug {slug!r} already exists for someone else: choose "
                "another --slug."
            )
        if not organisation:
            latest = LeaderBlogPage.objects.order_by("-pk").first()
            if latest is None:
                raise CommandError("Give --organisation: there is no other blog to copy it from.")
            organisation = latest.organisation
        blog = LeaderBlogPage(
            title=name, slug=slug, name=name, role=role, organisation=organisation, leader=user
        )
        directory.add_child(instance=blog)
        # Saving the blog gives the leader their rights (leaders.roles); publishing lists it.
        blog.save_revision().publish()
        return blog

    def send_password_link(self, user):
        path = reverse(
            "wagtailadmin_password_reset_confirm",
            args=(
                urlsafe_base64_encode(force_bytes(user.pk)),
                default_token_generator.make_token(user),
            ),
        )
        context = {
            "user": user,
            "link": absolute_url(path),
            "login_url": absolute_url(reverse("wagtailadmin_login")),
        }
        subject = render_to_string("leaders/emails/welcome_leader_subject.txt", context).strip()
        body = render_to_string("leaders/emails/welcome_leader.txt", context)
        send_mail(subject, body, None, [user.email])
