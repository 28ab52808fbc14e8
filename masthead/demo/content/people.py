"""Demo sections, authors and quick-news items for The Meridian Review."""

SECTIONS = [
    {
        "slug": "asia-pacific",
        "title": "Asia-Pacific",
        "intro": (
            "Reporting and analysis from Northeast, South and Southeast Asia and "
            "the Pacific, from contested sea lanes to the politics of supply chains."
        ),
    },
    {
        "slug": "middle-east",
        "title": "Middle East",
        "intro": (
            "Coverage of the Levant, the Gulf and North Africa, following the "
            "diplomacy, energy politics and reconstruction shaping the region."
        ),
    },
    {
        "slug": "europe",
        "title": "Europe",
        "intro": (
            "The continent’s security debates, elections and economic fault lines, "
            "from the Nordic states to the Black Sea."
        ),
    },
    {
        "slug": "americas",
        "title": "Americas",
        "intro": (
            "Politics, trade and migration across Latin America, the Caribbean and "
            "Canada, with correspondents on the ground from Mexico City to Bogotá."
        ),
    },
    {
        "slug": "africa",
        "title": "Africa",
        "intro": (
            "Dispatches from East, West and Southern Africa and the Sahel on "
            "governance, debt, climate and the continent’s shifting partnerships."
        ),
    },
    {
        "slug": "washington",
        "title": "Washington",
        "intro": (
            "How American foreign policy is made: Congress, the agencies, the "
            "sanctions machinery and the fights that decide what the United States "
            "does abroad."
        ),
    },
]

AUTHORS = [
    {
        "slug": "amara-okafor",
        "name": "Amara Okafor",
        "role": "Africa correspondent",
        "bio": (
            "Amara Okafor is The Meridian Review’s Africa correspondent, based in "
            "Nairobi. She covers regional diplomacy, sovereign debt and the politics "
            "of infrastructure across East Africa and the Horn, and has reported "
            "from more than twenty countries on the continent. She was previously "
            "a senior reporter at the fictional Lakeshore Ledger."
        ),
        "x": "amaraokafor",
        "mastodon": "@amara@example.social",
        "linkedin": "amara-okafor",
    },
    {
        "slug": "daniel-whitcombe",
        "name": "Daniel Whitcombe",
        "role": "Washington editor",
        "bio": (
            "Daniel Whitcombe is Washington editor, overseeing coverage of Congress, "
            "the State Department and the national security agencies. He spent a "
            "decade covering defense budgets and arms control before joining the "
            "magazine. He was previously a congressional correspondent for the "
            "Capitol Dispatch and a fellow at the Harrow Institute."
        ),
        "x": "dwhitcombe",
        "mastodon": "",
        "linkedin": "daniel-whitcombe",
    },
    {
        "slug": "lena-varga",
        "name": "Lena Varga",
        "role": "Central Europe correspondent",
        "bio": (
            "Lena Varga reports on Central Europe from Budapest and Vienna, with a "
            "focus on elections, rule-of-law disputes and energy dependence along "
            "the Danube. She writes in English, Hungarian and German. Before "
            "joining The Meridian Review she was a Danube Fellow at the Kessler "
            "Centre for European Affairs."
        ),
        "x": "lenavarga",
        "mastodon": "@lvarga@example.social",
        "linkedin": "",
    },
    {
        "slug": "tomas-ibarra",
        "name": "Tomás Ibarra",
        "role": "Americas editor",
        "bio": (
            "Tomás Ibarra is Americas editor, splitting his time between Bogotá and "
            "Mexico City. He covers security policy, migration corridors and the "
            "regional trade agenda, and has reported on peace negotiations in the "
            "Andes. He previously led the Latin America desk at the Southern Cross "
            "Wire."
        ),
        "x": "tomasibarra",
        "mastodon": "@tibarra@example.social",
        "linkedin": "tomas-ibarra",
    },
    {
        "slug": "hana-morikawa",
        "name": "Hana Morikawa",
        "role": "Northeast Asia correspondent",
        "bio": (
            "Hana Morikawa is Northeast Asia correspondent, based in Tokyo. She "
            "covers alliance politics, maritime disputes and technology controls "
            "across Japan, the Korean Peninsula and the wider region. She was "
            "previously a Tokyo-based reporter for the Pacific Ledger and a "
            "visiting fellow at the Aoba Forum on Regional Security."
        ),
        "x": "hanamorikawa",
        "mastodon": "",
        "linkedin": "hana-morikawa",
    },
    {
        "slug": "samir-haddad",
        "name": "Samir Haddad",
        "role": "Levant correspondent",
        "bio": (
            "Samir Haddad is Levant correspondent, reporting from Beirut and Amman. "
            "He covers refugee policy, reconstruction finance and the region’s "
            "fragile political settlements, and has spent years reporting from "
            "border communities. He was previously an editor at the Cedar Review "
            "and a fellow of the Mashreq Reporting Project."
        ),
        "x": "",
        "mastodon": "@samir@example.social",
        "linkedin": "samir-haddad",
    },
    {
        "slug": "priya-raghunathan",
        "name": "Priya Raghunathan",
        "role": "South and Southeast Asia correspondent",
        "bio": (
            "Priya Raghunathan covers South and Southeast Asia from Singapore, "
            "writing about trade agreements, shipping lanes and the competition for "
            "investment across the region. She has reported from Dhaka to Manila. "
            "She previously worked as a correspondent for the Straits Monitor and "
            "held a fellowship at the Indo-Pacific Press Initiative."
        ),
        "x": "priyarag",
        "mastodon": "@priya@example.social",
        "linkedin": "priya-raghunathan",
    },
    {
        "slug": "jonas-lindqvist",
        "name": "Jonas Lindqvist",
        "role": "European security analyst",
        "bio": (
            "Jonas Lindqvist is a Stockholm-based analyst covering Nordic defense, "
            "NATO’s northern flank and security in the Baltic Sea. He writes about "
            "military planning, undersea infrastructure and defense industry. He "
            "was previously a researcher at the fictional Øresund Institute for "
            "Security Studies."
        ),
        "x": "jlindqvist",
        "mastodon": "",
        "linkedin": "",
    },
    {
        "slug": "claire-beaumont",
        "name": "Claire Beaumont",
        "role": "Sahel and West Africa correspondent",
        "bio": (
            "Claire Beaumont reports on the Sahel and West Africa from Dakar. She "
            "covers military governments, humanitarian access, migration routes and "
            "the region’s changing foreign partnerships. She has reported from "
            "every country in the central Sahel. She was previously a West Africa "
            "correspondent for the Atlantic Coast Courier."
        ),
        "x": "clairebeaumont",
        "mastodon": "@claire@example.social",
        "linkedin": "claire-beaumont",
    },
    {
        "slug": "marcus-feld",
        "name": "Marcus Feld",
        "role": "Economics and sanctions editor",
        "bio": (
            "Marcus Feld writes about economic statecraft from Washington, covering "
            "sanctions, export controls, trade disputes and the global debt "
            "architecture. He is a former financial regulator turned journalist. "
            "Before joining The Meridian Review he was a senior writer at the "
            "Ledgerline Financial Report."
        ),
        "x": "marcusfeld",
        "mastodon": "",
        "linkedin": "marcus-feld",
    },
    {
        "slug": "yasmin-darwish",
        "name": "Yasmin Darwish",
        "role": "Gulf affairs correspondent",
        "bio": (
            "Yasmin Darwish covers the Gulf from Doha and Dubai, reporting on "
            "energy policy, sovereign wealth, mediation diplomacy and the region’s "
            "economic transformation. She has written widely on labor migration "
            "across the Gulf states. She was previously a fellow of the Khaleej "
            "Journalism Programme and an editor at the Gulf Horizon."
        ),
        "x": "yasmindarwish",
        "mastodon": "@yasmin@example.social",
        "linkedin": "",
    },
    {
        "slug": "elena-sokolova",
        "name": "Elena Sokolova",
        "role": "Eastern Europe and Black Sea correspondent",
        "bio": (
            "Elena Sokolova reports on Eastern Europe and the Black Sea from "
            "Chișinău and Kyiv. She covers war and reconstruction, energy security, "
            "grain corridors and the politics of European Union accession. She was "
            "previously a correspondent for the Black Sea Bulletin and a fellow at "
            "the Prut Centre for Independent Media."
        ),
        "x": "",
        "mastodon": "@elena@example.social",
        "linkedin": "elena-sokolova",
    },
]

QIOSK_ITEMS = [
    {
        "slug": "japan-coast-guard-expands-patrols-east-china-sea",
        "headline": "Japan’s coast guard adds patrol hours near disputed islands",
        "dek": (
            "Officials say the increase follows a rise in foreign vessel "
            "incursions over the past month."
        ),
        "section": "asia-pacific",
        "tags": ["Maritime", "Security"],
        "authors": [("hana-morikawa", "")],
        "hours_ago": 3,
        "body": [
            (
                "paragraph",
                "Japan’s coast guard will add patrol hours around outlying islands "
                "in the East China Sea, a spokesperson said on Tuesday, citing what "
                "the agency described as a steady rise in foreign vessels entering "
                "nearby waters. The extra patrols will draw on two cutters "
                "reassigned from northern districts.",
            ),
            (
                "paragraph",
                "“The goal is presence, not escalation,” said Kenji Arata, a "
                "retired coast guard officer who now advises regional fisheries "
                "cooperatives. Fishing crews in the area have complained for months "
                "about being shadowed at sea, he added.",
            ),
        ],
    },
    {
        "slug": "singapore-shipping-insurers-raise-premiums-strait",
        "headline": "Insurers lift premiums for tankers transiting the Malacca Strait",
        "dek": (
            "Brokers point to congestion and a string of near-misses rather than "
            "any single security incident."
        ),
        "section": "asia-pacific",
        "tags": ["Maritime", "Trade"],
        "authors": [("priya-raghunathan", "")],
        "hours_ago": 27,
        "body": [
            (
                "paragraph",
                "Several marine insurers in Singapore have quietly raised premiums "
                "for large tankers using the Malacca Strait, according to three "
                "brokers familiar with the changes. The increases are modest, but "
                "they come as traffic through the waterway reaches levels that port "
                "officials describe as close to capacity.",
            ),
            (
                "paragraph",
                "“Nobody is pricing in piracy,” said Mei Lin Tan, a broker at a "
                "mid-sized firm. “They are pricing in crowded water and tired "
                "crews.” Shipping associations are expected to raise the issue at a "
                "regional safety meeting next month.",
            ),
        ],
    },
    {
        "slug": "dhaka-garment-exporters-seek-new-trade-terms",
        "headline": "Bangladeshi garment makers seek grace period before trade review",
        "dek": (
            "Industry groups warn that losing preferential access could cost "
            "hundreds of thousands of factory jobs."
        ),
        "section": "asia-pacific",
        "tags": ["Trade"],
        "authors": [("priya-raghunathan", "")],
        "hours_ago": 131,
        "body": [
            (
                "paragraph",
                "Garment manufacturers in Bangladesh are lobbying for a transition "
                "period before the country loses some preferential trade access "
                "tied to its development status. An industry association said last "
                "week that factories needed at least five more years to adjust "
                "supply chains and meet stricter labor and environmental rules.",
            ),
            (
                "paragraph",
                "Trade economists say the sector has diversified less than hoped. "
                "“The product mix is still narrow,” said Farhana Rahim, a research "
                "fellow at a Dhaka policy institute. “Buyers will not wait for the "
                "industry to catch up.”",
            ),
        ],
    },
    {
        "slug": "jordan-refugee-work-permits-extended",
        "headline": "Jordan extends work-permit scheme for refugees by another year",
        "dek": (
            "Aid groups welcomed the move but said fees and sector limits still keep "
            "many workers in the informal economy."
        ),
        "section": "middle-east",
        "tags": ["Migration", "Human Rights"],
        "authors": [("samir-haddad", "")],
        "hours_ago": 9,
        "body": [
            (
                "paragraph",
                "Jordan’s labor ministry said on Sunday it would extend a program "
                "that allows refugees to obtain work permits in agriculture, "
                "construction and manufacturing. The scheme, funded partly by "
                "international donors, was due to lapse at the end of the current "
                "quarter.",
            ),
            (
                "paragraph",
                "Humanitarian organizations called the decision a relief but noted "
                "that permits remain tied to specific employers. “A permit that "
                "disappears when you change jobs is only half a right,” said Rania "
                "Saleh, a caseworker with a legal aid group in Irbid.",
            ),
        ],
    },
    {
        "slug": "qatar-hosts-new-round-mediation-talks",
        "headline": "Qatar hosts new round of mediation talks on prisoner swap",
        "dek": (
            "Diplomats describe the discussions as technical and say no breakthrough "
            "is expected this week."
        ),
        "section": "middle-east",
        "tags": ["Diplomacy"],
        "authors": [("yasmin-darwish", "")],
        "hours_ago": 52,
        "body": [
            (
                "paragraph",
                "Negotiators gathered in Doha on Monday for another round of "
                "mediated talks over a proposed prisoner exchange, according to two "
                "diplomats briefed on the meetings. The sessions are focused on "
                "verification procedures and lists of names rather than broader "
                "political questions.",
            ),
            (
                "paragraph",
                "“Mediation here is slow by design,” said Omar Al-Khatib, a former "
                "Gulf diplomat who now teaches negotiation. “Each side needs to be "
                "able to say it conceded nothing important.” Officials expect "
                "delegations to return to their capitals before any announcement.",
            ),
        ],
    },
    {
        "slug": "gulf-solar-tender-record-low-bid",
        "headline": "Gulf solar tender draws record-low bid as states chase targets",
        "dek": (
            "The winning consortium offered a tariff well below recent projects, "
            "reviving questions about long-term viability."
        ),
        "section": "middle-east",
        "tags": ["Energy", "Climate"],
        "authors": [("yasmin-darwish", "")],
        "hours_ago": 188,
        "body": [
            (
                "paragraph",
                "A utility-scale solar tender in the Gulf has produced what analysts "
                "describe as one of the lowest bids on record, as regional "
                "governments race to expand renewable capacity while keeping oil "
                "and gas output high. The project would add several gigawatts to "
                "the grid within four years.",
            ),
            (
                "paragraph",
                "Some financiers warn that aggressive pricing leaves little margin "
                "for error. “These bids assume cheap panels and cheap money "
                "forever,” said Layla Mansour, an energy analyst in Dubai. “One of "
                "those assumptions is already looking shaky.”",
            ),
        ],
    },
    {
        "slug": "baltic-cable-monitoring-pact",
        "headline": "Nordic and Baltic states agree to jointly monitor undersea cables",
        "dek": (
            "The arrangement pools sensor data and patrol schedules after a series "
            "of unexplained outages."
        ),
        "section": "europe",
        "tags": ["Security", "Maritime", "Alliances"],
        "authors": [("jonas-lindqvist", "")],
        "hours_ago": 5,
        "body": [
            (
                "paragraph",
                "Defense officials from Nordic and Baltic states agreed last week to "
                "share sensor data and coordinate patrols over undersea cables and "
                "pipelines in the Baltic Sea. The move follows several outages that "
                "investigators have not publicly attributed to any actor.",
            ),
            (
                "paragraph",
                "“The sea floor has become a front line nobody can see,” said Ingrid "
                "Holm, a naval planner quoted in a background briefing. The pact "
                "does not create a new command, but it formalizes information "
                "sharing that had previously depended on informal contacts between "
                "navies.",
            ),
        ],
    },
    {
        "slug": "moldova-energy-interconnector-online",
        "headline": "Moldova brings new power interconnector online ahead of winter",
        "dek": (
            "The line is meant to reduce the country’s dependence on a single "
            "power plant in a breakaway region."
        ),
        "section": "europe",
        "tags": ["Energy", "Security"],
        "authors": [("elena-sokolova", "")],
        "hours_ago": 40,
        "body": [
            (
                "paragraph",
                "Moldova switched on a new high-voltage connection to Romania’s grid "
                "on Thursday, a milestone officials in Chișinău said would make "
                "winter shortages less likely. For years, much of the country’s "
                "electricity has come from a single plant on territory outside the "
                "government’s control.",
            ),
            (
                "paragraph",
                "“We are buying options, not independence yet,” said Victor Ceban, "
                "an engineer at the national grid operator. Households are still "
                "expected to face higher bills, and consumer groups have asked for "
                "targeted subsidies for pensioners.",
            ),
        ],
    },
    {
        "slug": "vienna-coalition-talks-stall-over-budget",
        "headline": "Austrian coalition talks stall over defense spending and deficits",
        "dek": (
            "Negotiators remain divided on how quickly to raise military outlays "
            "while meeting deficit targets."
        ),
        "section": "europe",
        "tags": ["Elections", "Security"],
        "authors": [("lena-varga", "")],
        "hours_ago": 98,
        "body": [
            (
                "paragraph",
                "Talks to form a governing coalition in Vienna hit an impasse this "
                "week as parties clashed over how to fund higher defense spending "
                "without breaching European deficit rules. Negotiators had hoped "
                "to present a program before the end of the month.",
            ),
            (
                "paragraph",
                "“Neutrality used to settle these arguments before they began,” said "
                "Katharina Bauer, a political scientist in Graz. “Now every party "
                "has to explain what security costs, and none of them want to be "
                "the one to send the bill.”",
            ),
        ],
    },
    {
        "slug": "colombia-border-migration-shelters-full",
        "headline": "Shelters on Colombia’s northern border report record occupancy",
        "dek": (
            "Local officials say federal funding has not kept pace with arrivals "
            "heading north."
        ),
        "section": "americas",
        "tags": ["Migration", "Human Rights"],
        "authors": [("tomas-ibarra", "")],
        "hours_ago": 14,
        "body": [
            (
                "paragraph",
                "Migrant shelters in towns along Colombia’s northern coast are "
                "operating beyond capacity, municipal officials said on Wednesday, "
                "as families wait to attempt the crossing into Panama. Some "
                "facilities have begun turning away single adults to make room for "
                "children.",
            ),
            (
                "paragraph",
                "“We are running a national emergency on a town budget,” said "
                "Lucía Montoya, a municipal welfare director. Aid groups say "
                "promised federal transfers have arrived months late, forcing "
                "shelters to rely on church donations and volunteer kitchens.",
            ),
        ],
    },
    {
        "slug": "mexico-nearshoring-power-shortages",
        "headline": "Power shortages threaten nearshoring boom in northern Mexico",
        "dek": (
            "Manufacturers say new factories are waiting months for grid connections."
        ),
        "section": "americas",
        "tags": ["Trade", "Energy"],
        "authors": [("tomas-ibarra", "")],
        "hours_ago": 75,
        "body": [
            (
                "paragraph",
                "Industrial parks in northern Mexico are struggling to secure "
                "reliable electricity as companies relocate production closer to "
                "the United States market. Developers in Nuevo León said last week "
                "that several plants were running on diesel generators while "
                "awaiting permanent connections.",
            ),
            (
                "paragraph",
                "“The land is ready, the workers are ready, the power is not,” said "
                "Andrés Villarreal, who manages an industrial park near Monterrey. "
                "Business groups are urging the government to open more room for "
                "private generation.",
            ),
        ],
    },
    {
        "slug": "caribbean-states-climate-debt-swap",
        "headline": "Caribbean states float joint push for climate-linked debt relief",
        "dek": (
            "Finance ministers want lenders to pause repayments automatically after "
            "major hurricanes."
        ),
        "section": "americas",
        "tags": ["Debt", "Climate"],
        "authors": [("marcus-feld", "")],
        "hours_ago": 162,
        "body": [
            (
                "paragraph",
                "Finance ministers from several Caribbean states said they would "
                "seek a common position on debt clauses that suspend repayments "
                "after severe storms. Officials argue that a single hurricane can "
                "erase years of economic growth while debt service continues "
                "unchanged.",
            ),
            (
                "paragraph",
                "“We are asking for a circuit breaker, not a bailout,” said Desmond "
                "Clarke, an adviser to one of the finance ministries. Private "
                "creditors have accepted such clauses in a handful of recent "
                "bond deals, but adoption remains uneven.",
            ),
        ],
    },
    {
        "slug": "kenya-eurobond-refinancing-plan",
        "headline": "Kenya outlines plan to refinance maturing debt",
        "dek": (
            "The Treasury is weighing a mix of commercial borrowing and "
            "concessional loans to ease repayment pressure."
        ),
        "section": "africa",
        "tags": ["Debt"],
        "authors": [("amara-okafor", "")],
        "hours_ago": 7,
        "body": [
            (
                "paragraph",
                "Kenya’s Treasury set out plans on Monday to refinance a large bond "
                "due next year, combining a smaller commercial issue with loans "
                "from development lenders. Officials in Nairobi said the approach "
                "was meant to reassure investors without locking in high interest "
                "rates.",
            ),
            (
                "paragraph",
                "“Every shilling spent on interest is a shilling not spent on "
                "clinics,” said Wanjiru Mwangi, an economist at a Nairobi think "
                "tank. Opposition lawmakers have demanded more detail on the terms "
                "before parliament votes on the budget.",
            ),
        ],
    },
    {
        "slug": "sahel-humanitarian-corridor-reopens",
        "headline": "Aid convoys resume on key Sahel route after two-month halt",
        "dek": (
            "Humanitarian agencies say access remains fragile and depends on "
            "negotiations with local armed groups."
        ),
        "section": "africa",
        "tags": ["Security", "Food Security"],
        "authors": [("claire-beaumont", "")],
        "hours_ago": 33,
        "body": [
            (
                "paragraph",
                "Food convoys reached several towns in the central Sahel this week "
                "for the first time in two months, after aid agencies negotiated "
                "passage along a road that had been closed by fighting. Residents "
                "said market prices for millet had nearly doubled during the "
                "blockade.",
            ),
            (
                "paragraph",
                "“We do not call it a corridor, because it could close tomorrow,” "
                "said Aïssata Diallo, a logistics coordinator for a relief "
                "organization in Dakar. Agencies are racing to preposition supplies "
                "before the rainy season makes roads impassable.",
            ),
        ],
    },
    {
        "slug": "senegal-fisheries-licence-review",
        "headline": "Senegal reviews foreign fishing licences as coastal towns protest",
        "dek": (
            "Artisanal fishers say industrial trawlers have emptied waters that once "
            "sustained whole communities."
        ),
        "section": "africa",
        "tags": ["Food Security", "Maritime", "Migration"],
        "authors": [("claire-beaumont", "")],
        "hours_ago": 215,
        "body": [
            (
                "paragraph",
                "Senegal’s fisheries ministry has begun reviewing licences granted "
                "to foreign industrial vessels, officials said, after protests in "
                "coastal towns where catches have fallen sharply. Local fishers "
                "link the decline to overfishing and say it is pushing young men "
                "toward dangerous sea crossings.",
            ),
            (
                "paragraph",
                "“When the fish leave, the boys leave,” said Moussa Ndiaye, a "
                "fisherman in a town south of Dakar. Officials have not said how "
                "many licences could be suspended, or whether existing agreements "
                "would be renegotiated.",
            ),
        ],
    },
    {
        "slug": "senate-panel-advances-export-control-bill",
        "headline": "Senate panel advances bill tightening chip export controls",
        "dek": (
            "The measure would give Congress more say over licences for advanced "
            "semiconductor technology."
        ),
        "section": "washington",
        "tags": ["Technology", "Sanctions", "Trade"],
        "authors": [("marcus-feld", "")],
        "hours_ago": 1,
        "body": [
            (
                "paragraph",
                "A Senate committee voted on Thursday to advance legislation that "
                "would require regular reports to Congress on export licences for "
                "advanced chips and chipmaking equipment. Supporters say the "
                "current process is too opaque; industry groups warn it could slow "
                "approvals for allied buyers.",
            ),
            (
                "paragraph",
                "“Export controls work only if partners trust the rules will not "
                "change every quarter,” said Rebecca Hollis, a former Commerce "
                "Department official now at a trade consultancy. The bill faces an "
                "uncertain path to a floor vote.",
            ),
        ],
    },
    {
        "slug": "state-department-reorganization-regional-bureaus",
        "headline": "State Department weighs merging regional bureaus",
        "dek": (
            "Career diplomats worry the plan would thin out expertise on smaller "
            "countries."
        ),
        "section": "washington",
        "tags": ["Diplomacy"],
        "authors": [("daniel-whitcombe", "")],
        "hours_ago": 61,
        "body": [
            (
                "paragraph",
                "Senior officials at the State Department are considering a plan to "
                "consolidate several regional bureaus, according to an internal "
                "memo described by two people who have seen it. Proponents argue "
                "the change would cut layers of approval and speed up "
                "decision-making.",
            ),
            (
                "paragraph",
                "Critics inside the department say the plan would leave fewer "
                "specialists covering smaller posts. “You cannot rebuild regional "
                "knowledge on demand in a crisis,” said a retired ambassador, "
                "Margaret Ellison. Congressional appropriators have asked to be "
                "briefed before any changes take effect.",
            ),
        ],
    },
    {
        "slug": "treasury-sanctions-shipping-network",
        "headline": "Treasury sanctions tanker network accused of evading price cap",
        "dek": (
            "The designations target shell companies and tankers registered across "
            "four jurisdictions."
        ),
        "section": "washington",
        "tags": ["Sanctions", "Energy", "Maritime"],
        "authors": [("marcus-feld", ""), ("daniel-whitcombe", "")],
        "hours_ago": 240,
        "body": [
            (
                "paragraph",
                "The Treasury Department announced sanctions on a network of "
                "shipping companies and tankers accused of moving oil above an "
                "agreed price cap. The designations cover firms registered in four "
                "jurisdictions and several vessels that investigators say "
                "repeatedly switched off their transponders.",
            ),
            (
                "paragraph",
                "“Each round catches the last network, not the next one,” said "
                "Nathan Orr, a sanctions lawyer in Washington. Analysts expect the "
                "operators to re-flag vessels within weeks. <a "
                'href="https://example.org/sanctions-explainer">Our explainer</a> '
                "sets out how the price cap is meant to work.",
            ),
        ],
    },
]
