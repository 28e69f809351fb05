"""Starting text for the pages a public body must publish, created by `load_demo`.

The text follows the government's model accessibility statement and the usual shape of a
council's privacy notice, cookies page and comment policy. Editors adapt it in the Wagtail
admin: every organisation must check it against what it really does.
"""

import datetime

from django.utils import timezone

from home.models import (
    AccessibilityStatementPage,
    CommentPolicyPage,
    Cookie,
    CookiesPage,
    PrivacyNoticePage,
)

ACCESSIBILITY = """
<p>This accessibility statement applies to Leadership Voices, the blogs of the leaders of
Eastmoor's public services.</p>
<p>This website is run by Eastmoor Borough Council. We want as many people as possible to be
able to use it. For example, that means you should be able to:</p>
<ul>
<li>change colours, contrast levels and fonts using browser or device settings</li>
<li>zoom in up to 400% without the text spilling off the screen</li>
<li>navigate most of the website using a keyboard or speech recognition software</li>
<li>listen to most of the website using a screen reader</li>
</ul>
<p>We have also made the website text as simple as possible to understand.
<a href="https://mcmw.abilitynet.org.uk/">AbilityNet</a> has advice on making your device
easier to use if you have a disability.</p>
<h2>How accessible this website is</h2>
<p>We know some parts of this website are not fully accessible:</p>
<ul>
<li>some older videos do not have captions on the provider's site</li>
<li>videos play on YouTube or Vimeo, whose players we do not control</li>
</ul>
<h2>Feedback and contact information</h2>
<p>If you need information on this website in a different format, like accessible PDF, large
print, easy read, audio recording or braille, email
<a href="mailto:accessibility@eastmoor.example">accessibility@eastmoor.example</a>. We will
consider your request and get back to you in 5 working days.</p>
<h2>Enforcement procedure</h2>
<p>The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public
Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 (the
'accessibility regulations'). If you are not happy with how we respond to your complaint,
contact the <a href="https://www.equalityadvisoryservice.com/">Equality Advisory and Support
Service (EASS)</a>.</p>
<h2>Technical information about this website's accessibility</h2>
<p>Eastmoor Borough Council is committed to making its website accessible, in accordance with
the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations
2018.</p>
<h3>Compliance status</h3>
<p>This website is partially compliant with the
<a href="https://www.w3.org/TR/WCAG22/">Web Content Accessibility Guidelines version 2.2</a>
AA standard, due to the non-compliances listed below.</p>
<h2>Non-accessible content</h2>
<h3>Non-compliance with the accessibility regulations</h3>
<p>Some videos published before this year have no captions. This fails WCAG 2.2 success
criterion 1.2.2 (captions, prerecorded). Every video has a transcript beside it. We plan to
add captions to every video by the end of the next financial year.</p>
<h2>What we're doing to improve accessibility</h2>
<p>Every page type of this site is checked automatically with axe in a real browser, and by
hand with a keyboard and a screen reader, before each release.</p>
"""

PRIVACY = """
<p>This notice explains what personal data Leadership Voices collects, why, how long we keep
it and your rights. Eastmoor Borough Council is the data controller.</p>
<h2>What we collect</h2>
<ul>
<li><b>Reading the site:</b> nothing about you. The site uses no analytics, no advertising and
no third-party fonts or scripts. Our web server keeps standard logs (IP address, page, time)
for 14 days to keep the service secure.</li>
<li><b>Commenting:</b> your name, your email address, your comment and the IP address it was
sent from.</li>
<li><b>Following a leader by email:</b> your email address, the leaders you chose, the
language of the emails, and when and from which page you asked and confirmed (our proof that
you agreed). We send nothing until you confirm, and our emails have no tracking.</li>
<li><b>Reporting an accessibility problem:</b> what you tell us, and your name and email
address if you give them.</li>
<li><b>Videos:</b> a video from YouTube or Vimeo loads only when you press "Play video". From
then on, that company may collect data about you under its own privacy policy.</li>
</ul>
<h2>Why we use it</h2>
<p>We use comments to hear from residents and to reply to them, as part of the council's
public task of engaging with the community (UK GDPR article 6(1)(e)). We use your email
address only to confirm your comment and to tell you when it is published. It is never shown
on the site. If you follow a leader, we use your email address only to tell you about their
new posts, because you asked us to (your consent, UK GDPR article 6(1)(a)); you can withdraw
it at any time with the link in every email.</p>
<h2>How long we keep it</h2>
<ul>
<li>Published comments stay on the site with the post they belong to.</li>
<li>Email addresses and IP addresses are deleted 30 days after the comment is moderated; the
IP address is kept only to deal with abuse.</li>
<li>Comments that are not published are deleted after 30 days.</li>
<li>Accessibility reports are kept for one year.</li>
<li>A request to follow a leader that is not confirmed is deleted after 7 days. A follow is
kept until you stop it; stopping every email deletes your address and what you followed.</li>
</ul>
<h2>Your rights</h2>
<p>You can ask to see the personal data we hold about you, to correct it, or to have your
comments and details erased; we will do so within one month. Email
<a href="mailto:dataprotection@eastmoor.example">dataprotection@eastmoor.example</a>.</p>
<h2>How to complain</h2>
<p>If you are unhappy with how we have used your data, contact our Data Protection Officer at
<a href="mailto:dpo@eastmoor.example">dpo@eastmoor.example</a>. You can also complain to the
<a href="https://ico.org.uk/make-a-complaint/">Information Commissioner's Office</a>.</p>
"""

COOKIES = """
<p>Cookies are small files saved on your phone, tablet or computer when you visit a website.
Leadership Voices sets only the cookies it needs to work. We do not use analytics,
advertising or tracking cookies, so we do not ask for your consent and show no cookie
banner.</p>
<p>If you press "Play video", the video's provider (YouTube or Vimeo) may set its own
cookies. Until you do, nothing loads from them.</p>
"""

COOKIE_ROWS = [
    (
        "csrftoken",
        "Protects the forms on this site (comments, reporting a problem) from forged "
        "submissions. Set only on pages with a form.",
        "1 year",
    ),
    (
        "sessionid",
        "Keeps editors and the communications team signed in to the admin area. Readers "
        "never get it.",
        "2 weeks",
    ),
]

COMMENT_POLICY = """
<p>We welcome comments on the leaders' posts. Every comment is read by a moderator in the
communications team before it appears. We aim to publish or reject comments within two
working days.</p>
<h2>What we will not publish</h2>
<p>We will not publish comments that:</p>
<ul>
<li>are abusive, threatening, discriminatory or obscene</li>
<li>contain personal information about you or anyone else, such as an address or phone
number</li>
<li>are about an individual case: contact the council directly so we can help you</li>
<li>advertise a product or service, or are spam</li>
<li>are party political, or break the law (for example, by being defamatory or in contempt of
court)</li>
<li>are off-topic or repeat the same point many times</li>
</ul>
<h2>Elections</h2>
<p>During a pre-election period commenting is switched off across the site, and comments are
not published until the period ends.</p>
<h2>Freedom of Information</h2>
<p>Comments, including ones we do not publish, may be released in response to a request under
the Freedom of Information Act 2000.</p>
<h2>Your data</h2>
<p>How we use your name, email address and IP address is explained in our
PRIVACY_LINK.</p>
"""


def privacy_link(home) -> str:
    """A link to the privacy notice as rich text stores it, by page id: it follows the page."""
    privacy = PrivacyNoticePage.objects.child_of(home).first()
    if privacy is None:
        return "privacy notice"
    return f'<a linktype="page" id="{privacy.pk}">privacy notice</a>'


def create_site_pages(home) -> list:
    """Create the four site-information pages under home, leaving existing ones untouched."""
    today = timezone.localdate()
    # Built one after the other: the comment policy links to the privacy notice made before it.
    pages = [
        lambda: AccessibilityStatementPage(
            title="Accessibility statement",
            slug="accessibility",
            body=ACCESSIBILITY,
            report_email="accessibility@eastmoor.example",
            prepared_on=today - datetime.timedelta(days=90),
            last_reviewed=today,
        ),
        lambda: PrivacyNoticePage(
            title="Privacy notice", slug="privacy", body=PRIVACY, last_reviewed=today
        ),
        lambda: CookiesPage(title="Cookies", slug="cookies", body=COOKIES, last_reviewed=today),
        lambda: CommentPolicyPage(
            title="Comment policy",
            slug="comment-policy",
            body=COMMENT_POLICY.replace("PRIVACY_LINK", privacy_link(home)),
            last_reviewed=today,
        ),
    ]
    created = []
    for make in pages:
        page = make()
        if type(page).objects.child_of(home).exists():
            continue
        if isinstance(page, CookiesPage):
            for name, purpose, expires in COOKIE_ROWS:
                page.cookies.add(Cookie(name=name, purpose=purpose, expires=expires))
        home.add_child(instance=page)
        page.save_revision().publish()
        created.append(page)
    return created
