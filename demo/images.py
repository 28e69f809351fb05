"""Images for the demo content, drawn locally (no downloads): portraits and two charts."""

import io
from xml.sax.saxutils import escape

from PIL import Image, ImageDraw, ImageFont

CHART_COLOUR = "#1d4f6e"
TEXT_COLOUR = "#0b0c0c"


def png_bytes(image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def _font(size: int):
    try:
        return ImageFont.load_default(size=size)
    except TypeError:  # Pillow without FreeType: a fixed-size bitmap font still works
        return ImageFont.load_default()


def draw_portrait(initials: str, colour: str, size: int = 480) -> bytes:
    """A plain portrait placeholder: the leader's initials on their colour, as PNG."""
    image = Image.new("RGB", (size, size), colour)
    draw = ImageDraw.Draw(image)
    draw.ellipse(
        (size * 0.2, size * 0.12, size * 0.8, size * 0.72), outline="#ffffff", width=size // 60
    )
    font = _font(size // 4)
    draw.text((size / 2, size * 0.42), initials, fill="#ffffff", font=font, anchor="mm")
    draw.rectangle((size * 0.15, size * 0.8, size * 0.85, size), fill="#ffffff")
    return png_bytes(image)


def draw_bar_chart_png(title: str, bars: list[tuple[str, float]], unit: str = "") -> bytes:
    """A horizontal bar chart with labelled values, dark bars on white (contrast well over 3:1)."""
    width, row, left, top = 1200, 70, 360, 110
    height = top + row * len(bars) + 40
    image = Image.new("RGB", (width, height), "#ffffff")
    draw = ImageDraw.Draw(image)
    draw.text((40, 40), title, fill=TEXT_COLOUR, font=_font(40))
    largest = max(value for _label, value in bars)
    label_font, value_font = _font(28), _font(28)
    for index, (label, value) in enumerate(bars):
        y = top + index * row
        draw.text((40, y + 18), label, fill=TEXT_COLOUR, font=label_font)
        bar_end = left + (width - left - 160) * value / largest
        draw.rectangle((left, y + 10, bar_end, y + row - 14), fill=CHART_COLOUR)
        draw.text((bar_end + 12, y + 18), f"{value:g}{unit}", fill=TEXT_COLOUR, font=value_font)
    return png_bytes(image)


def draw_bar_chart_svg(title: str, bars: list[tuple[str, float]], unit: str = "") -> bytes:
    """The same chart as scalable SVG: no script, no external references."""
    width, row, left, top = 800, 46, 150, 70
    height = top + row * len(bars) + 20
    largest = max(value for _label, value in bars)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img">',
        f'<rect width="{width}" height="{height}" fill="#ffffff"/>',
        f'<text x="20" y="38" font-family="sans-serif" font-size="24" fill="{TEXT_COLOUR}">'
        f"{escape(title)}</text>",
    ]
    for index, (label, value) in enumerate(bars):
        y = top + index * row
        bar = (width - left - 110) * value / largest
        parts += [
            f'<text x="20" y="{y + 26}" font-family="sans-serif" font-size="18" '
            f'fill="{TEXT_COLOUR}">{escape(label)}</text>',
            f'<rect x="{left}" y="{y + 8}" width="{bar:.1f}" height="26" fill="{CHART_COLOUR}"/>',
            f'<text x="{left + bar + 8:.1f}" y="{y + 27}" font-family="sans-serif" '
            f'font-size="18" fill="{TEXT_COLOUR}">{value:g}{escape(unit)}</text>',
        ]
    parts.append("</svg>")
    return "\n".join(parts).encode()
