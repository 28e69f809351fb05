"""Welsh demo content for `load_demo` (a small version; the full translation replaces it).

Same shapes as demo/content.py and demo/starter_pages.py:

* ``DIAGRAMS_CY`` - {diagram key: the text fields of DIAGRAMS in Welsh, "bars" as the labels in
  order}.
* ``LEADERS_CY`` - {English blog slug: {"name", "role", "organisation", "biography", "slug",
  "posts": {English post slug: {"title", "slug", "summary", "body", "tags"}}}}. A leader or a
  post missing here stays untranslated: the Welsh tree holds an alias of it, which tells
  readers the page is not in Welsh yet.
* ``PAGES_CY`` - {"home", "directory", "accessibility", "privacy", "cookies",
  "comment_policy": the fields of the Welsh page}.
"""

DIAGRAMS_CY = {
    "budget-flow": {
        "title": "I ble mae pob punt o'r dreth gyngor yn mynd",
        "alt_text": (
            "Siart bar: mae gofal cymdeithasol i oedolion a gwasanaethau plant yn cymryd 62c o "
            "bob punt o'r dreth gyngor."
        ),
        "caption": (
            "Sut mae pob punt o dreth gyngor Eastmoor yn cael ei gwario eleni, mewn ceiniogau."
        ),
        "credit": "Tîm cyllid Cyngor Bwrdeistref Eastmoor",
        "long_description": (
            "<p>Mae'r siart bar hwn yn dangos sut mae'r cyngor yn gwario pob punt o'r dreth "
            "gyngor eleni.</p>"
        ),
        "bars": [
            "Gofal cymdeithasol i oedolion",
            "Gwasanaethau plant",
            "Gwastraff ac ailgylchu",
            "Ffyrdd a thrafnidiaeth",
            "Tai",
            "Popeth arall",
        ],
    },
}

LEADERS_CY = {
    "amira-hassan": {
        "name": "Amira Hassan",
        "role": "Prif Weithredwr",
        "organisation": "Cyngor Bwrdeistref Eastmoor",
        "biography": [
            "Amira Hassan yw Prif Weithredwr Cyngor Bwrdeistref Eastmoor ers 2021.",
        ],
        "slug": "amira-hassan",
        "posts": {
            "why-i-started-writing": {
                "title": "Pam y dechreuais ysgrifennu'n gyhoeddus",
                "slug": "pam-y-dechreuais-ysgrifennu",
                "summary": (
                    "Fe wnaeth cwestiwn gan breswylydd fy mherswadio y dylai prif weithredwr "
                    "esbonio penderfyniadau yn ei geiriau ei hun."
                ),
                "body": [
                    (
                        "paragraph",
                        "<p>Rydw i eisiau esbonio penderfyniadau tra maen nhw'n cael eu "
                        "gwneud.</p>",
                    ),
                    ("diagram", "budget-flow"),
                ],
                "tags": ["tryloywder", "gwrando"],
            },
        },
    },
}

PAGES_CY = {
    "home": {
        "title": "Lleisiau Arweinyddiaeth",
        "intro": (
            "<p>Yma mae arweinwyr gwasanaethau cyhoeddus Eastmoor yn ysgrifennu yn eu geiriau "
            "eu hunain.</p>"
        ),
    },
    "directory": {
        "title": "Ein harweinwyr",
        "slug": "arweinwyr",
        "intro": ("<p>Darllenwch flogiau'r bobl sy'n arwain gwasanaethau cyhoeddus Eastmoor.</p>"),
    },
    "accessibility": {
        "title": "Datganiad hygyrchedd",
        "slug": "hygyrchedd",
        "body": "<p>Mae'r datganiad hwn yn berthnasol i wefan Lleisiau Arweinyddiaeth.</p>",
    },
    "privacy": {
        "title": "Hysbysiad preifatrwydd",
        "slug": "preifatrwydd",
        "body": "<p>Mae'r hysbysiad hwn yn esbonio pa ddata personol rydym yn ei gasglu.</p>",
    },
    "cookies": {
        "title": "Cwcis",
        "slug": "cwcis",
        "body": "<p>Dim ond y cwcis sydd eu hangen arni y mae'r wefan hon yn eu gosod.</p>",
    },
    "comment_policy": {
        "title": "Polisi sylwadau",
        "slug": "polisi-sylwadau",
        "body": "<p>Mae cymedrolwr yn darllen pob sylw cyn iddo ymddangos.</p>",
    },
}
