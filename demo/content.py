"""Original demo content for the "Leadership Voices" site.

This module is loaded by ``python manage.py load_demo``. Everything in it was
written for this project and is not copied from any published article. The
theme is public leaders finding their voice online: why they write, how they
keep it honest, and what they hear back from residents.

All people, places and organisations are fictional. "Eastmoor", Eastmoor
Borough Council and Eastmoor Fire and Rescue Service do not exist, and every
web address and email address uses a reserved ``.example`` domain.

The module holds data constants only:

* ``COMMENT_DEMO_IP`` - documentation-range IP address recorded on demo comments. A comment
  spec with ``"held": True`` waits in the moderation queue; one with ``"reported": (reason,
  details)`` is published and reported by a reader, so the queue shows both kinds of work.
* ``DIAGRAMS`` - charts the loader draws (PNG with Pillow, or SVG) and attaches
  to posts through ``("diagram", key)`` body blocks.
* ``LEADERS`` - three leaders, each with a biography, links and four posts.
  Post bodies are lists of ``(block_type, value)`` tuples matching the
  StreamField block types; comments nest at most two levels deep.
"""

COMMENT_DEMO_IP = "192.0.2.10"

DIAGRAMS = {
    "budget-flow": {
        "title": "Where each pound of council tax goes",
        "format": "png",
        "bars": [
            ("Adult social care", 38),
            ("Children's services", 24),
            ("Waste and recycling", 11),
            ("Roads and transport", 9),
            ("Housing", 8),
            ("Everything else", 10),
        ],
        "alt_text": "Bar chart: adult social care and children's services take 62p of every pound of council tax; waste, roads, housing and the rest share 38p.",
        "caption": "How each pound of Eastmoor council tax is spent in the current financial year, in pence.",
        "credit": "Eastmoor Borough Council finance team",
        "credit_url": "https://www.eastmoor.example/budget",
        "licence": "ogl",
        "long_description": (
            "<p>This bar chart shows how Eastmoor Borough Council spends each pound of council tax "
            "it collects this year. The values are in pence and add up to one pound.</p>"
            "<ul>"
            "<li>Adult social care: 38 pence.</li>"
            "<li>Children's services: 24 pence.</li>"
            "<li>Waste and recycling: 11 pence.</li>"
            "<li>Roads and transport: 9 pence.</li>"
            "<li>Housing: 8 pence.</li>"
            "<li>Everything else, including libraries, parks, leisure, planning and elections: 10 pence.</li>"
            "</ul>"
            "<p>Care for adults and children together accounts for 62 pence, which is more than "
            "every other service combined.</p>"
        ),
    },
    "response-times": {
        "title": "Average response time to primary fires, by year",
        "format": "svg",
        "bars": [
            ("2019-20", 8.9),
            ("2020-21", 8.4),
            ("2021-22", 8.7),
            ("2022-23", 9.1),
            ("2023-24", 8.6),
            ("2024-25", 8.2),
        ],
        "alt_text": "Bar chart of average fire engine response times, in minutes: a peak of 9.1 in 2022-23, falling to 8.2 in 2024-25, the fastest in six years.",
        "caption": "Average time in minutes from a 999 call being answered to the first fire engine arriving at a primary fire in Eastmoor.",
        "credit": "Eastmoor Fire and Rescue Service performance team",
        "credit_url": "https://www.eastmoorfire.example/performance",
        "licence": "ogl",
        "long_description": (
            "<p>This bar chart shows the average time, in minutes, between a 999 call being "
            "answered and the first fire engine arriving at a primary fire in Eastmoor, for six "
            "financial years.</p>"
            "<ul>"
            "<li>2019 to 2020: 8.9 minutes.</li>"
            "<li>2020 to 2021: 8.4 minutes.</li>"
            "<li>2021 to 2022: 8.7 minutes.</li>"
            "<li>2022 to 2023: 9.1 minutes, the slowest year shown.</li>"
            "<li>2023 to 2024: 8.6 minutes.</li>"
            "<li>2024 to 2025: 8.2 minutes, the fastest year shown.</li>"
            "</ul>"
            "<p>Over the six years the average has varied by less than one minute, and has "
            "improved in each of the last two years.</p>"
        ),
    },
}

LEADERS = [
    # ------------------------------------------------------------------
    # Council chief executive
    # ------------------------------------------------------------------
    {
        "username": "amira.hassan",
        "email": "amira.hassan@eastmoor.example",
        "name": "Amira Hassan",
        "role": "Chief Executive",
        "organisation": "Eastmoor Borough Council",
        "slug": "amira-hassan",
        "portrait_colour": "#1d4f6e",
        "biography": [
            "Amira Hassan has been Chief Executive of Eastmoor Borough Council since 2021. She started out as a housing officer on the Northgate estate and has worked in local government for more than twenty years, in regeneration, finance and community safety.",
            "She writes here about how the council makes decisions, where the money goes and what she hears from residents. The posts are in her own words and are checked by the council's communications team for accuracy before they are published.",
        ],
        "links": [
            ("Eastmoor Borough Council", "https://www.eastmoor.example/"),
            ("Council meetings and decisions", "https://democracy.eastmoor.example/"),
        ],
        "posts": [
            {
                "slug": "why-i-started-writing",
                "title": "Why I started writing in public",
                "days_ago": 110,
                "summary": "A question from a resident at a library drop-in persuaded me that a chief executive should explain decisions in her own words, not only through reports and press releases.",
                "tags": ["digital leadership", "transparency", "listening"],
                "body": [
                    (
                        "paragraph",
                        "<p>For most of my career I assumed that a chief executive should be heard rarely and quoted carefully. Reports went to committee, press releases went to the local paper, and residents heard from me, if at all, through a spokesperson. Then a resident at a library drop-in asked me a simple question: <i>who actually decides things here?</i> I gave a decent answer in person, and walked home knowing that almost nobody else would ever hear it. That conversation is why this blog exists.</p>",
                    ),
                    ("heading", {"text": "What I want this blog to be", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>I want to explain decisions while they are being made, not only after the fact. I will write about the budget, about services under strain, and about the things we get right and wrong. I will not use this space to campaign or to score points; that is the job of elected councillors, and rightly so. My job is to run the organisation well and to be open about how it runs. If a post leaves you with more questions, please ask them in the comments.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": "Don't tell us it's complicated. Tell us what you chose and why.",
                            "attribution": "A resident, at the Northgate Library drop-in",
                        },
                    ),
                    (
                        "video",
                        {
                            "url": "https://youtu.be/Em7rQk2LpVa",
                            "title": "Amira Hassan on why she writes in public",
                            "caption": "A short introduction recorded in the council chamber.",
                            "transcript": (
                                "<p><b>Interviewer:</b> Why would a council chief executive start a blog?</p>"
                                "<p><b>Amira Hassan:</b> Because people kept asking me questions I could answer in two minutes, and the only place they could find the answer was a ninety-page committee report.</p>"
                                "<p><b>Interviewer:</b> Isn't that risky?</p>"
                                "<p><b>Amira Hassan:</b> A little. But saying nothing is risky too. When we are silent, people fill the gap with guesses, and the guesses are usually worse than the truth.</p>"
                                "<p><b>Amira Hassan:</b> So I will write plainly, I will correct myself when I am wrong, and I will read the comments.</p>"
                            ),
                        },
                    ),
                    ("heading", {"text": "What I have learned so far", "level": "h2"}),
                    ("heading", {"text": "Three early lessons", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>I have only been at this for a few weeks, but three things already stand out.</p><ol><li>Short beats clever. The posts people read to the end are the ones that answer one question well.</li><li>Residents are generous when you admit uncertainty, and unforgiving when you pretend to certainty you do not have.</li><li>Writing forces me to check that I really understand a decision before I defend it.</li></ol>",
                    ),
                ],
                "comments": [
                    {
                        "name": "Gareth P.",
                        "email": "gareth@residents.example",
                        "text": "Good to see this. Will you actually reply to comments, or is this one-way?",
                        "replies": [
                            {
                                "name": "Amira Hassan",
                                "email": "amira.hassan@eastmoor.example",
                                "text": "I will, Gareth. I read every comment myself, usually on a Friday afternoon, and I will reply where I can add something useful.",
                                "replies": [],
                            },
                        ],
                    },
                    {
                        "name": "Helen Ward",
                        "email": "helen.ward@residents.example",
                        "text": "I was at that library session. Nice to know the question landed.\nPlease keep the posts short!",
                        "replies": [],
                    },
                    {
                        "name": "Priya N.",
                        "email": "priya@residents.example",
                        "text": "Could you write one about how the council decides which roads get resurfaced first? Ours has been patched three times this year.",
                        "held": True,
                        "replies": [],
                    },
                    {
                        "name": "Dai Morgan",
                        "email": "dai.morgan@residents.example",
                        "text": "Diolch am hyn. Fyddwch chi'n ysgrifennu yn Gymraeg hefyd? (Thank you for this. Will you write in Welsh too?)",
                        "held": True,
                        "replies": [],
                    },
                    {
                        "name": "Best Deals 4U",
                        "email": "offers@deals.example",
                        "text": "Great post! Cheap boiler cover for every Eastmoor household, ask us how.",
                        "reported": (
                            "spam",
                            "An advert for boiler cover, nothing to do with the post.",
                        ),
                        "replies": [],
                    },
                ],
            },
            {
                "slug": "the-budget-explained",
                "title": "Our budget, explained in one chart",
                "days_ago": 80,
                "summary": "Where each pound of Eastmoor council tax goes this year, why care for adults and children takes the largest share, and how you can have your say before next year's budget is set.",
                "tags": ["budget", "transparency", "social care"],
                "body": [
                    (
                        "paragraph",
                        "<p>Every February the council sets a budget, and every February I am asked the same question on the doorstep and in my inbox: <i>what do I actually get for my council tax?</i> The full budget book runs to hundreds of pages and is published on our website, but most people want the short version. So here it is, in pence rather than millions, because a pound is something we can all picture.</p>",
                    ),
                    ("heading", {"text": "Where the money goes", "level": "h2"}),
                    ("diagram", "budget-flow"),
                    (
                        "paragraph",
                        "<p>The chart shows that 62p of every pound is spent looking after people: older and disabled adults who need care and support, and children who need protection, fostering or help with special educational needs. Bin collections, roads, housing, libraries, parks and everything else share the remaining 38p. Those services are the ones most residents see every week, which is why the split often surprises people.</p>",
                    ),
                    ("heading", {"text": "Why care takes the largest share", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>Care is expensive because it is personal. A single residential placement for an older person can cost more than a thousand pounds a week, and a placement for a child with complex needs can cost several times that. These are legal duties, and they are also the right thing to do. Demand rises every year as our population ages, which means that, unless funding keeps pace, other services feel the squeeze.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": "I had no idea the bins were such a small part of it. It makes the arguments about bin day feel different.",
                            "attribution": "A resident, at a budget roadshow in Eastmoor market",
                        },
                    ),
                    ("heading", {"text": "Have your say on next year", "level": "h2"}),
                    (
                        "paragraph",
                        '<p>Our consultation on next year\'s budget opens in the autumn. You can take part online at <a href="https://www.eastmoor.example/budget">eastmoor.example/budget</a>, at any library, or by phoning our contact centre and asking for a paper copy. Councillors read the summary of responses before they vote, and we publish it in full. If you think we have the balance wrong, that is the place to say so.</p>',
                    ),
                ],
                "comments": [
                    {
                        "name": "Tom Rees",
                        "email": "tom.rees@residents.example",
                        "text": "Helpful chart. Does 'everything else' include the leisure centre? That seems a lot to hide in 10p.",
                        "replies": [
                            {
                                "name": "Amira Hassan",
                                "email": "amira.hassan@eastmoor.example",
                                "text": "It does, Tom, along with libraries, parks, planning and running elections. The budget book on our website breaks that 10p down line by line.",
                                "replies": [],
                            },
                        ],
                    },
                    {
                        "name": "Sunita K.",
                        "email": "sunita.k@residents.example",
                        "text": "As a carer for my mum I'm glad to see where the money goes. I would love a post on how care costs are worked out.",
                        "replies": [],
                    },
                ],
            },
            {
                "slug": "how-comms-reviews-my-posts",
                "title": "Why a second pair of eyes makes me braver, not slower",
                "days_ago": 45,
                "summary": "Every post I write is reviewed by our communications team before it goes live. Here is what they check, what they never change, and why the process helps me say more, not less.",
                "tags": ["digital leadership", "communications", "transparency"],
                "body": [
                    (
                        "paragraph",
                        "<p>Several people have asked, some of them suspiciously, whether I really write these posts myself. I do. I draft them on the train, usually too long, and then I send them to our communications team. Nothing goes live until one of them has reviewed it. That might sound like the opposite of an authentic voice, so I want to explain how the review works and why I would not want to publish without it.</p>",
                    ),
                    ("heading", {"text": "How the review works", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>The review follows the same steps every time, and it rarely takes more than a day.</p><ol><li>A reviewer checks every fact and figure against the published source.</li><li>They read for plain English and flag jargon I have stopped noticing.</li><li>They check that nothing identifies a resident or member of staff without consent.</li><li>During election periods, they check the post against the publicity rules.</li><li>They send it back to me with suggestions, and I decide what changes.</li></ol>",
                    ),
                    ("heading", {"text": "What the review is not", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>It is not a way of removing anything awkward. The team has never asked me to drop an admission that we got something wrong, and I would push back hard if they did. Their job is to make sure I am accurate, fair and understood. Whether to say something difficult is my decision, and I am accountable for it. The reviewer's name is recorded against each post, so the process itself is visible.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": "Our job is to make sure Amira's point lands, not to sand the edges off it.",
                            "attribution": "Priya Desai, Head of Communications, Eastmoor Borough Council",
                        },
                    ),
                    ("heading", {"text": "Why it makes me braver", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Knowing that someone careful will catch a wrong figure or a clumsy phrase means I can write about hard subjects without freezing. Without that safety net, I would probably stick to safe announcements. With it, I can write about budget gaps, complaints and mistakes, and trust that what goes out is accurate. For any leader thinking of writing in public, that is my main piece of advice: find your second pair of eyes first.</p>",
                    ),
                ],
                "comments": [
                    {
                        "name": "Dev Malhotra",
                        "email": "dev.m@residents.example",
                        "text": "Honest of you to explain this. I'd assumed it was all ghost-written.",
                        "replies": [
                            {
                                "name": "Lucy Fenwick",
                                "email": "lucy.fenwick@residents.example",
                                "text": "Same here. Knowing there is a fact check actually makes me trust it more.",
                                "replies": [],
                            },
                        ],
                    },
                ],
            },
            {
                "slug": "pre-election-period",
                "title": "Quiet, not silent: the pre-election period explained",
                "days_ago": 12,
                "summary": "In the weeks before local elections the council follows strict publicity rules. This post explains what changes on this blog, what carries on as normal, and why the rules exist.",
                "tags": ["elections", "transparency", "communications"],
                "body": [
                    (
                        "paragraph",
                        "<p>From next week until polling day, you will notice this blog go quieter. That is not because there is nothing to say. In the run-up to an election, councils follow rules on publicity, often called the pre-election period, to make sure public money and council channels are not used in a way that could influence how people vote. I think the rules are sensible, and I want to explain them rather than simply disappear.</p>",
                    ),
                    ("heading", {"text": "What changes", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>During the pre-election period:</p><ul><li>I will not publish posts about new policies or decisions that could be seen as controversial.</li><li>We will not feature councillors who are standing for election in council publicity.</li><li>Comments on older posts stay open, but we will not publish comments that campaign for a party or candidate.</li><li>Consultations that are already running carry on, but we avoid launching new ones.</li></ul>",
                    ),
                    ("heading", {"text": "What does not change", "level": "h2"}),
                    (
                        "paragraph",
                        '<p>Services carry on exactly as before. Bins are collected, care is delivered, and our contact centre answers the phone. We will still publish urgent public information, such as severe weather warnings or changes to services. And if you want to know how to register, how postal votes work or where your polling station is, our elections team is there to help at <a href="https://www.eastmoor.example/elections">eastmoor.example/elections</a>.</p>',
                    ),
                    (
                        "quote",
                        {
                            "quote": "The council belongs to everyone, whichever way they vote. The quiet weeks are how we show it.",
                            "attribution": "Eastmoor Borough Council returning officer's guidance to staff",
                        },
                    ),
                    (
                        "paragraph",
                        "<p>I will be back after the count, and my first post will be about how the newly elected council gets started: inductions, committee places and the first big decisions on the agenda. In the meantime, whoever you support, please do vote. Local elections often have the lowest turnout of any, and they decide things that shape your street, your schools and your neighbours' care.</p>",
                    ),
                ],
                "comments": [],
            },
        ],
    },
    # ------------------------------------------------------------------
    # Director of adult social services
    # ------------------------------------------------------------------
    {
        "username": "rhiannon.price",
        "email": "rhiannon.price@eastmoor.example",
        "name": "Rhiannon Price",
        "role": "Director of Adult Social Services",
        "organisation": "Eastmoor Borough Council",
        "slug": "rhiannon-price",
        "portrait_colour": "#5a2d5e",
        "biography": [
            "Rhiannon Price is Eastmoor Borough Council's Director of Adult Social Services. She qualified as a social worker in Cardiff, spent ten years in hospital discharge and community mental health teams, and joined Eastmoor in 2019.",
            "She leads the teams who support older people, disabled adults and unpaid carers across the borough, and works closely with the local NHS on getting people home from hospital safely.",
            "On this blog she writes about what social care looks like from the inside, and what carers and the people they support have taught her.",
        ],
        "links": [
            ("Adult social care in Eastmoor", "https://www.eastmoor.example/adult-social-care"),
            ("Eastmoor Carers' Hub", "https://carers.eastmoor.example/"),
        ],
        "posts": [
            {
                "slug": "winter-pressures-in-social-care",
                "title": "Winter pressures: what happens behind the hospital doors",
                "days_ago": 95,
                "summary": "When hospitals are full in winter, social care is often where the queue really is. I explain how our teams get people home safely, and what you can do to help someone you love.",
                "tags": ["social care", "winter", "nhs partnership"],
                "body": [
                    (
                        "paragraph",
                        "<p>Every winter the headlines focus on hospital corridors and ambulance queues. What they rarely show is the other end of the journey. On a typical January morning, dozens of people in Eastmoor General are well enough to leave but waiting for something: a package of home care, a bed in a care home, a ramp, a key safe or simply a family member who is back from work. Getting those people home is where my teams spend much of their winter.</p>",
                    ),
                    ("heading", {"text": "How a safe discharge comes together", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Behind each discharge is a small team working at speed. A hospital social worker talks with the person and their family about what matters to them. Our reablement service arranges short-term visits to rebuild confidence with washing, dressing and cooking. Occupational therapists check the home and order equipment. If longer-term care is needed, our brokerage team finds a provider. When all of that lines up on the same day, someone sleeps in their own bed that night.</p>",
                    ),
                    (
                        "video",
                        {
                            "url": "https://vimeo.com/824519376",
                            "title": "A winter morning with the Eastmoor reablement team",
                            "caption": "Rhiannon Price joins a reablement support worker on her first visits of the day.",
                            "transcript": (
                                "<p><b>Rhiannon Price:</b> It's seven in the morning and I'm with Leanne, one of our reablement support workers. We're on our way to see a gentleman who came home from hospital two days ago.</p>"
                                "<p><b>Leanne Marsh:</b> The first few days matter most. He was nervous about the stairs, so today we're practising with the new rail, and I'll watch him make a cup of tea.</p>"
                                "<p><b>Rhiannon Price:</b> What's the hardest part of the job in winter?</p>"
                                "<p><b>Leanne Marsh:</b> The roads, honestly. And knowing there's someone still waiting on the ward while we try to fit in one more visit.</p>"
                                "<p><b>Rhiannon Price:</b> And the best part?</p>"
                                "<p><b>Leanne Marsh:</b> The day someone tells me they don't need us any more.</p>"
                            ),
                        },
                    ),
                    (
                        "quote",
                        {
                            "quote": "The day someone tells me they don't need us any more is the best day of the job.",
                            "attribution": "Leanne Marsh, reablement support worker",
                        },
                    ),
                    ("heading", {"text": "How you can help", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>If someone you care for is in hospital this winter, there are a few things that make a real difference:</p><ul><li>Talk to the ward early about plans for going home, not on the day.</li><li>Check the heating works and there is food in the fridge.</li><li>Tell us if you are an unpaid carer, so we can offer you support too.</li><li>Ask about reablement; it is free for up to six weeks.</li></ul>",
                    ),
                ],
                "comments": [
                    {
                        "name": "Margaret O.",
                        "email": "margaret.o@residents.example",
                        "text": "The reablement team were wonderful with my husband last February. He's now walking to the shops again.",
                        "replies": [
                            {
                                "name": "Rhiannon Price",
                                "email": "rhiannon.price@eastmoor.example",
                                "text": "Thank you, Margaret. I'll pass this on to the team; messages like this genuinely keep people going through the winter.",
                                "replies": [],
                            },
                        ],
                    },
                    {
                        "name": "Chris Adebayo",
                        "email": "chris.a@residents.example",
                        "text": "What happens if there simply isn't a care provider available? We waited nine days for my aunt.",
                        "replies": [
                            {
                                "name": "Rhiannon Price",
                                "email": "rhiannon.price@eastmoor.example",
                                "text": "I'm sorry that happened, Chris. Nine days is too long. In those cases we can arrange a short stay in a step-down bed while we find a provider. If that wasn't offered, please contact me through the council website and I will look into it.",
                                "replies": [],
                            },
                        ],
                    },
                ],
            },
            {
                "slug": "listening-to-young-carers",
                "title": "What young carers taught me in one afternoon",
                "days_ago": 70,
                "summary": "I spent an afternoon with the Eastmoor Young Carers group. They were funny, tired and very clear about what adults get wrong. Here is what they asked us to change.",
                "tags": ["carers", "listening", "social care"],
                "body": [
                    (
                        "paragraph",
                        "<p>Young carers are children and teenagers who help look after someone at home: a parent with a long-term illness, a brother with a disability, a grandparent with dementia. In Eastmoor we know of around four hundred, and we are fairly sure the real number is much higher. Last month the Eastmoor Young Carers group invited me to their Thursday session. I was told, politely but firmly, that I was there to listen and not to give a talk.</p>",
                    ),
                    ("heading", {"text": "What they told me", "level": "h2"}),
                    (
                        "quote",
                        {
                            "quote": "I don't want a certificate. I want my teacher to know why my homework is late without me having to explain it in front of everyone.",
                            "attribution": "Jess, aged 14, Eastmoor Young Carers group",
                        },
                    ),
                    (
                        "paragraph",
                        "<p>Three themes came up again and again. First, school: many had never told a teacher, because they did not want to be treated differently. Second, being heard: several described adults, including professionals, talking over them about the person they care for every day. Third, time off: the chance to be ordinary for a few hours, at a football session or a cinema trip, mattered more than any leaflet we could produce.</p>",
                    ),
                    ("heading", {"text": "What we are changing", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>We have agreed three things with the group, and they will hold us to them:</p><ul><li>Every secondary school in Eastmoor will have a named young carers lead by September.</li><li>When we assess an adult's care needs, our social workers will ask, privately, whether a child is helping at home.</li><li>Funding for the group's monthly activity trips is protected in next year's budget.</li></ul>",
                    ),
                    ("heading", {"text": "If you are a young carer", "level": "h3"}),
                    (
                        "paragraph",
                        '<p>You do not need to be in crisis to get support, and asking for help will not get your family into trouble. You can contact the <a href="https://carers.eastmoor.example/young-carers">Eastmoor Carers\' Hub</a> yourself, or ask a teacher, school nurse or youth worker to do it with you. The group meets on Thursdays after school, there is always pizza, and nobody will make you talk if you would rather not.</p>',
                    ),
                ],
                "comments": [
                    {
                        "name": "Ms Okonjo",
                        "email": "head.office@northgate-academy.example",
                        "text": "We would be glad to be one of the first schools to name a young carers lead. Who should we contact?",
                        "replies": [
                            {
                                "name": "Rhiannon Price",
                                "email": "rhiannon.price@eastmoor.example",
                                "text": "Thank you! The Carers' Hub team are coordinating this and will be in touch with all secondary schools before half term.",
                                "replies": [],
                            },
                        ],
                    },
                    {
                        "name": "Anonymous parent",
                        "email": "parent@residents.example",
                        "text": "My son has looked after me since he was nine. Reading this made me cry a bit. Thank you for listening to them.",
                        "replies": [],
                    },
                ],
            },
            {
                "slug": "online-by-default-not-online-only",
                "title": "Online by default should never mean online only",
                "days_ago": 38,
                "summary": "More of our services are moving online, but many of the people social care supports are not. Here is how we are tackling digital exclusion and making the council website work for everyone.",
                "tags": ["digital inclusion", "accessibility", "social care"],
                "body": [
                    (
                        "paragraph",
                        "<p>Online forms can be quicker for many people, and they free up phone lines for those who need them most. But the people my teams support are among the least likely to be online. Some have never used the internet; some cannot afford data; some have sight loss, tremors or memory problems that make a badly designed web page impossible. If we are not careful, moving services online quietly shuts out the very people who need us.</p>",
                    ),
                    (
                        "heading",
                        {
                            "text": "Digital inclusion starts with people, not devices",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        "<p>Handing someone a tablet rarely solves anything on its own. What works is patient, repeated help from someone they trust. Our library digital champions run drop-in sessions every weekday, and our care staff can now refer people directly. We have also funded data-enabled devices for people leaving hospital who want video calls with family. Most importantly, every service still has a phone number and a face-to-face option, and it always will.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": "I'm not against computers. I'm against being made to feel stupid by one.",
                            "attribution": "A resident, at a library digital skills session",
                        },
                    ),
                    ("heading", {"text": "Making our website accessible", "level": "h2"}),
                    (
                        "paragraph",
                        '<p>Accessibility is a legal duty for public sector websites, and it is also basic good manners. This year our web team tested the adult social care pages with screen readers, voice control and magnification, and with residents who use them every day. We found real problems, including forms that timed out too quickly and PDF letters that screen readers could not read. We have fixed most of them and published an <a href="https://www.eastmoor.example/accessibility">accessibility statement</a> listing what remains.</p>',
                    ),
                    ("heading", {"text": "What we still need to fix", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>Our financial assessment form is still too long and too confusing, online and on paper. We are redesigning it with a group of residents and carers, and the new version will be tested with assistive technology before it goes live. If you find part of our website hard to use, please tell us. Your report goes straight to the web team, and we will reply with what we plan to do about it.</p>",
                    ),
                ],
                "comments": [
                    {
                        "name": "Pete L.",
                        "email": "pete.l@residents.example",
                        "text": "I use a screen reader and the new care pages are a big improvement. The council tax pages are still a nightmare though.",
                        "replies": [
                            {
                                "name": "Rhiannon Price",
                                "email": "rhiannon.price@eastmoor.example",
                                "text": "Thanks, Pete, that is really useful. I've shared your comment with the web team, who look after the council tax pages too.",
                                "replies": [],
                            },
                        ],
                    },
                ],
            },
            {
                "slug": "being-honest-about-mistakes",
                "title": "We got this wrong, and here is what we are changing",
                "days_ago": 9,
                "summary": "In March we sent around 300 people letters with incorrect care charges. I want to explain what happened, apologise properly, and set out what we have changed so it does not happen again.",
                "tags": ["transparency", "social care", "mistakes"],
                "body": [
                    (
                        "paragraph",
                        "<p>In March we sent letters to around three hundred people who pay towards their home care, telling them their weekly charge for the coming year. For many of them, the figure was wrong. A change to the way pension increases were recorded in our system was not tested properly, and the charges were calculated on last year's income. Some people were told they would pay too much, and a smaller number too little. I am sorry. It caused real worry.</p>",
                    ),
                    ("heading", {"text": "What we have done so far", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Every affected person has now received a corrected letter and, where they asked, a phone call from a named officer. Nobody who was overcharged has paid the wrong amount; the corrections were made before the first invoices. Nobody who was undercharged will be asked to pay back the difference for the weeks already gone. We have also reported the error to councillors on the scrutiny committee, who will review our response in public.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": "It wasn't the mistake that upset me. It was that the letter gave me nobody to ring.",
                            "attribution": "A resident who received an incorrect letter",
                        },
                    ),
                    ("heading", {"text": "What we are changing", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>We have made three changes:</p><ul><li>Any change to how charges are calculated is now tested against a sample of real cases before letters are sent.</li><li>Every charging letter now includes a named contact and a direct phone number.</li><li>A carer and a resident who pays for care will review our letter templates each year.</li></ul><p>None of this is complicated. We should have been doing it already.</p>",
                    ),
                    ("heading", {"text": "Why I am writing about it", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>It would have been easy to correct the letters quietly and move on. But trust in a public service is built on how it behaves when things go wrong, not only when they go right. If we expect people to tell us about their finances, their health and their families, the least we owe them is a straight account when we make a mistake with that information.</p>",
                    ),
                ],
                "comments": [
                    {
                        "name": "Janet H.",
                        "email": "janet.h@residents.example",
                        "text": "I was one of the people who got the wrong letter. The phone call afterwards was kind and clear. Thank you for owning it.",
                        "replies": [],
                    },
                    {
                        "name": "Robert Singh",
                        "email": "r.singh@residents.example",
                        "text": "Appreciate the honesty, but how will we know the new checks are actually happening?",
                        "replies": [
                            {
                                "name": "Rhiannon Price",
                                "email": "rhiannon.price@eastmoor.example",
                                "text": "Fair question, Robert. The scrutiny committee will check progress in six months, and I will write an update here after that meeting.",
                                "replies": [],
                            },
                        ],
                    },
                ],
            },
        ],
    },
    # ------------------------------------------------------------------
    # Chief fire officer
    # ------------------------------------------------------------------
    {
        "username": "marcus.bell",
        "email": "marcus.bell@eastmoor.example",
        "name": "Marcus Bell",
        "role": "Chief Fire Officer",
        "organisation": "Eastmoor Fire and Rescue Service",
        "slug": "marcus-bell",
        "portrait_colour": "#8b1e1e",
        "biography": [
            "Marcus Bell joined the fire service as a retained firefighter in a market town at the age of nineteen, and has served at every rank since. He became Chief Fire Officer of Eastmoor Fire and Rescue Service in 2022.",
            "He writes about prevention, response and the people who make up the service, and about what residents tell his crews on doorsteps and at community events.",
        ],
        "links": [
            ("Eastmoor Fire and Rescue Service", "https://www.eastmoorfire.example/"),
            (
                "Book a free home fire safety visit",
                "https://www.eastmoorfire.example/safe-and-well",
            ),
        ],
        "posts": [
            {
                "slug": "fire-safety-in-high-rise-homes",
                "title": "Living safely in a high-rise home",
                "days_ago": 100,
                "summary": "If you live in a block of flats, knowing your building's evacuation plan could save your life. Here is what to check, what to ask your landlord, and how we can help.",
                "tags": ["fire safety", "housing", "prevention"],
                "body": [
                    (
                        "paragraph",
                        "<p>Eastmoor has eleven residential buildings over eighteen metres tall, and thousands more people living in lower blocks of flats. Since I became Chief Fire Officer, the question I am asked most often at residents' meetings is simple: <i>if there is a fire, should I stay or should I go?</i> The honest answer is that it depends on your building, and every resident deserves to know which plan applies to theirs before they ever need it.</p>",
                    ),
                    ("heading", {"text": "Know your building's plan", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Most purpose-built blocks are designed so that a fire stays inside the flat where it starts. In those buildings, if the fire is not in your flat and you are not affected by heat or smoke, you are usually safer staying put while crews deal with it. Some buildings use a different strategy, where everyone leaves when the alarm sounds. Your landlord or building manager must tell you which applies, and it should be displayed in the communal areas.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": "I'd lived here for twelve years and nobody had ever told me what to do if the alarm went off.",
                            "attribution": "A resident of Hartley Court, at a tenants' meeting",
                        },
                    ),
                    (
                        "heading",
                        {"text": "Simple things that make a big difference", "level": "h2"},
                    ),
                    (
                        "paragraph",
                        "<p>Fire safety in a block depends on everyone in it.</p><ul><li>Never prop open fire doors, including the one to your own flat.</li><li>Keep corridors and stairs clear of bikes, pushchairs and rubbish.</li><li>Test your smoke alarm every month.</li><li>Never charge e-bikes or e-scooters in a corridor or overnight unattended.</li><li>Report damaged doors, closers or seals to your landlord straight away.</li></ul>",
                    ),
                    ("heading", {"text": "If you would need help to get out", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>If you have a disability, mobility problem or other condition that would make it hard to leave quickly, tell your landlord so that a personal evacuation plan can be considered and your details shared with us. You can also book a free home fire safety visit. One of our team will visit, fit alarms if needed, and talk through what you would do in a fire, at a time that suits you.</p>",
                    ),
                ],
                "comments": [
                    {
                        "name": "Amy W.",
                        "email": "amy.w@residents.example",
                        "text": "The door to our stairwell has not closed properly for months. Who do I report that to if the landlord ignores me?",
                        "replies": [
                            {
                                "name": "Marcus Bell",
                                "email": "marcus.bell@eastmoor.example",
                                "text": "Please report it to your landlord in writing first, Amy. If nothing happens, contact our fire safety team through our website, give the address, and we will follow it up with the building's owner.",
                                "replies": [],
                            },
                        ],
                    },
                ],
            },
            {
                "slug": "a-day-on-shift-with-green-watch",
                "title": "Twelve hours with Green Watch at Eastmoor Central",
                "days_ago": 62,
                "summary": "I spent a full day shift riding with Green Watch. Two fires, a flooded basement, a school visit and a lot of tea. Here is what I saw, and what the crew asked me to take back.",
                "tags": ["fire service", "our people", "listening"],
                "body": [
                    (
                        "paragraph",
                        "<p>Chief officers can easily drift away from the work that matters most. So several times a year I put my kit on and join a watch for a full shift, as an extra pair of hands rather than the boss. Last Tuesday it was Green Watch at Eastmoor Central. The watch manager made it clear at roll call that I would be washing up like everyone else, which is exactly how it should be.</p>",
                    ),
                    ("heading", {"text": "How the day unfolded", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>The morning began with equipment checks, then a drill on the tower practising high-rise hose work. Before ten we were called to a kitchen fire in a terraced house; the smoke alarm had woken the occupant and he was already outside when we arrived. After lunch came a flooded basement, a primary school visit and an automatic alarm at a care home, which turned out to be burnt toast. A small car fire closed the shift.</p>",
                    ),
                    (
                        "video",
                        {
                            "url": "https://www.youtube.com/watch?v=Qf3x9LmTb2w&t=30s",
                            "title": "A shift with Green Watch",
                            "caption": "Filmed with the crew's consent during a day shift at Eastmoor Central fire station.",
                            "transcript": (
                                "<p><b>Marcus Bell:</b> It's half past eight and we've just finished the equipment checks. Sam, what does a normal day look like?</p>"
                                "<p><b>Sam Okoro:</b> There isn't one, sir. That's the honest answer. We train, we do prevention work, and we go when the bells go down.</p>"
                                "<p><b>Marcus Bell:</b> What do people not realise about the job?</p>"
                                "<p><b>Sam Okoro:</b> How much of it is talking to people. Fitting alarms, visiting schools, sitting with someone who's just lost their kitchen.</p>"
                                "<p><b>Marcus Bell:</b> And if you could change one thing?</p>"
                                "<p><b>Sam Okoro:</b> Fewer false alarms from automatic systems. Every one takes an engine away from somewhere else.</p>"
                            ),
                        },
                    ),
                    (
                        "quote",
                        {
                            "quote": "There isn't a normal day. We train, we do prevention work, and we go when the bells go down.",
                            "attribution": "Sam Okoro, Watch Manager, Green Watch",
                        },
                    ),
                    ("heading", {"text": "What the crew asked me to take back", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Over a long tea break the crew gave me a clear list. They want faster repairs when equipment goes in for servicing, better mobile signal in the appliance bay for the new tablets, and more help to reduce repeat false alarms from a handful of commercial buildings. None of these are glamorous, and all of them matter. I have asked for a plan on each, and I will report back to Green Watch in person.</p>",
                    ),
                ],
                "comments": [
                    {
                        "name": "Karen D.",
                        "email": "karen.d@residents.example",
                        "text": "Green Watch came to my daughter's school last month. She hasn't stopped talking about it, and she tests our smoke alarm every Sunday now!",
                        "replies": [],
                    },
                    {
                        "name": "Lee Barton",
                        "email": "lee.barton@residents.example",
                        "text": "Good to see a chief actually riding the pumps. More of this please.",
                        "replies": [
                            {
                                "name": "Marcus Bell",
                                "email": "marcus.bell@eastmoor.example",
                                "text": "Thanks, Lee. Next up is an on-call station in the north of the borough; I will write about that one too.",
                                "replies": [],
                            },
                        ],
                    },
                ],
            },
            {
                "slug": "response-times-explained",
                "title": "How quickly we reach you, and why the average is not the whole story",
                "days_ago": 30,
                "summary": "Our average response time to primary fires is the best it has been in six years. I explain what the figure measures, what it hides, and where we still need to improve.",
                "tags": ["fire service", "transparency", "performance"],
                "body": [
                    (
                        "paragraph",
                        "<p>Every year we publish how long it takes for our first fire engine to reach a primary fire, which means a fire in a home, a workplace or a vehicle, rather than in a bin or open ground. The clock starts when a 999 call is answered and stops when the engine arrives. This year the average was 8.2 minutes, the quickest in the six years shown below. I am proud of that, but I want to be careful about what it does and does not tell you.</p>",
                    ),
                    ("heading", {"text": "Six years of response times", "level": "h2"}),
                    ("diagram", "response-times"),
                    (
                        "paragraph",
                        "<p>The slower year in 2022 to 2023 reflects two things: a hot, dry summer with an unusual number of grass fires tying up engines, and roadworks on the ring road that added minutes to journeys from Eastmoor Central. Since then we have changed where some engines wait during busy periods, and our control room now sends the nearest available engine based on live location rather than the home station.</p>",
                    ),
                    ("heading", {"text": "What the average hides", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>An average can mask real differences between places. In the town centre we usually arrive in under seven minutes. In the rural villages to the north, where on-call firefighters respond from home or work, it can be more than twelve. That is why prevention matters most where we are furthest away. A working smoke alarm buys time that no engine can, and our home fire safety visits focus on the areas where travel times are longest.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": "The fastest fire engine in the country can't beat a smoke alarm that wakes you up.",
                            "attribution": "Marcus Bell, speaking to the Eastmoor Rural Parishes Forum",
                        },
                    ),
                    (
                        "paragraph",
                        '<p>We publish response times for every ward in our annual <a href="https://www.eastmoorfire.example/performance">performance report</a>, so you can see the figure for where you live. If you want to help improve response times in your own village, we are always recruiting on-call firefighters. They are paid, trained, and live or work close to their local station.</p>',
                    ),
                ],
                "comments": [
                    {
                        "name": "Fiona M.",
                        "email": "fiona.m@residents.example",
                        "text": "Thanks for being honest about the rural figures. We live out past Hollins Green and always wondered.",
                        "replies": [
                            {
                                "name": "Marcus Bell",
                                "email": "marcus.bell@eastmoor.example",
                                "text": "Thank you, Fiona. The Hollins Green on-call station is recruiting now, and a free home fire safety visit is well worth booking for homes out your way.",
                                "replies": [],
                            },
                        ],
                    },
                ],
            },
            {
                "slug": "what-residents-told-us",
                "title": "What residents told us about home fire safety visits",
                "days_ago": 4,
                "summary": "We asked more than 600 residents what they thought of our free home fire safety visits. Most were positive, but the feedback on how we book and explain them has changed how we work.",
                "tags": ["fire safety", "listening", "prevention"],
                "body": [
                    (
                        "paragraph",
                        "<p>Home fire safety visits are one of the most effective things we do. A member of our team comes to your home, checks or fits smoke alarms, and talks through simple ways to reduce risk. This spring we asked everyone who had a visit in the past year what they thought, and more than six hundred people replied. I have read every free-text comment, and I want to share what you told us and what we are doing about it.</p>",
                    ),
                    ("heading", {"text": "What you liked", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Nine in ten people said they felt safer after a visit, and almost as many said they had changed at least one habit, most often charging phones and e-bikes away from bedrooms or closing doors at night. Many people mentioned the crew by name. Several older residents said the visit was the first time anyone had checked on them in months, which is a reminder of how much a friendly knock on the door can mean.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": "They didn't make me feel like a nuisance. They even moved my heater away from the curtains without being asked.",
                            "attribution": "A resident, in our home fire safety survey",
                        },
                    ),
                    ("heading", {"text": "What you asked us to change", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>The main complaints were about booking and follow-up:</p><ul><li>The online booking form asked too many questions, and some felt intrusive.</li><li>People wanted a text message on the day, not just a letter.</li><li>Some were unsure whether their alarms would be checked again.</li></ul><p>We have shortened the form by half, introduced text reminders, and every household now gets a card saying when its alarms should next be tested and replaced.</p>",
                    ),
                    ("heading", {"text": "Book a visit", "level": "h3"}),
                    (
                        "paragraph",
                        '<p>Visits are free and available to anyone who lives in Eastmoor, but we especially want to see people who live alone, are over sixty-five, smoke, use medical oxygen or have limited mobility. You can book for yourself or, with their agreement, for a neighbour or relative. Book online at <a href="https://www.eastmoorfire.example/safe-and-well">eastmoorfire.example/safe-and-well</a> or call our prevention team.</p>',
                    ),
                ],
                "comments": [],
            },
        ],
    },
]
