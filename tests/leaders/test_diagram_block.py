"""The diagram block: everything WCAG asks of a diagram, for bitmaps and for SVG."""

import pytest

from tests import factories


def diagram_post(blog, image, **value):
    return factories.blog_post(
        blog,
        title="Diagram post",
        body=[
            {
                "type": "diagram",
                "value": {
                    "image": image.pk,
                    "alt_text": "Bar chart: care takes 62p of every pound",
                    "caption": "Where each pound goes",
                    "long_description": "<p>Adult social care: 38 pence.</p>",
                    "credit": "Finance team",
                    "credit_url": "https://www.eastmoor.example/budget",
                    "licence": "ogl",
                    **value,
                },
            }
        ],
    )


def test_bitmap_diagram_renders_every_part(client, blog_a):
    diagram_post(blog_a, factories.image(title="Budget chart", filename="budget.png"))
    html = client.get("/leaders/ada-lovell/diagram-post/").content.decode()
    assert 'alt="Bar chart: care takes 62p of every pound"' in html
    assert "Where each pound goes" in html
    assert '<a href="https://www.eastmoor.example/budget">Finance team</a>' in html
    assert "Open Government Licence v3.0" in html and 'rel="license"' in html
    assert "<details" in html and "Adult social care: 38 pence." in html
    assert "<picture>" in html and "srcset=" in html and 'type="image/webp"' in html
    assert "Open the full-size image" in html


def test_svg_diagram_stays_svg(client, blog_a):
    svg = factories.image(title="Flow", filename="flow.svg", data=factories.SVG_DIAGRAM)
    diagram_post(blog_a, svg, licence="cc-by")
    response = client.get("/leaders/ada-lovell/diagram-post/")
    html = response.content.decode()
    assert response.status_code == 200
    assert ".svg" in html
    assert "<picture>" not in html and ".webp" not in html
    assert "Creative Commons Attribution 4.0" in html
    assert 'alt="Bar chart: care takes 62p of every pound"' in html


@pytest.mark.parametrize(
    ("licence", "label"),
    [("all-rights-reserved", "All rights reserved"), ("none", "No licence stated")],
)
def test_licences_without_a_link_are_named(client, blog_a, licence, label):
    diagram_post(blog_a, factories.image(), licence=licence, credit="", credit_url="")
    html = client.get("/leaders/ada-lovell/diagram-post/").content.decode()
    assert label in html
    assert "Credit:" not in html


def test_credit_link_without_a_name_is_refused():
    from wagtail.blocks import StructBlockValidationError

    from leaders.blocks import DiagramBlock

    block = DiagramBlock()
    value = block.to_python(
        {
            "image": None,
            "alt_text": "a",
            "caption": "c",
            "credit": "",
            "credit_url": "https://x.example/",
            "licence": "ogl",
            "long_description": "",
        }
    )
    with pytest.raises(StructBlockValidationError):
        block.clean(value)
