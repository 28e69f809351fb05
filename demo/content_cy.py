# ruff: noqa: E501
"""Welsh (Cymraeg) versions of the demo content, written for this project.

Like the English demo content, everything here is fictional and original: the people,
Eastmoor and its services do not exist, and every address uses a reserved ``.example``
domain (the addresses are the same as in English). The three leaders keep their names;
roles, organisations, posts, tags and the site pages are in Welsh. The site's Welsh name
is "Lleisiau Arwain".

One post is left untranslated on purpose: Marcus Bell's newest post,
``what-residents-told-us`` ("What residents told us about home fire safety visits"). It
shows the "not yet available in Welsh" notice and gives the translation-gap report
something to find. Every other English post has a Welsh entry.

The data mirrors ``demo.content`` and ``demo.starter_pages``, keyed by the English slugs,
with the same field names; numbers, addresses and other non-text fields stay in English:

* ``DIAGRAMS_CY`` - by diagram key: ``title``, ``alt_text``, ``caption``, ``credit``,
  ``long_description`` (HTML) and ``bars``, the translated bar labels in the English order.
* ``LEADERS_CY`` - by English blog slug: ``name`` (unchanged), ``role``, ``organisation``,
  ``slug`` (the Welsh blog slug), ``biography`` (a list of paragraphs), ``links``
  (``(title, url)`` with the English urls) and ``posts``, by English post slug: ``title``,
  ``slug``, ``summary``, ``tags`` and ``body``. A body has the English post's block types in
  the same order; a ``("diagram", key)`` block keeps its key and a video keeps its url.
* ``PAGES_CY`` - ``home`` and ``directory`` (``title``, ``slug``, ``intro``) and the four
  site-information pages (``title``, ``slug``, ``body``). The cookies page adds ``rows``
  shaped like ``COOKIE_ROWS``; the comment policy's body keeps the ``PRIVACY_LINK``
  placeholder, with the Welsh link text in ``privacy_link_text``.
* ``COMMENTS_CY`` - by English post slug, comment threads shaped like the English demo
  comments, from Welsh-speaking residents, with a leader's reply in Welsh.
"""

DIAGRAMS_CY = {
    "budget-flow": {
        "title": "I ble mae pob punt o'r dreth gyngor yn mynd",
        "bars": [
            "Gofal i oedolion",
            "Gwasanaethau plant",
            "Gwastraff ac ailgylchu",
            "Ffyrdd a thrafnidiaeth",
            "Tai",
            "Popeth arall",
        ],
        "alt_text": "Siart bar: mae gofal cymdeithasol i oedolion a gwasanaethau plant yn cymryd 62c o bob punt o'r dreth gyngor; mae gwastraff, ffyrdd, tai a phopeth arall yn rhannu 38c.",
        "caption": "Sut mae pob punt o dreth gyngor Eastmoor yn cael ei gwario yn y flwyddyn ariannol bresennol, mewn ceiniogau.",
        "credit": "Tîm cyllid Cyngor Bwrdeistref Eastmoor",
        "long_description": (
            "<p>Mae'r siart bar hwn yn dangos sut mae Cyngor Bwrdeistref Eastmoor yn gwario pob "
            "punt o'r dreth gyngor y mae'n ei chasglu eleni. Mae'r gwerthoedd mewn ceiniogau, ac "
            "maen nhw'n gwneud cyfanswm o un bunt.</p>"
            "<ul>"
            "<li>Gofal cymdeithasol i oedolion: 38 ceiniog.</li>"
            "<li>Gwasanaethau plant: 24 ceiniog.</li>"
            "<li>Gwastraff ac ailgylchu: 11 ceiniog.</li>"
            "<li>Ffyrdd a thrafnidiaeth: 9 ceiniog.</li>"
            "<li>Tai: 8 ceiniog.</li>"
            "<li>Popeth arall, gan gynnwys llyfrgelloedd, parciau, hamdden, cynllunio ac etholiadau: 10 ceiniog.</li>"
            "</ul>"
            "<p>Mae gofal i oedolion a phlant gyda'i gilydd yn cyfrif am 62 ceiniog, sy'n fwy na "
            "phob gwasanaeth arall gyda'i gilydd.</p>"
        ),
    },
    "response-times": {
        "title": "Amser ymateb cyfartalog i danau sylfaenol, fesul blwyddyn",
        "bars": ["2019-20", "2020-21", "2021-22", "2022-23", "2023-24", "2024-25"],
        "alt_text": "Siart bar o amseroedd ymateb cyfartalog injans tân, mewn munudau: uchafbwynt o 9.1 yn 2022-23, gan ostwng i 8.2 yn 2024-25, y cyflymaf ers chwe blynedd.",
        "caption": "Yr amser cyfartalog, mewn munudau, rhwng ateb galwad 999 a'r injan dân gyntaf yn cyrraedd tân sylfaenol yn Eastmoor.",
        "credit": "Tîm perfformiad Gwasanaeth Tân ac Achub Eastmoor",
        "long_description": (
            "<p>Mae'r siart bar hwn yn dangos yr amser cyfartalog, mewn munudau, rhwng ateb "
            "galwad 999 a'r injan dân gyntaf yn cyrraedd tân sylfaenol yn Eastmoor, dros chwe "
            "blwyddyn ariannol.</p>"
            "<ul>"
            "<li>2019 i 2020: 8.9 munud.</li>"
            "<li>2020 i 2021: 8.4 munud.</li>"
            "<li>2021 i 2022: 8.7 munud.</li>"
            "<li>2022 i 2023: 9.1 munud, y flwyddyn arafaf a ddangosir.</li>"
            "<li>2023 i 2024: 8.6 munud.</li>"
            "<li>2024 i 2025: 8.2 munud, y flwyddyn gyflymaf a ddangosir.</li>"
            "</ul>"
            "<p>Dros y chwe blynedd, mae'r cyfartaledd wedi amrywio llai nag un munud, ac mae "
            "wedi gwella ym mhob un o'r ddwy flynedd ddiwethaf.</p>"
        ),
    },
}

LEADERS_CY = {
    # ------------------------------------------------------------------
    # Prif Weithredwr y cyngor
    # ------------------------------------------------------------------
    "amira-hassan": {
        "name": "Amira Hassan",
        "role": "Prif Weithredwr",
        "organisation": "Cyngor Bwrdeistref Eastmoor",
        "slug": "amira-hassan",
        "biography": [
            "Mae Amira Hassan wedi bod yn Brif Weithredwr Cyngor Bwrdeistref Eastmoor ers 2021. Dechreuodd ei gyrfa fel swyddog tai ar ystâd Northgate, ac mae wedi gweithio ym myd llywodraeth leol ers dros ugain mlynedd, ym meysydd adfywio, cyllid a diogelwch cymunedol.",
            "Yma, mae'n ysgrifennu am sut mae'r cyngor yn gwneud penderfyniadau, i ble mae'r arian yn mynd a'r hyn y mae'n ei glywed gan drigolion. Ei geiriau hi ei hun yw'r blogiadau, ac mae tîm cyfathrebu'r cyngor yn eu gwirio i sicrhau eu bod yn gywir cyn iddynt gael eu cyhoeddi.",
        ],
        "links": [
            ("Cyngor Bwrdeistref Eastmoor", "https://www.eastmoor.example/"),
            ("Cyfarfodydd a phenderfyniadau'r cyngor", "https://democracy.eastmoor.example/"),
        ],
        "posts": {
            "why-i-started-writing": {
                "title": "Pam y dechreuais ysgrifennu'n gyhoeddus",
                "slug": "pam-y-dechreuais-ysgrifennu",
                "summary": "Fe wnaeth cwestiwn gan breswylydd mewn sesiwn galw heibio yn y llyfrgell fy argyhoeddi y dylai prif weithredwr esbonio penderfyniadau yn ei geiriau ei hun, nid drwy adroddiadau a datganiadau i'r wasg yn unig.",
                "tags": ["arweinyddiaeth ddigidol", "tryloywder", "gwrando"],
                "body": [
                    (
                        "paragraph",
                        "<p>Am y rhan fwyaf o'm gyrfa, roeddwn i'n cymryd yn ganiataol mai anaml y dylid clywed prif weithredwr, ac y dylid ei ddyfynnu'n ofalus. Roedd adroddiadau'n mynd i bwyllgor, datganiadau i'r wasg yn mynd i'r papur lleol, a byddai trigolion yn clywed gennyf i, os o gwbl, drwy lefarydd. Yna, mewn sesiwn galw heibio yn y llyfrgell, gofynnodd preswylydd gwestiwn syml i mi: <i>pwy sy'n penderfynu pethau yma mewn gwirionedd?</i> Rhoddais ateb digon teg wyneb yn wyneb, a cherddais adref gan wybod na fyddai bron neb arall byth yn ei glywed. Y sgwrs honno yw'r rheswm pam mae'r blog hwn yn bodoli.</p>",
                    ),
                    ("heading", {"text": "Beth rwyf am i'r blog hwn fod", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Rwyf am esbonio penderfyniadau tra maen nhw'n cael eu gwneud, nid dim ond ar ôl y digwyddiad. Byddaf yn ysgrifennu am y gyllideb, am wasanaethau sydd dan bwysau, ac am y pethau rydym yn eu gwneud yn dda a'r pethau rydym yn eu cael yn anghywir. Ni fyddaf yn defnyddio'r lle hwn i ymgyrchu nac i sgorio pwyntiau; gwaith cynghorwyr etholedig yw hynny, ac felly y dylai fod. Fy ngwaith i yw rhedeg y sefydliad yn dda a bod yn agored am sut mae'n cael ei redeg. Os oes gennych fwy o gwestiynau ar ôl darllen blogiad, gofynnwch nhw yn y sylwadau.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": "Peidiwch â dweud wrthym ei fod yn gymhleth. Dywedwch wrthym beth wnaethoch chi ei ddewis a pham.",
                            "attribution": "Preswylydd, yn sesiwn galw heibio Llyfrgell Northgate",
                        },
                    ),
                    (
                        "video",
                        {
                            "url": "https://youtu.be/Em7rQk2LpVa",
                            "title": "Amira Hassan yn esbonio pam mae hi'n ysgrifennu'n gyhoeddus",
                            "caption": "Cyflwyniad byr a recordiwyd yn siambr y cyngor.",
                            "transcript": (
                                "<p><b>Cyfwelydd:</b> Pam byddai prif weithredwr cyngor yn dechrau blog?</p>"
                                "<p><b>Amira Hassan:</b> Am fod pobl yn dal i ofyn cwestiynau i mi y gallwn eu hateb mewn dwy funud, a'r unig le y gallen nhw ddod o hyd i'r ateb oedd mewn adroddiad pwyllgor naw deg tudalen o hyd.</p>"
                                "<p><b>Cyfwelydd:</b> Onid yw hynny'n beryglus?</p>"
                                "<p><b>Amira Hassan:</b> Ychydig. Ond mae dweud dim yn beryglus hefyd. Pan fyddwn ni'n dawel, mae pobl yn llenwi'r bwlch â dyfaliadau, ac mae'r dyfaliadau fel arfer yn waeth na'r gwir.</p>"
                                "<p><b>Amira Hassan:</b> Felly byddaf yn ysgrifennu'n blaen, byddaf yn fy nghywiro fy hun pan fyddaf yn anghywir, a byddaf yn darllen y sylwadau.</p>"
                            ),
                        },
                    ),
                    ("heading", {"text": "Beth rwyf wedi'i ddysgu hyd yma", "level": "h2"}),
                    ("heading", {"text": "Tair gwers gynnar", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>Dim ond ers ychydig wythnosau rwyf wrthi, ond mae tri pheth eisoes yn amlwg.</p><ol><li>Mae byr yn well na chlyfar. Y blogiadau y mae pobl yn eu darllen hyd y diwedd yw'r rhai sy'n ateb un cwestiwn yn dda.</li><li>Mae trigolion yn hael pan fyddwch yn cyfaddef ansicrwydd, ac yn ddidrugaredd pan fyddwch yn esgus bod yn sicr pan nad ydych.</li><li>Mae ysgrifennu'n fy ngorfodi i wneud yn siŵr fy mod i wir yn deall penderfyniad cyn i mi ei amddiffyn.</li></ol>",
                    ),
                ],
            },
            "the-budget-explained": {
                "title": "Ein cyllideb, wedi'i hesbonio mewn un siart",
                "slug": "ein-cyllideb-mewn-un-siart",
                "summary": "I ble mae pob punt o dreth gyngor Eastmoor yn mynd eleni, pam mae gofal i oedolion a phlant yn cymryd y gyfran fwyaf, a sut gallwch chi ddweud eich dweud cyn i gyllideb y flwyddyn nesaf gael ei phennu.",
                "tags": ["cyllideb", "tryloywder", "gofal cymdeithasol"],
                "body": [
                    (
                        "paragraph",
                        "<p>Bob mis Chwefror mae'r cyngor yn pennu cyllideb, a bob mis Chwefror mae rhywun yn gofyn yr un cwestiwn i mi ar garreg y drws ac yn fy mewnflwch: <i>beth ydw i'n ei gael am fy nhreth gyngor mewn gwirionedd?</i> Mae'r llyfr cyllideb llawn yn gannoedd o dudalennau ac wedi'i gyhoeddi ar ein gwefan, ond mae'r rhan fwyaf o bobl eisiau'r fersiwn fer. Felly dyma hi, mewn ceiniogau yn hytrach na miliynau, oherwydd mae punt yn rhywbeth y gallwn ni i gyd ei ddychmygu.</p>",
                    ),
                    ("heading", {"text": "I ble mae'r arian yn mynd", "level": "h2"}),
                    ("diagram", "budget-flow"),
                    (
                        "paragraph",
                        "<p>Mae'r siart yn dangos bod 62c o bob punt yn cael ei wario ar ofalu am bobl: oedolion hŷn ac oedolion anabl sydd angen gofal a chymorth, a phlant sydd angen eu diogelu, eu maethu neu gymorth gydag anghenion addysgol arbennig. Mae casglu biniau, ffyrdd, tai, llyfrgelloedd, parciau a phopeth arall yn rhannu'r 38c sy'n weddill. Dyna'r gwasanaethau y mae'r rhan fwyaf o drigolion yn eu gweld bob wythnos, a dyna pam mae'r rhaniad yn aml yn synnu pobl.</p>",
                    ),
                    ("heading", {"text": "Pam mae gofal yn cymryd y gyfran fwyaf", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>Mae gofal yn ddrud oherwydd ei fod yn bersonol. Gall un lleoliad preswyl i berson hŷn gostio mwy na mil o bunnoedd yr wythnos, a gall lleoliad i blentyn ag anghenion cymhleth gostio sawl gwaith hynny. Mae'r rhain yn ddyletswyddau cyfreithiol, a dyma'r peth iawn i'w wneud hefyd. Mae'r galw'n cynyddu bob blwyddyn wrth i'n poblogaeth heneiddio, sy'n golygu, oni bai bod y cyllid yn cadw i fyny, fod gwasanaethau eraill yn teimlo'r wasgfa.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": "Doedd gen i ddim syniad bod y biniau'n rhan mor fach ohono. Mae'n gwneud i'r dadleuon am ddiwrnod casglu biniau deimlo'n wahanol.",
                            "attribution": "Preswylydd, mewn sioe deithiol am y gyllideb ym marchnad Eastmoor",
                        },
                    ),
                    ("heading", {"text": "Dywedwch eich dweud am y flwyddyn nesaf", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Bydd ein hymgynghoriad ar gyllideb y flwyddyn nesaf yn agor yn yr hydref. Gallwch gymryd rhan ar-lein yn <a href=\"https://www.eastmoor.example/budget\">eastmoor.example/budget</a>, mewn unrhyw lyfrgell, neu drwy ffonio ein canolfan gyswllt a gofyn am gopi papur. Mae cynghorwyr yn darllen crynodeb o'r ymatebion cyn iddynt bleidleisio, ac rydym yn ei gyhoeddi yn llawn. Os ydych chi'n credu nad yw'r cydbwysedd yn iawn gennym, dyna'r lle i ddweud hynny.</p>",
                    ),
                ],
            },
            "how-comms-reviews-my-posts": {
                "title": "Pam mae ail bâr o lygaid yn fy ngwneud yn fwy dewr, nid yn arafach",
                "slug": "ail-bar-o-lygaid",
                "summary": "Mae ein tîm cyfathrebu yn adolygu pob blogiad rwy'n ei ysgrifennu cyn iddo fynd yn fyw. Dyma beth maen nhw'n ei wirio, beth nad ydyn nhw byth yn ei newid, a pham mae'r broses yn fy helpu i ddweud mwy, nid llai.",
                "tags": ["arweinyddiaeth ddigidol", "cyfathrebu", "tryloywder"],
                "body": [
                    (
                        "paragraph",
                        "<p>Mae sawl un wedi gofyn, rhai ohonynt yn ddrwgdybus, a ydw i wir yn ysgrifennu'r blogiadau hyn fy hun. Ydw. Rwy'n eu drafftio ar y trên, fel arfer yn rhy hir, ac yna rwy'n eu hanfon at ein tîm cyfathrebu. Does dim yn mynd yn fyw nes i un ohonynt ei adolygu. Gallai hynny swnio fel y gwrthwyneb i lais dilys, felly rwyf am esbonio sut mae'r adolygiad yn gweithio a pham na fyddwn i eisiau cyhoeddi hebddo.</p>",
                    ),
                    ("heading", {"text": "Sut mae'r adolygiad yn gweithio", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Mae'r adolygiad yn dilyn yr un camau bob tro, ac anaml y mae'n cymryd mwy na diwrnod.</p><ol><li>Mae adolygydd yn gwirio pob ffaith a ffigur yn erbyn y ffynhonnell gyhoeddedig.</li><li>Maen nhw'n darllen er mwyn sicrhau bod yr iaith yn glir, ac yn tynnu sylw at jargon nad ydw i'n sylwi arno bellach.</li><li>Maen nhw'n gwirio nad oes dim yn datgelu pwy yw preswylydd neu aelod o staff heb ganiatâd.</li><li>Yn ystod cyfnodau etholiad, maen nhw'n gwirio'r blogiad yn erbyn y rheolau cyhoeddusrwydd.</li><li>Maen nhw'n ei anfon yn ôl ataf gydag awgrymiadau, a fi sy'n penderfynu beth sy'n newid.</li></ol>",
                    ),
                    ("heading", {"text": "Beth nad yw'r adolygiad", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>Nid ffordd o gael gwared ar unrhyw beth lletchwith ydyw. Nid yw'r tîm erioed wedi gofyn i mi hepgor cyfaddefiad ein bod wedi gwneud rhywbeth yn anghywir, a byddwn yn gwrthwynebu'n gryf pe baent yn gwneud hynny. Eu gwaith nhw yw sicrhau fy mod yn gywir, yn deg ac yn cael fy neall. Fy mhenderfyniad i yw dweud rhywbeth anodd ai peidio, a fi sy'n atebol amdano. Mae enw'r adolygydd yn cael ei gofnodi yn erbyn pob blogiad, felly mae'r broses ei hun yn weladwy.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": "Ein gwaith ni yw gwneud yn siŵr bod pwynt Amira yn taro deuddeg, nid naddu'r ymylon oddi arno.",
                            "attribution": "Priya Desai, Pennaeth Cyfathrebu, Cyngor Bwrdeistref Eastmoor",
                        },
                    ),
                    ("heading", {"text": "Pam mae'n fy ngwneud yn fwy dewr", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Mae gwybod y bydd rhywun gofalus yn dal ffigur anghywir neu ymadrodd trwsgl yn golygu y gallaf ysgrifennu am bynciau anodd heb rewi. Heb y rhwyd ddiogelwch honno, mae'n debyg y byddwn yn cadw at gyhoeddiadau diogel. Gyda hi, gallaf ysgrifennu am fylchau yn y gyllideb, cwynion a chamgymeriadau, a bod yn ffyddiog bod yr hyn sy'n cael ei gyhoeddi yn gywir. I unrhyw arweinydd sy'n ystyried ysgrifennu'n gyhoeddus, dyna fy mhrif gyngor: dewch o hyd i'ch ail bâr o lygaid yn gyntaf.</p>",
                    ),
                ],
            },
            "pre-election-period": {
                "title": "Tawel, nid mud: esbonio'r cyfnod cyn etholiad",
                "slug": "cyfnod-cyn-etholiad",
                "summary": "Yn yr wythnosau cyn etholiadau lleol mae'r cyngor yn dilyn rheolau cyhoeddusrwydd caeth. Mae'r blogiad hwn yn esbonio beth sy'n newid ar y blog hwn, beth sy'n parhau fel arfer, a pham mae'r rheolau'n bodoli.",
                "tags": ["etholiadau", "tryloywder", "cyfathrebu"],
                "body": [
                    (
                        "paragraph",
                        "<p>O'r wythnos nesaf tan ddiwrnod yr etholiad, fe welwch fod y blog hwn yn mynd yn dawelach. Nid am nad oes dim i'w ddweud y mae hynny. Yn yr wythnosau cyn etholiad, mae cynghorau'n dilyn rheolau ar gyhoeddusrwydd yn ystod yr hyn a elwir yn aml yn gyfnod cyn etholiad, er mwyn sicrhau nad yw arian cyhoeddus a sianeli'r cyngor yn cael eu defnyddio mewn ffordd a allai ddylanwadu ar sut mae pobl yn pleidleisio. Rwy'n credu bod y rheolau'n synhwyrol, ac rwyf am eu hesbonio yn hytrach na diflannu heb air.</p>",
                    ),
                    ("heading", {"text": "Beth sy'n newid", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Yn ystod y cyfnod cyn etholiad:</p><ul><li>Ni fyddaf yn cyhoeddi blogiadau am bolisïau neu benderfyniadau newydd y gellid eu hystyried yn ddadleuol.</li><li>Ni fyddwn yn rhoi sylw i gynghorwyr sy'n sefyll yn yr etholiad yng nghyhoeddusrwydd y cyngor.</li><li>Bydd sylwadau ar flogiadau hŷn yn aros ar agor, ond ni fyddwn yn cyhoeddi sylwadau sy'n ymgyrchu dros blaid neu ymgeisydd.</li><li>Bydd ymgyngoriadau sydd eisoes ar waith yn parhau, ond rydym yn osgoi lansio rhai newydd.</li></ul>",
                    ),
                    ("heading", {"text": "Beth nad yw'n newid", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Mae gwasanaethau'n parhau yn union fel o'r blaen. Mae biniau'n cael eu casglu, mae gofal yn cael ei ddarparu, ac mae ein canolfan gyswllt yn ateb y ffôn. Byddwn yn dal i gyhoeddi gwybodaeth gyhoeddus frys, fel rhybuddion am dywydd garw neu newidiadau i wasanaethau. Ac os hoffech wybod sut i gofrestru, sut mae pleidleisio drwy'r post yn gweithio neu ble mae eich gorsaf bleidleisio, mae ein tîm etholiadau yno i helpu yn <a href=\"https://www.eastmoor.example/elections\">eastmoor.example/elections</a>.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": "Mae'r cyngor yn perthyn i bawb, pa ffordd bynnag maen nhw'n pleidleisio. Yr wythnosau tawel yw sut rydym yn dangos hynny.",
                            "attribution": "Canllawiau swyddog canlyniadau Cyngor Bwrdeistref Eastmoor i staff",
                        },
                    ),
                    (
                        "paragraph",
                        "<p>Byddaf yn ôl ar ôl y cyfrif, a bydd fy mlogiad cyntaf am sut mae'r cyngor newydd ei ethol yn dechrau arni: sesiynau cynefino, lleoedd ar bwyllgorau a'r penderfyniadau mawr cyntaf ar yr agenda. Yn y cyfamser, pwy bynnag rydych yn ei gefnogi, pleidleisiwch. Yn aml, etholiadau lleol sy'n gweld y nifer lleiaf o bobl yn pleidleisio, ac maen nhw'n penderfynu pethau sy'n llunio eich stryd, eich ysgolion a'r gofal y mae eich cymdogion yn ei gael.</p>",
                    ),
                ],
            },
        },
    },
    # ------------------------------------------------------------------
    # Cyfarwyddwr gwasanaethau cymdeithasol i oedolion
    # ------------------------------------------------------------------
    "rhiannon-price": {
        "name": "Rhiannon Price",
        "role": "Cyfarwyddwr Gwasanaethau Cymdeithasol i Oedolion",
        "organisation": "Cyngor Bwrdeistref Eastmoor",
        "slug": "rhiannon-price",
        "biography": [
            "Rhiannon Price yw Cyfarwyddwr Gwasanaethau Cymdeithasol i Oedolion Cyngor Bwrdeistref Eastmoor. Cymhwysodd fel gweithiwr cymdeithasol yng Nghaerdydd, treuliodd ddeng mlynedd mewn timau rhyddhau o'r ysbyty a thimau iechyd meddwl cymunedol, ac ymunodd ag Eastmoor yn 2019.",
            "Mae'n arwain y timau sy'n cefnogi pobl hŷn, oedolion anabl a gofalwyr di-dâl ledled y fwrdeistref, ac mae'n gweithio'n agos gyda'r GIG lleol i helpu pobl i fynd adref o'r ysbyty'n ddiogel.",
            "Ar y blog hwn, mae'n ysgrifennu am sut olwg sydd ar ofal cymdeithasol o'r tu mewn, a'r hyn y mae gofalwyr a'r bobl maen nhw'n eu cefnogi wedi'i ddysgu iddi.",
        ],
        "links": [
            (
                "Gofal cymdeithasol i oedolion yn Eastmoor",
                "https://www.eastmoor.example/adult-social-care",
            ),
            ("Hwb Gofalwyr Eastmoor", "https://carers.eastmoor.example/"),
        ],
        "posts": {
            "winter-pressures-in-social-care": {
                "title": "Pwysau'r gaeaf: beth sy'n digwydd y tu ôl i ddrysau'r ysbyty",
                "slug": "pwysau-gaeaf-gofal-cymdeithasol",
                "summary": "Pan fydd ysbytai'n llawn yn y gaeaf, ym maes gofal cymdeithasol y mae'r ciw go iawn yn aml. Rwy'n esbonio sut mae ein timau'n helpu pobl i fynd adref yn ddiogel, a beth gallwch chi ei wneud i helpu rhywun annwyl.",
                "tags": ["gofal cymdeithasol", "gaeaf", "partneriaeth gyda'r GIG"],
                "body": [
                    (
                        "paragraph",
                        "<p>Bob gaeaf, mae'r penawdau'n canolbwyntio ar goridorau ysbytai a chiwiau ambiwlansys. Yr hyn nad ydyn nhw'n ei ddangos yn aml yw pen arall y daith. Ar fore arferol ym mis Ionawr, mae dwsinau o bobl yn Ysbyty Cyffredinol Eastmoor yn ddigon iach i adael ond yn aros am rywbeth: pecyn o ofal cartref, gwely mewn cartref gofal, ramp, blwch cadw allweddi, neu'n syml aelod o'r teulu i gyrraedd adref o'r gwaith. Cael y bobl hynny adref yw'r gwaith sy'n mynd â llawer o amser fy nhimau dros y gaeaf.</p>",
                    ),
                    (
                        "heading",
                        {"text": "Sut mae trefnu i rywun adael yr ysbyty'n ddiogel", "level": "h2"},
                    ),
                    (
                        "paragraph",
                        "<p>Y tu ôl i bob achos o ryddhau claf o'r ysbyty mae tîm bach yn gweithio'n gyflym. Mae gweithiwr cymdeithasol yn yr ysbyty yn siarad â'r person a'r teulu am yr hyn sy'n bwysig iddyn nhw. Mae ein gwasanaeth ailalluogi yn trefnu ymweliadau tymor byr i fagu hyder eto wrth ymolchi, gwisgo a choginio. Mae therapyddion galwedigaethol yn asesu'r cartref ac yn archebu offer. Os oes angen gofal tymor hwy, mae ein tîm broceriaeth yn dod o hyd i ddarparwr. Pan fydd hyn i gyd yn dod at ei gilydd ar yr un diwrnod, mae rhywun yn cysgu yn ei wely ei hun y noson honno.</p>",
                    ),
                    (
                        "video",
                        {
                            "url": "https://vimeo.com/824519376",
                            "title": "Bore o aeaf gyda thîm ailalluogi Eastmoor",
                            "caption": "Rhiannon Price yn ymuno â gweithiwr cymorth ailalluogi ar ei hymweliadau cyntaf y dydd.",
                            "transcript": (
                                "<p><b>Rhiannon Price:</b> Mae hi'n saith o'r gloch y bore ac rydw i gyda Leanne, un o'n gweithwyr cymorth ailalluogi. Rydyn ni ar ein ffordd i weld dyn a ddaeth adref o'r ysbyty ddeuddydd yn ôl.</p>"
                                "<p><b>Leanne Marsh:</b> Y dyddiau cyntaf sydd bwysicaf. Roedd e'n nerfus am y grisiau, felly heddiw rydyn ni'n ymarfer gyda'r canllaw newydd, a bydda i'n ei wylio'n gwneud paned.</p>"
                                "<p><b>Rhiannon Price:</b> Beth yw'r rhan anoddaf o'r swydd yn y gaeaf?</p>"
                                "<p><b>Leanne Marsh:</b> Y ffyrdd, a dweud y gwir. A gwybod bod rhywun yn dal i aros ar y ward tra ydyn ni'n trio gwasgu un ymweliad arall i mewn.</p>"
                                "<p><b>Rhiannon Price:</b> A'r rhan orau?</p>"
                                "<p><b>Leanne Marsh:</b> Y diwrnod mae rhywun yn dweud wrtha i nad oes ein hangen ni arnyn nhw mwyach.</p>"
                            ),
                        },
                    ),
                    (
                        "quote",
                        {
                            "quote": "Y diwrnod mae rhywun yn dweud wrtha i nad oes ein hangen ni arnyn nhw mwyach yw diwrnod gorau'r swydd.",
                            "attribution": "Leanne Marsh, gweithiwr cymorth ailalluogi",
                        },
                    ),
                    ("heading", {"text": "Sut gallwch chi helpu", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Os yw rhywun rydych chi'n gofalu amdano yn yr ysbyty y gaeaf hwn, mae ambell beth sy'n gwneud gwahaniaeth go iawn:</p><ul><li>Siaradwch â'r ward yn gynnar am y cynlluniau ar gyfer mynd adref, nid ar y diwrnod ei hun.</li><li>Gwnewch yn siŵr bod y gwres yn gweithio a bod bwyd yn yr oergell.</li><li>Rhowch wybod i ni os ydych yn ofalwr di-dâl, er mwyn i ni allu cynnig cymorth i chi hefyd.</li><li>Gofynnwch am ailalluogi; mae am ddim am hyd at chwe wythnos.</li></ul>",
                    ),
                ],
            },
            "listening-to-young-carers": {
                "title": "Beth ddysgodd gofalwyr ifanc i mi mewn un prynhawn",
                "slug": "gwrando-ar-ofalwyr-ifanc",
                "summary": "Treuliais brynhawn gyda grŵp Gofalwyr Ifanc Eastmoor. Roedden nhw'n ddoniol, yn flinedig ac yn glir iawn am yr hyn y mae oedolion yn ei wneud yn anghywir. Dyma beth y gofynnon nhw i ni ei newid.",
                "tags": ["gofalwyr", "gwrando", "gofal cymdeithasol"],
                "body": [
                    (
                        "paragraph",
                        "<p>Plant a phobl ifanc sy'n helpu i ofalu am rywun gartref yw gofalwyr ifanc: rhiant sydd â salwch hirdymor, brawd sydd ag anabledd, neu nain neu daid sy'n byw gyda dementia. Yn Eastmoor rydym yn gwybod am tua phedwar cant ohonynt, ac rydym yn weddol siŵr bod y gwir nifer yn llawer uwch. Fis diwethaf, cefais wahoddiad gan grŵp Gofalwyr Ifanc Eastmoor i'w sesiwn brynhawn dydd Iau. Cefais wybod, yn gwrtais ond yn gadarn, mai yno i wrando oeddwn i, nid i roi sgwrs.</p>",
                    ),
                    ("heading", {"text": "Beth ddywedon nhw wrtha i", "level": "h2"}),
                    (
                        "quote",
                        {
                            "quote": "Dydw i ddim eisiau tystysgrif. Dw i eisiau i fy athro wybod pam mae fy ngwaith cartref yn hwyr heb i mi orfod esbonio o flaen pawb.",
                            "attribution": "Jess, 14 oed, grŵp Gofalwyr Ifanc Eastmoor",
                        },
                    ),
                    (
                        "paragraph",
                        "<p>Daeth tair thema i'r amlwg dro ar ôl tro. Yn gyntaf, yr ysgol: doedd llawer ohonyn nhw erioed wedi dweud wrth athro, am nad oedden nhw eisiau cael eu trin yn wahanol. Yn ail, cael eu clywed: disgrifiodd sawl un oedolion, gan gynnwys gweithwyr proffesiynol, yn siarad drostyn nhw am y person maen nhw'n gofalu amdano bob dydd. Yn drydydd, amser i ffwrdd: roedd y cyfle i fod yn gyffredin am ychydig oriau, mewn sesiwn bêl-droed neu ar drip i'r sinema, yn bwysicach nag unrhyw daflen y gallem ni ei chynhyrchu.</p>",
                    ),
                    ("heading", {"text": "Beth rydym yn ei newid", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Rydym wedi cytuno ar dri pheth gyda'r grŵp, a byddan nhw'n ein dal ni at ein gair:</p><ul><li>Bydd gan bob ysgol uwchradd yn Eastmoor arweinydd enwebedig ar gyfer gofalwyr ifanc erbyn mis Medi.</li><li>Pan fyddwn yn asesu anghenion gofal oedolyn, bydd ein gweithwyr cymdeithasol yn gofyn, yn breifat, a oes plentyn yn helpu gartref.</li><li>Mae'r arian ar gyfer tripiau gweithgareddau misol y grŵp wedi'i ddiogelu yng nghyllideb y flwyddyn nesaf.</li></ul>",
                    ),
                    ("heading", {"text": "Os ydych chi'n ofalwr ifanc", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>Does dim rhaid i chi fod mewn argyfwng i gael cymorth, ac ni fydd gofyn am help yn achosi trafferth i'ch teulu. Gallwch gysylltu â <a href=\"https://carers.eastmoor.example/young-carers\">Hwb Gofalwyr Eastmoor</a> eich hun, neu ofyn i athro, nyrs ysgol neu weithiwr ieuenctid wneud hynny gyda chi. Mae'r grŵp yn cyfarfod ar ddydd Iau ar ôl ysgol, mae pizza bob amser, a does neb yn mynd i wneud i chi siarad os byddai'n well gennych beidio.</p>",
                    ),
                ],
            },
            "online-by-default-not-online-only": {
                "title": "Ni ddylai 'ar-lein yn ddiofyn' fyth olygu 'ar-lein yn unig'",
                "slug": "ar-lein-yn-ddiofyn-nid-ar-lein-yn-unig",
                "summary": "Mae mwy o'n gwasanaethau'n symud ar-lein, ond nid yw llawer o'r bobl y mae gofal cymdeithasol yn eu cefnogi ar-lein. Dyma sut rydym yn mynd i'r afael ag allgáu digidol ac yn gwneud i wefan y cyngor weithio i bawb.",
                "tags": ["cynhwysiant digidol", "hygyrchedd", "gofal cymdeithasol"],
                "body": [
                    (
                        "paragraph",
                        "<p>Gall ffurflenni ar-lein fod yn gyflymach i lawer o bobl, ac maen nhw'n rhyddhau llinellau ffôn i'r rhai sydd eu hangen fwyaf. Ond mae'r bobl y mae fy nhimau'n eu cefnogi ymhlith y lleiaf tebygol o fod ar-lein. Nid yw rhai erioed wedi defnyddio'r rhyngrwyd; ni all rhai fforddio data; mae gan rai golled golwg, cryndod neu broblemau cof sy'n gwneud tudalen we wedi'i dylunio'n wael yn amhosibl ei defnyddio. Os nad ydym yn ofalus, gall symud gwasanaethau ar-lein gau allan yn dawel yr union bobl sydd ein hangen.</p>",
                    ),
                    (
                        "heading",
                        {
                            "text": "Mae cynhwysiant digidol yn dechrau gyda phobl, nid dyfeisiau",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        "<p>Anaml y mae rhoi llechen yn llaw rhywun yn datrys unrhyw beth ar ei ben ei hun. Yr hyn sy'n gweithio yw cymorth amyneddgar, dro ar ôl tro, gan rywun maen nhw'n ymddiried ynddo. Mae hyrwyddwyr digidol ein llyfrgelloedd yn cynnal sesiynau galw heibio bob dydd o'r wythnos waith, a gall ein staff gofal bellach atgyfeirio pobl yn uniongyrchol. Rydym hefyd wedi ariannu dyfeisiau gyda data i bobl sy'n gadael yr ysbyty ac sydd eisiau cael galwadau fideo gyda'u teulu. Yn bwysicaf oll, mae gan bob gwasanaeth rif ffôn a dewis wyneb yn wyneb o hyd, a bydd hynny'n wir bob amser.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": "Dydw i ddim yn erbyn cyfrifiaduron. Rydw i yn erbyn cael fy ngwneud i deimlo'n dwp gan un.",
                            "attribution": "Preswylydd, mewn sesiwn sgiliau digidol yn y llyfrgell",
                        },
                    ),
                    ("heading", {"text": "Gwneud ein gwefan yn hygyrch", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Mae hygyrchedd yn ddyletswydd gyfreithiol ar wefannau'r sector cyhoeddus, ac mae hefyd yn fater o gwrteisi sylfaenol. Eleni, profodd ein tîm gwe dudalennau gofal cymdeithasol i oedolion gyda darllenwyr sgrin, rheolaeth llais a chwyddhadur, a chyda thrigolion sy'n eu defnyddio bob dydd. Daethom o hyd i broblemau go iawn, gan gynnwys ffurflenni a oedd yn cau'n rhy gyflym a llythyrau PDF nad oedd darllenwyr sgrin yn gallu eu darllen. Rydym wedi trwsio'r rhan fwyaf ohonynt ac wedi cyhoeddi <a href=\"https://www.eastmoor.example/accessibility\">datganiad hygyrchedd</a> sy'n rhestru'r hyn sydd ar ôl.</p>",
                    ),
                    ("heading", {"text": "Beth sydd angen i ni ei drwsio o hyd", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>Mae ein ffurflen asesiad ariannol yn dal yn rhy hir ac yn rhy ddryslyd, ar-lein ac ar bapur. Rydym yn ei hailgynllunio gyda grŵp o drigolion a gofalwyr, a bydd y fersiwn newydd yn cael ei phrofi gyda thechnoleg gynorthwyol cyn iddi fynd yn fyw. Os ydych chi'n gweld rhan o'n gwefan yn anodd ei defnyddio, rhowch wybod i ni. Bydd eich adroddiad yn mynd yn syth i'r tîm gwe, a byddwn yn ymateb gan ddweud beth rydym yn bwriadu ei wneud yn ei gylch.</p>",
                    ),
                ],
            },
            "being-honest-about-mistakes": {
                "title": "Roedden ni ar fai, a dyma beth rydym yn ei newid",
                "slug": "bod-yn-onest-am-gamgymeriadau",
                "summary": "Ym mis Mawrth fe anfonon ni lythyrau at tua 300 o bobl yn nodi taliadau gofal anghywir. Rwyf am esbonio beth ddigwyddodd, ymddiheuro'n iawn, a nodi'r hyn rydym wedi'i newid fel na fydd yn digwydd eto.",
                "tags": ["tryloywder", "gofal cymdeithasol", "camgymeriadau"],
                "body": [
                    (
                        "paragraph",
                        "<p>Ym mis Mawrth, fe anfonon ni lythyrau at tua thri chant o bobl sy'n cyfrannu at gost eu gofal cartref, yn nodi eu tâl wythnosol ar gyfer y flwyddyn i ddod. I lawer ohonynt, roedd y ffigur yn anghywir. Ni chafodd newid i'r ffordd roedd codiadau pensiwn yn cael eu cofnodi yn ein system ei brofi'n iawn, a chafodd y taliadau eu cyfrifo ar sail incwm y llynedd. Dywedwyd wrth rai pobl y bydden nhw'n talu gormod, ac wrth nifer llai y bydden nhw'n talu rhy ychydig. Mae'n wir ddrwg gen i. Fe achosodd hyn bryder go iawn.</p>",
                    ),
                    ("heading", {"text": "Beth rydym wedi'i wneud hyd yma", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Mae pawb yr effeithiwyd arnynt bellach wedi cael llythyr wedi'i gywiro ac, os oedden nhw wedi gofyn am un, galwad ffôn gan swyddog penodol. Does neb y codwyd gormod arno wedi talu'r swm anghywir; cafodd y cywiriadau eu gwneud cyn i'r anfonebau cyntaf gael eu hanfon. Ni fyddwn yn gofyn i neb y codwyd rhy ychydig arno ad-dalu'r gwahaniaeth am yr wythnosau sydd eisoes wedi mynd heibio. Rydym hefyd wedi rhoi gwybod am y camgymeriad i gynghorwyr y pwyllgor craffu, a fydd yn adolygu ein hymateb yn gyhoeddus.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": "Nid y camgymeriad wnaeth fy ngofidio i. Y ffaith nad oedd y llythyr yn rhoi neb i mi ei ffonio.",
                            "attribution": "Preswylydd a gafodd lythyr anghywir",
                        },
                    ),
                    ("heading", {"text": "Beth rydym yn ei newid", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Rydym wedi gwneud tri newid:</p><ul><li>Mae unrhyw newid i'r ffordd mae taliadau'n cael eu cyfrifo bellach yn cael ei brofi yn erbyn sampl o achosion go iawn cyn anfon llythyrau.</li><li>Mae pob llythyr am daliadau bellach yn cynnwys enw cyswllt a rhif ffôn uniongyrchol.</li><li>Bydd gofalwr a phreswylydd sy'n talu am ofal yn adolygu templedi ein llythyrau bob blwyddyn.</li></ul><p>Does dim o hyn yn gymhleth. Dylen ni fod wedi bod yn ei wneud yn barod.</p>",
                    ),
                    ("heading", {"text": "Pam rwy'n ysgrifennu am hyn", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>Byddai wedi bod yn hawdd cywiro'r llythyrau'n dawel a symud ymlaen. Ond mae ymddiriedaeth mewn gwasanaeth cyhoeddus yn cael ei hadeiladu ar sut mae'n ymddwyn pan fydd pethau'n mynd o chwith, nid dim ond pan fyddan nhw'n mynd yn iawn. Os ydym yn disgwyl i bobl ddweud wrthym am eu harian, eu hiechyd a'u teuluoedd, y lleiaf sy'n ddyledus iddynt yw esboniad plaen a gonest pan fyddwn yn gwneud camgymeriad gyda'r wybodaeth honno.</p>",
                    ),
                ],
            },
        },
    },
    # ------------------------------------------------------------------
    # Prif Swyddog Tân
    # ------------------------------------------------------------------
    "marcus-bell": {
        "name": "Marcus Bell",
        "role": "Prif Swyddog Tân",
        "organisation": "Gwasanaeth Tân ac Achub Eastmoor",
        "slug": "marcus-bell",
        "biography": [
            "Ymunodd Marcus Bell â'r gwasanaeth tân fel diffoddwr tân ar alwad mewn tref farchnad pan oedd yn 19 oed, ac mae wedi gwasanaethu ar bob rheng ers hynny. Daeth yn Brif Swyddog Tân Gwasanaeth Tân ac Achub Eastmoor yn 2022.",
            "Mae'n ysgrifennu am atal tanau, ymateb i ddigwyddiadau a'r bobl sy'n rhan o'r gwasanaeth, ac am yr hyn y mae trigolion yn ei ddweud wrth ei griwiau ar garreg y drws ac mewn digwyddiadau cymunedol.",
        ],
        "links": [
            ("Gwasanaeth Tân ac Achub Eastmoor", "https://www.eastmoorfire.example/"),
            (
                "Trefnwch ymweliad diogelwch tân yn y cartref am ddim",
                "https://www.eastmoorfire.example/safe-and-well",
            ),
        ],
        "posts": {
            "fire-safety-in-high-rise-homes": {
                "title": "Byw'n ddiogel mewn adeilad uchel",
                "slug": "byw-yn-ddiogel-mewn-adeilad-uchel",
                "summary": "Os ydych chi'n byw mewn bloc o fflatiau, gallai gwybod beth yw cynllun gwacáu eich adeilad achub eich bywyd. Dyma beth i'w wirio, beth i'w ofyn i'ch landlord, a sut gallwn ni helpu.",
                "tags": ["diogelwch tân", "tai", "atal"],
                "body": [
                    (
                        "paragraph",
                        "<p>Mae gan Eastmoor un ar ddeg o adeiladau preswyl sy'n uwch na deunaw metr, ac mae miloedd yn rhagor o bobl yn byw mewn blociau is o fflatiau. Ers i mi ddod yn Brif Swyddog Tân, y cwestiwn sy'n cael ei ofyn i mi amlaf mewn cyfarfodydd trigolion yw hwn: <i>os oes tân, a ddylwn i aros neu fynd?</i> Yr ateb gonest yw ei fod yn dibynnu ar eich adeilad, ac mae pob preswylydd yn haeddu gwybod pa gynllun sy'n berthnasol i'w adeilad ymhell cyn y bydd ei angen arno.</p>",
                    ),
                    (
                        "heading",
                        {"text": "Dewch i wybod beth yw cynllun eich adeilad", "level": "h2"},
                    ),
                    (
                        "paragraph",
                        "<p>Mae'r rhan fwyaf o flociau sydd wedi'u codi'n bwrpasol wedi'u dylunio fel bod tân yn aros y tu mewn i'r fflat lle mae'n dechrau. Yn yr adeiladau hynny, os nad yw'r tân yn eich fflat chi ac nad yw gwres na mwg yn effeithio arnoch, rydych fel arfer yn fwy diogel yn aros lle rydych chi tra bydd y criwiau'n delio ag ef. Mae rhai adeiladau'n defnyddio strategaeth wahanol, lle mae pawb yn gadael pan fydd y larwm yn canu. Rhaid i'ch landlord neu reolwr yr adeilad ddweud wrthych pa un sy'n berthnasol, a dylai gael ei arddangos yn yr ardaloedd cymunedol.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": "Roeddwn i wedi byw yma ers deuddeg mlynedd a doedd neb erioed wedi dweud wrtha i beth i'w wneud pe bai'r larwm yn canu.",
                            "attribution": "Preswylydd yn Hartley Court, mewn cyfarfod tenantiaid",
                        },
                    ),
                    (
                        "heading",
                        {"text": "Pethau syml sy'n gwneud gwahaniaeth mawr", "level": "h2"},
                    ),
                    (
                        "paragraph",
                        "<p>Mae diogelwch tân mewn bloc yn dibynnu ar bawb sy'n byw ynddo.</p><ul><li>Peidiwch byth â dal drysau tân ar agor, gan gynnwys drws eich fflat eich hun.</li><li>Cadwch goridorau a grisiau'n glir o feiciau, cadeiriau gwthio a sbwriel.</li><li>Profwch eich larwm mwg bob mis.</li><li>Peidiwch byth â gwefru e-feiciau ac e-sgwteri mewn coridor, na'u gadael yn gwefru dros nos heb neb yn cadw llygad arnynt.</li><li>Rhowch wybod i'ch landlord ar unwaith am ddrysau, caewyr drysau neu seliau sydd wedi'u difrodi.</li></ul>",
                    ),
                    (
                        "heading",
                        {"text": "Os byddai angen help arnoch i fynd allan", "level": "h3"},
                    ),
                    (
                        "paragraph",
                        "<p>Os oes gennych anabledd, problem symudedd neu gyflwr arall a fyddai'n ei gwneud hi'n anodd gadael yn gyflym, rhowch wybod i'ch landlord er mwyn i gynllun gwacáu personol gael ei ystyried ac i'ch manylion gael eu rhannu â ni. Gallwch hefyd drefnu ymweliad diogelwch tân yn y cartref am ddim. Bydd un o'n tîm yn galw, yn gosod larymau os oes angen, ac yn trafod beth fyddech chi'n ei wneud pe bai tân, ar amser sy'n gyfleus i chi.</p>",
                    ),
                ],
            },
            "a-day-on-shift-with-green-watch": {
                "title": "Deuddeg awr gyda Gwylfa Werdd yng Ngorsaf Ganolog Eastmoor",
                "slug": "diwrnod-ar-shifft-gyda-gwylfa-werdd",
                "summary": "Treuliais shifft ddydd gyfan gyda Gwylfa Werdd. Dau dân, seler dan ddŵr, ymweliad ag ysgol a llawer o de. Dyma beth welais i, a'r negeseuon y gofynnodd y criw i mi eu cario'n ôl.",
                "tags": ["gwasanaeth tân", "ein pobl", "gwrando"],
                "body": [
                    (
                        "paragraph",
                        "<p>Mae'n hawdd i brif swyddogion golli cysylltiad â'r gwaith sy'n bwysicaf oll. Felly sawl gwaith y flwyddyn, rwy'n gwisgo fy nghit ac yn ymuno â gwylfa am shifft gyfan, fel pâr ychwanegol o ddwylo yn hytrach na'r bòs. Ddydd Mawrth diwethaf, Gwylfa Werdd yng Ngorsaf Ganolog Eastmoor oedd hi. Roedd rheolwr y wylfa wedi dweud yn glir ar ddechrau'r shifft y byddwn i'n golchi'r llestri fel pawb arall, a dyna'n union fel y dylai fod.</p>",
                    ),
                    ("heading", {"text": "Sut aeth y diwrnod", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Dechreuodd y bore gyda gwiriadau offer, yna dril ar y tŵr yn ymarfer gwaith pibellau dŵr mewn adeiladau uchel. Cyn deg o'r gloch cawsom ein galw i dân mewn cegin mewn tŷ teras; roedd y larwm mwg wedi deffro'r preswylydd ac roedd eisoes y tu allan pan gyrhaeddon ni. Ar ôl cinio daeth seler dan ddŵr, ymweliad ag ysgol gynradd a larwm awtomatig mewn cartref gofal, a drodd allan i fod yn dost wedi llosgi. Tân bach mewn car ddaeth â'r shifft i ben.</p>",
                    ),
                    (
                        "video",
                        {
                            "url": "https://www.youtube.com/watch?v=Qf3x9LmTb2w&t=30s",
                            "title": "Shifft gyda Gwylfa Werdd",
                            "caption": "Wedi'i ffilmio gyda chaniatâd y criw yn ystod shifft ddydd yng Ngorsaf Dân Ganolog Eastmoor.",
                            "transcript": (
                                "<p><b>Marcus Bell:</b> Mae hi'n hanner awr wedi wyth ac rydyn ni newydd orffen gwirio'r offer. Sam, sut beth yw diwrnod arferol?</p>"
                                "<p><b>Sam Okoro:</b> Does dim un, syr. Dyna'r ateb gonest. Rydyn ni'n hyfforddi, rydyn ni'n gwneud gwaith atal, ac rydyn ni'n mynd pan fydd y gloch yn canu.</p>"
                                "<p><b>Marcus Bell:</b> Beth nad yw pobl yn ei sylweddoli am y swydd?</p>"
                                "<p><b>Sam Okoro:</b> Faint ohoni sy'n ymwneud â siarad â phobl. Gosod larymau, ymweld ag ysgolion, eistedd gyda rhywun sydd newydd golli ei gegin.</p>"
                                "<p><b>Marcus Bell:</b> A phe gallech chi newid un peth?</p>"
                                "<p><b>Sam Okoro:</b> Llai o larymau ffug gan systemau awtomatig. Mae pob un yn mynd ag injan i ffwrdd o rywle arall.</p>"
                            ),
                        },
                    ),
                    (
                        "quote",
                        {
                            "quote": "Does dim diwrnod arferol. Rydyn ni'n hyfforddi, rydyn ni'n gwneud gwaith atal, ac rydyn ni'n mynd pan fydd y gloch yn canu.",
                            "attribution": "Sam Okoro, Rheolwr Gwylfa, Gwylfa Werdd",
                        },
                    ),
                    ("heading", {"text": "Neges y criw i'r pencadlys", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Dros baned hir, rhoddodd y criw restr glir i mi. Maen nhw eisiau atgyweiriadau cyflymach pan fydd offer yn mynd i gael ei wasanaethu, gwell signal ffôn symudol ym mae'r injans ar gyfer y llechi newydd, a mwy o help i leihau larymau ffug sy'n dod dro ar ôl tro o lond llaw o adeiladau masnachol. Does dim un o'r rhain yn gyffrous, ac mae pob un ohonynt yn bwysig. Rwyf wedi gofyn am gynllun ar gyfer pob un, a byddaf yn adrodd yn ôl i Wylfa Werdd wyneb yn wyneb.</p>",
                    ),
                ],
            },
            "response-times-explained": {
                "title": "Pa mor gyflym rydym yn eich cyrraedd, a pham nad yw'r cyfartaledd yn dweud y stori gyfan",
                "slug": "esbonio-amseroedd-ymateb",
                "summary": "Ein hamser ymateb cyfartalog i danau sylfaenol yw'r gorau ers chwe blynedd. Rwy'n esbonio beth mae'r ffigur yn ei fesur, beth mae'n ei guddio, a ble mae angen i ni wella o hyd.",
                "tags": ["gwasanaeth tân", "tryloywder", "perfformiad"],
                "body": [
                    (
                        "paragraph",
                        "<p>Bob blwyddyn rydym yn cyhoeddi faint o amser y mae'n ei gymryd i'n hinjan dân gyntaf gyrraedd tân sylfaenol, sef tân mewn cartref, gweithle neu gerbyd, yn hytrach nag mewn bin neu ar dir agored. Mae'r cloc yn dechrau pan fydd galwad 999 yn cael ei hateb ac yn stopio pan fydd yr injan yn cyrraedd. Eleni, 8.2 munud oedd y cyfartaledd, y cyflymaf yn y chwe blynedd a ddangosir isod. Rwy'n falch o hynny, ond rwyf am fod yn ofalus ynghylch beth mae'n ei ddweud wrthych, a beth nad yw'n ei ddweud.</p>",
                    ),
                    ("heading", {"text": "Chwe blynedd o amseroedd ymateb", "level": "h2"}),
                    ("diagram", "response-times"),
                    (
                        "paragraph",
                        "<p>Mae'r flwyddyn arafach yn 2022 i 2023 yn adlewyrchu dau beth: haf poeth, sych gyda nifer anarferol o danau gwair a oedd yn cadw injans yn brysur, a gwaith ar y ffordd gylch a ychwanegodd funudau at deithiau o Orsaf Ganolog Eastmoor. Ers hynny rydym wedi newid lle mae rhai injans yn aros yn ystod cyfnodau prysur, ac mae ein hystafell reoli bellach yn anfon yr injan agosaf sydd ar gael yn ôl ei lleoliad byw yn hytrach nag o'i gorsaf gartref.</p>",
                    ),
                    ("heading", {"text": "Beth mae'r cyfartaledd yn ei guddio", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Gall cyfartaledd guddio gwahaniaethau go iawn rhwng lleoedd. Yng nghanol y dref rydym fel arfer yn cyrraedd mewn llai na saith munud. Yn y pentrefi gwledig i'r gogledd, lle mae diffoddwyr tân ar alwad yn ymateb o'u cartrefi neu o'u gwaith, gall fod yn fwy na deuddeg. Dyna pam mae atal yn bwysicaf lle rydym bellaf i ffwrdd. Mae larwm mwg sy'n gweithio yn prynu amser na all unrhyw injan ei roi, ac mae ein hymweliadau diogelwch tân yn y cartref yn canolbwyntio ar yr ardaloedd lle mae'r amseroedd teithio hiraf.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": "Dyw injan dân gyflymaf y wlad ddim yn gallu curo larwm mwg sy'n eich deffro.",
                            "attribution": "Marcus Bell, yn siarad â Fforwm Plwyfi Gwledig Eastmoor",
                        },
                    ),
                    (
                        "paragraph",
                        "<p>Rydym yn cyhoeddi amseroedd ymateb ar gyfer pob ward yn ein <a href=\"https://www.eastmoorfire.example/performance\">hadroddiad perfformiad</a> blynyddol, er mwyn i chi weld y ffigur ar gyfer y lle rydych chi'n byw. Os hoffech chi helpu i wella amseroedd ymateb yn eich pentref eich hun, rydym bob amser yn recriwtio diffoddwyr tân ar alwad. Maen nhw'n cael eu talu a'u hyfforddi, ac maen nhw'n byw neu'n gweithio'n agos at eu gorsaf leol.</p>",
                    ),
                ],
            },
            # "what-residents-told-us" is not yet translated, on purpose (see the docstring).
        },
    },
}

PAGES_CY = {
    "home": {
        "title": "Lleisiau Arwain",
        "slug": "hafan",
        "intro": (
            "<p>Lleisiau Arwain yw'r lle mae arweinwyr gwasanaethau cyhoeddus Eastmoor yn "
            "ysgrifennu yn eu geiriau eu hunain: beth maen nhw'n gweithio arno, beth maen nhw "
            "wedi'i glywed gennych chi, a ble maen nhw wedi cael pethau'n anghywir. Mae'r tîm "
            "cyfathrebu yn gwirio pob blogiad cyn ei gyhoeddi, ac mae cymedrolwr yn darllen pob "
            "sylw cyn iddo ymddangos.</p>"
        ),
    },
    "directory": {
        "title": "Ein harweinwyr",
        "slug": "arweinwyr",
        "intro": "<p>Darllenwch flogiau'r bobl sy'n arwain gwasanaethau cyhoeddus Eastmoor.</p>",
    },
    "accessibility": {
        "title": "Datganiad hygyrchedd",
        "slug": "hygyrchedd",
        "body": """
<p>Mae'r datganiad hygyrchedd hwn yn berthnasol i Leisiau Arwain, blogiau arweinwyr
gwasanaethau cyhoeddus Eastmoor.</p>
<p>Cyngor Bwrdeistref Eastmoor sy'n rhedeg y wefan hon. Rydym am i gynifer o bobl â phosibl
allu ei defnyddio. Er enghraifft, mae hynny'n golygu y dylech allu:</p>
<ul>
<li>newid lliwiau, lefelau cyferbyniad a ffontiau gan ddefnyddio gosodiadau eich porwr neu'ch
dyfais</li>
<li>chwyddo hyd at 400% heb i'r testun fynd oddi ar y sgrin</li>
<li>llywio'r rhan fwyaf o'r wefan gan ddefnyddio bysellfwrdd neu feddalwedd adnabod
lleferydd</li>
<li>gwrando ar y rhan fwyaf o'r wefan gan ddefnyddio darllenydd sgrin</li>
</ul>
<p>Rydym hefyd wedi gwneud testun y wefan mor syml â phosibl i'w ddeall.
Mae gan <a href="https://mcmw.abilitynet.org.uk/">AbilityNet</a> gyngor ar wneud eich dyfais
yn haws i'w defnyddio os oes gennych anabledd.</p>
<h2>Pa mor hygyrch yw'r wefan hon</h2>
<p>Rydym yn gwybod nad yw rhai rhannau o'r wefan hon yn gwbl hygyrch:</p>
<ul>
<li>nid oes capsiynau gan rai fideos hŷn ar wefan y darparwr</li>
<li>mae fideos yn chwarae ar YouTube neu Vimeo, ac nid ydym yn rheoli eu chwaraewyr</li>
</ul>
<h2>Adborth a manylion cysylltu</h2>
<p>Os oes angen gwybodaeth ar y wefan hon arnoch mewn fformat gwahanol, fel PDF hygyrch, print
bras, fersiwn hawdd ei deall, recordiad sain neu braille, anfonwch e-bost at
<a href="mailto:accessibility@eastmoor.example">accessibility@eastmoor.example</a>. Byddwn yn
ystyried eich cais ac yn cysylltu â chi o fewn 5 diwrnod gwaith.</p>
<h2>Y weithdrefn orfodi</h2>
<p>Y Comisiwn Cydraddoldeb a Hawliau Dynol (EHRC) sy'n gyfrifol am orfodi Rheoliadau
Hygyrchedd Cyrff y Sector Cyhoeddus (Gwefannau a Chymwysiadau Symudol) (Rhif 2) 2018 (y
'rheoliadau hygyrchedd'). Os nad ydych yn fodlon â'r ffordd rydym yn ymateb i'ch cwyn,
cysylltwch â'r <a href="https://www.equalityadvisoryservice.com/">Gwasanaeth Cynghori a
Chymorth Cydraddoldeb (EASS)</a>.</p>
<h2>Gwybodaeth dechnegol am hygyrchedd y wefan hon</h2>
<p>Mae Cyngor Bwrdeistref Eastmoor wedi ymrwymo i sicrhau bod ei wefan yn hygyrch, yn unol â
Rheoliadau Hygyrchedd Cyrff y Sector Cyhoeddus (Gwefannau a Chymwysiadau Symudol) (Rhif 2)
2018.</p>
<h3>Statws cydymffurfio</h3>
<p>Mae'r wefan hon yn cydymffurfio'n rhannol â safon AA
<a href="https://www.w3.org/TR/WCAG22/">Canllawiau Hygyrchedd Cynnwys y We fersiwn 2.2</a>,
oherwydd yr achosion o beidio â chydymffurfio a restrir isod.</p>
<h2>Cynnwys nad yw'n hygyrch</h2>
<h3>Diffyg cydymffurfio â'r rheoliadau hygyrchedd</h3>
<p>Nid oes capsiynau gan rai fideos a gyhoeddwyd cyn eleni. Mae hyn yn methu maen prawf
llwyddiant 1.2.2 WCAG 2.2 (capsiynau, wedi'u recordio ymlaen llaw). Mae trawsgrifiad wrth
ymyl pob fideo. Rydym yn bwriadu ychwanegu capsiynau at bob fideo erbyn diwedd y flwyddyn
ariannol nesaf.</p>
<h2>Beth rydym yn ei wneud i wella hygyrchedd</h2>
<p>Cyn rhyddhau pob fersiwn newydd, caiff pob math o dudalen ar y wefan hon ei wirio'n
awtomatig gydag axe mewn porwr go iawn, ac â llaw gyda bysellfwrdd a darllenydd sgrin.</p>
""",
    },
    "privacy": {
        "title": "Hysbysiad preifatrwydd",
        "slug": "preifatrwydd",
        "body": """
<p>Mae'r hysbysiad hwn yn esbonio pa ddata personol y mae Lleisiau Arwain yn ei gasglu, pam,
am ba hyd rydym yn ei gadw, a beth yw eich hawliau. Cyngor Bwrdeistref Eastmoor yw'r rheolydd
data.</p>
<h2>Beth rydym yn ei gasglu</h2>
<ul>
<li><b>Darllen y wefan:</b> dim byd amdanoch chi. Nid yw'r wefan yn defnyddio dadansoddeg,
hysbysebion na ffontiau na sgriptiau trydydd parti. Mae ein gweinydd gwe yn cadw logiau
safonol (cyfeiriad IP, tudalen, amser) am 14 diwrnod er mwyn cadw'r gwasanaeth yn
ddiogel.</li>
<li><b>Rhoi sylw:</b> eich enw, eich cyfeiriad e-bost, eich sylw a'r cyfeiriad IP y cafodd ei
anfon ohono.</li>
<li><b>Dilyn arweinydd drwy e-bost:</b> eich cyfeiriad e-bost, yr arweinwyr a ddewiswyd
gennych, iaith yr e-byst, a pha bryd ac o ba dudalen y gwnaethoch ofyn a chadarnhau (ein prawf
eich bod wedi cytuno). Ni fyddwn yn anfon dim nes i chi gadarnhau, ac nid oes tracio yn ein
e-byst.</li>
<li><b>Rhoi gwybod am broblem hygyrchedd:</b> yr hyn rydych chi'n ei ddweud wrthym, a'ch enw
a'ch cyfeiriad e-bost os byddwch yn eu rhoi.</li>
<li><b>Fideos:</b> dim ond pan fyddwch yn pwyso "Chwarae fideo" y bydd fideo o YouTube neu
Vimeo yn llwytho. O hynny ymlaen, gall y cwmni hwnnw gasglu data amdanoch o dan ei bolisi
preifatrwydd ei hun.</li>
</ul>
<h2>Pam rydym yn ei ddefnyddio</h2>
<p>Rydym yn defnyddio sylwadau i glywed gan drigolion ac i ymateb iddynt, fel rhan o dasg
gyhoeddus y cyngor o ymgysylltu â'r gymuned (erthygl 6(1)(e) GDPR y DU). Dim ond i gadarnhau
eich sylw ac i roi gwybod i chi pan fydd wedi'i gyhoeddi y byddwn yn defnyddio eich cyfeiriad
e-bost. Nid yw byth yn cael ei ddangos ar y wefan. Os byddwch yn dilyn arweinydd, dim ond i
ddweud wrthych am ei flogiadau newydd y byddwn yn defnyddio eich cyfeiriad e-bost, am eich bod
wedi gofyn i ni wneud hynny (eich caniatâd, erthygl 6(1)(a) GDPR y DU); gallwch ei dynnu'n ôl
unrhyw bryd gyda'r ddolen ym mhob e-bost.</p>
<h2>Am ba hyd rydym yn ei gadw</h2>
<ul>
<li>Mae sylwadau sydd wedi'u cyhoeddi yn aros ar y wefan gyda'r blogiad y maen nhw'n perthyn
iddo.</li>
<li>Caiff cyfeiriadau e-bost a chyfeiriadau IP eu dileu 30 diwrnod ar ôl i'r sylw gael ei
gymedroli; dim ond er mwyn delio â chamddefnydd y caiff y cyfeiriad IP ei gadw.</li>
<li>Caiff sylwadau na chânt eu cyhoeddi eu dileu ar ôl 30 diwrnod.</li>
<li>Caiff adroddiadau hygyrchedd eu cadw am flwyddyn.</li>
<li>Caiff cais i ddilyn arweinydd na chaiff ei gadarnhau ei ddileu ar ôl 7 diwrnod. Caiff
dilyn ei gadw nes i chi ei atal; mae atal pob e-bost yn dileu eich cyfeiriad a'r hyn roeddech
chi'n ei ddilyn.</li>
</ul>
<h2>Eich hawliau</h2>
<p>Gallwch ofyn am gael gweld y data personol sydd gennym amdanoch, am ei gywiro, neu am
ddileu eich sylwadau a'ch manylion; byddwn yn gwneud hynny o fewn mis. Anfonwch e-bost at
<a href="mailto:dataprotection@eastmoor.example">dataprotection@eastmoor.example</a>.</p>
<h2>Sut i gwyno</h2>
<p>Os nad ydych yn fodlon â'r ffordd rydym wedi defnyddio eich data, cysylltwch â'n Swyddog
Diogelu Data yn <a href="mailto:dpo@eastmoor.example">dpo@eastmoor.example</a>. Gallwch hefyd
gwyno i <a href="https://ico.org.uk/make-a-complaint/">Swyddfa'r Comisiynydd
Gwybodaeth</a>.</p>
""",
    },
    "cookies": {
        "title": "Cwcis",
        "slug": "cwcis",
        "body": """
<p>Ffeiliau bach yw cwcis sy'n cael eu cadw ar eich ffôn, eich llechen neu'ch cyfrifiadur pan
fyddwch yn ymweld â gwefan. Dim ond y cwcis sydd eu hangen arni i weithio y mae Lleisiau
Arwain yn eu gosod. Nid ydym yn defnyddio cwcis dadansoddeg, hysbysebu nac olrhain, felly nid
ydym yn gofyn am eich caniatâd ac nid ydym yn dangos baner cwcis.</p>
<p>Os byddwch yn pwyso "Chwarae fideo", gall darparwr y fideo (YouTube neu Vimeo) osod ei
gwcis ei hun. Hyd nes y byddwch yn gwneud hynny, nid oes dim yn llwytho oddi wrthynt.</p>
""",
        "rows": [
            (
                "csrftoken",
                "Yn diogelu'r ffurflenni ar y wefan hon (sylwadau, rhoi gwybod am broblem) rhag "
                "cyflwyniadau ffug. Dim ond ar dudalennau sydd â ffurflen y caiff ei osod.",
                "1 flwyddyn",
            ),
            (
                "sessionid",
                "Yn cadw golygyddion a'r tîm cyfathrebu wedi mewngofnodi i'r ardal weinyddu. Nid "
                "yw darllenwyr byth yn ei gael.",
                "2 wythnos",
            ),
        ],
    },
    "comment_policy": {
        "title": "Polisi sylwadau",
        "slug": "polisi-sylwadau",
        "body": """
<p>Rydym yn croesawu sylwadau ar flogiadau'r arweinwyr. Mae cymedrolwr yn y tîm cyfathrebu yn
darllen pob sylw cyn iddo ymddangos. Ein nod yw cyhoeddi neu wrthod sylwadau o fewn dau
ddiwrnod gwaith.</p>
<h2>Beth na fyddwn yn ei gyhoeddi</h2>
<p>Ni fyddwn yn cyhoeddi sylwadau sydd:</p>
<ul>
<li>yn sarhaus, yn fygythiol, yn gwahaniaethu neu'n anweddus</li>
<li>yn cynnwys gwybodaeth bersonol amdanoch chi neu am unrhyw un arall, fel cyfeiriad neu rif
ffôn</li>
<li>yn ymwneud ag achos unigol: cysylltwch â'r cyngor yn uniongyrchol er mwyn i ni allu eich
helpu</li>
<li>yn hysbysebu cynnyrch neu wasanaeth, neu'n sbam</li>
<li>yn bleidiol wleidyddol, neu'n torri'r gyfraith (er enghraifft, drwy fod yn ddifenwol neu'n
gyfystyr â dirmyg llys)</li>
<li>yn amherthnasol neu'n ailadrodd yr un pwynt dro ar ôl tro</li>
</ul>
<h2>Etholiadau</h2>
<p>Yn ystod cyfnod cyn etholiad, caiff y gallu i roi sylwadau ei ddiffodd ar draws y wefan, ac
ni chaiff sylwadau eu cyhoeddi nes i'r cyfnod ddod i ben.</p>
<h2>Rhyddid Gwybodaeth</h2>
<p>Gellir rhyddhau sylwadau, gan gynnwys rhai nad ydym yn eu cyhoeddi, mewn ymateb i gais o
dan Ddeddf Rhyddid Gwybodaeth 2000.</p>
<h2>Eich data</h2>
<p>Mae'r ffordd rydym yn defnyddio eich enw, eich cyfeiriad e-bost a'ch cyfeiriad IP wedi'i
hesbonio yn ein PRIVACY_LINK.</p>
""",
        "privacy_link_text": "hysbysiad preifatrwydd",
    },
}

COMMENTS_CY = {
    "why-i-started-writing": [
        {
            "name": "Dai Morgan",
            "email": "dai.morgan@residents.example",
            "text": "Gwych gweld y blog yn Gymraeg hefyd. Diolch am wrando!",
            "replies": [
                {
                    "name": "Amira Hassan",
                    "email": "amira.hassan@eastmoor.example",
                    "text": "Diolch, Dai. Dydw i ddim yn siarad Cymraeg eto (rwy'n dysgu, yn araf!), felly mae ein cyfieithwyr yn troi pob blogiad i'r Gymraeg cyn gynted ag y gallan nhw. Weithiau bydd y fersiwn Gymraeg ychydig ddyddiau ar ei hôl hi.",
                    "replies": [],
                },
            ],
        },
    ],
    "winter-pressures-in-social-care": [
        {
            "name": "Eleri Wyn",
            "email": "eleri.wyn@residents.example",
            "text": "Diolch am y blogiad hwn. Daeth Mam adref o Ysbyty Cyffredinol Eastmoor ym mis Ionawr, ac roedd y tîm ailalluogi yn arbennig. Roedd hi mor falch bod un o'r gofalwyr yn gallu siarad Cymraeg â hi.",
            "replies": [
                {
                    "name": "Rhiannon Price",
                    "email": "rhiannon.price@eastmoor.example",
                    "text": "Diolch yn fawr, Eleri. Mae cael gofal yn eich iaith eich hun yn golygu llawer, yn enwedig pan fyddwch chi'n teimlo'n fregus. Fe wna i rannu eich neges â'r tîm.",
                    "replies": [],
                },
            ],
        },
        {
            "name": "Gwilym Roberts",
            "email": "gwilym.roberts@residents.example",
            "text": "Ydy'r gwasanaeth ailalluogi ar gael yn y pentrefi hefyd, neu yn y dref yn unig? Mae fy nhad yn byw ar ei ben ei hun y tu allan i Hollins Green.",
            "held": True,
            "replies": [],
        },
    ],
}
