"""The base form for Wagtail image uploads (WAGTAILIMAGES_IMAGE_FORM_BASE).

SVG can carry script and external references, so only people trusted with the site's look
may upload one: members of the `Communications team` group and superusers. Wagtail passes the
uploading user to every image form (add, multiple upload, chooser upload, edit); a form built
without a user refuses SVG. Size and pixel bounds are Wagtail's own
(WAGTAILIMAGES_MAX_UPLOAD_SIZE, WAGTAILIMAGES_MAX_IMAGE_PIXELS), checked by its image field.
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.images.forms import BaseImageForm

from leaders.roles import COMMS_GROUP


def may_upload_svg(user) -> bool:
    if user is None or not user.is_active:
        return False
    return user.is_superuser or user.groups.filter(name=COMMS_GROUP).exists()


class ImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        self.uploading_user = kwargs.get("user")
        super().__init__(*args, **kwargs)

    def clean_file(self):
        file = self.cleaned_data.get("file")
        image = getattr(file, "image", None)  # set by Wagtail's field on a new upload only
        if (
            image is not None
            and image.format_name == "svg"
            and not may_upload_svg(self.uploading_user)
        ):
            raise forms.ValidationError(
                _(
                    "Only the communications team can upload SVG images. Upload a PNG, JPEG "
                    "or WebP version, or ask the communications team to add the SVG."
                ),
                code="svg_not_allowed",
            )
        return file
