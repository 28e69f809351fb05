"""The StreamField blocks a blog post is written with.

Each block validates what an editor can get wrong and says how to fix it, and carries a
description and preview value for Wagtail's block picker.
"""

from django.core.exceptions import ValidationError
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock, EmbedValue
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock

from .embeds import ACCEPTED_PROVIDERS_MESSAGE, parse_video_url

PARAGRAPH_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    """A section heading; only h2 and h3, because the page title is the h1."""

    text = blocks.CharBlock(max_length=120, label=_("Heading"))
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Section (h2)")), ("h3", _("Subsection (h3)"))],
        default="h2",
        label=_("Level"),
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        label = _("Heading")
        description = _("A heading that starts a section of the post.")
        preview_value = {"text": "What residents told us", "level": "h2"}


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(required=False, max_length=200, label=_("Who said it"))

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        label = _("Quote")
        description = _("A quotation, with who said it.")
        preview_value = {
            "quote": "Being heard matters as much as the answer.",
            "attribution": "A resident at a ward surgery",
        }


class VideoURLBlock(EmbedBlock):
    """An embed URL accepted only for YouTube and Vimeo, with a message that says so."""

    def clean(self, value):
        url = value.url if isinstance(value, EmbedValue) else value
        if url and parse_video_url(url) is None:
            raise ValidationError(ACCEPTED_PROVIDERS_MESSAGE)
        return super().clean(value)


class VideoStructValue(blocks.StructValue):
    @cached_property
    def source(self):
        url = self.get("url")
        return parse_video_url(url.url if isinstance(url, EmbedValue) else url or "")


class VideoBlock(blocks.StructBlock):
    """A YouTube or Vimeo video behind a privacy facade: nothing loads until the reader asks."""

    url = VideoURLBlock(
        label=_("Video address"),
        help_text=_("The address of the video on YouTube or Vimeo."),
    )
    title = blocks.CharBlock(
        max_length=200,
        label=_("Title"),
        help_text=_("Says what the video is; screen readers announce it as the player's name."),
    )
    caption = blocks.CharBlock(required=False, max_length=300, label=_("Caption"))
    transcript = blocks.RichTextBlock(
        required=False,
        features=PARAGRAPH_FEATURES,
        label=_("Transcript"),
        help_text=_("Everything said in the video, for people who cannot watch or hear it."),
    )

    class Meta:
        icon = "media"
        template = "blocks/video_block.html"
        value_class = VideoStructValue
        label = _("Video")
        description = _("A YouTube or Vimeo video that loads only when the reader presses play.")
        preview_value = {
            "url": "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
            "title": "A message from the chief executive",
            "caption": "Recorded at the town hall.",
            "transcript": "<p>Hello, and thank you for reading.</p>",
        }


LICENCES = {
    "ogl": (
        _("Open Government Licence v3.0"),
        "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
    ),
    "cc-by": (
        _("Creative Commons Attribution 4.0"),
        "https://creativecommons.org/licenses/by/4.0/",
    ),
    "cc-by-sa": (
        _("Creative Commons Attribution-ShareAlike 4.0"),
        "https://creativecommons.org/licenses/by-sa/4.0/",
    ),
    "cc0": (_("Public domain (CC0)"), "https://creativecommons.org/publicdomain/zero/1.0/"),
    "all-rights-reserved": (_("All rights reserved"), ""),
    "none": (_("No licence stated"), ""),
}


class DiagramStructValue(blocks.StructValue):
    @property
    def licence_name(self):
        return LICENCES.get(self.get("licence"), LICENCES["none"])[0]

    @property
    def licence_url(self):
        return LICENCES.get(self.get("licence"), LICENCES["none"])[1]

    @property
    def is_svg(self):
        image = self.get("image")
        return bool(image) and image.is_svg()


class DiagramBlock(blocks.StructBlock):
    """A chart or diagram with everything WCAG asks for: alt text, caption, long description."""

    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        max_length=250,
        label=_("Alt text"),
        help_text=_("The point the diagram makes, in a sentence. Required."),
    )
    caption = blocks.CharBlock(max_length=300, label=_("Caption"))
    long_description = blocks.RichTextBlock(
        required=False,
        features=PARAGRAPH_FEATURES,
        label=_("Long description"),
        help_text=_(
            "For complex diagrams: everything the diagram shows, in words "
            "(for example every value of a chart)."
        ),
    )
    credit = blocks.CharBlock(required=False, max_length=200, label=_("Credit"))
    credit_url = blocks.URLBlock(required=False, label=_("Credit link"))
    licence = blocks.ChoiceBlock(
        choices=[(key, name) for key, (name, _url) in LICENCES.items()],
        default="ogl",
        label=_("Licence"),
    )

    def get_preview_value(self):
        """The block picker's preview shows the newest uploaded image, if there is one."""
        return self.normalize(
            {
                "image": get_image_model().objects.order_by("-created_at").first(),
                "alt_text": "Bar chart: adult social care takes the largest share of the budget.",
                "caption": "Where each pound of council tax goes.",
                "credit": "Finance team",
                "licence": "ogl",
            }
        )

    def clean(self, value):
        value = super().clean(value)
        if value.get("credit_url") and not value.get("credit"):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "credit": ValidationError(
                        _("Add the name to credit, or remove the credit link.")
                    )
                }
            )
        return value

    class Meta:
        icon = "image"
        template = "blocks/diagram_block.html"
        value_class = DiagramStructValue
        label = _("Diagram")
        description = _("A chart or diagram with alt text, caption, credit and licence.")


class PostBodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        features=PARAGRAPH_FEATURES,
        template="blocks/paragraph_block.html",
        icon="pilcrow",
        label=_("Paragraph"),
        description=_("Text with bold, italic, links and lists."),
        preview_value="<p>Thank you to everyone who came to the listening events this month.</p>",
    )
    heading = HeadingBlock()
    quote = QuoteBlock()
    video = VideoBlock()
    diagram = DiagramBlock()
