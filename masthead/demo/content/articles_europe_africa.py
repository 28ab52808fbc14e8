"""Demo articles for the Europe and Africa sections of The Meridian Review."""

ARTICLES = [
    {
        "slug": "baltic-undersea-cables-repair-ships",
        "headline": (
            "In the Baltic, the scarce asset is not warships but cable-repair ships"
        ),
        "dek": (
            "Governments around the Baltic have stepped up naval patrols over undersea "
            "infrastructure, but the real bottleneck lies in the small fleet able to "
            "fix what breaks."
        ),
        "type": "analysis",
        "section": "europe",
        "tags": ["Security", "Maritime", "Technology"],
        "authors": [
            ("jonas-lindqvist", ""),
        ],
        "hours_ago": 7,
        "notes": [
            (
                "Fault log of the Baltic Cable Maintenance Agreement, as shared "
                "with <i>The Meridian Review</i> by two member operators "
                "(fictional)."
            ),
            (
                "Interviews with four officials in three Baltic capitals and two "
                "repair-fleet executives, conducted for this article; all asked not"
                " to be named."
            ),
            (
                "Nordic Subsea Industry Council, <i>Repair Capacity Survey</i>, "
                "third edition (fictional): two dedicated vessels for the whole "
                "Baltic, the same number as a decade ago."
            ),
        ],
        "image": {
            "alt": (
                "A cable-laying vessel with a large drum on its stern moored at a grey "
                "industrial quay under overcast skies"
            ),
            "credit": "Nordwind Photo/ Elin Haraldsen",
            "caption": (
                "A cable-repair vessel at its home berth, where crews wait on standby "
                "for faults across the region."
            ),
        },
        "body": [
            (
                "paragraph",
                (
                    "When a data cable between two Baltic states went dark last month, "
                    "the first question in ministries was who had cut it. The second, "
                    "asked more quietly by network operators, was when it could be "
                    "fixed. The answer — eleven days — had less to do with "
                    "investigations or diplomacy than with the availability of a "
                    "single specialised ship, which was then finishing a job in the "
                    "North Sea and waiting out bad weather in the Skagerrak.[1]"
                ),
            ),
            (
                "paragraph",
                (
                    "Since a string of incidents involving damaged pipelines and "
                    "cables, Baltic governments have poured resources into "
                    "surveillance: more patrol flights, underwater drones and a shared "
                    "picture of vessel movements stitched together from coastguards "
                    "across the region. Those measures matter. But officials and "
                    "industry executives interviewed for this article argue that "
                    "deterrence depends as much on the speed of repair as on the "
                    "threat of punishment, and that repair capacity has barely "
                    "grown.[2]"
                ),
            ),
            ("heading", "A thin fleet"),
            (
                "paragraph",
                (
                    "Only a handful of vessels in northern Europe can lift a damaged "
                    "cable from the seabed, splice it and lay it back down.[3] Most "
                    "are "
                    "owned by private firms working under maintenance agreements that "
                    "pool costs among operators, and most of those agreements were "
                    "designed for accidents — dragged anchors, snagged fishing gear — "
                    "spread thinly over years, not a cluster of faults in a single "
                    "winter."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "We built the system for bad luck, not for bad intent. If "
                        "three cables fail in the same month, somebody waits, and "
                        "right now nobody has decided who that should be."
                    ),
                    "source": (
                        "Henrik Aalto, operations director, Nordic Subsea Maintenance "
                        "Consortium"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "That question of priority is becoming political. A fault on an "
                    "electricity interconnector carries different stakes from one on a "
                    "data link with ample redundancy, and governments have begun to "
                    "ask whether they should be able to direct repair ships in a "
                    "crisis. Operators worry about liability and lost commercial work; "
                    "defence ministries worry about being told, in an emergency, that "
                    "the ship they need is under contract elsewhere."
                ),
            ),
            (
                "paragraph",
                (
                    "Several options are on the table. One is for states to charter a "
                    "repair vessel on permanent standby, paid for jointly and based "
                    "somewhere central such as Gotland. Another is to stockpile spare "
                    "cable and jointing kits at regional depots, cutting days from "
                    "each job. A third, favoured by some navies, is to train military "
                    "crews to carry out simpler repairs themselves, although engineers "
                    "say the precision required makes that harder than it sounds."
                ),
            ),
            (
                "pullquote",
                (
                    "Deterrence in the Baltic depends as much on the speed of repair "
                    "as on the threat of punishment."
                ),
            ),
            ("heading", "Who pays for idle ships"),
            (
                "paragraph",
                (
                    "None of this is cheap. A dedicated repair ship can cost tens of "
                    "millions of euros a year to keep crewed and ready, and the "
                    "benefits are diffuse: a faster fix helps every country connected "
                    "to the damaged line, which makes it easy for each to argue that "
                    "someone else should pay. Finance ministries, already stretched by "
                    "higher defence budgets, have so far preferred to fund things that "
                    "can be counted, such as patrol hours."
                ),
            ),
            (
                "paragraph",
                (
                    "There is also the matter of attribution. Investigations into past "
                    "incidents have been slow, partly because the evidence lies on the "
                    "seabed and partly because prosecutors must prove intent rather "
                    "than carelessness. A faster repair regime would not settle those "
                    "questions, but it would reduce the leverage of anyone hoping to "
                    "exploit the gap between damage and recovery."
                ),
            ),
            (
                "paragraph",
                (
                    "For now, the practical work is happening at a modest scale. "
                    "Operators have begun sharing inventories of spare cable, and two "
                    "coastguards have agreed to give repair ships priority escort. “It "
                    "is not glamorous,” said one official involved in the talks, “but "
                    "glamour does not splice fibre.” The harder decision — who pays "
                    "for ships that may sit idle for months — is one the region will "
                    "have to take before the next winter storms, and the next dragged "
                    "anchor, arrive."
                ),
            ),
        ],
        "update": None,
        "corrections": [],
    },
    {
        "slug": "slovenia-coalition-collapses-over-budget-cuts",
        "headline": (
            "Slovenian coalition collapses after junior partner quits over budget cuts"
        ),
        "dek": (
            "The departure of the Liberal Centre leaves the government short of a "
            "majority and raises the prospect of early elections before next year’s "
            "budget can pass."
        ),
        "type": "news",
        "section": "europe",
        "tags": ["Elections", "Debt"],
        "authors": [
            ("lena-varga", ""),
        ],
        "hours_ago": 15,
        "image": {
            "alt": (
                "Empty parliamentary benches in a wood-panelled chamber, with a single "
                "staff member gathering papers"
            ),
            "credit": "Central Press Images/ Tomaž Rebolj",
            "caption": "",
        },
        "body": [
            (
                "paragraph",
                (
                    "Slovenia’s three-party governing coalition collapsed on Thursday "
                    "after its smallest member, the Liberal Centre, announced it would "
                    "withdraw its ministers in protest at proposed cuts to regional "
                    "development funds. The move leaves the government four votes "
                    "short of a majority in the 90-seat National Assembly and throws "
                    "next year’s budget, due for a first reading within weeks, into "
                    "doubt."
                ),
            ),
            (
                "paragraph",
                (
                    "The Liberal Centre’s leader, Maja Kovačič, told reporters in "
                    "Ljubljana that her party could not support a budget that, in her "
                    "words, “balances the books on the backs of the regions that have "
                    "least.” The party’s two ministers, responsible for regional "
                    "development and public administration, submitted their "
                    "resignations within the hour."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "We offered three compromises in the last fortnight and "
                        "received no answer to any of them. A coalition is a contract, "
                        "not a courtesy."
                    ),
                    "source": "Maja Kovačič, leader of the Liberal Centre",
                },
            ),
            (
                "paragraph",
                (
                    "The dispute centres on a finance ministry proposal to trim "
                    "infrastructure and development transfers to municipalities by "
                    "around 12 per cent, in order to bring the deficit back within "
                    "European fiscal rules. Government officials have argued that the "
                    "cuts are modest and temporary, and that missing the deficit "
                    "target would invite closer scrutiny from Brussels and push up "
                    "borrowing costs."
                ),
            ),
            (
                "paragraph",
                (
                    "A government spokesman, Andrej Novak, said the prime minister "
                    "would meet the leaders of all parliamentary groups on Friday to "
                    "explore whether a new majority could be assembled. “The "
                    "government remains fully functional,” he said. “The budget "
                    "timetable has not changed, and we expect every party to read the "
                    "proposal before deciding how to vote on it.”"
                ),
            ),
            (
                "paragraph",
                (
                    "Under Slovenia’s constitution, a government can be removed only "
                    "through a constructive vote of no confidence that names a "
                    "successor, and parliament can be dissolved if repeated attempts "
                    "to form a majority fail. Analysts said a minority government "
                    "relying on case-by-case support from opposition deputies was also "
                    "possible, though such arrangements have rarely lasted long."
                ),
            ),
            (
                "paragraph",
                (
                    "“The arithmetic is unforgiving,” said Petra Zupan, a political "
                    "scientist at a Ljubljana research institute. “Everyone in this "
                    "parliament can count to 46, and at the moment nobody can get "
                    "there without a party they spent the last campaign attacking.” "
                    "She said the most likely outcome was weeks of negotiation "
                    "followed by a budget passed with borrowed votes."
                ),
            ),
            (
                "paragraph",
                (
                    "Markets reacted calmly, with the spread on Slovenian ten-year "
                    "bonds widening only slightly. But business groups warned that a "
                    "prolonged stand-off could delay the disbursement of European "
                    "recovery funds tied to reform milestones, several of which "
                    "require legislation still pending in parliament. Several of those "
                    "milestones, covering pension and health reforms, were already "
                    "behind schedule before Thursday’s split."
                ),
            ),
            (
                "paragraph",
                (
                    "The Liberal Centre left open the possibility of returning to "
                    "government if the cuts were revised. Opposition parties called "
                    "for early elections, saying the coalition had lost its mandate. "
                    "Friday’s meeting ended after three hours without agreement, "
                    "according to two participants, who said the prime minister had "
                    "offered to revisit the size of the cuts but not their timing. A "
                    "further round is scheduled for next week."
                ),
            ),
        ],
        "update": {
            "hours_after": 19,
            "note": (
                "This article was updated to include the outcome of Friday’s meeting "
                "between the prime minister and parliamentary group leaders, which "
                "ended without agreement."
            ),
        },
        "corrections": [],
    },
    {
        "slug": "hungary-farmers-blockade-border-over-grain-prices",
        "headline": (
            "On Hungary’s southern plain, farmers blockade roads over grain prices"
        ),
        "dek": (
            "Tractors have closed the approaches to border crossings near Szeged for a "
            "fourth day as growers say cheap imports and rising costs are pushing "
            "family farms to the edge."
        ),
        "type": "reporting",
        "section": "europe",
        "tags": ["Protest", "Trade", "Food Security"],
        "authors": [
            ("lena-varga", ""),
        ],
        "hours_ago": 63,
        "image": {
            "alt": (
                "A row of green and red tractors parked across a two-lane road beside "
                "flat wheat fields at dawn"
            ),
            "credit": "Danube Photo Collective/ Ákos Berente",
            "caption": (
                "Tractors block the road leading to a border crossing south of Szeged "
                "on the fourth day of protests."
            ),
        },
        "body": [
            (
                "paragraph",
                (
                    "The tractors arrived before dawn, their headlights strung out "
                    "along the road like a slow convoy, and by seven o’clock they had "
                    "closed the approach to the border crossing entirely. Drivers "
                    "climbed down, lit cigarettes and set up a folding table with a "
                    "thermos of coffee, a bottle of pálinka and a hand-painted sign "
                    "propped against a wheel: “We feed you. Who feeds us?”"
                ),
            ),
            (
                "paragraph",
                (
                    "This is the fourth day that farmers from around Szeged, in "
                    "Hungary’s south, have blocked roads and crossings in a protest "
                    "that began over the price of wheat and has grown into a broader "
                    "complaint about costs, credit and what many here describe as "
                    "being forgotten by policymakers in Budapest and Brussels alike."
                ),
            ),
            (
                "paragraph",
                (
                    "Gábor Halász, who farms 180 hectares of wheat and sunflowers with "
                    "his brother, said the price he was offered for last season’s "
                    "harvest barely covered fertiliser and diesel. “My father had "
                    "worse years, but he never had a year where doing everything right "
                    "still loses money,” he said, gesturing at a field that runs flat "
                    "to the horizon. “This is that year.”"
                ),
            ),
            ("heading", "Imports and inputs"),
            (
                "paragraph",
                (
                    "The farmers’ immediate grievance is imports of cheaper grain from "
                    "outside the European Union, which they say depress local prices "
                    "at harvest time. Traders dispute how much difference the imports "
                    "make, pointing instead to global prices and a strong harvest "
                    "across the region. On the roadside, the distinction seems "
                    "academic: the numbers in the farmers’ ledgers are moving the "
                    "wrong way."
                ),
            ),
            (
                "image",
                {
                    "alt": (
                        "An older farmer in a padded jacket holds open a handwritten "
                        "ledger of crop sales beside a tractor wheel"
                    ),
                    "credit": "Danube Photo Collective/ Ákos Berente",
                    "caption": (
                        "Gábor Halász shows the sale prices he recorded for last "
                        "season’s wheat harvest."
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "Input costs are the second complaint. Fertiliser prices have "
                    "eased from their peak but remain well above where they were a few "
                    "years ago, and interest on the short-term loans most farmers take "
                    "out to plant each spring has roughly doubled. Several protesters "
                    "said they had put off buying new equipment and were considering "
                    "leaving some fields fallow."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Young people look at these numbers and they go to Germany to "
                        "drive delivery vans. I don’t blame them. I just don’t know "
                        "who will be farming here in twenty years."
                    ),
                    "source": "Erzsébet Tóth, dairy and grain farmer near Szeged",
                },
            ),
            (
                "paragraph",
                (
                    "The government has offered to extend a temporary support scheme "
                    "and to press in Brussels for tighter safeguards on imports. Farm "
                    "organisations welcomed the offer but said it did nothing about "
                    "prices at the farm gate. Agriculture ministry officials have met "
                    "protest leaders twice this week, according to participants, "
                    "without reaching a deal."
                ),
            ),
            (
                "paragraph",
                (
                    "Not everyone in the region is sympathetic. Lorry drivers queuing "
                    "on the far side of the blockade have waited up to ten hours, and "
                    "a logistics manager in Szeged said perishable cargoes had been "
                    "lost. “They have a point,” said the manager, who asked not to be "
                    "named because his firm has farming clients. “But I have a point "
                    "too, and mine is rotting in a trailer.”"
                ),
            ),
            (
                "paragraph",
                (
                    "By afternoon the blockade had settled into routine. Police stood "
                    "at a distance; a local baker brought bread. Halász said the "
                    "farmers would stay until they were offered something concrete. "
                    "“We are not asking for a miracle,” he said, pouring coffee for a "
                    "neighbour. “We are asking for a price that lets us plant again "
                    "next spring.”"
                ),
            ),
        ],
        "update": None,
        "corrections": [],
    },
    {
        "slug": "moldova-danube-port-grain-corridor",
        "headline": (
            "Moldova’s sliver of the Danube has become a grain corridor’s pressure "
            "valve"
        ),
        "dek": (
            "A river port on a few hundred metres of bank has turned Moldova into an "
            "unlikely hub for Black Sea grain, bringing revenue, congestion and a "
            "fight over who pays for upgrades."
        ),
        "type": "analysis",
        "section": "europe",
        "tags": ["Food Security", "Maritime", "Trade"],
        "authors": [
            ("elena-sokolova", ""),
            ("marcus-feld", "Additional reporting by"),
        ],
        "hours_ago": 121,
        "image": {
            "alt": (
                "Grain barges lined up along a river quay with cranes and white "
                "storage silos on the bank behind them"
            ),
            "credit": "Black Sea Image Service/ Radu Ceban",
            "caption": (
                "Barges wait to load at the river terminal, where throughput has risen "
                "sharply over the past two seasons."
            ),
        },
        "body": [
            (
                "paragraph",
                (
                    "Moldova touches the Danube for less than half a kilometre, a "
                    "sliver of riverbank squeezed between Romania and Ukraine at the "
                    "country’s southern tip. For most of its history the port there "
                    "was a footnote. Over the past two seasons it has become one of "
                    "the busier transit points for grain leaving the region, and a "
                    "case study in how small states can find leverage — and "
                    "liabilities — in a disrupted trading system."
                ),
            ),
            (
                "paragraph",
                (
                    "Operators at the terminal say throughput of grain and oilseeds "
                    "has more than doubled, as traders look for routes that avoid "
                    "congested seaports and spread their risk across the river "
                    "network. Barges load in Moldova and travel downstream to transfer "
                    "onto seagoing vessels, and the fees they pay have become a small "
                    "but noticeable contributor to state revenue."
                ),
            ),
            ("heading", "Gains at the margin"),
            (
                "paragraph",
                (
                    "For an economy of Moldova’s size, the income matters. Port fees, "
                    "warehousing and trucking have created jobs in a district that has "
                    "long lost its young people to emigration. Local officials "
                    "describe the boom as the first sustained investment the area has "
                    "seen in a generation, even if most of it consists of gravel "
                    "hardstands and temporary silos rather than anything built to last."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "For twenty years we asked for a road. Now we have three "
                        "hundred trucks a day and we are asking for a bypass."
                    ),
                    "source": "Ion Rusu, deputy mayor of a village near the port",
                },
            ),
            (
                "paragraph",
                (
                    "The surge has exposed weaknesses, too. The single road to the "
                    "port was not built for heavy traffic, rail connections depend on "
                    "a change of gauge at the border, and the river’s depth limits the "
                    "size of vessels that can call. In dry summers, falling water "
                    "levels have cut barge loads by as much as a third, forcing "
                    "traders to pay more per tonne or route cargo elsewhere."
                ),
            ),
            (
                "paragraph",
                (
                    "That leaves the government facing a familiar dilemma. Upgrading "
                    "the port would require investment that may not pay back if "
                    "seaports elsewhere regain capacity and traders drift away. Doing "
                    "nothing risks losing a revenue stream that has proved "
                    "unexpectedly valuable. Officials in Chișinău have sought support "
                    "from European development lenders, arguing that the corridor "
                    "serves regional food security rather than a purely national "
                    "interest."
                ),
            ),
            ("heading", "Conditions attached"),
            (
                "paragraph",
                (
                    "Lenders have shown interest, but with strings. A draft financing "
                    "package discussed last month would pay for a rail spur and "
                    "dredging, on condition that the port concession be retendered "
                    "under stricter transparency rules. The current operator, a "
                    "private company holding a long-term lease, has said it welcomes "
                    "investment but would resist changes to its contract."
                ),
            ),
            (
                "paragraph",
                (
                    "Economists note that the corridor’s value lies partly in "
                    "redundancy. A route that handles only a fraction of regional "
                    "exports can still matter enormously if the main routes are "
                    "interrupted. That argument has persuaded some donors; others "
                    "question whether a contingency route justifies permanent "
                    "infrastructure spending when budgets are tight across Europe."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Insurance always looks too expensive until the day you need "
                        "it. The question is whether this port is insurance for Europe "
                        "or only for Moldova."
                    ),
                    "source": "Natalia Cebotari, trade economist in Chișinău",
                },
            ),
            (
                "paragraph",
                (
                    "For now, the trucks keep coming. On a recent weekday, a queue "
                    "stretched several kilometres back from the port gate, with "
                    "drivers sleeping in their cabs and a roadside stall selling soup "
                    "from a steel pot. Whether that queue is the sign of a durable new "
                    "trade route or a temporary surge will depend on decisions taken "
                    "well beyond this small corner of the river."
                ),
            ),
        ],
        "update": None,
        "corrections": [],
    },
    {
        "slug": "europe-defence-spending-problem-is-shopping",
        "headline": "Europe’s defence problem is no longer money. It is shopping.",
        "dek": (
            "European governments have agreed to spend far more on their armed forces, "
            "but buying separately from dozens of national suppliers will squander "
            "much of the increase."
        ),
        "type": "opinion",
        "section": "europe",
        "tags": ["Security", "Alliances"],
        "authors": [
            ("daniel-whitcombe", ""),
        ],
        "hours_ago": 209,
        "image": {
            "alt": (
                "Rows of armoured military vehicles partly covered by tarpaulins in a "
                "fenced depot yard on a grey day"
            ),
            "credit": "Westbrook Visuals/ Pieter Janssens",
            "caption": (
                "Armoured vehicles at a storage depot; European armies operate several "
                "incompatible models of similar equipment."
            ),
        },
        "body": [
            (
                "paragraph",
                (
                    "For most of the past decade, the transatlantic argument about "
                    "European defence was about money. Washington asked allies to "
                    "spend more; European capitals promised to, then didn’t, then did. "
                    "That argument is largely over. Budgets are rising across the "
                    "continent, in some cases faster than armed forces can absorb "
                    "them. The question now is not how much Europe spends but how it "
                    "spends it — and here the picture is far less encouraging."
                ),
            ),
            (
                "paragraph",
                (
                    "European armies field several different main battle tanks, "
                    "multiple families of armoured personnel carriers and a "
                    "bewildering array of artillery systems, many of them incompatible "
                    "in ammunition, spare parts or training. Each national program "
                    "carries its own development costs, its own production line and "
                    "its own maintenance chain. Money spent this way buys markedly "
                    "less capability than it would if governments bought together."
                ),
            ),
            (
                "paragraph",
                (
                    "This is not a new diagnosis. What is new is that the consequences "
                    "are visible. When European governments tried to send ammunition "
                    "and equipment to Ukraine, they discovered that their stockpiles "
                    "were small, their production lines slow and their standards "
                    "inconsistent. Manufacturers, for their part, were reluctant to "
                    "expand capacity without long-term orders — the kind of orders "
                    "that fragmented national procurement rarely provides."
                ),
            ),
            (
                "pullquote",
                (
                    "A euro spent on twenty versions of the same howitzer is not a "
                    "euro spent on deterrence."
                ),
            ),
            (
                "paragraph",
                (
                    "The obvious remedy is joint procurement: groups of countries "
                    "agreeing on a common model, placing larger multi-year orders and "
                    "sharing logistics. There are promising examples, from joint "
                    "air-defence purchases to pooled ammunition contracts. But they "
                    "remain exceptions, and they tend to emerge under crisis pressure "
                    "rather than as a matter of routine."
                ),
            ),
            (
                "paragraph",
                (
                    "Why? Partly because defence industry is also industrial policy. "
                    "Every government wants the jobs and the technological base that "
                    "come with domestic production, and every parliament has members "
                    "whose constituencies host a factory. Partly because national "
                    "militaries have their own preferences, shaped by doctrine and "
                    "habit. And partly because no European institution has the "
                    "authority to tell a sovereign government what to buy."
                ),
            ),
            (
                "paragraph",
                (
                    "Washington has an interest in this debate that goes beyond its "
                    "familiar calls for burden-sharing. An alliance whose European "
                    "members can sustain their own forces through a long crisis is a "
                    "more credible alliance. American officials should say so plainly, "
                    "and they should resist the temptation to treat every European "
                    "joint program as a threat to U.S. exporters. Some will be "
                    "competitors; most will simply make allies more capable."
                ),
            ),
            (
                "paragraph",
                (
                    "European governments, meanwhile, should adopt a simple rule: any "
                    "major procurement above a set threshold should be open to at "
                    "least two partner countries, with a presumption in favour of "
                    "common specifications. Exceptions would be allowed, but they "
                    "would have to be justified in public. That would not end national "
                    "preferences, but it would make them visible — and visible "
                    "preferences are easier to negotiate away."
                ),
            ),
            (
                "paragraph",
                (
                    "The money is finally arriving. If it is spent the old way, Europe "
                    "will find in a few years that it has bigger budgets and only "
                    "modestly stronger armies. That would be a waste not only of money "
                    "but of a political moment that may not come again, and that "
                    "Europe’s adversaries are watching as closely as its allies."
                ),
            ),
        ],
        "update": None,
        "corrections": [],
    },
    {
        "slug": "moldova-romania-power-line-enters-service",
        "headline": "New high-voltage line ties Moldova’s grid more firmly to Romania",
        "dek": (
            "The line gives Moldova a second major route for importing European "
            "electricity and should ease the price spikes that have hit households "
            "during winter cold snaps."
        ),
        "type": "news",
        "section": "europe",
        "tags": ["Energy", "Diplomacy"],
        "authors": [
            ("elena-sokolova", ""),
        ],
        "hours_ago": 39,
        "image": {
            "alt": (
                "Workers in orange helmets stand beneath a newly built steel "
                "transmission tower in a snow-dusted field"
            ),
            "credit": "Black Sea Image Service/ Doina Moraru",
            "caption": (
                "Engineers inspect a transmission tower on the Moldovan section of the "
                "new line."
            ),
        },
        "body": [
            (
                "paragraph",
                (
                    "A new 400-kilovolt transmission line connecting Moldova and "
                    "Romania entered commercial service on Wednesday, giving Moldova a "
                    "second major route for importing electricity from the European "
                    "grid and reducing its dependence on power generated on territory "
                    "outside the government’s control. Officials described it as the "
                    "most significant addition to the country’s energy security in a "
                    "decade."
                ),
            ),
            (
                "paragraph",
                (
                    "The line, which runs roughly 150 kilometres from a substation in "
                    "eastern Romania to one near Chișinău, was financed largely by "
                    "European development lenders and grants. Moldova’s grid operator "
                    "said it would allow the country to import up to 600 megawatts at "
                    "peak times, enough to cover most of its winter demand in an "
                    "emergency."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "For the first time, we can plan a winter rather than simply "
                        "hope for one."
                    ),
                    "source": (
                        "Sergiu Lupașcu, chief executive of Moldova’s state grid "
                        "operator"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "Moldova has for years relied on a single large gas-fired plant in "
                    "the separatist Transnistria region for much of its electricity, "
                    "leaving it exposed to supply cuts and price disputes. Earlier "
                    "interconnections with Romania were limited in capacity, and "
                    "during cold snaps the country has had to ration power or pay "
                    "steep prices on the spot market."
                ),
            ),
            (
                "paragraph",
                (
                    "Officials said the new line would not end purchases from the "
                    "plant immediately, but would give Chișinău more leverage in "
                    "negotiations and more room to manoeuvre if supplies were "
                    "interrupted. “It changes the conversation,” said an energy "
                    "ministry official who was not authorised to speak publicly. “We "
                    "are no longer negotiating with our back to the wall.”"
                ),
            ),
            (
                "paragraph",
                (
                    "Romania’s transmission operator said the line had been tested at "
                    "full load over the past month and had performed as expected. "
                    "Engineers on both sides will continue to monitor the connection "
                    "through the winter, when demand and the risk of faults are at "
                    "their highest. Both operators said a joint control protocol, "
                    "agreed last month, would allow them to reroute flows within "
                    "minutes if a fault occurred on either side of the border."
                ),
            ),
            (
                "paragraph",
                (
                    "Consumer groups welcomed the link but warned that it would not by "
                    "itself bring down household bills, which are set by a regulator "
                    "and reflect wholesale prices in the regional market. Electricity "
                    "prices in Moldova have risen sharply in recent years and remain a "
                    "source of political tension, particularly in rural areas where "
                    "incomes are lowest."
                ),
            ),
            (
                "paragraph",
                (
                    "The government has said it plans a third connection over the "
                    "coming years and is seeking financing for battery storage to help "
                    "balance the grid. European officials at Wednesday’s inauguration "
                    "described the line as part of Moldova’s gradual integration into "
                    "the European energy market, a process linked to its bid for EU "
                    "membership."
                ),
            ),
            (
                "paragraph",
                (
                    "Opposition politicians, while supporting the project, criticised "
                    "delays in its completion, which had originally been expected two "
                    "years ago. The grid operator blamed land acquisition disputes and "
                    "supply-chain problems for the setbacks, and said lessons had been "
                    "applied to planning for the next line. Critics have also "
                    "questioned the cost of the project, which rose during "
                    "construction as steel and equipment prices climbed."
                ),
            ),
        ],
        "update": None,
        "corrections": [
            {
                "hours_after": 30,
                "text": (
                    "An earlier version of this article misstated the line’s import "
                    "capacity. It is up to 600 megawatts, not 800 megawatts."
                ),
            },
        ],
    },
    {
        "slug": "shadow-tankers-insurance-checks-baltic",
        "headline": (
            "Sanctions enforcement in the Baltic moves to the insurance certificate"
        ),
        "dek": (
            "European coastal states are checking the paperwork of ageing tankers "
            "leaving the Baltic, a cautious tactic that tests the limits of maritime "
            "law without stopping ships."
        ),
        "type": "analysis",
        "section": "europe",
        "tags": ["Sanctions", "Maritime", "Energy"],
        "authors": [
            ("marcus-feld", ""),
            ("jonas-lindqvist", "Additional reporting by"),
        ],
        "hours_ago": 287,
        "image": {
            "alt": (
                "An ageing oil tanker with a rust-streaked hull sails through a narrow "
                "strait with a low green coastline behind"
            ),
            "credit": "Nordwind Photo/ Mikkel Storm",
            "caption": (
                "A tanker transits the Danish straits, one of the main exits from the "
                "Baltic Sea."
            ),
        },
        "body": [
            (
                "paragraph",
                (
                    "The tankers are easy to spot once you know what to look for: "
                    "hulls built two decades ago, ownership registered to companies "
                    "with no visible staff, flags recently switched to registries few "
                    "shipping lawyers had heard of. Many carry oil subject to Western "
                    "price caps. For two years, European governments mostly watched "
                    "them pass. Now several have begun to ask a narrower question: are "
                    "they insured?"
                ),
            ),
            (
                "paragraph",
                (
                    "The tactic is deliberately modest. Under international "
                    "conventions, ships carrying oil in bulk must hold insurance "
                    "covering pollution damage, and coastal states have some scope to "
                    "request proof. By asking tankers in the Baltic approaches to "
                    "present certificates — and publicising those that cannot — "
                    "governments hope to raise costs and risks for the so-called "
                    "shadow fleet without stopping ships at sea, which would raise "
                    "much harder legal questions."
                ),
            ),
            ("heading", "Paper as pressure"),
            (
                "paragraph",
                (
                    "Early results are mixed. Officials say a significant share of "
                    "vessels questioned have produced documents from insurers whose "
                    "ability to pay a major claim is doubtful, or whose existence is "
                    "difficult to verify. But few ships have been detained, and none "
                    "has been turned back. The checks generate information rather than "
                    "enforcement — useful to sanctions authorities, but not in "
                    "themselves disruptive."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "We are not trying to blockade anything. We are trying to make "
                        "sure that if one of these ships breaks apart off our coast, "
                        "someone other than our taxpayers pays for the clean-up."
                    ),
                    "source": (
                        "Karin Møller, maritime policy adviser at a Nordic shipping "
                        "safety agency"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "That framing — environmental risk rather than sanctions — is "
                    "deliberate. Coastal states have clearer rights to protect their "
                    "waters from pollution than to enforce economic restrictions on "
                    "passing ships. It also gives governments a justification that "
                    "flag states and cargo owners find harder to contest, since few "
                    "want to be seen defending uninsured tankers in a crowded and "
                    "shallow sea."
                ),
            ),
            (
                "paragraph",
                (
                    "But the approach has limits. The straits linking the Baltic to "
                    "the North Sea are governed by long-standing treaty arrangements "
                    "guaranteeing passage, and coastal states are wary of setting "
                    "precedents that others could use against them elsewhere. Lawyers "
                    "consulted for this article said detaining a ship over inadequate "
                    "insurance would be defensible in port but far more contentious "
                    "during transit."
                ),
            ),
            ("heading", "Measuring friction"),
            (
                "paragraph",
                (
                    "The economic effect is also hard to measure. The discount on "
                    "capped oil relative to international benchmarks has swung widely, "
                    "and analysts disagree about how much of that movement can be "
                    "attributed to enforcement. What is clear is that operating costs "
                    "for the shadow fleet have risen, as have the fees charged by "
                    "intermediaries still willing to handle the trade."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Every measure adds a few dollars a barrel of friction. None "
                        "of them stops the trade. The question is whether friction, "
                        "accumulated, changes anyone’s budget."
                    ),
                    "source": (
                        "Tomas Reinholt, sanctions analyst at a London consultancy"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "There is a risk of escalation, too. Naval vessels have on "
                    "occasion shadowed tankers through the Baltic, and officials "
                    "privately worry about an incident in which an inspection turns "
                    "confrontational. That prospect has kept governments cautious "
                    "about going beyond documentary checks, and about acting alone "
                    "rather than in concert with their neighbours."
                ),
            ),
            (
                "paragraph",
                (
                    "For the moment, the paperwork campaign offers European states "
                    "something they value: a way to be seen acting without crossing a "
                    "line they are not yet ready to cross. Whether it amounts to more "
                    "will depend on whether insurance checks are coupled with harder "
                    "measures in port — and on whether governments are willing to "
                    "accept the risks that come with them."
                ),
            ),
        ],
        "update": None,
        "corrections": [],
    },
    {
        "slug": "moldova-village-emigration-school-closing",
        "headline": "In a Moldovan village, the school counts its last pupils",
        "dek": (
            "Decades of emigration have emptied villages across Moldova’s north, and "
            "the closure of one rural school shows how remittances can sustain "
            "families but not communities."
        ),
        "type": "reporting",
        "section": "europe",
        "tags": ["Migration"],
        "authors": [
            ("elena-sokolova", ""),
        ],
        "hours_ago": 455,
        "image": {
            "alt": (
                "A faded yellow single-storey school with a rusting gate as a few "
                "children walk toward it along a muddy lane"
            ),
            "credit": "Black Sea Image Service/ Radu Ceban",
            "caption": (
                "The village school will merge with a larger one in the district "
                "centre at the end of the school year."
            ),
        },
        "body": [
            (
                "paragraph",
                (
                    "There are fourteen pupils left at the school in Valea Nucilor, a "
                    "village of low houses and walnut trees in Moldova’s north, and by "
                    "the end of the school year there will be none. The district has "
                    "decided to close it and bus the children twenty kilometres to a "
                    "larger school in the district town. Teachers have been offered "
                    "jobs there, or retirement. Most are choosing retirement."
                ),
            ),
            (
                "paragraph",
                (
                    "“When I started here there were two hundred and forty children,” "
                    "said Maria Ciobanu, who has taught mathematics at the school for "
                    "thirty-one years. She keeps a photograph of that year’s assembly "
                    "on her desk: rows of children in white shirts in the yard. “Now I "
                    "can name every family in the village that still has children. It "
                    "takes me less than a minute.”"
                ),
            ),
            (
                "paragraph",
                (
                    "The village has been emptying for a generation. First men left "
                    "for construction jobs in Russia, then women for care work in "
                    "Italy, then whole families for Romania, Germany and beyond, many "
                    "of them travelling on Romanian passports obtained through "
                    "ancestry. The houses remain, many renovated with money sent home, "
                    "their shutters closed for most of the year."
                ),
            ),
            (
                "paragraph",
                (
                    "Remittances have transformed Moldova’s economy, at times "
                    "accounting for a large share of national income. In Valea Nucilor "
                    "they paid for new roofs, gas connections and cars that sit in "
                    "courtyards until their owners return each August. But they have "
                    "not kept open the post office, or the medical post, or, now, the "
                    "school. “The houses are beautiful now,” Ciobanu said. “There is "
                    "just no one living in them.”"
                ),
            ),
            (
                "pullquote",
                "The houses are beautiful now. There is just no one living in them.",
            ),
            (
                "image",
                {
                    "alt": (
                        "A retired teacher stands in an empty classroom with wooden "
                        "desks and a map of Moldova on the wall"
                    ),
                    "credit": "Black Sea Image Service/ Radu Ceban",
                    "caption": (
                        "Maria Ciobanu in the classroom where she has taught "
                        "mathematics for more than three decades."
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "Andrei Botnaru, 38, came back two years ago after a decade "
                    "working in warehouses in Germany. He bought land, planted plums "
                    "and hoped his children would grow up where he did. Now he is "
                    "weighing whether to leave again. “If the school goes, the young "
                    "families will go,” he said. “And then I will be the last one with "
                    "a child here, and what kind of childhood is that?”"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "We built our policies for people who leave, not for people "
                        "who stay. A family that comes back needs a school, a doctor "
                        "and a road. In too many villages we are closing all three."
                    ),
                    "source": "Lilia Țurcanu, sociologist in Chișinău",
                },
            ),
            (
                "paragraph",
                (
                    "The government has launched programs to encourage returnees, "
                    "offering matching grants for small businesses started with "
                    "savings earned abroad, and officials say thousands of people have "
                    "applied. But in villages like this one, the grants compete with a "
                    "simpler calculation: wages in Western Europe remain several times "
                    "higher, and services at home are shrinking."
                ),
            ),
            (
                "paragraph",
                (
                    "The mayor, Vasile Grosu, said the district had little choice. "
                    "Running the school costs several times more per pupil than the "
                    "district average, and the building needs a new heating system the "
                    "village cannot afford. “I fought for two years,” he said. “In the "
                    "end I could not argue with the numbers. I can only argue with "
                    "what they mean.”"
                ),
            ),
            (
                "paragraph",
                (
                    "On the last afternoon of the week, the fourteen pupils lined up "
                    "in the yard for a photograph, standing on the same spot as the "
                    "children in Ciobanu’s picture. There were so many gaps between "
                    "them that the photographer asked them to move closer together. "
                    "They did, and then, at his urging, a little closer still."
                ),
            ),
        ],
        "update": None,
        "corrections": [],
    },
    {
        "slug": "central-europe-gas-hub-after-pipeline-contracts",
        "headline": (
            "Central Europe’s gas hub learns to live without its oldest supplier"
        ),
        "dek": (
            "The end of long-term pipeline contracts has forced Austria and its "
            "neighbours to rethink storage, routes and prices, with winners and losers "
            "few predicted."
        ),
        "type": "analysis",
        "section": "europe",
        "tags": ["Energy", "Diplomacy"],
        "authors": [
            ("lena-varga", ""),
        ],
        "hours_ago": 611,
        "image": {
            "alt": (
                "Large grey gas pipes and valves crossing a fenced compound in flat "
                "farmland east of Vienna"
            ),
            "credit": "Alpine Wire Photo/ Katharina Leitner",
            "caption": (
                "Pipeline infrastructure at a gas distribution hub in eastern Austria."
            ),
        },
        "body": [
            (
                "paragraph",
                (
                    "For half a century, the gas hub on the plains east of Vienna "
                    "symbolised a particular kind of European energy relationship: "
                    "long contracts, fixed routes and a steady flow from the east. "
                    "That model has ended. Gas that once arrived by pipeline under "
                    "decades-old agreements now comes through a patchwork of routes, "
                    "traders and terminals, and the hub’s operators are still working "
                    "out what it is for."
                ),
            ),
            (
                "paragraph",
                (
                    "The transition has been less chaotic than many feared. Storage "
                    "sites across Austria entered the winter fuller than in previous "
                    "years, prices have been volatile but not catastrophic, and no "
                    "household has been cut off for lack of supply. Yet beneath that "
                    "calm lie significant shifts in who pays, who profits and who now "
                    "depends on whom."
                ),
            ),
            ("heading", "New routes, new dependencies"),
            (
                "paragraph",
                (
                    "Much of the replacement gas arrives from the west and south — "
                    "through Germany, from Norwegian fields and from liquefied natural "
                    "gas terminals on the North Sea coast, and through Italy from "
                    "Mediterranean terminals and pipelines. Each route carries transit "
                    "tariffs, and each crosses borders where neighbours will have "
                    "their own priorities in a cold snap. Central Europe has traded "
                    "dependence on one supplier for dependence on several neighbours."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Diversification does not mean independence. It means you now "
                        "have five relationships to manage instead of one, and each of "
                        "them can go wrong in its own way."
                    ),
                    "source": (
                        "Thomas Berger, energy analyst at a Vienna research institute"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "Landlocked Slovakia, Hungary and the Czech Republic face similar "
                    "questions and have answered them differently. Hungary has kept "
                    "more eastern supply than its neighbours through a southern "
                    "pipeline route, a choice that has cushioned prices but drawn "
                    "criticism from other EU governments. Slovakia and the Czech "
                    "Republic have leaned harder on western routes, paying higher "
                    "transit costs for what officials call political predictability."
                ),
            ),
            (
                "paragraph",
                (
                    "The price differences are real but narrowing. Industrial users in "
                    "the region paid a premium over western European benchmarks for "
                    "much of the past two years, reflecting transport costs and "
                    "uncertainty. Traders say that premium has shrunk as new capacity "
                    "has come online, though it still jumps whenever cold weather "
                    "tightens supply across the continent."
                ),
            ),
            ("heading", "From door to warehouse"),
            (
                "paragraph",
                (
                    "For the hub itself, the question is whether it can reinvent "
                    "itself as a trading and storage centre rather than a transit "
                    "point. Its storage capacity is among the largest in Central "
                    "Europe, and operators argue that in a system with more routes and "
                    "more volatility, the ability to hold gas close to consumers "
                    "becomes more valuable, not less."
                ),
            ),
            (
                "paragraph",
                (
                    "There are longer-term doubts. European climate policy assumes "
                    "that gas demand will fall over the coming decades, and investors "
                    "are wary of spending heavily on infrastructure that may end up "
                    "underused. Some operators have begun exploring whether pipelines "
                    "and storage caverns could be adapted for hydrogen, though that "
                    "market remains largely theoretical."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "We used to be a door. Now we want to be a warehouse. The risk "
                        "is that in twenty years nobody needs either."
                    ),
                    "source": (
                        "Sabine Hofer, executive at a Central European storage operator"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "For governments, the lesson of the transition may be less about "
                    "gas than about planning. The region coped because storage was "
                    "filled early, routes were secured in advance and neighbours "
                    "largely cooperated. Whether that cooperation would hold in a "
                    "genuinely severe winter — colder and longer than any since the "
                    "old contracts ended — is a test that has not yet come."
                ),
            ),
        ],
        "update": None,
        "corrections": [],
    },
    {
        "slug": "eu-enlargement-needs-a-deadline",
        "headline": "EU enlargement needs a deadline, not another methodology",
        "dek": (
            "Candidate countries have absorbed years of new procedures and benchmarks; "
            "what they lack is a credible date that would make painful reforms "
            "politically worth the cost."
        ),
        "type": "opinion",
        "section": "europe",
        "tags": ["Diplomacy", "Alliances"],
        "authors": [
            ("elena-sokolova", ""),
        ],
        "hours_ago": 803,
        "image": {
            "alt": (
                "Flags of European countries flying from a row of poles outside a "
                "modern glass office building on a windy day"
            ),
            "credit": "Westbrook Visuals/ Anouk de Graaf",
            "caption": "",
        },
        "body": [
            (
                "paragraph",
                (
                    "Every few years, the European Union discovers that its "
                    "enlargement process is not working and responds by redesigning "
                    "it. New clusters of negotiating chapters are created, new "
                    "benchmarks introduced, new reports commissioned. The candidates "
                    "dutifully adapt. A few years later, everyone agrees that the "
                    "process is still not working. The problem is not the method. It "
                    "is the absence of any commitment about when the process ends."
                ),
            ),
            (
                "paragraph",
                (
                    "For governments in Chișinău, Kyiv or the Western Balkans, reform "
                    "aimed at membership is expensive. Judicial vetting removes "
                    "powerful people from their posts. Anti-corruption rules anger "
                    "business networks that fund political parties. Market opening "
                    "exposes protected industries. Politicians are asked to pay these "
                    "costs now in exchange for a benefit that may arrive in ten years, "
                    "or twenty, or never. Unsurprisingly, many hedge."
                ),
            ),
            (
                "pullquote",
                (
                    "Reform is a bet, and no politician bets heavily on a race with no "
                    "finishing line."
                ),
            ),
            (
                "paragraph",
                (
                    "A target date would change that calculation. It would not "
                    "guarantee membership — candidates would still have to meet the "
                    "criteria — but it would give reformers something concrete to "
                    "point to and make backsliding visibly costly. It would also force "
                    "the Union itself to prepare: to decide how decision-making, the "
                    "budget and agricultural policy would work with more members, "
                    "questions it has preferred to defer."
                ),
            ),
            ("heading", "The objections, answered"),
            (
                "paragraph",
                (
                    "The objections are familiar. A date could become a promise the EU "
                    "cannot keep, creating disappointment worse than today’s "
                    "uncertainty. It could reduce pressure on candidates, who might "
                    "assume membership is assured. It could provoke member states "
                    "whose voters are sceptical of further enlargement. Each of these "
                    "risks is real. None of them outweighs the damage done by a "
                    "process that has lost its credibility."
                ),
            ),
            (
                "paragraph",
                (
                    "Consider the alternative. In several candidate countries, public "
                    "support for membership remains high, but trust in the process has "
                    "eroded. Citizens notice that neighbours who began negotiations "
                    "long ago are no closer to joining. Politicians who campaigned on "
                    "reform have lost elections to rivals who promise that other "
                    "partners, with fewer conditions, are waiting to help. The vacuum "
                    "is being filled."
                ),
            ),
            (
                "paragraph",
                (
                    "A deadline could be designed to meet the objections. It could be "
                    "conditional — membership by a given year for those who meet the "
                    "criteria — and paired with staged integration, offering access to "
                    "parts of the single market and EU programs along the way. The "
                    "Union has already begun moving in that direction; a date would "
                    "give the staged approach a destination."
                ),
            ),
            (
                "paragraph",
                (
                    "There is also a case that the EU needs a deadline for its own "
                    "sake. Institutional reform has stalled for years because there "
                    "was no forcing event. Leaders have said repeatedly that the Union "
                    "must be ready to absorb new members, and have declined just as "
                    "repeatedly to say by when. A date would make readiness a shared "
                    "obligation rather than a condition imposed only on the candidates."
                ),
            ),
            (
                "paragraph",
                (
                    "The war on the EU’s eastern border reopened the enlargement "
                    "question after years in which it had drifted. That opening will "
                    "not last indefinitely. If the Union wants candidates to keep "
                    "paying the costs of reform, it must be willing to make a "
                    "commitment of its own — one measured not in methodologies, but in "
                    "years."
                ),
            ),
        ],
        "update": None,
        "corrections": [],
    },
    {
        "slug": "nordic-states-sign-joint-air-defence-order",
        "headline": "Nordic governments sign joint order for medium-range air defence",
        "dek": (
            "Sweden, Finland, Norway and Denmark will buy the same system under a "
            "single contract, a first for the region that officials say will speed "
            "delivery and cut costs."
        ),
        "type": "news",
        "section": "europe",
        "tags": ["Security", "Alliances"],
        "authors": [
            ("jonas-lindqvist", ""),
        ],
        "hours_ago": 1017,
        "image": {
            "alt": (
                "Officials in dark suits and military uniforms sign documents at a "
                "long table with four national flags behind them"
            ),
            "credit": "Nordwind Photo/ Elin Haraldsen",
            "caption": "",
        },
        "body": [
            (
                "paragraph",
                (
                    "Sweden, Finland, Norway and Denmark signed a joint contract on "
                    "Monday to buy a common medium-range air-defence system, the first "
                    "time the four Nordic countries have placed a single order for a "
                    "major weapons platform. Officials said the deal, worth several "
                    "billion euros over a decade, would allow faster deliveries and "
                    "shared training, maintenance and spare parts."
                ),
            ),
            (
                "paragraph",
                (
                    "The agreement, signed at a naval base outside Stockholm, covers "
                    "launchers, radars and interceptor missiles from a European "
                    "manufacturer. Each country will own and operate its own "
                    "batteries, but all four will draw on a common logistics pool and "
                    "a joint training centre, expected to be located in Finland. The "
                    "first systems are due to be delivered within three years."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "We spent decades buying our own versions of the same thing "
                        "and then wondering why we could not lend each other spare "
                        "parts. This contract ends that habit, at least for one system."
                    ),
                    "source": (
                        "Anders Holmqvist, head of procurement at Sweden’s defence "
                        "materiel agency"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "The purchase reflects a changed security environment since "
                    "Finland and Sweden joined NATO, which turned the Nordic countries "
                    "into a single contiguous area for military planning. Air defence "
                    "has become a particular priority after repeated airspace "
                    "violations in the region and the experience of the war in "
                    "Ukraine, where such systems have proved essential for protecting "
                    "cities and infrastructure."
                ),
            ),
            (
                "paragraph",
                (
                    "Officials said buying together had secured better prices and an "
                    "earlier place in the manufacturer’s production queue, which has "
                    "lengthened considerably as European demand for air defence has "
                    "grown. The contract includes options for additional units that "
                    "other countries could join later. Officials declined to confirm "
                    "reports that the Baltic states had expressed interest."
                ),
            ),
            (
                "paragraph",
                (
                    "The deal required compromises. Norway, which already operates a "
                    "different air-defence system, agreed to keep it in service while "
                    "integrating the new batteries into a common command network. "
                    "Denmark, which had been weighing several options, accepted a "
                    "longer delivery schedule in exchange for a share of component "
                    "manufacturing at a plant in Jutland."
                ),
            ),
            (
                "paragraph",
                (
                    "Defence analysts welcomed the agreement as a possible model for "
                    "European procurement, though some cautioned that its success "
                    "would depend on implementation. “Signing is the easy part,” said "
                    "Line Aasen, a defence researcher in Oslo. “The test is whether "
                    "four militaries actually share spares and training in practice, "
                    "rather than quietly rebuilding national silos.”"
                ),
            ),
            (
                "paragraph",
                (
                    "The contract still requires parliamentary approval in Denmark and "
                    "Norway, though broad cross-party support for higher defence "
                    "spending makes rejection unlikely. Finland’s parliament approved "
                    "its share last week, and the Swedish government said its portion "
                    "was covered by budget allocations already agreed. Norway’s "
                    "defence committee is expected to take up the matter before the "
                    "end of the month."
                ),
            ),
            (
                "paragraph",
                (
                    "Industry groups in the four countries said they hoped the deal "
                    "would lead to more joint orders, particularly for ammunition and "
                    "drones, where fragmented national purchasing has slowed efforts "
                    "to increase production. Officials said talks on a joint "
                    "ammunition framework would begin next month. Smaller suppliers, "
                    "however, warned that joint contracts tend to favour large prime "
                    "contractors and asked for guaranteed subcontracting shares."
                ),
            ),
        ],
        "update": None,
        "corrections": [],
    },
    {
        "slug": "kenya-by-election-partial-recount-ordered",
        "headline": (
            "Kenyan electoral commission orders partial recount in disputed by-election"
        ),
        "dek": (
            "Ballots from 23 polling stations in western Kenya will be recounted after "
            "both leading candidates alleged irregularities in a race decided by fewer "
            "than 400 votes."
        ),
        "type": "news",
        "section": "africa",
        "tags": ["Elections", "Protest"],
        "authors": [
            ("amara-okafor", ""),
        ],
        "hours_ago": 3,
        "image": {
            "alt": (
                "Election officials in blue vests sort paper ballots on a wooden table "
                "under fluorescent lights as observers watch"
            ),
            "credit": "Rift Valley Images/ Wanjiru Kamau",
            "caption": "",
        },
        "body": [
            (
                "paragraph",
                (
                    "Kenya’s electoral commission on Tuesday ordered a partial recount "
                    "in a parliamentary by-election in Sirende East, in the west of "
                    "the country, after both leading candidates disputed the "
                    "provisional results and their supporters clashed briefly outside "
                    "a tallying centre. The recount will cover ballots from 23 of the "
                    "constituency’s 164 polling stations."
                ),
            ),
            (
                "paragraph",
                (
                    "The provisional tally gave Joseph Wekesa, of a small "
                    "opposition-aligned party, a lead of 371 votes over Rose Nanjala, "
                    "an independent backed by several local officials. Turnout was "
                    "just under 48 per cent, high for a by-election, reflecting the "
                    "intensity of a campaign fought over land disputes and the "
                    "management of a struggling local sugar factory."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "A margin this narrow is exactly why the law provides for "
                        "recounts. We would rather take a week and be right than "
                        "declare a result that half the constituency does not accept."
                    ),
                    "source": (
                        "Faith Chebet, constituency returning officer for the "
                        "electoral commission"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "Both campaigns have alleged irregularities. Nanjala’s team says "
                    "results forms from several polling stations were altered between "
                    "counting and tallying; Wekesa’s says ballots at two or more "
                    "stations were cast in the names of voters who had died. The "
                    "commission said it had found discrepancies on some forms that "
                    "justified a recount, but no evidence so far of deliberate fraud."
                ),
            ),
            (
                "paragraph",
                (
                    "Police fired tear gas on Monday evening to disperse a crowd of "
                    "several hundred people who had gathered outside the tallying "
                    "centre after rumours spread that ballot boxes were being moved. "
                    "Four people were treated for minor injuries, according to a local "
                    "hospital. Calm had returned by Tuesday morning, though officers "
                    "remained posted around the building."
                ),
            ),
            (
                "paragraph",
                (
                    "Observers from a coalition of civil-society groups said voting "
                    "had been largely orderly but that the transmission of results had "
                    "been slow and, in places, poorly documented. They urged the "
                    "commission to give candidates’ agents and independent observers "
                    "full access to the recount, and to publish scanned results forms "
                    "for every affected station."
                ),
            ),
            (
                "paragraph",
                (
                    "The by-election was called after the death of the sitting member "
                    "earlier this year. The seat will not change the balance of power "
                    "in parliament, but both national coalitions invested heavily in "
                    "the race, treating it as a test of their support in the region "
                    "ahead of the next general election."
                ),
            ),
            (
                "paragraph",
                (
                    "The commission initially said the recount would begin on "
                    "Thursday, but later brought it forward to Wednesday, citing the "
                    "need to reduce tension in the constituency. It is expected to "
                    "take three days. Either candidate may still challenge the final "
                    "result in the High Court, and lawyers for both campaigns said "
                    "they were preparing petitions."
                ),
            ),
        ],
        "update": {
            "hours_after": 27,
            "note": (
                "This article was updated to reflect the commission’s decision to "
                "bring the recount forward by a day, to Wednesday."
            ),
        },
        "corrections": [],
    },
    {
        "slug": "east-africa-mobile-money-fee-caps",
        "headline": (
            "East Africa’s regulators turn their attention to mobile-money fees"
        ),
        "dek": (
            "Central banks across the region are weighing caps on transfer charges and "
            "forced interoperability, a shift that could reshape the economics of "
            "Africa’s most successful fintech."
        ),
        "type": "analysis",
        "section": "africa",
        "tags": ["Technology", "Trade"],
        "authors": [
            ("amara-okafor", ""),
            ("marcus-feld", ""),
        ],
        "hours_ago": 95,
        "image": {
            "alt": (
                "A mobile-money agent kiosk painted bright green with customers "
                "queuing outside holding phones on a busy street"
            ),
            "credit": "Rift Valley Images/ Otieno Mboya",
            "caption": (
                "A mobile-money agent in Nairobi, where phone-based transfers handle a "
                "large share of everyday payments."
            ),
        },
        "body": [
            (
                "paragraph",
                (
                    "For most of two decades, East Africa’s mobile-money industry grew "
                    "under relatively light regulation. Central banks set rules on "
                    "consumer protection and anti-money-laundering checks but left "
                    "pricing largely to providers. That is changing. Regulators in "
                    "several countries are now studying caps on transfer fees, rules "
                    "requiring providers to connect their networks, and limits on what "
                    "the largest operators can charge merchants."
                ),
            ),
            (
                "paragraph",
                (
                    "The shift is a product of mobile money’s success. What began as a "
                    "way to send small sums between phones has become the backbone of "
                    "everyday commerce across much of the region, used to pay school "
                    "fees, utility bills, wages and taxes. As the services have become "
                    "essential infrastructure, regulators argue, they should be priced "
                    "and governed more like infrastructure."
                ),
            ),
            ("heading", "The case for caps"),
            (
                "paragraph",
                (
                    "Consumer advocates say fees remain high relative to incomes, "
                    "especially for small transactions, which are the ones poorer "
                    "users make most often. Sending a few dollars can cost a "
                    "noticeable share of the amount sent. Small businesses complain "
                    "that merchant fees eat into thin margins, and that switching "
                    "between providers is costly because networks are not fully "
                    "interoperable."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "When a service reaches almost every adult in the country, the "
                        "question is no longer whether it is innovative. It is whether "
                        "it is fair."
                    ),
                    "source": (
                        "Grace Wanjiku, economist at a Nairobi consumer-policy group"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "Regulators have also grown concerned about concentration. In "
                    "several markets a single provider handles most transactions, "
                    "giving it substantial power over pricing and over the smaller "
                    "fintech firms that depend on its payment rails. Competition "
                    "authorities in at least two countries have opened reviews of "
                    "whether dominant operators have restricted access for rivals."
                ),
            ),
            ("heading", "The industry pushes back"),
            (
                "paragraph",
                (
                    "Providers argue that caps would reduce investment in the agent "
                    "networks that make mobile money accessible in rural areas, where "
                    "transactions are smaller and the cost per user higher. They point "
                    "to past episodes in which governments imposed or raised taxes on "
                    "transfers, after which transaction volumes fell and some users "
                    "drifted back to cash."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Every shilling of fee pays for an agent in a village that a "
                        "bank will never reach. Cap the fee and you cap the network."
                    ),
                    "source": (
                        "Samuel Kiprono, policy director at a regional mobile "
                        "operators’ association"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "Evidence from elsewhere is mixed. Where fee caps have been "
                    "introduced, volumes have generally risen, but some operators have "
                    "responded by cutting agent commissions, leading to closures in "
                    "remote areas. Economists say the design of the rules — which "
                    "transactions are covered, how caps are set and whether they "
                    "adjust over time — matters more than the principle."
                ),
            ),
            (
                "paragraph",
                (
                    "Interoperability is less contested in principle but harder in "
                    "practice. Connecting networks requires agreement on technical "
                    "standards, settlement arrangements and who bears the cost of "
                    "fraud. Regional efforts to enable cross-border transfers between "
                    "mobile wallets have advanced slowly, hampered by differing rules "
                    "on data protection and foreign exchange. Even within single "
                    "countries, some providers have dragged their feet, connecting "
                    "their networks only under regulatory deadlines."
                ),
            ),
            (
                "paragraph",
                (
                    "The outcome will matter beyond East Africa. Regulators in West "
                    "Africa and South Asia are watching closely, and the region has "
                    "long served as a reference point for digital-finance policy "
                    "elsewhere. If East African regulators can bring costs down "
                    "without weakening the networks that made mobile money work, they "
                    "will have supplied another model. If they get it wrong, the cost "
                    "will fall on the users the rules were meant to help."
                ),
            ),
        ],
        "update": None,
        "corrections": [],
    },
    {
        "slug": "northern-kenya-drought-herders-walk-for-water",
        "headline": (
            "In northern Kenya, herders walk further for water as the rains fail again"
        ),
        "dek": (
            "A third poor rainy season has forced pastoralist families in Marsabit "
            "county to drive their herds across long distances, straining water points "
            "and old agreements between communities."
        ),
        "type": "reporting",
        "section": "africa",
        "tags": ["Climate", "Food Security"],
        "authors": [
            ("amara-okafor", ""),
        ],
        "hours_ago": 143,
        "image": {
            "alt": (
                "Herders guide a line of camels and goats across dry, cracked earth "
                "toward a distant borehole under a pale sky"
            ),
            "credit": "Rift Valley Images/ Wanjiru Kamau",
            "caption": (
                "Herders move livestock toward one of the few working boreholes in the "
                "area."
            ),
        },
        "body": [
            (
                "paragraph",
                (
                    "The borehole at the edge of the settlement opens at dawn, and by "
                    "then the line of animals already stretches several hundred metres "
                    "into the scrub: goats in tight clusters, camels standing apart, a "
                    "few thin cattle. Herders wait with yellow jerrycans and the "
                    "patience of people who have done this many times before. Each "
                    "family is allotted a fixed amount of water, measured by the "
                    "number of animals it owns."
                ),
            ),
            (
                "paragraph",
                (
                    "This part of Marsabit county, in Kenya’s arid north, has had "
                    "three consecutive poor rainy seasons. The pasture near the "
                    "settlements is gone. Herders have driven their animals further "
                    "each month in search of grass, and the distances between grazing "
                    "land and water have stretched to the point where some animals die "
                    "on the walk between them."
                ),
            ),
            (
                "paragraph",
                (
                    "“My father had droughts, and his father,” said Galgalo Huka, 52, "
                    "who has herded camels and goats here all his life and has lost a "
                    "third of his goats since the start of the year. “But they came "
                    "and then they went. Now they come and they stay. We count the "
                    "good years now, not the bad ones, because the good ones are "
                    "fewer.”"
                ),
            ),
            ("heading", "Walking further"),
            (
                "paragraph",
                (
                    "The long walks have consequences beyond the animals. Children, "
                    "particularly boys, are pulled out of school to help move the "
                    "herds. Women walk for hours each day to fetch water for their "
                    "households. And as herders from different communities converge on "
                    "the same scarce water points and pastures, the risk of conflict "
                    "rises."
                ),
            ),
            (
                "image",
                {
                    "alt": (
                        "A woman carries two yellow plastic water containers on her "
                        "back along a dusty track lined with thorn bushes"
                    ),
                    "credit": "Rift Valley Images/ Wanjiru Kamau",
                    "caption": (
                        "Women in the area walk several hours a day to collect water "
                        "during the dry season."
                    ),
                },
            ),
            (
                "quote",
                {
                    "text": (
                        "The water is not enough for everyone, so the question becomes "
                        "who waits and who drinks. Those are the arguments that turn "
                        "into fights."
                    ),
                    "source": (
                        "Halima Abdi, member of a local peace committee in Marsabit "
                        "county"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "Local peace committees, made up of elders from different "
                    "communities, have tried to negotiate schedules for grazing and "
                    "watering. In some areas the arrangements have held; in others, "
                    "livestock raids have resumed. County officials say they have sent "
                    "police to several hotspots, but the area is vast and the roads "
                    "are poor."
                ),
            ),
            (
                "paragraph",
                (
                    "Aid agencies have distributed food and cash transfers to families "
                    "that have lost most of their livestock, and the county government "
                    "has trucked water to some settlements. Officials acknowledge, "
                    "though, that the response is reactive. Money for longer-term "
                    "measures — new boreholes, fodder banks, livestock insurance — has "
                    "been slow to arrive."
                ),
            ),
            ("heading", "Fewer animals, different animals"),
            (
                "paragraph",
                (
                    "Some families are giving up herding altogether and moving to "
                    "towns, where they take casual work or depend on relatives. Others "
                    "are adapting, keeping fewer animals and switching from cattle to "
                    "camels, which cope better with drought. Researchers say such "
                    "adaptations can work, but only if they are backed by investment "
                    "in water, veterinary services and markets for livestock."
                ),
            ),
            (
                "paragraph",
                (
                    "For now, Huka plans to stay. He has sent his two youngest sons to "
                    "an uncle in Marsabit town so they can remain in school, and kept "
                    "the eldest with him to help with the herd. “If the rains come, we "
                    "will rebuild,” he said, watching his camels drink. “If they do "
                    "not come, we will see. We are not people who wait for things to "
                    "be easy.”"
                ),
            ),
        ],
        "update": None,
        "corrections": [],
    },
    {
        "slug": "african-debt-restructuring-delay-is-a-choice",
        "headline": (
            "Slow debt restructurings are a choice, and creditors are making it"
        ),
        "dek": (
            "African governments seeking relief have waited years under a framework "
            "meant to be quick, and the delay is costing them more than any haircut "
            "could save."
        ),
        "type": "opinion",
        "section": "africa",
        "tags": ["Debt", "Diplomacy"],
        "authors": [
            ("marcus-feld", ""),
        ],
        "hours_ago": 251,
        "image": {
            "alt": (
                "A finance ministry building with a tall concrete facade and parked "
                "cars beneath a row of palm trees"
            ),
            "credit": "Savanna Press/ Kwame Mensah",
            "caption": (
                "Debt talks have dominated economic policy in several African capitals "
                "for years."
            ),
        },
        "body": [
            (
                "paragraph",
                (
                    "When creditors designed the framework for restructuring the debts "
                    "of low-income countries, they promised it would bring order and "
                    "speed to a process that had often been chaotic. Several years on, "
                    "the countries that have gone through it can testify to the order. "
                    "The speed is another matter. Restructurings have taken years "
                    "rather than months, and every month of delay has imposed a cost "
                    "that falls on the debtor, not the creditors."
                ),
            ),
            (
                "paragraph",
                (
                    "The delays are usually described as technical: difficulty "
                    "coordinating bilateral lenders with different accounting "
                    "practices, disputes over how to treat loans from state-owned "
                    "banks, arguments about comparability between official and private "
                    "creditors. All of these are real. But they are not acts of "
                    "nature. They are the result of decisions by creditors about how "
                    "much priority to give a resolution, and those decisions can be "
                    "changed."
                ),
            ),
            (
                "pullquote",
                (
                    "A restructuring that takes three years is not a success delayed. "
                    "It is a partial failure that has been successfully disguised."
                ),
            ),
            (
                "paragraph",
                (
                    "Consider what happens while talks drag on. A government in "
                    "default cannot borrow on international markets. It cuts spending "
                    "on health, education and infrastructure to meet the targets of "
                    "its IMF program. Its currency often weakens, raising the cost of "
                    "imports. Investors wait on the sidelines. By the time a deal is "
                    "signed, the economy has lost years of growth that no reduction in "
                    "principal can return."
                ),
            ),
            (
                "paragraph",
                (
                    "Creditors argue that they must protect their own taxpayers and "
                    "shareholders, and that a rushed deal can leave a country with "
                    "debts that remain unsustainable. That is a fair point about the "
                    "quality of deals. It is not a justification for their timing. "
                    "Much of the delay in recent cases has come not from careful "
                    "analysis but from protracted arguments between creditor groups "
                    "over who bears which share of the losses."
                ),
            ),
            (
                "paragraph",
                (
                    "There are practical remedies. Creditors could agree to fixed "
                    "timelines, with default rules applying if deadlines are missed. "
                    "They could commit to a standstill on debt service from the moment "
                    "a country requests treatment, rather than after months of "
                    "negotiation. And the largest bilateral lenders could publish the "
                    "terms of their loans, removing one of the chief sources of "
                    "suspicion between creditor groups."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "We were told the framework would be a highway. It turned out "
                        "to be a waiting room with very expensive chairs."
                    ),
                    "source": (
                        "Efua Asante, former debt management official in West Africa"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "None of this requires new institutions. It requires creditors to "
                    "treat speed as an objective rather than an afterthought. That "
                    "means accepting that a slightly worse deal signed quickly may be "
                    "better for everyone — including creditors, whose claims recover "
                    "value faster when the debtor’s economy is growing again. The "
                    "framework’s own text already allows for faster timelines; it is "
                    "the practice that has lagged."
                ),
            ),
            (
                "paragraph",
                (
                    "African governments bear responsibility too. Some borrowed "
                    "heavily on terms they did not fully disclose, and some have been "
                    "slow to provide the data creditors need. Greater transparency on "
                    "the debtor side would help. But the balance of power in these "
                    "negotiations lies overwhelmingly with creditors, and so does the "
                    "balance of responsibility for how long they take."
                ),
            ),
            (
                "paragraph",
                (
                    "More countries are likely to seek restructuring in the coming "
                    "years. If the framework keeps operating as it has, governments "
                    "will reasonably conclude that default must be avoided at almost "
                    "any cost — including spending cuts that leave their populations "
                    "poorer and their economies weaker. That is not the outcome the "
                    "framework was built to produce. Creditors can still make it work, "
                    "if they decide that time matters."
                ),
            ),
        ],
        "update": None,
        "corrections": [],
    },
    {
        "slug": "africa-lithium-producers-push-for-processing",
        "headline": (
            "Africa’s lithium producers want the refineries, not just the mines"
        ),
        "dek": (
            "Restrictions on exporting raw ore are meant to pull processing onto the "
            "continent, but power shortages, scarce financing and buyers’ preferences "
            "stand in the way."
        ),
        "type": "analysis",
        "section": "africa",
        "tags": ["Trade", "Technology", "Energy"],
        "authors": [
            ("amara-okafor", ""),
        ],
        "hours_ago": 339,
        "image": {
            "alt": (
                "Terraced open-pit mine of pale grey rock with haul trucks parked at "
                "the bottom under a bright sky"
            ),
            "credit": "Savanna Press/ Tendai Moyo",
            "caption": (
                "An open-pit lithium mine; most of the region’s output is still "
                "shipped abroad as concentrate."
            ),
        },
        "body": [
            (
                "paragraph",
                (
                    "The open pits are the easy part. Across southern and central "
                    "Africa, lithium mining has expanded rapidly in recent years, "
                    "driven by demand for electric-vehicle batteries and financed "
                    "largely by foreign companies. What governments want now is the "
                    "next step: the refineries and chemical plants that turn ore into "
                    "battery-grade material and capture a far larger share of its "
                    "value."
                ),
            ),
            (
                "paragraph",
                (
                    "To get there, several governments have restricted exports of "
                    "unprocessed ore, requiring miners at least to concentrate it "
                    "locally and, in some cases, committing them to build processing "
                    "plants within a set period. Officials insist the policy is about "
                    "development, not protectionism. “We have exported raw materials "
                    "for a century,” said Tapiwa Chikore, an adviser to a regional "
                    "mining ministry. “We know where that leads.”"
                ),
            ),
            ("heading", "The limits of a ban"),
            (
                "paragraph",
                (
                    "Industry executives say the restrictions have succeeded in one "
                    "narrow sense: more ore is now concentrated before export, adding "
                    "some value and some jobs. But the step from concentrate to "
                    "lithium chemicals is far harder. It requires large amounts of "
                    "reliable electricity, specialised reagents, skilled engineers and "
                    "buyers willing to sign long-term contracts for material from new "
                    "and unproven plants."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "A refinery is not a mine with a roof on it. It is a chemical "
                        "plant that has to run every hour of every day, and our grid "
                        "cannot promise that for an afternoon."
                    ),
                    "source": "Nomsa Dube, process engineer based in Harare",
                },
            ),
            (
                "paragraph",
                (
                    "Electricity is the most immediate constraint. Much of the region "
                    "suffers chronic power shortages, made worse by droughts that have "
                    "cut output from hydroelectric dams. Some companies have proposed "
                    "building their own generation, including solar plants, but that "
                    "adds cost and time. Others argue that processing should be "
                    "organised regionally, concentrated in countries with more "
                    "reliable supply."
                ),
            ),
            (
                "paragraph",
                (
                    "Financing is a second obstacle. Lithium prices have fallen "
                    "sharply from their recent peak, making investors wary of new "
                    "capacity. Several announced refinery projects have been delayed "
                    "or scaled back, and lenders are reluctant to fund plants whose "
                    "output may face uncertain demand by the time they are finished. "
                    "Chinese and Gulf-backed investors remain active in the sector, "
                    "but on terms that do not always include local refining "
                    "commitments."
                ),
            ),
            ("heading", "Who buys, and on whose terms"),
            (
                "paragraph",
                (
                    "Then there is the question of buyers. Battery makers in Asia, "
                    "Europe and North America increasingly want supply chains that "
                    "satisfy their own rules on origin and environmental standards. "
                    "Some see African processing as a way to diversify away from "
                    "existing suppliers; others prefer to keep refining under their "
                    "own control. The negotiations between governments, miners and "
                    "buyers are, in effect, about who captures the value."
                ),
            ),
            (
                "paragraph",
                (
                    "Western governments have begun offering financing and "
                    "partnerships for processing projects, presenting them as part of "
                    "an effort to secure critical-mineral supply chains. African "
                    "officials welcome the interest but are wary of arrangements that "
                    "repeat old patterns under new labels. “Partnership has to mean "
                    "the plant is here, the engineers are here and the profits are "
                    "taxed here,” Chikore said."
                ),
            ),
            (
                "paragraph",
                (
                    "The likely outcome, analysts say, is incremental: more local "
                    "concentration, a handful of processing plants in places with "
                    "reliable power and decent infrastructure, and continued export of "
                    "much of the ore. That falls short of the ambitions governments "
                    "have set. But it would still mark a shift from a model that has, "
                    "for generations, left most of the value of Africa’s mineral "
                    "wealth to be captured elsewhere."
                ),
            ),
        ],
        "update": None,
        "corrections": [
            {
                "hours_after": 22,
                "text": (
                    "An earlier version of this article misidentified Tapiwa Chikore’s "
                    "role. He is an adviser to a mining ministry, not a deputy "
                    "minister."
                ),
            },
            {
                "hours_after": 41,
                "text": (
                    "An earlier version of this article incorrectly stated that "
                    "lithium prices had recovered in recent months. They have fallen "
                    "sharply from their recent peak."
                ),
            },
        ],
    },
    {
        "slug": "senegal-fishing-town-pirogues-atlantic-crossing",
        "headline": (
            "In a Senegalese fishing town, the boats now carry people instead of fish"
        ),
        "dek": (
            "Shrinking catches and rising costs have pushed young men in Senegal’s "
            "coastal towns toward the long and deadly Atlantic crossing to the Canary "
            "Islands."
        ),
        "type": "reporting",
        "section": "africa",
        "tags": ["Migration", "Maritime"],
        "authors": [
            ("claire-beaumont", ""),
        ],
        "hours_ago": 179,
        "image": {
            "alt": (
                "Brightly painted wooden fishing pirogues pulled up on a wide sandy "
                "beach as fishermen mend nets nearby"
            ),
            "credit": "Atlantic Lens Agency/ Moussa Diallo",
            "caption": (
                "Fishing pirogues on the beach; many crews now make fewer trips as "
                "catches have declined."
            ),
        },
        "body": [
            (
                "paragraph",
                (
                    "In the late afternoon, when the pirogues come back in, the beach "
                    "fills with people: women waiting to buy fish for smoking and "
                    "selling, boys helping to haul the boats up the sand, men sorting "
                    "the catch into plastic crates. It is a scene that has repeated "
                    "itself for generations in this town on Senegal’s Petite Côte. "
                    "What has changed, residents say, is how little there is in the "
                    "crates."
                ),
            ),
            (
                "paragraph",
                (
                    "Fishermen here describe catches that have fallen steadily for a "
                    "decade. They blame industrial trawlers working offshore, some "
                    "foreign-owned and some operating under licensing arrangements "
                    "they regard as opaque; fishmeal factories that buy up small fish "
                    "for export; and warming waters that have shifted where the fish "
                    "are found. Fuel has grown more expensive too, so each trip that "
                    "returns nearly empty leaves the crew in debt."
                ),
            ),
            (
                "paragraph",
                (
                    "“Before, you went out and you came back with something. Now you "
                    "go out and you come back with your costs,” said Abdou Ndiaye, 44, "
                    "who has fished from this beach since he was a teenager. Two of "
                    "his nephews left on a pirogue for the Canary Islands last year. "
                    "One arrived. The family has had no news of the other."
                ),
            ),
            (
                "pullquote",
                (
                    "Before, you went out and you came back with something. Now you go "
                    "out and you come back with your costs."
                ),
            ),
            (
                "paragraph",
                (
                    "The Atlantic route from West Africa to the Canary Islands is "
                    "among the most dangerous migration routes in the world. Boats "
                    "leave from Senegal, Mauritania and further south, carrying dozens "
                    "and sometimes more than a hundred people on journeys that can "
                    "last a week or longer. Many boats are lost. Humanitarian groups "
                    "say the true toll cannot be known because so many departures go "
                    "unrecorded."
                ),
            ),
            (
                "paragraph",
                (
                    "In this town, the boats that make the crossing are often fishing "
                    "pirogues, and the men who steer them are often fishermen. "
                    "Organisers pay captains and boat owners far more for a single "
                    "trip than a year of fishing might earn. “They know the sea,” said "
                    "a local official, who asked not to be named. “That is what makes "
                    "them valuable. That is also what makes them think they will "
                    "survive.”"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "We cannot tell young people to stay and fish when there is "
                        "nothing to fish. We have to give them a reason to stay, and "
                        "right now we have very few to offer."
                    ),
                    "source": (
                        "Fatou Sarr, coordinator of a women’s fish-processing "
                        "cooperative"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "Senegal’s government has stepped up coastal patrols and "
                    "intercepts boats before departure, often with support from "
                    "European partners. Officials have also announced job programs for "
                    "young people and a review of fishing licences. Residents say the "
                    "patrols have moved departures elsewhere rather than stopping "
                    "them, and that the job programs have yet to reach towns like this "
                    "one."
                ),
            ),
            (
                "paragraph",
                (
                    "Women in the town bear their own share of the costs. Fish "
                    "processors, most of them women, have watched their raw material "
                    "dwindle and its price rise. Many have taken on debt to keep their "
                    "businesses going, and some have lost husbands and sons to the "
                    "crossing. Sarr’s cooperative has begun pooling money to buy fish "
                    "in bulk, but she said it was a way of surviving, not of growing."
                ),
            ),
            (
                "paragraph",
                (
                    "At dusk, Ndiaye sat on the gunwale of his pirogue, mending a net. "
                    "He would not make the crossing himself, he said; he had children, "
                    "and he had seen too many boats fail to return. But he did not "
                    "blame those who went. “The sea used to give us a living,” he "
                    "said. “Now it gives us a choice, and neither side of the choice "
                    "is good.”"
                ),
            ),
        ],
        "update": None,
        "corrections": [],
    },
    {
        "slug": "gambia-lawmakers-pause-banjul-port-concession",
        "headline": (
            "Gambian lawmakers pause approval of Banjul container terminal concession"
        ),
        "dek": (
            "A parliamentary committee wants the full contract and an independent "
            "valuation before voting on a 30-year deal to expand and operate the "
            "port’s container terminal."
        ),
        "type": "news",
        "section": "africa",
        "tags": ["Trade", "Maritime"],
        "authors": [
            ("claire-beaumont", ""),
        ],
        "hours_ago": 27,
        "image": {
            "alt": (
                "Stacked shipping containers and a mobile harbour crane on a small "
                "port quay with a cargo ship alongside"
            ),
            "credit": "Atlantic Lens Agency/ Awa Jallow",
            "caption": "",
        },
        "body": [
            (
                "paragraph",
                (
                    "A parliamentary committee in the Gambia on Monday suspended its "
                    "review of a proposed 30-year concession to expand and operate the "
                    "container terminal at the port of Banjul, saying it needed to see "
                    "the full contract and an independent valuation before lawmakers "
                    "could vote on the deal. The decision delays a deal that the "
                    "government had hoped to finalise before the end of the year."
                ),
            ),
            (
                "paragraph",
                (
                    "The concession, negotiated over the past year between the Gambia "
                    "Ports Authority and an international terminal operator, would "
                    "commit the operator to invest in a new quay, dredging and "
                    "cargo-handling equipment in exchange for the right to run the "
                    "terminal and collect handling fees. Government officials have "
                    "said the investment would make Banjul more competitive with "
                    "larger ports in the region."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "We are not against investment. We are against signing "
                        "something for thirty years that we have only seen a summary "
                        "of."
                    ),
                    "source": (
                        "Lamin Ceesay, chair of the parliamentary committee reviewing "
                        "the concession"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "Committee members said the government had provided only a summary "
                    "of the agreement, which did not include details of revenue "
                    "sharing, tariff-setting or the conditions under which the state "
                    "could terminate the contract. Several lawmakers also questioned "
                    "how the concession fee had been calculated and whether other "
                    "bidders had been invited to compete."
                ),
            ),
            (
                "paragraph",
                (
                    "The ports authority said in a statement that the process had been "
                    "competitive and transparent, and that the full contract would be "
                    "shared with the committee under confidentiality rules. “The delay "
                    "risks sending the wrong signal to investors at a time when "
                    "regional competition for shipping traffic is intense,” the "
                    "statement said."
                ),
            ),
            (
                "paragraph",
                (
                    "Banjul handles a modest share of regional trade compared with "
                    "Dakar or Abidjan, but it serves as a transit point for goods "
                    "re-exported to neighbouring countries. Shippers have long "
                    "complained of congestion, shallow water at the berths and slow "
                    "clearance times, which add costs for importers and for traders "
                    "who move goods onward across the region."
                ),
            ),
            (
                "paragraph",
                (
                    "Port concessions have become politically sensitive across West "
                    "Africa, where governments have signed long-term agreements with "
                    "international operators in exchange for investment. Supporters "
                    "say such deals have modernised ports and cut waiting times; "
                    "critics argue that some contracts have handed operators excessive "
                    "control over tariffs and were negotiated with little public "
                    "scrutiny."
                ),
            ),
            (
                "paragraph",
                (
                    "Dock workers’ unions have also raised concerns, saying the draft "
                    "agreement contains no guarantees for existing jobs. Ousman Jobe, "
                    "a union representative, said members would meet later this week "
                    "to decide on their response, and did not rule out industrial "
                    "action if their concerns were ignored. The ports authority said "
                    "existing staff would be offered positions with the new operator."
                ),
            ),
            (
                "paragraph",
                (
                    "The committee said it would resume its review once it received "
                    "the requested documents, but did not set a date. The concession "
                    "requires parliamentary approval before it can take effect. "
                    "Members said they would also invite the ports authority, the "
                    "finance ministry and representatives of the shipping industry to "
                    "give evidence in public hearings, a step rarely taken for "
                    "commercial agreements in the country."
                ),
            ),
        ],
        "update": None,
        "corrections": [],
    },
    {
        "slug": "african-free-trade-area-border-posts",
        "headline": "Africa’s free-trade area will be won or lost at the border post",
        "dek": (
            "Tariff schedules get the headlines, but the continental free-trade "
            "agreement will succeed only if governments fix the slow, costly crossings "
            "where trade actually happens."
        ),
        "type": "opinion",
        "section": "africa",
        "tags": ["Trade", "Diplomacy"],
        "authors": [
            ("amara-okafor", ""),
        ],
        "hours_ago": 523,
        "image": {
            "alt": (
                "A long queue of cargo lorries waits on a dusty road at a border "
                "crossing with a customs building in the distance"
            ),
            "credit": "Rift Valley Images/ Otieno Mboya",
            "caption": (
                "Lorries queue at a border post in East Africa, where clearance can "
                "take several days."
            ),
        },
        "body": [
            (
                "paragraph",
                (
                    "The African Continental Free Trade Area is, on paper, one of the "
                    "most ambitious trade agreements in the world: a single market "
                    "spanning more than fifty countries and well over a billion "
                    "people. Most discussion of it focuses on tariff schedules and "
                    "rules of origin, the technical machinery of trade negotiation. "
                    "Those matter. But anyone who has spent a day at an African border "
                    "post knows that tariffs are rarely the main obstacle to moving "
                    "goods."
                ),
            ),
            (
                "paragraph",
                (
                    "The obstacles are slower and more mundane. Lorries wait for days "
                    "to clear customs. Documents must be stamped by several agencies, "
                    "each with its own forms. Inspections are repeated on both sides "
                    "of the border. Informal payments are demanded at checkpoints "
                    "along the highway. For a small trader moving goods between "
                    "neighbouring countries, these costs can exceed any tariff many "
                    "times over."
                ),
            ),
            ("heading", "Where trade actually happens"),
            (
                "paragraph",
                (
                    "Some of the most successful trade reforms on the continent have "
                    "targeted exactly these problems. One-stop border posts, where "
                    "officials from both countries work in a single facility, have cut "
                    "crossing times substantially on several East African corridors. "
                    "Electronic cargo tracking has reduced the need for physical "
                    "escorts. Simplified regimes for small traders have brought "
                    "informal commerce into the formal system."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "I have never once been stopped by a tariff. I have been "
                        "stopped by a stamp, by a scanner that does not work and by a "
                        "man who wants his lunch money."
                    ),
                    "source": "Mary Achieng, cross-border trader in Busia",
                },
            ),
            (
                "paragraph",
                (
                    "These measures are not glamorous, and they do not make headlines "
                    "at summits. But they deliver results that traders feel "
                    "immediately. If the free-trade area is to make a difference to "
                    "ordinary businesses, governments need to give implementation at "
                    "the border the same attention they gave to the negotiating text."
                ),
            ),
            ("heading", "Three things to do now"),
            (
                "paragraph",
                (
                    "Three steps would help. First, governments should publish "
                    "crossing times at major border posts, measured independently and "
                    "updated regularly; what is measured is more likely to be managed. "
                    "Second, they should commit to mutual recognition of inspections "
                    "and standards certificates, so that goods checked on one side are "
                    "not checked again on the other. Third, they should give small "
                    "traders a simple, predictable route into the formal system."
                ),
            ),
            (
                "paragraph",
                (
                    "None of these requires a new treaty. They require political will, "
                    "administrative capacity and, in some cases, a willingness to "
                    "confront interests that benefit from the current arrangements — "
                    "including officials who collect informal payments and businesses "
                    "that profit from the delays their competitors face. Governments "
                    "that have tackled them have usually done so with strong backing "
                    "from the top, because officials at the border rarely reform "
                    "themselves."
                ),
            ),
            (
                "paragraph",
                (
                    "The free-trade area has made real progress. Most countries have "
                    "ratified it, tariff schedules have been agreed, and a system for "
                    "settling cross-border payments in local currencies is up and "
                    "running. But trade within Africa remains a small share of the "
                    "continent’s total, and it will not grow substantially while the "
                    "cost of crossing a border remains so high."
                ),
            ),
            (
                "paragraph",
                (
                    "The agreement’s architects often speak of building a single "
                    "African market. That market will not be built in negotiating "
                    "rooms. It will be built, or not, at hundreds of border posts, by "
                    "customs officers, traders and lorry drivers, one crossing at a "
                    "time. The sooner governments measure progress in hours saved "
                    "rather than treaties signed, the sooner that market will exist."
                ),
            ),
        ],
        "update": None,
        "corrections": [],
    },
    {
        "slug": "sahel-needs-neighbours-more-than-patrons",
        "headline": "The Sahel needs its neighbours more than it needs new patrons",
        "dek": (
            "As military governments in the central Sahel turn away from old partners, "
            "the coastal states of West Africa have the most to lose and the most to "
            "offer."
        ),
        "type": "opinion",
        "section": "africa",
        "tags": ["Security", "Diplomacy", "Alliances"],
        "authors": [
            ("claire-beaumont", ""),
        ],
        "hours_ago": 707,
        "image": {
            "alt": (
                "A dusty highway runs through dry savannah past a lone checkpoint hut "
                "with a barrier pole across the road"
            ),
            "credit": "Atlantic Lens Agency/ Ibrahima Touré",
            "caption": "",
        },
        "body": [
            (
                "paragraph",
                (
                    "Much of the international debate about the central Sahel has been "
                    "framed around outside powers: which of them is leaving, which is "
                    "arriving, and what each wants. That framing made some sense when "
                    "foreign troops were deployed in large numbers across the region. "
                    "It makes far less sense now. The relationships that matter most "
                    "for the Sahel’s future are not with distant capitals but with its "
                    "neighbours to the south."
                ),
            ),
            (
                "paragraph",
                (
                    "Coastal states such as Ghana, Togo, Benin and Côte d’Ivoire have "
                    "watched armed groups extend their reach toward their northern "
                    "borders. They depend on trade with the landlocked Sahel and are "
                    "home to large communities with family ties across the frontier. "
                    "They cannot choose to disengage, and they have more to lose from "
                    "a prolonged breakdown in relations than any outside power."
                ),
            ),
            (
                "pullquote",
                (
                    "Sanctions and suspensions were meant to restore constitutional "
                    "order. They restored neither the order nor the constitution."
                ),
            ),
            (
                "paragraph",
                (
                    "The regional response to military takeovers in Mali, Burkina Faso "
                    "and Niger relied heavily on sanctions, suspensions and threats. "
                    "The approach was understandable; regional leaders feared that "
                    "tolerating coups would invite more of them. But the results have "
                    "been poor. The military governments have consolidated power and "
                    "drawn closer to one another, while border closures have hurt "
                    "traders and farmers on both sides."
                ),
            ),
            (
                "paragraph",
                (
                    "A different approach would start from shared interests rather "
                    "than shared values. Coastal governments and Sahelian juntas "
                    "disagree profoundly about politics, but both need functioning "
                    "trade routes, both face the same armed groups, and both have an "
                    "interest in preventing their border regions from slipping out of "
                    "anyone’s control. Practical cooperation on these issues need not "
                    "imply endorsement of military rule."
                ),
            ),
            (
                "paragraph",
                (
                    "Such cooperation could begin modestly: intelligence-sharing on "
                    "armed groups in border areas, joint management of key trade "
                    "corridors, and coordination on humanitarian access for displaced "
                    "people. Each would bring benefits to people on both sides of the "
                    "frontier, and each would build a habit of working together that "
                    "could later support wider political engagement."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "The armed groups do not recognise the border, so a response "
                        "that stops at the border is not a response. It is a gift."
                    ),
                    "source": (
                        "Aminata Kaboré, researcher at an Accra-based security "
                        "institute"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "Critics will argue that engagement rewards coups and weakens the "
                    "norm against unconstitutional changes of government. That norm "
                    "matters, and regional bodies should continue to defend it. But a "
                    "norm enforced through measures that harm civilians and push "
                    "governments into isolation is not being defended effectively. It "
                    "is being performed."
                ),
            ),
            (
                "paragraph",
                (
                    "Outside partners have a role, but a supporting one. European and "
                    "other governments can finance cross-border infrastructure, fund "
                    "humanitarian operations and back regional initiatives without "
                    "insisting on leading them. They should resist the temptation to "
                    "treat the Sahel as an arena for competition with rivals, which "
                    "has done little for the people who live there."
                ),
            ),
            (
                "paragraph",
                (
                    "The Sahel’s crisis will not be resolved quickly. But its "
                    "trajectory will be shaped far more by decisions taken in Accra, "
                    "Lomé, Cotonou and Abidjan than by those taken in capitals "
                    "thousands of kilometres away. Coastal governments should "
                    "recognise the influence they hold — and use it. The alternative "
                    "is to watch, from behind closed borders, as the insecurity of the "
                    "north moves steadily south."
                ),
            ),
        ],
        "update": None,
        "corrections": [],
    },
    {
        "slug": "agadez-desert-transit-trade-returns",
        "headline": "In Agadez, the desert transit trade returns to the open",
        "dek": (
            "With Niger’s ban on transporting migrants lifted, the town’s drivers and "
            "guesthouse owners are rebuilding a business that spent years underground."
        ),
        "type": "reporting",
        "section": "africa",
        "tags": ["Migration", "Security"],
        "authors": [
            ("claire-beaumont", ""),
        ],
        "hours_ago": 867,
        "image": {
            "alt": (
                "Pickup trucks loaded with passengers and luggage lined up on a sandy "
                "street beside mud-brick buildings at dusk"
            ),
            "credit": "Atlantic Lens Agency/ Ibrahima Touré",
            "caption": (
                "Pickup trucks prepare to leave a depot in Agadez for the journey "
                "north across the Sahara."
            ),
        },
        "body": [
            (
                "paragraph",
                (
                    "The pickups leave Agadez on Monday evenings, as they did for "
                    "years before the trade was banned and as they do again now: "
                    "loaded with jerrycans of water, sacks of luggage and twenty or "
                    "more passengers perched along the sides, headed north across the "
                    "desert toward Libya or Algeria. The difference, drivers say, is "
                    "that they no longer leave in the dark with their headlights off."
                ),
            ),
            (
                "paragraph",
                (
                    "Agadez, a town of mud-brick buildings on the southern edge of the "
                    "Sahara, has long been a crossroads for trade and travel. For "
                    "years it was also a hub for migrants heading north, until Niger "
                    "passed a law criminalising the transport of migrants through the "
                    "desert, with strong encouragement and funding from European "
                    "governments. Drivers were arrested, vehicles were seized and the "
                    "trade moved onto longer, more dangerous routes."
                ),
            ),
            (
                "paragraph",
                (
                    "After the military government that took power in Niger repealed "
                    "that law, the business returned to the surface. Guesthouses where "
                    "migrants wait for transport — known locally as ghettos — have "
                    "reopened their doors. Bus companies from the south advertise "
                    "routes to Agadez. Drivers who spent years on the wrong side of "
                    "the law have registered their vehicles again."
                ),
            ),
            (
                "paragraph",
                (
                    "“I drove this route for fifteen years, then I spent two years in "
                    "prison for doing it,” said Ibrahim Alhassane, a driver in his "
                    "forties who now runs three vehicles. “For the governments in "
                    "Europe, it was a law about migration. For us, it was a law about "
                    "whether we could eat.” Demand had recovered quickly, he said, "
                    "though not to its earlier levels."
                ),
            ),
            (
                "pullquote",
                (
                    "For the governments in Europe, it was a law about migration. For "
                    "us, it was a law about whether we could eat."
                ),
            ),
            (
                "image",
                {
                    "alt": (
                        "A man in a blue turban stands beside a dusty white pickup in "
                        "a walled courtyard stacked with water containers"
                    ),
                    "credit": "Atlantic Lens Agency/ Ibrahima Touré",
                    "caption": (
                        "A driver prepares his vehicle for the journey north in a "
                        "courtyard on the outskirts of Agadez."
                    ),
                },
            ),
            ("heading", "A town that lives on the road"),
            (
                "paragraph",
                (
                    "The economic effect on the town has been noticeable. Mechanics, "
                    "water sellers, food vendors and money changers all depend on the "
                    "transit trade, and many struggled during the years of the ban, "
                    "when European-funded programs meant to offer alternative "
                    "livelihoods reached only a fraction of those affected. Local "
                    "officials say the repeal has brought money back into the market, "
                    "even as they acknowledge the risks."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "There were projects, yes — a chicken farm, a sewing workshop. "
                        "But you cannot replace an economy with a workshop."
                    ),
                    "source": "Rhissa Ag Moussa, former municipal councillor in Agadez",
                },
            ),
            (
                "paragraph",
                (
                    "Those risks are substantial. The desert crossing remains "
                    "dangerous, with vehicles breaking down and passengers abandoned "
                    "by drivers or robbed by armed men. Migrants who reach Libya face "
                    "detention, extortion and abuse, according to humanitarian "
                    "organisations. Some of the people waiting in Agadez’s guesthouses "
                    "have already made the journey once and been expelled back across "
                    "the border, left to walk to the nearest settlement."
                ),
            ),
            (
                "paragraph",
                (
                    "Aïcha, a 23-year-old from Cameroon who asked that her full name "
                    "not be used, said she had spent four months in Agadez, working in "
                    "a restaurant to save for the journey. She knew about the dangers, "
                    "she said; friends had described them in voice messages. “Everyone "
                    "tells you the desert is hard,” she said. “They also tell you that "
                    "staying is hard. You choose the hard thing that might end.”"
                ),
            ),
            (
                "paragraph",
                (
                    "European governments have responded to the repeal with concern "
                    "but little leverage, having suspended much of their cooperation "
                    "with Niger after the coup. For Agadez’s drivers, that debate "
                    "feels distant. On a recent evening, Alhassane checked the ropes "
                    "on his pickup and counted his passengers. “The road was always "
                    "here,” he said. “We were only told to pretend it wasn’t.”"
                ),
            ),
        ],
        "update": None,
        "corrections": [],
    },
    {
        "slug": "east-africa-power-pool-lines-built-trade-lags",
        "headline": (
            "East Africa’s power lines are built. Now comes the hard part: trading"
        ),
        "dek": (
            "High-voltage links between Ethiopia, Kenya and their neighbours can move "
            "large amounts of electricity, but pricing disputes and weak utilities "
            "leave much of that capacity idle."
        ),
        "type": "analysis",
        "section": "africa",
        "tags": ["Energy", "Trade", "Climate"],
        "authors": [
            ("amara-okafor", ""),
        ],
        "hours_ago": 1231,
        "image": {
            "alt": (
                "High-voltage transmission towers carry power lines across green "
                "highland hills dotted with farmhouses"
            ),
            "credit": "Rift Valley Images/ Otieno Mboya",
            "caption": (
                "Regional transmission links can carry far more power than is "
                "currently traded across them."
            ),
        },
        "body": [
            (
                "paragraph",
                (
                    "The transmission towers march across the landscape for hundreds "
                    "of kilometres, carrying high-voltage lines from Ethiopia’s "
                    "hydroelectric dams south into Kenya and, through a growing web of "
                    "connections, toward Tanzania, Uganda and beyond. The physical "
                    "infrastructure of an East African electricity market is largely "
                    "in place. What is missing is the market."
                ),
            ),
            (
                "paragraph",
                (
                    "On many days the lines carry far less power than they were "
                    "designed for. Utilities at either end have struggled to agree on "
                    "prices, on how to handle late payments and on who bears the cost "
                    "when supply is interrupted. The result is that countries with "
                    "surplus generation cannot always sell it, and countries with "
                    "shortages cannot always buy, even when the cables connecting them "
                    "sit idle."
                ),
            ),
            ("heading", "The pricing problem"),
            (
                "paragraph",
                (
                    "Most cross-border power trade in the region runs through "
                    "bilateral contracts negotiated between state utilities, often at "
                    "fixed prices set years in advance. When conditions change — a "
                    "drought cuts hydro output, or demand rises faster than expected — "
                    "those contracts become a source of friction. One side feels it is "
                    "overpaying; the other feels it is being asked to sell too cheaply "
                    "just when it needs the power itself."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "We have built an excellent road and never agreed on the "
                        "tolls. So the trucks stay parked."
                    ),
                    "source": "Dawit Bekele, power systems engineer in Addis Ababa",
                },
            ),
            (
                "paragraph",
                (
                    "A regional power pool has long sought to move toward a more "
                    "flexible market, in which utilities could trade power in "
                    "short-term auctions at prices that reflect real-time supply and "
                    "demand. Progress has been slow. Utilities are wary of exposure to "
                    "volatile prices, and several are in weak financial shape, which "
                    "makes counterparties reluctant to extend them credit."
                ),
            ),
            ("heading", "Weak balance sheets"),
            (
                "paragraph",
                (
                    "The finances of utilities are a persistent problem. Many sell "
                    "electricity below cost, under political pressure to keep tariffs "
                    "low, and run up arrears to generators and suppliers. A utility "
                    "that is not sure it can pay for power is a risky trading partner, "
                    "and one that is not sure it will be paid is a reluctant seller. "
                    "Guarantees from development lenders have helped in some cases, "
                    "but they are no substitute for solvent utilities."
                ),
            ),
            (
                "paragraph",
                (
                    "Climate adds another layer of complexity. Much of the region’s "
                    "generation is hydroelectric, which leaves it exposed to drought. "
                    "Geothermal power in Kenya and solar across the region add some "
                    "diversity, and a more integrated market could help balance them — "
                    "drawing on hydro in wet years and on geothermal and solar in dry "
                    "ones. That requires a degree of trust and coordination the region "
                    "has not yet built."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Integration is supposed to be our insurance against drought. "
                        "But you cannot buy insurance from someone you do not trust to "
                        "pay out."
                    ),
                    "source": "Wambui Njoroge, energy economist in Nairobi",
                },
            ),
            (
                "paragraph",
                (
                    "There are signs of progress. Regulators have agreed on common "
                    "grid codes, a regional coordination centre has begun operating, "
                    "and several utilities have signed short-term trading agreements "
                    "on a trial basis. Donors are funding studies of market design, "
                    "and some governments have begun restructuring the finances of "
                    "their utilities. None of this amounts to a market yet, but it is "
                    "the groundwork one would need."
                ),
            ),
            (
                "paragraph",
                (
                    "The stakes are considerable. A working regional market could "
                    "lower electricity costs, reduce reliance on expensive diesel "
                    "generators and make it easier to bring more renewable energy onto "
                    "the grid. It could also support industrial investment in "
                    "countries where unreliable power has long been a deterrent. The "
                    "towers are already standing. Whether the power flowing through "
                    "them matches their potential depends on decisions that are "
                    "political and financial rather than technical."
                ),
            ),
        ],
        "update": None,
        "corrections": [],
    },
]
