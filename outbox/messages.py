"""An email message to JSON and back, so it can wait in the database for the worker.

Everything the site's emails use survives the trip: subject, body, sender, recipients (to, cc,
bcc, reply-to), extra headers and text alternatives (the HTML version). Attachments are refused
loudly rather than dropped: no email of the site carries one.
"""

from django.core.mail import EmailMessage, EmailMultiAlternatives


def to_json(message: EmailMessage) -> dict:
    if message.attachments:
        raise ValueError("The outbox does not carry attachments.")
    return {
        "subject": str(message.subject),
        "body": str(message.body),
        "from_email": message.from_email,
        "to": list(message.to),
        "cc": list(message.cc),
        "bcc": list(message.bcc),
        "reply_to": list(message.reply_to),
        "headers": {str(key): str(value) for key, value in message.extra_headers.items()},
        "alternatives": [
            [str(content), mimetype] for content, mimetype in getattr(message, "alternatives", [])
        ],
    }


def from_json(data: dict) -> EmailMultiAlternatives:
    message = EmailMultiAlternatives(
        subject=data["subject"],
        body=data["body"],
        from_email=data["from_email"],
        to=data["to"],
        cc=data["cc"],
        bcc=data["bcc"],
        reply_to=data["reply_to"],
        headers=data["headers"],
    )
    for content, mimetype in data["alternatives"]:
        message.attach_alternative(content, mimetype)
    return message
