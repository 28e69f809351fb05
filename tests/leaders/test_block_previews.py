"""Every body block has a description and renders a preview in Wagtail's block picker."""

import pytest
from django.urls import reverse

from leaders.blocks import PostBodyBlock
from tests import factories


@pytest.mark.parametrize("name", ["paragraph", "heading", "quote", "video", "diagram"])
def test_block_preview_renders_in_the_admin(admin_client, name):
    factories.image(title="Preview chart")
    block = PostBodyBlock().child_blocks[name]
    assert block.meta.description
    assert block.is_previewable
    response = admin_client.get(
        reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix}
    )
    assert response.status_code == 200
