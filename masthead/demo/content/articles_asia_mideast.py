"""Demo articles for the Asia-Pacific and Middle East sections."""

ARTICLES = [
    {
        "slug": "bay-of-bengal-terminal-rights-race",
        "headline": "The Quiet Race for Terminal Rights in the Bay of Bengal",
        "dek": (
            "Concession deals at mid-sized ports around the bay are becoming the real "
            "currency of influence, and their terms are rarely what they seem."
        ),
        "type": "analysis",
        "section": "asia-pacific",
        "tags": ["Maritime", "Trade", "Debt"],
        "authors": [("priya-raghunathan", "")],
        "hours_ago": 150,
        "image": {
            "alt": (
                "Gantry cranes lift containers from a feeder vessel at a busy river "
                "terminal in Chattogram at dusk"
            ),
            "credit": "Deltaline Photo/ Rafiq Chowdhury",
            "caption": (
                "Container traffic at Chattogram has grown steadily as regional "
                "feeder services expand."
            ),
        },
        "body": [
            (
                "paragraph",
                (
                    "Ask a shipping agent in Chattogram what has changed over the "
                    "past two years and the answer is rarely about cranes or "
                    "dredging. It is about paperwork. Across the Bay of Bengal, "
                    "governments that once competed for headline investment in giant "
                    "new harbours are now quietly auctioning something less visible: "
                    "long-term rights to operate individual terminals, container "
                    "yards and bunkering berths at ports that already exist. The "
                    "deals are smaller, faster and far harder to track, and they are "
                    "reshaping who controls the region’s maritime chokepoints."
                ),
            ),
            (
                "paragraph",
                (
                    "The shift reflects hard lessons. The era of mega-ports financed "
                    "by a single foreign lender left several governments with debts "
                    "they struggled to service and facilities that sat half-used. "
                    "Terminal concessions promise a different bargain. A foreign "
                    "operator brings equipment and management, pays an upfront fee "
                    "and a share of throughput revenue, and the host state keeps "
                    "formal ownership of the land. On paper, no one loses "
                    "sovereignty. In practice, a thirty-year operating licence can "
                    "confer more day-to-day control than a loan ever did."
                ),
            ),
            (
                "paragraph",
                (
                    "At least five such concessions have been signed or renewed "
                    "around the bay in the past eighteen months, according to <a "
                    'href="https://example.org/bay-ports">a tally compiled by the '
                    "Indian Ocean Logistics Observatory</a>, a Colombo-based research "
                    "group funded by regional shipping associations. The bidders "
                    "include state-linked operators from China and the Gulf, a "
                    "Singaporean logistics conglomerate, a Japanese trading house and "
                    "a consortium backed by Indian infrastructure funds. None of the "
                    "contracts has been published in full."
                ),
            ),
            ("heading", "What the contracts hide"),
            (
                "paragraph",
                (
                    "The sticking points tend to sit in annexes. Exclusivity clauses "
                    "can bar a host government from licensing a competing terminal "
                    "within a set radius for decades. Stabilisation clauses freeze "
                    "tax and labour rules at the moment of signing. Some agreements "
                    "grant the operator the right to manage vessel scheduling, which "
                    "determines whose ships dock first when berths are scarce. None "
                    "of these provisions is unusual in the global port business, but "
                    "in a region where naval planners watch every harbour, they carry "
                    "a weight that commercial lawyers rarely price in."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Governments think they are selling a car park for "
                        "containers. What they are actually selling is the right to "
                        "decide who waits outside the gate."
                    ),
                    "source": (
                        "Anjali Mehrotra, maritime-law specialist, Indian Ocean "
                        "Logistics Observatory"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "The security dimension is easy to overstate. A commercial "
                    "terminal is not a naval base, and no operator in the bay has yet "
                    "hosted warships in a way that would breach its contract. But "
                    "analysts in Delhi and Tokyo worry less about gunboats than about "
                    "data. Modern terminal-operating systems log every container, its "
                    "origin and its destination. Whoever runs the software sees the "
                    "region’s trade in real time, and in a crisis could slow it "
                    "without firing a shot."
                ),
            ),
            (
                "paragraph",
                (
                    "For host governments, the calculation is mostly fiscal. "
                    "Bangladesh, Sri Lanka and Myanmar all face tight "
                    "foreign-exchange positions, and an upfront concession fee can "
                    "plug a budget gap in a way that a slower public-private "
                    "partnership cannot. Officials in Dhaka say privately that "
                    "competition between bidders has improved terms: one recent "
                    "tender attracted four offers, and the winning fee was nearly "
                    "double the reserve price. That is a genuine gain, and critics "
                    "who dismiss every deal as a strategic giveaway tend to ignore "
                    "it."
                ),
            ),
            (
                "pullquote",
                (
                    "A thirty-year operating licence can confer more day-to-day "
                    "control than a loan ever did."
                ),
            ),
            ("heading", "A market without a referee"),
            (
                "paragraph",
                (
                    "What the region lacks is any shared standard. There is no "
                    "equivalent of the procurement rules that govern public contracts "
                    "in the European Union, and no regional body with a clear mandate "
                    "to compare terms or flag clauses that lock in a single operator. "
                    "Regional groupings have talked for years about a model "
                    "concession framework, but diplomats involved in those "
                    "discussions say no text is close to agreement, and several "
                    "governments prefer the flexibility of negotiating alone."
                ),
            ),
            (
                "paragraph",
                (
                    "Transparency would be a start. Publishing the core terms of each "
                    "concession, even with commercial figures redacted, would let "
                    "parliaments and rival bidders see what is being traded away. "
                    "Several of the bay’s governments already publish mining "
                    "contracts under international transparency commitments; "
                    "extending the practice to ports would cost little. Until that "
                    "happens, the race for terminal rights will be run largely out of "
                    "sight, and the winners will be whoever reads the annexes most "
                    "carefully."
                ),
            ),
        ],
        "update": None,
        "corrections": [],
    },
    {
        "slug": "japan-widens-chip-tool-export-controls",
        "headline": "Japan Widens Export Curbs on Advanced Chipmaking Tools",
        "dek": (
            "New licensing rules cover deposition and inspection equipment, a move "
            "Tokyo frames as national security but one that smaller toolmakers fear "
            "will cost them customers."
        ),
        "type": "news",
        "section": "asia-pacific",
        "tags": ["Technology", "Trade", "Sanctions"],
        "authors": [("hana-morikawa", ""), ("marcus-feld", "Additional reporting by")],
        "hours_ago": 3,
        "image": {
            "alt": (
                "Technicians in white cleanroom suits inspect a wafer-handling "
                "machine on a factory floor outside Tokyo"
            ),
            "credit": "Harbor Light Press/ Yuki Tanabe",
            "caption": (
                "A cleanroom assembly line at an equipment maker in Kanagawa "
                "prefecture, near Tokyo."
            ),
        },
        "body": [
            (
                "paragraph",
                (
                    "TOKYO — Japan’s trade ministry on Thursday added more than a "
                    "dozen categories of semiconductor manufacturing equipment to its "
                    "list of goods requiring an export licence, widening controls "
                    "that already cover some of the most advanced lithography and "
                    "etching tools. The new rules, which take effect after a "
                    "sixty-day consultation period, extend to certain deposition, "
                    "cleaning and wafer-inspection machines used in producing chips "
                    "at the leading edge, as well as to the software and spare parts "
                    "needed to keep them running."
                ),
            ),
            (
                "paragraph",
                (
                    "Officials framed the measure as a technical update rather than a "
                    "new policy. “These adjustments reflect changes in the technology "
                    "itself,” said Takeshi Onodera, a deputy director in the "
                    "ministry’s security export control division, at a briefing for "
                    "reporters. “Equipment that was general-purpose five years ago is "
                    "now decisive for certain applications.” He declined to name any "
                    "country the rules were aimed at, saying licences would be "
                    "assessed case by case."
                ),
            ),
            (
                "paragraph",
                (
                    "The controls do not ban sales outright. Exporters will need to "
                    "apply for licences to ship the listed tools to most destinations "
                    "outside a group of roughly forty partner countries, and "
                    "applications will be reviewed against end-use criteria. In "
                    "practice, industry lawyers said, that is likely to mean lengthy "
                    "delays for shipments to China, which has accounted for a large "
                    "share of Japanese chip-equipment exports by value in recent "
                    "years, according to customs data."
                ),
            ),
            (
                "paragraph",
                (
                    "Shares in several mid-sized toolmakers fell in afternoon trading "
                    "in Tokyo after the announcement. Unlike the handful of Japanese "
                    "giants that dominate lithography and coating equipment, smaller "
                    "firms specialising in cleaning and inspection systems depend "
                    "heavily on Chinese fabrication plants that have been expanding "
                    "capacity for mature chips. Some of their machines straddle the "
                    "line between legacy and advanced production, which makes the new "
                    "categories hard to interpret."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "We can comply with rules. What we cannot plan around is "
                        "uncertainty about where the line will fall from one quarter "
                        "to the next."
                    ),
                    "source": (
                        "Michiko Sawada, managing director, Kansai Precision Tooling "
                        "Council"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "The move follows months of pressure from Washington, which has "
                    "pushed allies with significant equipment industries to align "
                    "their controls with American rules, and officials in the "
                    "Netherlands have faced similar requests. A U.S. Commerce "
                    "Department official, speaking on condition of anonymity, said "
                    "Japan’s update “closes gaps that were being actively exploited,” "
                    "though the official did not describe specific cases."
                ),
            ),
            (
                "paragraph",
                (
                    "Chinese officials have previously warned that restrictions on "
                    "chipmaking tools would be met with countermeasures, and Beijing "
                    "has in the past placed licensing requirements on exports of "
                    "minerals used in electronics. Analysts in Tokyo said the "
                    "government appeared to have timed the announcement to avoid "
                    "overlapping with a scheduled round of economic talks between the "
                    "two countries, though the ministry denied any link."
                ),
            ),
            (
                "paragraph",
                (
                    "The consultation period allows companies and foreign governments "
                    "to submit comments before the rules are finalised. Several "
                    "industry groups said they would ask the ministry to publish "
                    "clearer technical thresholds and to set a maximum review time "
                    "for licence applications. Without those, said one executive at "
                    "an inspection-equipment maker, who asked not to be named because "
                    "of the sensitivity of discussions with customers, “our "
                    "competitors in other countries will simply fill the orders we "
                    "cannot.”"
                ),
            ),
            (
                "paragraph",
                (
                    "In a statement issued after the briefing, the Kansai Precision "
                    "Tooling Council, which represents about 140 smaller equipment "
                    "and component makers, said it supported “the security objectives "
                    "of the measure” but urged the ministry to set up a dedicated "
                    "helpline for licence applicants and to guarantee decisions "
                    "within thirty days. The ministry said it would hold information "
                    "sessions for exporters in Tokyo and Osaka during the "
                    "consultation period."
                ),
            ),
        ],
        "update": {
            "hours_after": 2,
            "note": (
                "This article was updated to include a statement from an industry "
                "group and details of the ministry’s plans for exporter briefings."
            ),
        },
        "corrections": [],
    },
    {
        "slug": "palawan-fishers-contested-sea",
        "headline": (
            "On Palawan’s Western Shore, Fishers Count the Cost of a Contested Sea"
        ),
        "dek": (
            "Coast guard escorts and new satellite trackers have not restored the "
            "catches that small boats once brought home from the reefs beyond the "
            "horizon."
        ),
        "type": "reporting",
        "section": "asia-pacific",
        "tags": ["Maritime", "Food Security", "Security"],
        "authors": [("priya-raghunathan", "")],
        "hours_ago": 210,
        "image": {
            "alt": (
                "A fisherman in a faded cap sorts small mackerel into plastic tubs "
                "beside his blue-and-white outrigger boat"
            ),
            "credit": "Archipelago Visuals/ Teresa Villanueva",
            "caption": (
                "Ramon Bautista sorts his catch in Rio Tuba, in southern Palawan."
            ),
        },
        "body": [
            (
                "paragraph",
                (
                    "RIO TUBA, Philippines — The outrigger boats come back before "
                    "noon now. On a recent morning in this coastal town at the "
                    "southern end of Palawan, Ramon Bautista, 54, pulled his "
                    "twelve-metre banca onto the sand and lifted out two plastic "
                    "tubs, one of them half full of small mackerel and the other "
                    "empty. A decade ago, he said, a three-day trip to the shoals to "
                    "the west would fill the hold with grouper and snapper. These "
                    "days he rarely goes beyond sight of the mountains."
                ),
            ),
            (
                "paragraph",
                (
                    "“Out there, you are never alone anymore,” Mr. Bautista said, "
                    "gesturing toward the open water. “There are big ships that sit "
                    "for weeks. They do not chase us every time. Sometimes they only "
                    "watch. But when they come close, with the water cannon on the "
                    "deck, you do not stay to find out what they will do.” He "
                    "estimates that his income has fallen by more than half in three "
                    "years, and his eldest son has left for construction work in "
                    "Manila."
                ),
            ),
            (
                "paragraph",
                (
                    "The contest over the reefs and shoals of the South China Sea is "
                    "usually described in the language of navies and legal rulings. "
                    "For the many thousands of people who depend on small-scale "
                    "fishing along Palawan’s coasts, it is a matter of fuel costs, "
                    "catch sizes and risk. Each encounter with foreign coast guard or "
                    "maritime militia vessels, whether or not it escalates, pushes a "
                    "few more boats closer to shore, where the reefs are already "
                    "overfished."
                ),
            ),
            ("heading", "Trackers and escorts"),
            (
                "paragraph",
                (
                    "The Philippine government has tried to respond. Last year it "
                    "began distributing solar-powered satellite transponders to "
                    "municipal fishing boats, allowing the coast guard to track their "
                    "positions and, in theory, respond faster to harassment. In some "
                    "months, patrol vessels have escorted convoys of small boats to "
                    "the contested shoals. Fishers here say the escorts help, but "
                    "only on the days they happen. “The coast guard cannot come every "
                    "week,” said Lorna Pacheco, who heads a fishers’ cooperative of "
                    "about 80 households. “The fish do not wait for the schedule.”"
                ),
            ),
            (
                "image",
                {
                    "alt": (
                        "Fishermen haul a wooden outrigger boat onto a pale sand "
                        "beach as storm clouds gather over the sea off Palawan"
                    ),
                    "credit": "Archipelago Visuals/ Teresa Villanueva",
                    "caption": (
                        "Fishers in southern Palawan say they now stay closer to "
                        "shore, where reefs are already depleted."
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "The transponders have produced an unexpected record. Data shared "
                    "with the cooperative by a university research team in Puerto "
                    "Princesa shows the tracks of local boats contracting over the "
                    "past two seasons, with trips concentrated in a narrow band "
                    "within twenty nautical miles of the coast. Jerome Alcantara, a "
                    "marine biologist on the team, said the pattern was consistent "
                    "with fishers avoiding offshore grounds rather than responding to "
                    "changes in fish stocks."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "What we are seeing is a map of fear. The boats have pulled "
                        "in like a tide going out, and the pressure on the near-shore "
                        "reefs has grown accordingly."
                    ),
                    "source": (
                        "Jerome Alcantara, marine biologist, Palawan Coastal Ecology "
                        "Project"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "The consequences ripple inland. Fish vendors at the public "
                    "market in Bataraza say prices for reef species have risen "
                    "sharply, while cheaper frozen imports now fill the ice chests. "
                    "Analyn Reyes, who has sold fish at the market for nineteen "
                    "years, said her customers increasingly buy <em>galunggong</em>, "
                    "a small round scad that was once considered food for the poorest "
                    "families. “Even that is not cheap anymore,” she said, lifting a "
                    "handful from the ice. “People buy half a kilo where they used to "
                    "buy two.”"
                ),
            ),
            (
                "paragraph",
                (
                    "Local officials are pushing for alternative livelihoods, "
                    "including seaweed farming and community-run marine reserves that "
                    "could help near-shore stocks recover. Uptake has been uneven. "
                    "Seaweed prices swing with demand from processors in Cebu, and "
                    "several families that tried it two years ago lost their crop to "
                    "a typhoon. Fishers also say that giving up the offshore grounds, "
                    "even temporarily, risks signalling that they are willing to "
                    "abandon them altogether."
                ),
            ),
            (
                "paragraph",
                (
                    "Back on the beach, Mr. Bautista was sorting his small catch into "
                    "bags for his wife to sell. He said he would try a longer trip "
                    "next week if the weather held and if he could afford the fuel, "
                    "roughly 3,000 pesos for a round trip to the outer shoals. Asked "
                    "whether he was afraid, he shrugged. “My father fished there. My "
                    "grandfather fished there,” he said. “If we stop going, then it "
                    "is truly theirs.”"
                ),
            ),
        ],
        "update": None,
        "corrections": [],
    },
    {
        "slug": "rice-export-bans-are-policies-of-panic",
        "headline": (
            "Rice Export Bans Are Policies of Panic. Asia Needs a Better Insurance Plan"
        ),
        "dek": (
            "Each weak monsoon brings the same reflex from exporting governments and "
            "the poorest importers pay; a regional grain reserve that actually works "
            "would break the cycle."
        ),
        "type": "opinion",
        "section": "asia-pacific",
        "tags": ["Food Security", "Trade", "Climate"],
        "authors": [("priya-raghunathan", "")],
        "hours_ago": 330,
        "image": {
            "alt": (
                "Rows of jute sacks of milled rice stacked to the ceiling of a dim "
                "warehouse, with a worker checking labels"
            ),
            "credit": "Mekong Frame/ Nguyen Thi Lan",
            "caption": "",
        },
        "body": [
            (
                "paragraph",
                (
                    "Every few years the pattern repeats. Forecasters warn of a weak "
                    "monsoon, rice prices begin to climb, and a major exporting "
                    "government announces restrictions on shipments abroad in the "
                    "name of protecting domestic consumers. Within weeks, others "
                    "follow. Prices in import-dependent countries jump far more than "
                    "any shortfall in the harvest would justify. By the time the "
                    "rains arrive and the crops come in, the damage to household "
                    "budgets from Manila to Dakar has already been done."
                ),
            ),
            (
                "paragraph",
                (
                    "I have watched this cycle from Singapore for long enough to stop "
                    "thinking of it as a series of separate crises. It is a "
                    "structural failure, and it will get worse as climate change "
                    "makes monsoon patterns more erratic. The question is not whether "
                    "exporting governments will face domestic pressure to restrict "
                    "sales in a bad year. They will. The question is whether Asia can "
                    "build the institutions that make such restrictions less tempting "
                    "and less damaging."
                ),
            ),
            (
                "paragraph",
                (
                    "Export bans are understandable politics and poor economics. A "
                    "government that sees rice prices rising at home before an "
                    "election is unlikely to be persuaded by a lecture on comparative "
                    "advantage. But the evidence from past episodes is consistent: "
                    "restrictions do relatively little to cool domestic prices over "
                    "time, they punish the farmers who could have profited from "
                    "higher world prices, and they push buyers toward competitors who "
                    "then capture market share. The biggest losers, though, are the "
                    "importers."
                ),
            ),
            (
                "paragraph",
                (
                    "Consider the position of a country that buys a third of its rice "
                    "abroad. When an exporter suddenly closes its market, that "
                    "country’s traders must scramble for alternative supply at "
                    "precisely the moment everyone else is doing the same. "
                    "Governments respond with emergency tenders, subsidies and price "
                    "caps, which drain budgets already strained by debt payments. For "
                    "a family spending half its income on food, a price spike of "
                    "twenty or thirty percent is not an inconvenience. It is the "
                    "difference between two meals a day and one."
                ),
            ),
            (
                "pullquote",
                "Export bans are understandable politics and poor economics.",
            ),
            (
                "paragraph",
                (
                    "The region already has the outline of a solution in the "
                    "emergency rice reserve that Southeast Asian governments set up "
                    "with China, Japan and South Korea precisely for moments like "
                    "these. But its earmarked stocks are small relative to regional "
                    "consumption, its release procedures are slow, and in practice it "
                    "has been used more for donations after disasters than for "
                    "steadying markets. A reserve that takes months to release grain "
                    "cannot calm a panic that unfolds in days."
                ),
            ),
            (
                "paragraph",
                (
                    "We should start by making the reserve genuinely operational. "
                    "That means larger earmarked stocks, held partly in physical form "
                    "near major ports and partly as pre-negotiated purchase options "
                    "with exporters. It means a release trigger tied to transparent "
                    "price indicators rather than a consensus decision among a dozen "
                    "governments. And it means financing: a modest levy on regional "
                    "rice trade, or a contribution from a multilateral lender, could "
                    "cover the cost of holding stocks far more cheaply than repeated "
                    "emergency subsidies."
                ),
            ),
            (
                "paragraph",
                (
                    "Exporters need something in return. A credible reserve would "
                    "give their governments a defensible alternative to bans: rather "
                    "than closing the border, they could release reserve stocks "
                    "domestically while honouring export contracts. A regional "
                    "agreement could also commit importers to buying a share of their "
                    "needs from reserve partners on stable terms, rewarding exporters "
                    "who keep markets open. Such a deal would require trust that does "
                    "not yet fully exist. But it is far cheaper to build that trust "
                    "in a calm year than in a crisis."
                ),
            ),
            (
                "paragraph",
                (
                    "None of this will stop a bad monsoon. Farmers will still need "
                    "drought-tolerant seed varieties, better irrigation and crop "
                    "insurance that pays out when the rains fail. But markets magnify "
                    "scarcity when fear drives policy. Asia can either keep treating "
                    "each price spike as a surprise or accept that weak monsoons are "
                    "now a predictable feature of the region’s climate, and plan for "
                    "them. The second option is harder, and it is the only one that "
                    "protects the people who can least afford another panic."
                ),
            ),
        ],
        "update": None,
        "corrections": [],
    },
    {
        "slug": "japan-snap-election-lower-house-dissolved",
        "headline": (
            "Japan Heads to a Snap Election as the Ruling Coalition Bets on a Divided "
            "Opposition"
        ),
        "dek": (
            "The lower house was dissolved on Friday, setting up a vote in about four "
            "weeks that will test whether rising prices outweigh voters’ doubts about "
            "a fragmented opposition."
        ),
        "type": "news",
        "section": "asia-pacific",
        "tags": ["Elections"],
        "authors": [("hana-morikawa", "")],
        "hours_ago": 28,
        "image": {
            "alt": (
                "Lawmakers stand and raise their arms in the wood-panelled chamber of "
                "Japan’s lower house as a dissolution is read"
            ),
            "credit": "Harbor Light Press/ Daisuke Imai",
            "caption": (
                "Members of the lower house react as the dissolution order is read in "
                "Tokyo on Friday."
            ),
        },
        "body": [
            (
                "paragraph",
                (
                    "TOKYO — Japan’s lower house of parliament was dissolved on "
                    "Friday, triggering a general election expected in about four "
                    "weeks and ending months of speculation over whether the "
                    "governing coalition would seek a fresh mandate before tackling a "
                    "contentious budget. The announcement came shortly after a "
                    "cabinet meeting, and members of the chamber shouted the "
                    "traditional “banzai” as the speaker read out the dissolution "
                    "order."
                ),
            ),
            (
                "paragraph",
                (
                    "The ruling coalition holds a comfortable majority of the "
                    "chamber’s 465 seats, but its approval ratings have drifted below "
                    "30 percent in several recent polls, weighed down by rising food "
                    "and energy prices and a political funding controversy involving "
                    "two junior ministers. Party strategists appear to have concluded "
                    "that waiting would only give the opposition more time to "
                    "organise. “The opposition is strongest in the newspapers and "
                    "weakest on the ground,” said Kenta Arakawa, a campaign "
                    "strategist for the governing party in Saitama prefecture."
                ),
            ),
            (
                "paragraph",
                (
                    "Opposition parties have spent the past year trying, and largely "
                    "failing, to agree on a common slate of candidates in "
                    "single-member districts, where splitting the anti-government "
                    "vote has repeatedly handed seats to the ruling bloc. Leaders of "
                    "the two largest opposition parties met late on Thursday but did "
                    "not announce a deal. Aiko Fujinami, a spokeswoman for the main "
                    "centre-left party, said talks would continue “district by "
                    "district” through the weekend."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Voters are not asking who has the better foreign policy. "
                        "They are asking why a bag of rice costs what it does, and "
                        "who is going to do something about it."
                    ),
                    "source": (
                        "Shinobu Kagawa, professor of political science, Hokkaido "
                        "Institute of Public Policy"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "Economic anxieties are expected to dominate the campaign. Real "
                    "wages have fallen for much of the past two years, and the weak "
                    "yen has pushed up the cost of imported food and fuel. The "
                    "government has promised a package of household energy subsidies "
                    "and a one-off cash payment to low-income families, measures "
                    "opposition leaders have dismissed as an election-eve giveaway. "
                    "Defence spending, which the coalition has committed to raise "
                    "substantially, could also feature, though polls suggest it ranks "
                    "far below prices among voters’ concerns."
                ),
            ),
            (
                "paragraph",
                (
                    "A loss of the coalition’s majority remains unlikely, most "
                    "analysts said, but a significant drop in seats could weaken the "
                    "prime minister’s hand within the governing party, where rivals "
                    "have been positioning for a leadership contest. Several senior "
                    "figures have signalled that they expect a strong result to "
                    "justify the timing of the vote. Anything short of the 233 seats "
                    "needed for an outright majority on the party’s own would invite "
                    "questions about the leadership’s future."
                ),
            ),
            (
                "paragraph",
                (
                    "Turnout is another uncertainty. Participation in recent "
                    "lower-house elections has hovered just above 50 percent, with "
                    "younger voters particularly disengaged. Election officials in "
                    "Tokyo said they would expand early-voting stations at "
                    "universities and major train stations. Civic groups plan online "
                    "campaigns aimed at first-time voters, though election law still "
                    "restricts some forms of campaigning, including door-to-door "
                    "canvassing, that are common in other democracies."
                ),
            ),
            (
                "paragraph",
                (
                    "Diplomats in Tokyo will be watching for any shift in tone on "
                    "foreign policy. The coalition has made closer security "
                    "cooperation with Washington, Seoul and Canberra a centrepiece of "
                    "its agenda, and opposition parties have broadly accepted that "
                    "direction while criticising the speed of the defence build-up. A "
                    "strong result for the governing bloc would likely mean "
                    "continuity. A weaker one could slow the passage of legislation "
                    "needed to fund new missile and shipbuilding programmes."
                ),
            ),
        ],
        "update": None,
        "corrections": [
            {
                "hours_after": 20,
                "text": (
                    "An earlier version of this article misstated the number of seats "
                    "needed for a lower-house majority. It is 233, not 238."
                ),
            },
        ],
    },
    {
        "slug": "pacific-undersea-cables-repair-ship-gap",
        "headline": (
            "The Pacific’s Undersea Cables Are Multiplying. The Ships to Fix Them Are "
            "Not"
        ),
        "dek": (
            "A wave of new subsea links promises faster connections for island "
            "states, but a shortage of repair vessels leaves the network exposed to "
            "accidents and sabotage alike."
        ),
        "type": "analysis",
        "section": "asia-pacific",
        "tags": ["Technology", "Security", "Alliances"],
        "authors": [("daniel-whitcombe", ""), ("hana-morikawa", "")],
        "hours_ago": 480,
        "notes": [
            (
                "Outage timeline published by the Southern Ocean Cable Consortium "
                "in its incident note of the same month (fictional)."
            ),
            (
                "Pacific Connectivity Fund, <i>Island Links Progress Report</i> "
                "(fictional), annex B: nine new systems landed in five years, "
                "against two in the five before."
            ),
        ],
        "image": {
            "alt": (
                "A white cable repair ship with a large bow sheave sits at anchor in "
                "a calm harbour under tropical clouds"
            ),
            "credit": "Southern Cross Photo/ Mele Tupou",
            "caption": (
                "Dedicated repair vessels can take a week or more to reach faults in "
                "the Pacific, operators say."
            ),
        },
        "body": [
            (
                "paragraph",
                (
                    "When an anchor dragged across a seabed cable north of Fiji "
                    "earlier this year, it took eleven days for a repair ship to "
                    "arrive and another six to restore full service.[1] For most of "
                    "that time, banks in two island states ran on satellite backups, "
                    "and a hospital in one of them resorted to sending scan results by "
                    "courier flight. No one has suggested the incident was "
                    "deliberate. But it offered an uncomfortable preview of how "
                    "fragile the Pacific’s digital lifelines remain, even as "
                    "governments race to lay more of them."
                ),
            ),
            (
                "paragraph",
                (
                    "The region is in the middle of a cable boom. Over the past five "
                    "years, a combination of development finance from Australia, "
                    "Japan and the United States, along with investment by large "
                    "technology companies, has funded new links to island states that "
                    "previously relied on a single connection or none at all. "
                    "Officials in Canberra and Tokyo describe the projects as a way "
                    "to give small states alternatives to Chinese-built "
                    "infrastructure. The new cables are faster, cheaper per gigabit "
                    "and more numerous.[2]"
                ),
            ),
            ("heading", "A fleet stretched thin"),
            (
                "paragraph",
                (
                    "What has not kept pace is the capacity to maintain them. The "
                    "world’s fleet of dedicated cable repair ships numbers only a few "
                    "dozen, and most operate under regional maintenance agreements "
                    "that assign each vessel a vast area of ocean. The Pacific is "
                    "served by a handful, based in ports such as Singapore, Yokohama "
                    "and Nouméa, that can take a week or more simply to reach a "
                    "fault. Several of the ships are more than twenty-five years old, "
                    "and few shipyards have recent experience building replacements."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "We have spent a decade celebrating every new landing "
                        "station. Nobody holds a ribbon-cutting for a repair ship, so "
                        "nobody funds them."
                    ),
                    "source": (
                        "Laisa Vunibola, former director of telecommunications "
                        "policy, Pacific Digital Infrastructure Forum"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "The gap matters more as cables carry more of the region’s "
                    "economic life. Remittances, which make up a large share of "
                    "national income in states such as Tonga and Samoa, now flow "
                    "almost entirely through digital channels. Government payrolls, "
                    "airline bookings and customs systems all depend on connectivity "
                    "that, in some places, still hinges on a single fibre pair "
                    "running across thousands of kilometres of seabed. Satellite "
                    "internet has improved sharply as a backup, but it cannot yet "
                    "match cable capacity for a national economy."
                ),
            ),
            ("heading", "Security without maintenance"),
            (
                "paragraph",
                (
                    "Security planners have focused on the risk of deliberate "
                    "sabotage, particularly after a series of unexplained cable cuts "
                    "in other seas. Allied governments have discussed sharing seabed "
                    "surveillance data and hardening landing stations, where cables "
                    "come ashore and are most exposed. Those measures have value. But "
                    "from the perspective of an island government, the practical "
                    "difference between sabotage and a trawler’s anchor is small: the "
                    "outage lasts as long as it takes a ship to arrive and the repair "
                    "crew to finish."
                ),
            ),
            (
                "paragraph",
                (
                    "There are modest proposals on the table. Japanese development "
                    "officials have studied co-financing a new repair vessel that "
                    "would be based in the South Pacific and shared among several "
                    "operators. Australian officials have floated a regional fund to "
                    "pre-position spare cable and jointing equipment on islands along "
                    "major routes, reducing the time a repair ship spends loading "
                    "supplies. Neither idea has secured full funding, and officials "
                    "involved in the talks said the main obstacle was not cost but "
                    "who would own and operate the ship."
                ),
            ),
            (
                "paragraph",
                (
                    "That question carries political weight. A repair ship based in "
                    "the region would, in effect, be an asset with access to the "
                    "seabed near critical infrastructure, and governments would want "
                    "assurances about who crews it and where its data goes. "
                    "Commercial operators, for their part, are reluctant to pay for a "
                    "vessel that would also serve competitors’ cables. The result is "
                    "a familiar collective-action problem: everyone benefits from "
                    "faster repairs, and no one wants to carry the bill alone."
                ),
            ),
            (
                "paragraph",
                (
                    "The next round of cable announcements is already in the "
                    "pipeline, including a proposed link connecting several northern "
                    "Pacific states to hubs in Guam and Japan. Each new cable adds "
                    "redundancy, which is genuinely valuable. But redundancy is only "
                    "as good as the speed with which broken links can be fixed. "
                    "Without an investment in ships and crews to match the investment "
                    "in fibre, the Pacific risks building a network that looks "
                    "resilient on a map and proves brittle in a storm."
                ),
            ),
        ],
        "update": None,
        "corrections": [],
    },
    {
        "slug": "rupiah-slide-bank-indonesia-dilemma",
        "headline": (
            "Indonesia’s Central Bank Is Running Out of Painless Ways to Defend the "
            "Rupiah"
        ),
        "dek": (
            "Reserves and market intervention have slowed the currency’s fall, but "
            "the next line of defence — sharply higher interest rates — would hit "
            "growth as the state spends more."
        ),
        "type": "analysis",
        "section": "asia-pacific",
        "tags": ["Debt", "Trade"],
        "authors": [("marcus-feld", "")],
        "hours_ago": 90,
        "image": {
            "alt": (
                "A money changer counts stacks of red 100,000-rupiah notes behind a "
                "glass counter in a Jakarta shopping centre"
            ),
            "credit": "Equator Press/ Bima Santoso",
            "caption": (
                "A currency exchange booth in central Jakarta, where the rupiah has "
                "slipped steadily against the dollar."
            ),
        },
        "body": [
            (
                "paragraph",
                (
                    "For most of the past month, traders in Jakarta have had a "
                    "reliable way to predict the rupiah’s afternoon movements: watch "
                    "for Bank Indonesia. Whenever the currency approached a new low "
                    "against the dollar, the central bank stepped in, selling dollars "
                    "in the spot market, buying government bonds to steady yields and "
                    "intervening in the domestic forwards market it created to blunt "
                    "offshore speculation. The strategy has worked, up to a point. "
                    "The rupiah has weakened gradually rather than collapsing."
                ),
            ),
            (
                "paragraph",
                (
                    "The pressure is coming from several directions at once. Higher "
                    "interest rates in the United States have drawn portfolio money "
                    "out of emerging markets. Commodity prices that buoyed "
                    "Indonesia’s export earnings have softened, narrowing the trade "
                    "surplus. And investors have grown uneasy about the government’s "
                    "spending plans, which include an expanded free-meals programme "
                    "for schoolchildren and large infrastructure commitments that "
                    "will push the budget deficit closer to its legal ceiling of "
                    "three percent of GDP."
                ),
            ),
            (
                "paragraph",
                (
                    "Bank Indonesia has ample ammunition on paper. Its "
                    "foreign-exchange reserves remain large by historical standards, "
                    "covering several months of imports and short-term external debt, "
                    "and it has swap arrangements with several regional central "
                    "banks. But reserves spent defending a currency are not easily "
                    "rebuilt, and every dollar sold to hold the line is a dollar "
                    "unavailable if conditions worsen. Officials are acutely aware "
                    "that markets watch the pace of depletion as closely as the "
                    "level."
                ),
            ),
            ("heading", "The interest-rate question"),
            (
                "paragraph",
                (
                    "That leaves the tool the central bank has so far used sparingly: "
                    "interest rates. A sharp increase would make rupiah assets more "
                    "attractive and could stabilise the currency quickly, as it did "
                    "during past episodes of stress. It would also raise borrowing "
                    "costs for businesses and households at a time when consumer "
                    "spending, the backbone of Indonesia’s economy, has shown signs "
                    "of fatigue. Retail sales growth has slowed for three consecutive "
                    "quarters, and car sales, a bellwether for middle-class "
                    "confidence, have fallen."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Every central bank in this region learned in the late 1990s "
                        "what happens when you wait too long. The lesson this time is "
                        "subtler: you can also do too much, too early, and choke the "
                        "recovery you are trying to protect."
                    ),
                    "source": (
                        "Dewi Kartasasmita, chief economist, Nusantara Capital Research"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "There is also a political dimension. The government has made "
                    "clear that it wants growth of at least six percent, and senior "
                    "ministers have publicly urged the central bank to support that "
                    "goal. Bank Indonesia’s independence is enshrined in law, but its "
                    "mandate has been broadened in recent years to give more weight "
                    "to growth. Investors read any hint of political pressure on "
                    "monetary policy as a reason to demand a higher premium, which "
                    "compounds the problem the bank is trying to solve."
                ),
            ),
            (
                "paragraph",
                (
                    "Some of the pressure is beyond Jakarta’s control. If the Federal "
                    "Reserve begins cutting rates, capital could flow back into "
                    "emerging markets and relieve the rupiah without further action, "
                    "and several analysts expect exactly that within the next two "
                    "quarters. But betting on external relief is a gamble, and the "
                    "central bank’s recent statements suggest it is preparing for the "
                    "possibility that American rates stay higher for longer than "
                    "markets hope."
                ),
            ),
            (
                "paragraph",
                (
                    "The most likely path, analysts said, is a combination of modest "
                    "rate increases and continued intervention, paired with measures "
                    "to encourage exporters to convert more of their dollar earnings "
                    "into rupiah. The government already requires natural-resource "
                    "exporters to hold a share of their proceeds onshore for a set "
                    "period, and officials have discussed tightening the rule. "
                    "Exporters have lobbied hard against it, arguing that it raises "
                    "their costs without addressing the underlying causes of "
                    "outflows."
                ),
            ),
            (
                "paragraph",
                (
                    "What the episode illustrates is how narrow the room for "
                    "manoeuvre has become for middle-income economies that borrowed "
                    "heavily during the years of cheap money. Indonesia’s "
                    "fundamentals are far stronger than they were during the Asian "
                    "financial crisis, and few economists expect a repeat. But the "
                    "tools that can stabilise a currency without hurting growth are "
                    "being used up. Whatever Bank Indonesia does next, someone will "
                    "bear the cost — the question is whether it falls on borrowers, "
                    "on savers or on the reserves meant for a rainier day."
                ),
            ),
        ],
        "update": None,
        "corrections": [],
    },
    {
        "slug": "tonle-sap-floating-villages-low-water",
        "headline": (
            "As the Great Lake Shrinks, Cambodia’s Floating Villages Weigh Whether to "
            "Stay"
        ),
        "dek": (
            "A weaker flood pulse on the Tonle Sap has cut fish catches and stranded "
            "houseboats on mudflats, pushing families toward garment factories, "
            "migration and debt."
        ),
        "type": "reporting",
        "section": "asia-pacific",
        "tags": ["Climate", "Food Security", "Migration"],
        "authors": [("priya-raghunathan", "")],
        "hours_ago": 620,
        "image": {
            "alt": (
                "A woman in a conical hat carries a plastic basket across cracked dry "
                "mud toward a line of stranded houseboats"
            ),
            "credit": "Mekong Frame/ Sothea Chan",
            "caption": (
                "Chhim Sokha crosses the mudflats in Kampong Luong to reach her "
                "family’s houseboat."
            ),
        },
        "body": [
            (
                "paragraph",
                (
                    "KAMPONG LUONG, Cambodia — In the dry season, the floating "
                    "village of Kampong Luong is a village that has run aground. "
                    "Dozens of houseboats, their hulls painted turquoise and yellow, "
                    "rest on cracked mud several hundred metres from where the "
                    "water’s edge used to be. Chhim Sokha, 47, walks across the flats "
                    "each morning to reach her family’s boat, which now sits so far "
                    "from open water that her husband must drag his nets by hand to "
                    "the channel before he can begin fishing."
                ),
            ),
            (
                "paragraph",
                (
                    "“When I was a girl, the water came up to the trees,” she said, "
                    "pointing to a line of stunted trees on the far bank. “Now the "
                    "trees are thirsty too.” Her husband’s daily catch, mostly small "
                    "riel fish and snakehead, has fallen to a few kilograms on good "
                    "days. The family owes about $1,200 to a microfinance lender for "
                    "an engine they bought four years ago, and the repayments now "
                    "consume most of what the fish bring in."
                ),
            ),
            (
                "paragraph",
                (
                    "The Tonle Sap, Southeast Asia’s largest freshwater lake, depends "
                    "on an unusual annual rhythm. During the monsoon, the swollen "
                    "Mekong pushes water backward up the Tonle Sap River, flooding "
                    "the lake to several times its dry-season size and carrying fish "
                    "larvae into flooded forests where they breed. That flood pulse "
                    "sustains one of the world’s most productive inland fisheries and "
                    "supplies much of the protein eaten in Cambodia. In recent years, "
                    "the pulse has weakened, arriving later and reaching lower peaks."
                ),
            ),
            (
                "paragraph",
                (
                    "Scientists attribute the change to a combination of factors: "
                    "shifting rainfall patterns, prolonged droughts and the operation "
                    "of upstream hydropower dams on the Mekong and its tributaries, "
                    "which hold back water in the wet season and release it in the "
                    "dry. Sorting out the relative contribution of each is "
                    "contentious, and governments along the river dispute how much "
                    "blame upstream dams deserve. For the families on the lake, the "
                    "debate is academic."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "The flood pulse is the heartbeat of the lake. When it "
                        "weakens, everything downstream of it — fish, forests, the "
                        "people who depend on both — weakens with it."
                    ),
                    "source": "Vuthy Lim, hydrologist, Mekong Freshwater Institute",
                },
            ),
            (
                "image",
                {
                    "alt": (
                        "Wooden houseboats painted turquoise and yellow sit stranded "
                        "on cracked mudflats far from the receding lake water"
                    ),
                    "credit": "Mekong Frame/ Sothea Chan",
                    "caption": (
                        "Houseboats in Kampong Luong rest on exposed mud during the "
                        "dry season."
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "In Kampong Luong, the effects are visible in the school as well "
                    "as the water. Teachers say enrolment has dropped as families "
                    "migrate or send teenagers to work. Many of the village’s young "
                    "women now commute by truck to garment factories closer to Phnom "
                    "Penh, while others have moved to Thailand, where construction "
                    "and farm jobs pay several times what fishing earns. Sun Dara, "
                    "the deputy chief of the commune, estimated that a fifth of "
                    "households had at least one member working abroad."
                ),
            ),
            (
                "paragraph",
                (
                    "The pressure has also fed a cycle of debt. Cambodia’s "
                    "microfinance sector expanded rapidly over the past decade, and "
                    "loans are easy to obtain in fishing communities, often secured "
                    "against land titles or boats. When catches fall, families borrow "
                    "to cover fuel, school fees and medical costs, then borrow again "
                    "to repay. Rights groups have documented cases of families "
                    "selling land to settle debts, and the government has introduced "
                    "rules meant to curb aggressive lending, with mixed results."
                ),
            ),
            (
                "pullquote",
                (
                    "“When I was a girl, the water came up to the trees. Now the "
                    "trees are thirsty too.”"
                ),
            ),
            (
                "paragraph",
                (
                    "Some villagers are trying to adapt. A community fisheries group "
                    "has set aside a protected zone in a nearby flooded forest, "
                    "patrolled by volunteers, where fishing is banned during the "
                    "spawning season, and early counts suggest fish numbers there are "
                    "rising. Others have turned to raising catfish in cages beneath "
                    "their houseboats, fed with small wild fish and rice bran, though "
                    "the practice is itself controversial because it depends on "
                    "catching juvenile fish from the lake."
                ),
            ),
            (
                "paragraph",
                (
                    "Chhim Sokha said she and her husband have discussed moving to "
                    "land near the provincial town, where a cousin has offered them "
                    "space to build a small house. But land costs money, and she "
                    "worries that without the lake, her husband will have no work he "
                    "knows how to do. For now, they will wait for the rains. “Every "
                    "year we say this is the last year,” she said. “Then the water "
                    "comes back a little, and we stay.”"
                ),
            ),
        ],
        "update": None,
        "corrections": [],
    },
    {
        "slug": "tokyo-seoul-should-lock-in-their-thaw",
        "headline": (
            "Tokyo and Seoul Should Lock In Their Thaw Before the Next Election "
            "Undoes It"
        ),
        "dek": (
            "The recent warming between Japan and South Korea rests on goodwill "
            "between leaders; only institutions with their own momentum will survive "
            "a change of government."
        ),
        "type": "opinion",
        "section": "asia-pacific",
        "tags": ["Alliances", "Security", "Diplomacy"],
        "authors": [("hana-morikawa", "")],
        "hours_ago": 760,
        "image": {
            "alt": (
                "Japanese and South Korean naval vessels sail in formation alongside "
                "a U.S. destroyer in grey waters"
            ),
            "credit": "Harbor Light Press/ Ryo Kimura",
            "caption": "",
        },
        "body": [
            (
                "paragraph",
                (
                    "Anyone who has covered relations between Japan and South Korea "
                    "for more than a few years learns to distrust good news. I have "
                    "watched summits produce warm statements and joint press "
                    "conferences, only for the mood to collapse months later over a "
                    "court ruling, a textbook revision or a dispute over a small "
                    "group of rocky islets. The current thaw is more substantial than "
                    "most: military hotlines restored, intelligence-sharing resumed, "
                    "trilateral exercises with the United States held on a regular "
                    "schedule. It is also, I fear, more fragile than it looks."
                ),
            ),
            (
                "paragraph",
                (
                    "The problem is that much of the progress rests on political will "
                    "at the top. Leaders in both capitals took domestic risks to move "
                    "past the dispute over wartime forced labour, and the compromises "
                    "they reached remain unpopular with significant parts of their "
                    "electorates. In South Korea in particular, policy toward Japan "
                    "has swung sharply with changes of government. There is little "
                    "reason to assume the next administration in Seoul, or in Tokyo, "
                    "will feel bound by decisions its predecessor made."
                ),
            ),
            (
                "paragraph",
                (
                    "That is an argument for urgency, not for fatalism. The window "
                    "for building cooperation that can survive a change of leadership "
                    "is open now, and it will not stay open indefinitely. The goal "
                    "should be to create arrangements with their own bureaucratic "
                    "constituencies, legal footing and practical benefits — things "
                    "that a new government would find costly to dismantle, even if it "
                    "had no particular affection for the other side."
                ),
            ),
            (
                "paragraph",
                (
                    "Security cooperation is the obvious place to start. Real-time "
                    "sharing of missile-warning data among Japan, South Korea and the "
                    "United States already exists, but it should be anchored in a "
                    "formal trilateral agreement rather than a set of understandings "
                    "that can be quietly suspended. A standing trilateral planning "
                    "cell, staffed by officers from all three countries, would give "
                    "militaries a reason to keep talking through political storms. "
                    "Militaries, once they are used to working together, tend to "
                    "lobby to keep doing so."
                ),
            ),
            (
                "pullquote",
                (
                    "Militaries, once they are used to working together, tend to "
                    "lobby to keep doing so."
                ),
            ),
            (
                "paragraph",
                (
                    "Economic ties offer a second anchor. Japanese and South Korean "
                    "firms are deeply intertwined in semiconductor, battery and "
                    "shipbuilding supply chains, and both governments worry about "
                    "overdependence on China for critical minerals. A joint "
                    "stockpiling arrangement for materials such as rare earths and "
                    "graphite, co-financed and co-managed, would serve both "
                    "countries’ interests and create a shared asset neither side "
                    "would want to abandon. Past trade spats showed how quickly "
                    "interdependence can be weaponised; the answer is to make it "
                    "mutually protective."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Summits create headlines. Working groups create habits. It "
                        "is the habits that survive when the leaders change."
                    ),
                    "source": (
                        "Choi Eun-ha, former deputy negotiator, South Korean foreign "
                        "ministry"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "The hardest work, though, is social. Public opinion in both "
                    "countries has improved, driven largely by younger people who "
                    "travel, watch each other’s films and follow each other’s "
                    "musicians with little interest in historical grievance. "
                    "Governments could do far more to cement that: expanded "
                    "working-holiday visas, joint university programmes, a permanent "
                    "fund for historians from both countries to work together on "
                    "contested archives. None of this will settle disputes about the "
                    "past, but it can change who is arguing about them."
                ),
            ),
            (
                "paragraph",
                (
                    "There will be objections. Critics in South Korea will say that "
                    "institutionalising cooperation before historical issues are "
                    "resolved lets Japan off the hook. Some in Japan will say that "
                    "Seoul’s commitments cannot be trusted. Both concerns are "
                    "understandable. But the alternative — relying on the goodwill of "
                    "whoever happens to hold office — has been tried repeatedly, and "
                    "it has repeatedly failed. The cost of that failure grows every "
                    "year that North Korea’s missile programme advances and the "
                    "balance of power in the region shifts."
                ),
            ),
            (
                "paragraph",
                (
                    "Tokyo and Seoul have an opportunity that may not recur for a "
                    "decade. They should use it to build things that outlast the "
                    "people who built them, and to accept some political cost in "
                    "doing so. The test of this thaw will not be the next summit "
                    "communiqué, however warm its language. It will be whether, after "
                    "the next change of government in either capital, the hotlines "
                    "still ring."
                ),
            ),
        ],
        "update": None,
        "corrections": [],
    },
    {
        "slug": "asean-ministers-split-over-sea-statement",
        "headline": (
            "ASEAN Ministers End Meeting Without Agreement on South China Sea Wording"
        ),
        "dek": (
            "Foreign ministers in Kuala Lumpur issued a chair’s statement instead of "
            "a joint communiqué after members failed to agree on how to describe "
            "recent confrontations at sea."
        ),
        "type": "news",
        "section": "asia-pacific",
        "tags": ["Diplomacy", "Maritime"],
        "authors": [("priya-raghunathan", "")],
        "hours_ago": 52,
        "image": {
            "alt": (
                "Foreign ministers stand in a row for a formal group photograph on a "
                "stage decorated with flags in Kuala Lumpur"
            ),
            "credit": "Equator Press/ Farah Idris",
            "caption": "",
        },
        "body": [
            (
                "paragraph",
                (
                    "KUALA LUMPUR — Southeast Asian foreign ministers ended two days "
                    "of talks here on Wednesday without a joint communiqué, after "
                    "members of the Association of Southeast Asian Nations failed to "
                    "agree on language describing a series of recent confrontations "
                    "between Chinese and Philippine vessels in the South China Sea. "
                    "The meeting’s host instead issued a chair’s statement, a less "
                    "authoritative document that does not require the consent of "
                    "every member."
                ),
            ),
            (
                "paragraph",
                (
                    "Diplomats familiar with the drafting said the Philippines had "
                    "pushed for wording that would express “serious concern” over the "
                    "use of water cannon and dangerous manoeuvres against its "
                    "vessels, while two other members insisted on more neutral "
                    "language referring to “developments” in the area. Negotiators "
                    "worked late into Tuesday night on compromise text, according to "
                    "two officials who spoke on condition of anonymity because the "
                    "discussions were private. By morning, the gap remained."
                ),
            ),
            (
                "paragraph",
                (
                    "The outcome echoes a breakdown at a ministerial meeting in Phnom "
                    "Penh more than a decade ago, when the bloc failed to issue a "
                    "communiqué for the first time in its history over similar "
                    "disagreements. Since then, ASEAN has generally managed to paper "
                    "over differences with carefully balanced phrasing. Wednesday’s "
                    "failure suggests those techniques are wearing thin as incidents "
                    "at sea become more frequent and more public."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "The chair’s statement is not nothing. But everyone in that "
                        "room understands that when we cannot agree on adjectives, we "
                        "are not going to agree on a code of conduct any time soon."
                    ),
                    "source": (
                        "Lorenzo Aquino, senior fellow, Manila Institute for "
                        "Strategic Studies"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "The disagreement also casts doubt on negotiations between ASEAN "
                    "and China over a code of conduct for the South China Sea, which "
                    "have dragged on for years. Officials had hoped to announce "
                    "progress on a contentious section dealing with the code’s legal "
                    "status. A Malaysian foreign ministry official told reporters "
                    "that talks would continue at the working level and that the bloc "
                    "remained “committed to concluding an effective and substantive "
                    "code.”"
                ),
            ),
            (
                "paragraph",
                (
                    "The chair’s statement itself noted that “some ministers” had "
                    "raised concerns about land reclamation and “serious incidents” "
                    "in the area, wording that mirrors previous statements. It called "
                    "for restraint, respect for international law including the UN "
                    "Convention on the Law of the Sea, and the peaceful resolution of "
                    "disputes. China’s foreign ministry, in a statement released in "
                    "Beijing, said the situation at sea was “generally stable” and "
                    "urged countries outside the region not to interfere."
                ),
            ),
            (
                "paragraph",
                (
                    "Ministers did reach agreement on several other issues, including "
                    "a plan to expand a regional electricity grid linking member "
                    "states, a framework for cooperation against cross-border online "
                    "scam operations, and a statement on the humanitarian situation "
                    "in Myanmar that called for unimpeded aid access. Myanmar’s "
                    "military government was again represented by a non-political "
                    "official, in line with a policy the bloc adopted after the army "
                    "seized power."
                ),
            ),
            (
                "paragraph",
                (
                    "Philippine officials sought to play down the outcome. A "
                    "spokeswoman for the Department of Foreign Affairs in Manila said "
                    "the country had “made its position clear” and would continue to "
                    "raise the issue in every appropriate forum. Analysts said the "
                    "episode would likely push Manila to deepen security ties outside "
                    "ASEAN, including with Japan, Australia and the United States, a "
                    "trend that has accelerated over the past two years."
                ),
            ),
        ],
        "update": None,
        "corrections": [],
    },
    {
        "slug": "taiwan-drone-makers-non-chinese-parts",
        "headline": (
            "Taiwan’s Drone Makers Race to Cut Their Dependence on Chinese Parts"
        ),
        "dek": (
            "Lessons from the war in Ukraine have made small drones a priority for "
            "Taipei, but building a supply chain free of mainland components is "
            "proving slower and costlier than planned."
        ),
        "type": "analysis",
        "section": "asia-pacific",
        "tags": ["Security", "Technology"],
        "authors": [("hana-morikawa", "")],
        "hours_ago": 1100,
        "image": {
            "alt": (
                "An engineer adjusts the propeller of a small black quadcopter drone "
                "on a test bench in a Taiwanese factory"
            ),
            "credit": "Strait Light Images/ Chen Yu-ting",
            "caption": "A test bench at a drone manufacturer in central Taiwan.",
        },
        "body": [
            (
                "paragraph",
                (
                    "In an industrial park outside Taichung, a company that until "
                    "recently made parts for bicycle gears now fills a warehouse with "
                    "carbon-fibre airframes. Its engineers test small quadcopters in "
                    "a netted courtyard, watching for wobble as they swap in motors "
                    "from a new supplier. The firm is one of several dozen Taiwanese "
                    "manufacturers that have moved into drones over the past two "
                    "years, lured by government contracts and the belief that cheap, "
                    "numerous unmanned systems could be decisive in any conflict "
                    "across the Taiwan Strait."
                ),
            ),
            (
                "paragraph",
                (
                    "The logic draws heavily on the war in Ukraine, where both sides "
                    "have fielded drones in vast numbers for reconnaissance, "
                    "artillery spotting and attack. Taiwanese defence planners have "
                    "concluded that a similar capacity would complicate any attempt "
                    "to blockade or invade the island, and the government has set "
                    "targets for domestic production that would have been unthinkable "
                    "a few years ago. It has also created a procurement track meant "
                    "to let smaller firms bid for contracts without the long "
                    "certification processes applied to major weapons."
                ),
            ),
            (
                "paragraph",
                (
                    "The obstacle is the supply chain. The global commercial drone "
                    "industry is dominated by Chinese manufacturers, and Chinese "
                    "factories produce most of the world’s brushless motors, flight "
                    "controllers, lithium batteries and camera gimbals at prices no "
                    "one else matches. A Taiwanese drone built entirely from "
                    "non-Chinese components can cost two to three times as much as a "
                    "comparable model using mainland parts, according to estimates "
                    "from industry executives. For a military planning to buy drones "
                    "by the thousand, that difference adds up quickly."
                ),
            ),
            ("heading", "The ‘non-red’ premium"),
            (
                "paragraph",
                (
                    "The industry has adopted the phrase “non-red supply chain” to "
                    "describe its goal, and several firms have formed an alliance to "
                    "coordinate purchasing and share testing facilities. Progress has "
                    "been real but uneven. Airframes and final assembly are "
                    "relatively easy to localise. Motors and batteries are not: they "
                    "require specialised materials and production lines that take "
                    "years to build and are only profitable at high volumes. Some "
                    "companies have turned to suppliers in Japan, South Korea and "
                    "Southeast Asia, though these often source sub-components from "
                    "China themselves."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Everyone wants a drone that contains no Chinese parts. When "
                        "you ask who will pay for it, the room goes very quiet."
                    ),
                    "source": (
                        "Lin Chia-hao, general manager, Formosa Unmanned Systems "
                        "Alliance"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "Export demand may help close the gap. European governments, "
                    "particularly those bordering Russia, have shown interest in "
                    "drones with verifiably non-Chinese components, fearing that "
                    "parts from China could be cut off or compromised in a crisis. "
                    "Taiwanese firms have exhibited at defence shows in Poland and "
                    "the Baltic states, and a handful have signed initial supply "
                    "agreements. Larger production runs for foreign buyers would "
                    "lower unit costs for Taiwan’s own military, industry officials "
                    "argue."
                ),
            ),
            (
                "paragraph",
                (
                    "There are also doubts about whether the volumes envisaged are "
                    "realistic. Taiwan’s defence ministry has ordered several "
                    "thousand drones across multiple categories, a significant number "
                    "by the island’s historical standards but tiny compared with the "
                    "output of the warring parties in Ukraine. Critics in the "
                    "legislature have questioned whether the procurement plans "
                    "reflect a coherent doctrine for how the drones would be used, or "
                    "whether the island is buying the technology of the moment "
                    "without a clear concept of operations."
                ),
            ),
            (
                "paragraph",
                (
                    "Then there is the question of electronic warfare. In Ukraine, "
                    "the effectiveness of drones has depended as much on the ability "
                    "to resist jamming as on the airframes themselves, and both sides "
                    "update their software and radio links constantly. Taiwanese "
                    "firms have limited experience in that cycle of adaptation, and "
                    "the airwaves around the island would almost certainly be "
                    "contested in any conflict. Some analysts argue that investment "
                    "in counter-jamming technology and rapid software updates matters "
                    "more than the number of airframes produced."
                ),
            ),
            (
                "paragraph",
                (
                    "Back in Taichung, the former bicycle-parts maker says it has "
                    "orders to keep its lines busy for the next year, and is hiring "
                    "engineers from the semiconductor industry. Its chief executive, "
                    "who asked that the company not be named because of its defence "
                    "contracts, said the hardest part had been persuading suppliers "
                    "that the market would last. “They ask if this is a wave or a "
                    "tide,” he said. “I tell them that depends on the next "
                    "government, and the one after that.”"
                ),
            ),
        ],
        "update": None,
        "corrections": [],
    },
    {
        "slug": "gulf-desalination-solar-transition",
        "headline": (
            "The Gulf’s Thirst for Desalinated Water Is Quietly Reshaping Its Energy "
            "Transition"
        ),
        "dek": (
            "Shifting desalination from thermal plants to solar-powered reverse "
            "osmosis could free up vast amounts of gas, but brine, grid limits and "
            "costs complicate the arithmetic."
        ),
        "type": "analysis",
        "section": "middle-east",
        "tags": ["Energy", "Climate"],
        "authors": [("yasmin-darwish", "")],
        "hours_ago": 400,
        "image": {
            "alt": (
                "Rows of white pressure vessels housing reverse-osmosis membranes "
                "fill a long hall at a coastal desalination plant"
            ),
            "credit": "Dunes Photo Agency/ Khalid Al-Harbi",
            "caption": (
                "Membrane units at a desalination plant on Saudi Arabia’s eastern "
                "coast."
            ),
        },
        "body": [
            (
                "paragraph",
                (
                    "On the coast north of Jubail, a new reverse-osmosis plant the "
                    "length of several football pitches draws seawater through "
                    "membranes and pushes out enough fresh water each day to supply a "
                    "city of a million people. What distinguishes it from the older "
                    "plants nearby is not its scale but its power source: much of its "
                    "electricity comes from a solar park inland, connected by a "
                    "dedicated transmission line. Its operators describe it as a "
                    "template. Energy planners across the Gulf increasingly agree."
                ),
            ),
            (
                "paragraph",
                (
                    "The Gulf states are among the world’s largest producers of "
                    "desalinated water, and for decades most of it came from thermal "
                    "plants that boil seawater using heat from burning gas or oil, "
                    "often in combination with power generation. The process is "
                    "energy-intensive and inflexible. By some estimates, desalination "
                    "and the power plants tied to it consume a significant share of "
                    "domestic fuel in Saudi Arabia, the United Arab Emirates and "
                    "Kuwait — fuel that could otherwise be exported or used in "
                    "higher-value industries."
                ),
            ),
            ("heading", "From boiling to filtering"),
            (
                "paragraph",
                (
                    "Reverse osmosis, which forces water through membranes under "
                    "pressure, uses a fraction of the energy per cubic metre that "
                    "thermal distillation does, and it can run on electricity from "
                    "any source. As solar costs in the Gulf have dropped to among the "
                    "lowest in the world, governments have begun retiring older "
                    "thermal plants and replacing them with membrane facilities. "
                    "Completing the switch across the region could free up the "
                    "equivalent of hundreds of thousands of barrels of oil a day, "
                    "according to <a "
                    'href="https://example.org/gulf-desal">calculations by the Gulf '
                    "Water and Energy Forum</a>, a Dubai-based research group."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Water is the hidden line in every Gulf energy budget. Fix "
                        "desalination and you have solved a large part of the "
                        "transition problem before anyone installs an electric car "
                        "charger."
                    ),
                    "source": (
                        "Reem Al-Mansoori, director of research, Gulf Water and "
                        "Energy Forum"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "The transition is not as simple as swapping one technology for "
                    "another. Solar power is abundant by day and absent at night, "
                    "while cities need water around the clock. Reverse-osmosis plants "
                    "can store water in reservoirs to smooth supply, but storage in "
                    "most Gulf cities covers only a few days of consumption, a "
                    "vulnerability that planners have long acknowledged. Running "
                    "membrane plants at night requires either batteries, which remain "
                    "costly at the required scale, or grid power that is still "
                    "largely generated from gas."
                ),
            ),
            ("heading", "The brine problem"),
            (
                "paragraph",
                (
                    "Then there is what comes out the other end. Every litre of fresh "
                    "water produced leaves behind concentrated brine, laced with "
                    "chemicals used to clean and protect the membranes. Most Gulf "
                    "plants discharge it back into the sea, and the Gulf itself is "
                    "shallow, semi-enclosed and already among the saltiest bodies of "
                    "water on Earth. Marine scientists have warned that rising "
                    "salinity near outfalls threatens seagrass beds, coral and the "
                    "fisheries that depend on them, though the scale of the damage "
                    "remains disputed."
                ),
            ),
            (
                "paragraph",
                (
                    "Some companies are experimenting with extracting minerals such "
                    "as magnesium and lithium from brine, turning a waste stream into "
                    "a potential revenue source. Pilot projects in the UAE and Saudi "
                    "Arabia have shown technical promise, but commercial viability is "
                    "years away. In the meantime, regulators have begun requiring "
                    "more careful diffusion of discharges and monitoring of salinity "
                    "levels near new plants, measures that add cost but fall well "
                    "short of eliminating the problem."
                ),
            ),
            (
                "paragraph",
                (
                    "The financing model for the new plants also matters. Most are "
                    "being built under long-term contracts in which private "
                    "developers, often backed by Gulf sovereign funds and "
                    "international lenders, sell water to state utilities at fixed "
                    "tariffs. The tariffs achieved in recent tenders have been "
                    "strikingly low, which governments cite as proof of the model’s "
                    "success. Some analysts worry, though, that aggressive bidding "
                    "has pushed risk onto developers who may struggle if membrane, "
                    "financing or maintenance costs rise."
                ),
            ),
            (
                "paragraph",
                (
                    "For all the caveats, the direction is clear. Gulf governments "
                    "that once treated cheap fuel as an unlimited input are now "
                    "counting every barrel burned at home as a barrel not sold "
                    "abroad. Desalination, long an invisible part of that equation, "
                    "has become one of the most practical places to make savings. "
                    "Whether the region can pair that with credible action on brine, "
                    "storage and night-time power will determine whether the shift is "
                    "a genuine transition or merely a more efficient way of doing the "
                    "same thing."
                ),
            ),
        ],
        "update": None,
        "corrections": [],
    },
    {
        "slug": "syrian-refugees-weigh-return-from-bekaa",
        "headline": (
            "In the Bekaa Valley, Syrian Refugees Pack Their Lives Into Pickups and "
            "Doubts"
        ),
        "dek": (
            "As more families cross back into Syria, those who remain in Lebanon’s "
            "tented settlements describe a choice shaped less by hope than by debt, "
            "rent and fear."
        ),
        "type": "reporting",
        "section": "middle-east",
        "tags": ["Migration", "Human Rights"],
        "authors": [("samir-haddad", "")],
        "hours_ago": 175,
        "image": {
            "alt": (
                "A man ties mattresses to the roof of a white pickup truck in a "
                "refugee settlement in Lebanon’s Bekaa Valley"
            ),
            "credit": "Cedar Lens/ Rami Aboud",
            "caption": (
                "Mahmoud Qassab prepares his family’s belongings for the journey back "
                "to Syria."
            ),
        },
        "body": [
            (
                "paragraph",
                (
                    "BAR ELIAS, Lebanon — Mahmoud Qassab spent the last morning of "
                    "his family’s eleven years in Lebanon tying mattresses to the "
                    "roof of a borrowed pickup truck. His wife, Fatima, folded the "
                    "plastic sheeting from the tent they had lived in, reasoning that "
                    "it might be useful back home. Their four children, three of them "
                    "born in the Bekaa Valley, sat on a pile of cooking pots and "
                    "watched. By early afternoon the truck was headed east, toward "
                    "the border and a village outside Homs that the children had only "
                    "seen in photographs."
                ),
            ),
            (
                "paragraph",
                (
                    "“We are not going because things are good there,” Mr. Qassab "
                    "said as he secured the last rope. “We are going because things "
                    "are impossible here.” He listed the reasons: rent for the plot "
                    "of land under the tent had doubled, work on nearby farms had "
                    "dried up, and his residency papers had expired years ago, "
                    "leaving him afraid to pass through army checkpoints. A cousin "
                    "who had returned earlier told him their old house still had a "
                    "roof, though not windows."
                ),
            ),
            (
                "paragraph",
                (
                    "Tens of thousands of Syrians have crossed back from Lebanon in "
                    "recent months, according to estimates by aid agencies working in "
                    "the Bekaa, part of a broader movement of returns as political "
                    "conditions inside Syria have shifted. Lebanese officials have "
                    "welcomed the trend and in some cases encouraged it, arguing that "
                    "a country in deep economic crisis cannot continue to host what "
                    "is, relative to its population, one of the largest refugee "
                    "communities in the world."
                ),
            ),
            ("heading", "A calculation, not a homecoming"),
            (
                "paragraph",
                (
                    "Interviews with more than two dozen refugees in settlements "
                    "around Bar Elias, Zahle and Baalbek suggest that most decisions "
                    "to leave are driven by pressure in Lebanon rather than "
                    "confidence about Syria. Families described evictions, curfews "
                    "imposed by some municipalities, and the rising cost of food and "
                    "medicine since Lebanon’s currency collapsed. Many said they had "
                    "sent one family member ahead to inspect property and test "
                    "whether it was safe, before committing the rest."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Returns should be voluntary, informed and safe. Right now we "
                        "can say that many are voluntary in the narrow sense. We are "
                        "much less sure about informed, and we cannot yet guarantee "
                        "safe."
                    ),
                    "source": (
                        "Nadine Karam, protection coordinator, Bekaa Refugee Legal "
                        "Aid Network"
                    ),
                },
            ),
            (
                "image",
                {
                    "alt": (
                        "A family loads mattresses, plastic chairs and a gas cylinder "
                        "onto a pickup truck beside a row of white tents"
                    ),
                    "credit": "Cedar Lens/ Rami Aboud",
                    "caption": (
                        "Families in the Bekaa Valley pack their belongings before "
                        "heading to the Syrian border."
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "Those who have returned report a mixed picture. In phone "
                    "interviews, several described intact homes and relatives eager "
                    "to welcome them back, but also scarce electricity, unpaid "
                    "public-sector salaries and unexploded ordnance in fields that "
                    "had once been farmed. Property disputes are common, especially "
                    "where homes were occupied or sold during the war. Young men "
                    "expressed particular anxiety about security checks at the border "
                    "and about whether old records could still put them at risk."
                ),
            ),
            (
                "paragraph",
                (
                    "Aid groups say the international response has not caught up with "
                    "the scale of movement. Humanitarian funding for Syrians in "
                    "Lebanon has fallen sharply over the past two years, forcing "
                    "agencies to cut cash assistance to many families, which itself "
                    "pushes some to leave. At the same time, programmes to help "
                    "returnees re-establish themselves in Syria — through shelter "
                    "repair, documentation or small business grants — remain small "
                    "and unevenly funded."
                ),
            ),
            (
                "paragraph",
                (
                    "Not everyone is leaving. In a settlement near Zahle, a widow in "
                    "her sixties who asked to be identified as Umm Khaled said her "
                    "home in eastern Aleppo had been destroyed and she had no one "
                    "left there. Her son works in a bakery in Zahle, and her "
                    "grandchildren attend a Lebanese public school in the afternoon "
                    "shift set aside for Syrian pupils. “This tent is not a home,” "
                    "she said. “But it is the only place where I know what tomorrow "
                    "looks like.”"
                ),
            ),
            (
                "paragraph",
                (
                    "For the Qassab family, the journey took most of the day. On the "
                    "Lebanese side of the crossing, officials stamped their papers "
                    "and issued a notice barring Mr. Qassab from re-entering for a "
                    "period of years, a standard penalty for overstaying residency. "
                    "He called a reporter that evening from his cousin’s house "
                    "outside Homs. The children were asleep, he said, and the "
                    "electricity had come on for two hours. “It is a beginning,” he "
                    "said. “I do not know yet of what.”"
                ),
            ),
        ],
        "update": None,
        "corrections": [],
    },
    {
        "slug": "syria-reconstruction-money-needs-rules",
        "headline": (
            "Reconstruction Money Is Coming to Syria. It Needs Rules Before It Arrives"
        ),
        "dek": (
            "Easing sanctions without a framework for awarding rebuilding contracts "
            "risks entrenching the networks that profited from the war; donors still "
            "have leverage, briefly."
        ),
        "type": "opinion",
        "section": "middle-east",
        "tags": ["Sanctions", "Diplomacy"],
        "authors": [("marcus-feld", "")],
        "hours_ago": 540,
        "image": {
            "alt": (
                "Damaged concrete apartment blocks with collapsed upper floors line a "
                "street where a yellow excavator clears rubble"
            ),
            "credit": "Cedar Lens/ Yara Sabbagh",
            "caption": "",
        },
        "body": [
            (
                "paragraph",
                (
                    "After more than a decade in which Syria was largely cut off from "
                    "Western finance, the question of how to pay for its "
                    "reconstruction has moved from seminar rooms to negotiating "
                    "tables. Estimates of the cost vary widely, but even conservative "
                    "figures run to hundreds of billions of dollars — far beyond what "
                    "any single donor, lender or investor will provide. As sanctions "
                    "ease and Gulf states signal readiness to invest, a scramble for "
                    "contracts is beginning. I have spent years studying how "
                    "sanctions regimes unwind, and I worry that this one is unwinding "
                    "in the wrong order."
                ),
            ),
            (
                "paragraph",
                (
                    "The standard sequence in post-conflict settings goes something "
                    "like this. Sanctions are lifted or suspended, aid agencies scale "
                    "up, and lenders and investors follow once basic legal and "
                    "financial systems are in place. In theory, donors use their "
                    "money to encourage good governance. In practice, the first wave "
                    "of capital tends to flow to whoever already controls the land, "
                    "the permits and the relationships with officials. In Syria, that "
                    "means businesspeople who built fortunes during the war, often by "
                    "acting as intermediaries for a government under sanctions."
                ),
            ),
            (
                "paragraph",
                (
                    "These networks did not disappear with the change in political "
                    "circumstances. Many of the companies that dominated wartime "
                    "trade in fuel, food and construction materials still exist, "
                    "sometimes under new names or new owners of record. They hold "
                    "warehouses, cement plants and import licences that any "
                    "reconstruction programme will need. If contracts are awarded "
                    "without transparent procurement, they will win by default, and "
                    "the money meant to rebuild homes and schools will entrench the "
                    "very structures that kept ordinary Syrians poor."
                ),
            ),
            (
                "pullquote",
                (
                    "If contracts are awarded without transparent procurement, they "
                    "will win by default."
                ),
            ),
            (
                "paragraph",
                (
                    "We have seen this before. In Iraq after the American-led "
                    "invasion, and in Lebanon after its civil war, reconstruction "
                    "spending created new elites whose wealth depended on political "
                    "access rather than productive enterprise. The results included "
                    "inflated contracts, unfinished projects and public debts that "
                    "burdened later generations. Lebanon’s financial collapse, in "
                    "particular, has roots in a postwar model that channelled capital "
                    "into real estate and patronage while neglecting the institutions "
                    "that might have checked them."
                ),
            ),
            (
                "paragraph",
                (
                    "The good news is that donors still have leverage, for a short "
                    "time. Sanctions relief has so far been partial and reversible in "
                    "several jurisdictions, and Syria urgently needs access to "
                    "correspondent banking, trade finance and development lending. "
                    "That creates an opening to attach conditions — not about "
                    "political outcomes that outsiders cannot dictate, but about how "
                    "money is spent. Transparent procurement, published contracts, "
                    "independent audits and disclosure of who ultimately owns "
                    "companies receiving public funds are reasonable requirements for "
                    "any serious reconstruction effort."
                ),
            ),
            (
                "paragraph",
                (
                    "I would go further. Western governments and Gulf investors "
                    "should agree on a common screening mechanism for reconstruction "
                    "contracts above a certain size, so that firms excluded by one "
                    "funder cannot simply turn to another. A multilateral development "
                    "bank with experience of such systems could administer a shared "
                    "database of contractors and their owners. It is not a perfect "
                    "safeguard. Ownership can be disguised, and enforcement will "
                    "depend on political will. But it would raise the cost of "
                    "capture."
                ),
            ),
            (
                "paragraph",
                (
                    "Critics will say conditions slow down desperately needed help. "
                    "That is true, and it matters: millions of Syrians need housing, "
                    "water and electricity now, not after a procurement reform. The "
                    "answer is to separate the two tracks. Humanitarian aid and "
                    "small-scale repairs delivered through community organisations "
                    "can and should move quickly. Large infrastructure contracts, "
                    "where the real risk of capture lies, can wait a few months for "
                    "rules to be in place. A power station built a season later is "
                    "better than one built by the wrong people."
                ),
            ),
            (
                "paragraph",
                (
                    "There is a narrow window in which outsiders can shape how Syria "
                    "rebuilds. Once large contracts are signed and money begins "
                    "flowing, the incentives for every party will shift toward "
                    "keeping it flowing, and objections will be dismissed as "
                    "obstruction. If we want reconstruction to serve the people who "
                    "endured the war rather than those who profited from it, the "
                    "rules must come first. Later will be too late."
                ),
            ),
        ],
        "update": None,
        "corrections": [],
    },
    {
        "slug": "jordan-syria-open-yarmouk-water-talks",
        "headline": (
            "Jordan and Syria Open Talks on Sharing the Yarmouk River’s Shrinking Flow"
        ),
        "dek": (
            "Technical delegations met in Amman to revisit a decades-old water "
            "agreement as drought leaves the dam the two countries built together far "
            "below capacity."
        ),
        "type": "news",
        "section": "middle-east",
        "tags": ["Climate", "Diplomacy"],
        "authors": [("samir-haddad", "")],
        "hours_ago": 14,
        "image": {
            "alt": (
                "The exposed, cracked banks of a reservoir behind a concrete dam, "
                "with a narrow band of water left in the valley"
            ),
            "credit": "Levant Eye/ Omar Khatib",
            "caption": (
                "The Wehda dam on the Jordan–Syria border holds a fraction of its "
                "capacity after a dry winter."
            ),
        },
        "body": [
            (
                "paragraph",
                (
                    "AMMAN — Jordanian and Syrian officials opened talks in Amman on "
                    "Monday on how to share the waters of the Yarmouk River, the "
                    "first formal negotiations on the issue in more than a decade, as "
                    "a prolonged drought leaves a dam the two countries built "
                    "together holding a small fraction of its capacity. Technical "
                    "delegations from both countries’ water ministries met behind "
                    "closed doors for most of the day, according to a Jordanian "
                    "official involved in the process."
                ),
            ),
            (
                "paragraph",
                (
                    "The Yarmouk, which rises in southern Syria and forms part of the "
                    "border between the two countries before joining the Jordan "
                    "River, is one of Jordan’s most important sources of surface "
                    "water. Under an agreement signed in the late 1980s, Syria "
                    "committed to limit dams on the river’s upper tributaries so that "
                    "sufficient flow would reach the Wehda dam on the border. "
                    "Jordanian officials have long complained that far more small "
                    "dams and wells were built upstream than the agreement allowed."
                ),
            ),
            (
                "paragraph",
                (
                    "“We are not here to relitigate the past,” said Ibrahim Odeibat, "
                    "a senior adviser at Jordan’s Ministry of Water and Irrigation, "
                    "speaking to reporters after the first session. “We are here "
                    "because both countries are facing the same drought, and neither "
                    "can solve it alone.” He said the talks would focus on monitoring "
                    "of flows, sharing of data and the rehabilitation of irrigation "
                    "infrastructure damaged during the Syrian war."
                ),
            ),
            (
                "paragraph",
                (
                    "The Wehda dam, built jointly by the two countries with a "
                    "capacity of about 110 million cubic metres, has rarely come "
                    "close to filling. Jordanian officials say storage is now below "
                    "15 percent, and the winter rains that usually replenish the "
                    "reservoir were among the weakest on record in the area. Jordan, "
                    "one of the world’s most water-scarce countries, already rations "
                    "piped supplies in many neighbourhoods, with households receiving "
                    "water once or twice a week."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "The Yarmouk is a shared river in a shared drought. If we "
                        "cannot agree on how much water is actually flowing, we "
                        "cannot agree on anything else."
                    ),
                    "source": (
                        "Lina Haddadin, hydrologist, Amman Centre for Water Studies"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "Syrian officials did not speak to the press. A brief statement "
                    "carried by Syria’s state news agency said the delegation had "
                    "discussed “joint cooperation in water resources in a spirit of "
                    "brotherhood and mutual interest.” Diplomats in Amman said "
                    "Damascus was keen to demonstrate regional engagement and might "
                    "seek Jordanian help with electricity and reconstruction in "
                    "return for commitments on water, though officials on both sides "
                    "denied that any such linkage was on the table."
                ),
            ),
            (
                "paragraph",
                (
                    "Hydrologists caution that even full compliance with the old "
                    "agreement would not restore the river’s historic flow. "
                    "Groundwater pumping on both sides of the border has lowered the "
                    "water table, and rising temperatures have increased evaporation "
                    "from reservoirs and reduced runoff. Jordan is pinning long-term "
                    "hopes on a large desalination project on the Red Sea coast at "
                    "Aqaba, which would pump water hundreds of kilometres north to "
                    "Amman, but that project will not deliver water for several "
                    "years."
                ),
            ),
            (
                "paragraph",
                (
                    "In a statement issued late on Monday, Jordan’s water ministry "
                    "said the two sides had agreed to form a joint technical "
                    "committee that would install new flow-monitoring stations along "
                    "the river and exchange data every month. A second round of talks "
                    "is planned in Damascus next month. The ministry described the "
                    "first session as “constructive and practical” and said further "
                    "discussions would address irrigation schemes in the Yarmouk "
                    "basin."
                ),
            ),
        ],
        "update": {
            "hours_after": 9,
            "note": (
                "This article was updated to include a statement from Jordan’s water "
                "ministry and details of the next round of talks."
            ),
        },
        "corrections": [],
    },
    {
        "slug": "red-sea-shipping-still-avoids-suez",
        "headline": (
            "Why Ships Still Avoid the Red Sea Even After the Attacks Have Slowed"
        ),
        "dek": (
            "War-risk insurance, crew contracts and network planning keep most large "
            "container lines on the long route around Africa, at a lasting cost to "
            "Egypt and Red Sea ports."
        ),
        "type": "analysis",
        "section": "middle-east",
        "tags": ["Maritime", "Trade", "Security"],
        "authors": [("marcus-feld", ""), ("yasmin-darwish", "")],
        "hours_ago": 70,
        "image": {
            "alt": (
                "A large container ship stacked with multicoloured boxes sails "
                "through calm blue water with a frigate in the distance"
            ),
            "credit": "Bluewater Press/ Elena Kosta",
            "caption": (
                "Commercial traffic through the southern Red Sea remains well below "
                "its former levels."
            ),
        },
        "body": [
            (
                "paragraph",
                (
                    "For shipping executives, the question is no longer whether the "
                    "Red Sea is dangerous. It is whether it is predictable. Attacks "
                    "on merchant vessels near the Bab el-Mandeb strait have become "
                    "far less frequent over the past several months, and some smaller "
                    "operators have quietly resumed transits through the Suez Canal. "
                    "Yet most of the world’s largest container lines continue to "
                    "route their Asia–Europe services around the Cape of Good Hope, "
                    "adding a week or more to voyages and billions of dollars to "
                    "annual costs."
                ),
            ),
            (
                "paragraph",
                (
                    "The reason lies partly in the economics of war-risk insurance. "
                    "Underwriters price cover for individual transits, and premiums "
                    "for vessels with links to certain flag states or ownership "
                    "groups remain several times their pre-crisis levels. For a large "
                    "container ship carrying cargo worth hundreds of millions of "
                    "dollars, a single transit can incur an additional premium "
                    "running to several hundred thousand dollars. Lines that have "
                    "already absorbed the cost of rerouting see little reason to pay "
                    "it until underwriters are confident the lull will last."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Underwriters do not price the last month. They price the "
                        "next incident. Until someone can tell them credibly that it "
                        "will not happen, the premium stays."
                    ),
                    "source": (
                        "Graham Stowe, marine war-risk broker, Fenwick Marsh Associates"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "Crew contracts add another layer. Seafarer unions and employers "
                    "have designated parts of the southern Red Sea as high-risk "
                    "areas, entitling crews to bonus pay and the right to refuse to "
                    "sail through. Carriers that want to resume transits must "
                    "renegotiate these arrangements or find crews willing to accept "
                    "them. Several operators said privately that reputational risk "
                    "weighed as heavily as cost: no chief executive wants to explain "
                    "why a ship was struck on a route the company chose to resume."
                ),
            ),
            ("heading", "Networks are slow to turn"),
            (
                "paragraph",
                (
                    "Perhaps the most underappreciated factor is network planning. "
                    "Large container lines run interlocking services, with ships, "
                    "port calls and transhipment hubs scheduled months in advance. "
                    "Rerouting around Africa required them to add vessels to maintain "
                    "weekly frequencies, and they have since built schedules, "
                    "terminal contracts and alliance arrangements around the longer "
                    "route. Switching back is not a matter of turning a ship around; "
                    "it means redesigning networks and, in some cases, returning "
                    "chartered vessels that owners are happy to keep on hire."
                ),
            ),
            (
                "paragraph",
                (
                    "The costs of the diversion fall unevenly. Egypt has been the "
                    "most visible loser. Revenue from the Suez Canal, one of the "
                    "country’s main sources of foreign currency, has fallen by more "
                    "than half from its peak, according to figures published by the "
                    "canal’s operator, compounding pressure on the Egyptian pound. "
                    "Officials have offered discounts on transit fees to lure "
                    "carriers back, with limited success. Ports inside the Red Sea, "
                    "from Jeddah to Port Sudan, have also seen traffic fall."
                ),
            ),
            (
                "paragraph",
                (
                    "Some in the Gulf have found opportunity in the disruption. Ports "
                    "such as Jebel Ali and Salalah, which sit outside the Red Sea, "
                    "have handled more transhipment cargo as carriers reshuffle "
                    "routes, and land bridges trucking containers from Gulf ports "
                    "toward the Mediterranean have seen a modest rise in volumes. But "
                    "these gains are small relative to the overall disruption, and "
                    "regional officials worry that a permanent shift in routing would "
                    "undercut the Gulf’s long-standing ambition to sit at the centre "
                    "of an Asia–Europe corridor."
                ),
            ),
            (
                "paragraph",
                (
                    "What would bring the big lines back? Executives point to three "
                    "conditions: a sustained period without attacks, measured in many "
                    "months rather than weeks; a clear political understanding that "
                    "reduces the risk of a resumption; and a decline in war-risk "
                    "premiums that makes the economics work. Naval escorts, which "
                    "several governments have provided, help at the margin but cannot "
                    "guarantee safety against drones and missiles fired from the "
                    "shore."
                ),
            ),
            (
                "paragraph",
                (
                    "Until those conditions are met, the industry appears content to "
                    "treat the longer route as the default. That has implications "
                    "well beyond shipping. Higher freight costs feed into consumer "
                    "prices in Europe, and longer voyages absorb vessel capacity that "
                    "would otherwise depress rates. For Egypt, each month of "
                    "diversion means more foreign-currency revenue lost. For the "
                    "region as a whole, it is a reminder that restoring confidence in "
                    "a trade route takes far longer than destroying it."
                ),
            ),
        ],
        "update": None,
        "corrections": [],
    },
    {
        "slug": "umluj-fishing-town-meets-resort-boom",
        "headline": (
            "On Saudi Arabia’s Red Sea Coast, a Fishing Town Meets the Resort Boom"
        ),
        "dek": (
            "Luxury islands offshore are bringing jobs, new roads and rising rents to "
            "Umluj, and residents are still deciding how much of the change they want "
            "to embrace."
        ),
        "type": "reporting",
        "section": "middle-east",
        "tags": ["Trade", "Climate"],
        "authors": [("yasmin-darwish", "")],
        "hours_ago": 880,
        "image": {
            "alt": (
                "Fishermen in white thobes crouch around crates of red and blue reef "
                "fish at a harbour market in early morning light"
            ),
            "credit": "Dunes Photo Agency/ Nawaf Al-Shehri",
            "caption": (
                "The morning fish auction in Umluj, on Saudi Arabia’s northern Red "
                "Sea coast."
            ),
        },
        "body": [
            (
                "paragraph",
                (
                    "UMLUJ, Saudi Arabia — At the fish market by the harbour, the "
                    "morning auction begins before the sun clears the hills. Men in "
                    "ankle-length thobes and rubber boots crouch over crates of "
                    "parrotfish and emperor bream as an auctioneer calls out prices. "
                    "Hamad al-Juhani, 61, has sold fish here for most of his life, "
                    "and he has noticed a new kind of buyer in recent months: young "
                    "men in polo shirts bearing hotel logos, who buy the best of the "
                    "catch for restaurants on the islands offshore."
                ),
            ),
            (
                "paragraph",
                (
                    "“They pay well, and they pay fast,” Mr. al-Juhani said, counting "
                    "a stack of riyal notes. “But they want only certain fish, and "
                    "only the big ones. The small fish, the ones families eat, nobody "
                    "wants from me now except the old customers.” He laughed, then "
                    "grew serious. “My sons ask why they should fish when the hotel "
                    "pays a salary every month. I do not have a good answer.”"
                ),
            ),
            (
                "paragraph",
                (
                    "Umluj, a modest town on the northern Red Sea coast, sits at the "
                    "edge of one of the most ambitious tourism developments in the "
                    "Gulf: a string of luxury resorts across a lagoon and archipelago "
                    "that the government is promoting as a centrepiece of its plans "
                    "to diversify the economy away from oil. The projects have "
                    "brought new roads, an upgraded airport nearby and thousands of "
                    "jobs, many of them in construction and hospitality. They have "
                    "also brought change faster than many residents anticipated."
                ),
            ),
            ("heading", "Rents, roads and reefs"),
            (
                "paragraph",
                (
                    "Rents have risen sharply as developers and contractors house "
                    "workers in town. Nouf al-Balawi, a schoolteacher, said the "
                    "landlord of her family’s apartment had raised the rent by nearly "
                    "half at the last renewal, citing demand from construction firms. "
                    "Several new cafés and a supermarket have opened along the "
                    "corniche, catering partly to resort staff on their days off. “It "
                    "feels like a different town on Thursday nights,” she said. “More "
                    "people, more noise. Some of it is nice. Some of it, we are still "
                    "getting used to.”"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "We are trying to prove that tourism can pay for conservation "
                        "rather than destroy what people come to see. The honest "
                        "answer is that it is too early to know whether we will "
                        "succeed."
                    ),
                    "source": (
                        "Sara al-Ghamdi, marine ecologist, Tabuk Marine Conservation "
                        "Institute"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "Developers have made environmental protection a central part of "
                    "their pitch, promising limits on visitor numbers, renewable "
                    "power for the resorts and coral restoration programmes. Marine "
                    "scientists working in the area say the reefs around the lagoon "
                    "are in relatively good condition compared with much of the "
                    "world’s coral, partly because corals in the northern Red Sea "
                    "appear unusually tolerant of heat. But they also note that "
                    "dredging for island construction and increased boat traffic put "
                    "stress on habitats that were previously little disturbed."
                ),
            ),
            (
                "paragraph",
                (
                    "For younger residents, the resorts offer something the town has "
                    "long lacked: professional jobs close to home. Faisal al-Atawi, "
                    "26, trained as a dive instructor through a government-funded "
                    "programme and now guides guests on the reefs where he snorkelled "
                    "as a boy. He earns several times what his father made fishing. "
                    "“People from Riyadh and from Europe come here to see what we "
                    "always had,” he said. “It is strange, but also it makes me "
                    "proud.” He hopes to open his own dive shop within a few years."
                ),
            ),
            (
                "pullquote",
                (
                    "“People from Riyadh and from Europe come here to see what we "
                    "always had.”"
                ),
            ),
            (
                "paragraph",
                (
                    "Others are more ambivalent. Some fishermen say access to "
                    "traditional grounds near the islands has been restricted, and "
                    "that compensation, where offered, has not reflected lost income. "
                    "A municipal official, who spoke on condition of anonymity "
                    "because he was not authorised to speak to the media, said the "
                    "local council was working with developers to designate fishing "
                    "zones and improve consultation, but acknowledged that “the pace "
                    "of construction has been ahead of the pace of conversation.”"
                ),
            ),
            (
                "paragraph",
                (
                    "Back at the harbour, the auction was winding down, and Mr. "
                    "al-Juhani loaded his unsold fish into an ice chest in the back "
                    "of his truck. He said he did not oppose the resorts; his nephew "
                    "works in one, and the new road has cut his drive to Tabuk "
                    "dramatically. What he wanted, he said, was to be asked. “They "
                    "are building a new town in the sea,” he said, nodding toward the "
                    "horizon. “It would be good if someone remembered the old town on "
                    "the shore.”"
                ),
            ),
        ],
        "update": None,
        "corrections": [],
    },
    {
        "slug": "egypt-central-bank-raises-rates-pound",
        "headline": (
            "Egypt’s Central Bank Raises Rates as the Pound Comes Under Renewed "
            "Pressure"
        ),
        "dek": (
            "An unexpected increase of two percentage points aims to stem demand for "
            "dollars after canal revenues fell and a parallel-market premium "
            "reappeared in Cairo."
        ),
        "type": "news",
        "section": "middle-east",
        "tags": ["Debt", "Trade"],
        "authors": [("marcus-feld", "")],
        "hours_ago": 38,
        "image": {
            "alt": (
                "A clerk counts Egyptian pound notes behind the counter of a currency "
                "exchange office on a busy Cairo street"
            ),
            "credit": "Nile Frame/ Karim Mansour",
            "caption": (
                "A currency exchange in downtown Cairo, where some customers have "
                "begun seeking dollars again."
            ),
        },
        "body": [
            (
                "paragraph",
                (
                    "CAIRO — Egypt’s central bank raised its main interest rates by "
                    "two percentage points on Thursday, surprising most economists "
                    "and signalling concern about renewed pressure on the Egyptian "
                    "pound. The bank said in a statement that the move was intended "
                    "to “anchor inflation expectations and support the stability of "
                    "the foreign-exchange market” amid what it called “a challenging "
                    "external environment,” and it left open the possibility of "
                    "further tightening."
                ),
            ),
            (
                "paragraph",
                (
                    "The decision comes as the pound has weakened steadily against "
                    "the dollar in official trading and, according to currency "
                    "dealers, a gap has reopened between the official rate and the "
                    "price of dollars on the informal market. The disappearance of "
                    "that parallel-market premium had been one of the main "
                    "achievements of the reforms Egypt adopted after letting its "
                    "currency float, and its return has unsettled investors who "
                    "bought Egyptian treasury bills in large volumes over the past "
                    "year."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "The market was looking for reassurance and the central bank "
                        "gave it a shock instead. That can work, but only if the "
                        "government follows it with credible fiscal steps."
                    ),
                    "source": (
                        "Mona Abdelaziz, head of Middle East research, Delta Frontier "
                        "Securities"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "Several pressures have converged. Revenue from the Suez Canal "
                    "remains well below its former levels because most large "
                    "container lines continue to avoid the Red Sea. Tourism has "
                    "recovered but remains vulnerable to regional instability. And "
                    "the government faces heavy external debt repayments over the "
                    "coming year, including maturing bonds and loans from Gulf "
                    "states, at a time when foreign portfolio inflows have slowed."
                ),
            ),
            (
                "paragraph",
                (
                    "Egypt’s loan programme with the International Monetary Fund "
                    "remains active, with the next review pending. The fund has "
                    "pressed Cairo to accelerate the sale of state-owned assets and "
                    "to reduce the role of military-linked companies in the economy, "
                    "reforms that officials have pledged but implemented slowly. "
                    "Completion of the review would unlock a further disbursement "
                    "and, economists said, would do more to restore confidence than "
                    "any single rate move."
                ),
            ),
            (
                "paragraph",
                (
                    "For Egyptian households, the immediate concern is prices. "
                    "Inflation had eased from its peak but remains high, and a weaker "
                    "pound raises the cost of imported food, fuel and medicine. At a "
                    "money exchange in downtown Cairo, a clerk who gave only his "
                    "first name, Sherif, said customers had begun asking for dollars "
                    "again for the first time in months. “People remember,” he said. "
                    "“When the pound falls, they want something in their pocket that "
                    "will not.”"
                ),
            ),
            (
                "paragraph",
                (
                    "The rate increase will raise borrowing costs for the government, "
                    "which spends a large share of its revenue on interest payments. "
                    "Analysts said the central bank appeared to be betting that "
                    "higher returns on pound-denominated debt would attract enough "
                    "foreign investment to stabilise the currency, reducing the need "
                    "to draw on reserves. Egypt’s reserves have been bolstered in "
                    "recent years by large investments from the Gulf, including a "
                    "major coastal development deal with an Emirati sovereign fund."
                ),
            ),
            (
                "paragraph",
                (
                    "The central bank’s monetary policy committee is next scheduled "
                    "to meet in about six weeks. In its statement, the bank said it "
                    "would “not hesitate to use all available tools” to contain "
                    "inflation, wording that some analysts interpreted as leaving the "
                    "door open to further increases. Shares on the Egyptian Exchange "
                    "fell in early trading on Sunday, led by real-estate and consumer "
                    "companies, before recovering some of their losses."
                ),
            ),
        ],
        "update": None,
        "corrections": [
            {
                "hours_after": 6,
                "text": (
                    "An earlier version of this article misstated the size of the "
                    "rate increase. It was two percentage points, not two and a half."
                ),
            },
            {
                "hours_after": 30,
                "text": (
                    "An earlier version of this article incorrectly described Egypt’s "
                    "loan programme with the International Monetary Fund as "
                    "suspended. It remains active, with the next review pending."
                ),
            },
        ],
    },
    {
        "slug": "europe-drone-parts-middle-east-exports",
        "headline": (
            "Europe Cannot Lecture the Middle East on Drones While Its Parts Keep "
            "Flowing There"
        ),
        "dek": (
            "Components from European suppliers keep turning up in drones fired "
            "across the region; before demanding restraint from others, Europe should "
            "close its own export gaps."
        ),
        "type": "opinion",
        "section": "middle-east",
        "tags": ["Security", "Technology", "Sanctions"],
        "authors": [("jonas-lindqvist", "")],
        "hours_ago": 990,
        "image": {
            "alt": (
                "Investigators in gloves lay out fragments of a downed drone, "
                "including a small engine and circuit boards, on a table"
            ),
            "credit": "Northlight Images/ Anders Holm",
            "caption": "",
        },
        "body": [
            (
                "paragraph",
                (
                    "Whenever a drone strike hits a tanker in the Gulf, a power "
                    "station in Iraq or an airport in the region, European capitals "
                    "issue statements condemning the attack and calling for "
                    "restraint. Investigators who examine the wreckage, however, "
                    "often tell a less comfortable story. Alongside engines and "
                    "airframes traced to the region’s drone producers, they find "
                    "chips, sensors, servomotors and navigation modules made by "
                    "companies in Europe and sold, usually legally, to distributors "
                    "in third countries."
                ),
            ),
            (
                "paragraph",
                (
                    "I have spent much of my career arguing that Europe should take "
                    "its security responsibilities more seriously, usually in the "
                    "context of Russia. But I am increasingly convinced that our "
                    "credibility in the Middle East depends on something more mundane "
                    "than naval deployments or diplomatic initiatives: the control of "
                    "our own exports. Europe cannot credibly urge others to curb "
                    "drone proliferation while components from its factories keep "
                    "turning up in the debris."
                ),
            ),
            (
                "paragraph",
                (
                    "The problem is not that European firms are knowingly arming "
                    "militias. Most of the components in question are dual-use: the "
                    "same microcontroller that guides a drone also runs a washing "
                    "machine or a car’s braking system. They are manufactured in "
                    "enormous volumes, sold through layers of distributors and "
                    "resellers, and shipped to hubs where they are repackaged and "
                    "re-exported. By the time a part reaches a drone workshop, it may "
                    "have passed through five or six hands."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "We can trace a component to its manufacturer within hours. "
                        "What we almost never see is the distributor who sold it "
                        "onward, because nobody is obliged to tell us."
                    ),
                    "source": (
                        "Elin Marchetti, lead investigator, Conflict Materiel Tracing "
                        "Group"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "European export rules were not designed for this. Controls focus "
                    "on a defined list of sensitive items, and many components used "
                    "in drones fall below the thresholds that trigger a licence "
                    "requirement. Enforcement rests with national authorities of "
                    "uneven capacity, and penalties for violations, where they are "
                    "imposed at all, are often small relative to the profits "
                    "involved. The EU has added entities to its sanctions lists in "
                    "response to specific attacks, but this is a game of catch-up in "
                    "which the other side always moves first."
                ),
            ),
            (
                "pullquote",
                (
                    "Europe cannot credibly urge others to curb drone proliferation "
                    "while components from its factories keep turning up in the "
                    "debris."
                ),
            ),
            (
                "paragraph",
                (
                    "There are practical steps that would help. First, manufacturers "
                    "of high-risk components should be required to conduct due "
                    "diligence on their distributors, much as banks must know their "
                    "customers, and to report suspicious orders. Second, the EU "
                    "should adopt a common catch-all rule allowing authorities to "
                    "block exports of unlisted items when there is evidence they are "
                    "destined for drone production in conflict zones. Third, member "
                    "states should pool investigative resources, so that countries "
                    "with weak enforcement do not become the path of least "
                    "resistance."
                ),
            ),
            (
                "paragraph",
                (
                    "Industry will object that these measures impose costs and risk "
                    "pushing customers toward Asian competitors who face no such "
                    "rules. That concern is real, and it argues for coordinating with "
                    "partners in Japan, South Korea, Taiwan and the United States, "
                    "where many of the same components are made. But it is not an "
                    "argument for inaction. European companies already manage "
                    "demanding compliance regimes for sanctions on Russia; extending "
                    "some of those tools to other high-risk destinations is "
                    "achievable."
                ),
            ),
            (
                "paragraph",
                (
                    "We should also be honest about what this can achieve. Tighter "
                    "export controls will not stop drone proliferation in the Middle "
                    "East. Producers there have become increasingly self-sufficient, "
                    "and some components will always be available from somewhere. The "
                    "aim is to raise costs, slow production and make the supply chain "
                    "more visible — and, crucially, to give European governments the "
                    "standing to demand similar efforts from others."
                ),
            ),
            (
                "paragraph",
                (
                    "The drone has become the defining weapon of the region’s "
                    "conflicts, cheap enough to be used by militias and precise "
                    "enough to threaten critical infrastructure. Europe has an "
                    "interest in limiting its spread, both for the sake of its "
                    "partners and for its own energy supplies and shipping routes. "
                    "That effort should begin with the parts list. It is far easier "
                    "to condemn an attack than to explain how the chip in the "
                    "wreckage got there."
                ),
            ),
        ],
        "update": None,
        "corrections": [],
    },
    {
        "slug": "kurdistan-oil-standoff-salaries",
        "headline": (
            "Iraq’s Kurdish Oil Standoff Is Really a Fight Over Who Pays the Salaries"
        ),
        "dek": (
            "The pipeline to Turkey is only part of the dispute between Baghdad and "
            "Erbil; behind it lies a budget system that leaves public-sector workers "
            "waiting months for pay."
        ),
        "type": "analysis",
        "section": "middle-east",
        "tags": ["Energy", "Debt", "Protest"],
        "authors": [("samir-haddad", "")],
        "hours_ago": 260,
        "image": {
            "alt": (
                "Teachers hold handwritten placards during a sit-in outside a "
                "government education office in Sulaimaniyah"
            ),
            "credit": "Zagros Images/ Dilan Rashid",
            "caption": (
                "Teachers protest delayed salaries in Sulaimaniyah, in Iraq’s "
                "Kurdistan Region."
            ),
        },
        "body": [
            (
                "paragraph",
                (
                    "In Sulaimaniyah, teachers have a phrase for the weeks between "
                    "paydays that stretch into months: “waiting for Baghdad.” "
                    "Salaries for hundreds of thousands of public employees in Iraq’s "
                    "Kurdistan Region depend on transfers from the federal budget, "
                    "and those transfers have repeatedly stalled over disputes about "
                    "oil. Last month, teachers in several cities staged sit-ins "
                    "outside education offices after their pay arrived more than "
                    "seven weeks late. It was not the first such protest, and "
                    "officials on both sides concede it will not be the last."
                ),
            ),
            (
                "paragraph",
                (
                    "The dispute is usually described as a fight over a pipeline. "
                    "Exports of Kurdish crude through the line to the Turkish port of "
                    "Ceyhan have stopped and started repeatedly over the past few "
                    "years, entangled in international arbitration, disagreements "
                    "over production-sharing contracts and court rulings requiring "
                    "oil revenues to flow through Baghdad’s state marketer. Each "
                    "interruption costs the Kurdistan Regional Government revenue it "
                    "once collected directly, and pushes it further into dependence "
                    "on federal transfers."
                ),
            ),
            ("heading", "A budget built on mistrust"),
            (
                "paragraph",
                (
                    "Beneath the pipeline dispute lies a more basic problem: Baghdad "
                    "and Erbil do not trust each other’s numbers. The federal budget "
                    "law allocates a share of national spending to the Kurdistan "
                    "Region in exchange for the region handing over its oil revenue "
                    "and non-oil income such as customs duties. Federal officials say "
                    "the region has underreported production and kept revenue it "
                    "should have transferred. Kurdish officials say Baghdad uses "
                    "audits and delays as political leverage, withholding money that "
                    "public employees are legally owed."
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Every month the two governments argue about barrels, and "
                        "every month it is a nurse or a teacher in Duhok who pays for "
                        "the argument."
                    ),
                    "source": (
                        "Karwan Abdullah, economist, Erbil Institute for Public Finance"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "Both complaints contain truth. Independent audits of the "
                    "region’s oil sector, commissioned under previous agreements, "
                    "have found discrepancies between reported and actual output, as "
                    "well as opaque arrangements with traders and international oil "
                    "companies. At the same time, federal ministries have applied "
                    "conditions to Kurdish transfers that they do not apply to other "
                    "provinces, and the timing of payments has often tracked "
                    "political negotiations rather than technical reviews."
                ),
            ),
            (
                "paragraph",
                (
                    "The human cost of the standoff is considerable. Public employees "
                    "make up a large share of the region’s workforce, and delayed "
                    "salaries ripple through local economies, depressing retail "
                    "spending and pushing families into debt with shopkeepers. "
                    "Younger Kurds, who once saw public-sector jobs as a path to "
                    "security, increasingly look to private work or to emigration. "
                    "Remittances and informal credit have become essential lifelines "
                    "in towns that a decade ago enjoyed an oil-funded boom."
                ),
            ),
            ("heading", "Where a deal could come from"),
            (
                "paragraph",
                (
                    "There have been moments of progress. A recent arrangement "
                    "allowed the federal government to pay Kurdish salaries directly "
                    "into individual bank accounts, bypassing the regional "
                    "government, reducing opportunities for diversion and giving "
                    "employees more predictability. Uptake was slow at first but has "
                    "grown as banks opened branches in smaller towns. Officials in "
                    "Baghdad describe it as a model; some in Erbil see it as an "
                    "erosion of the region’s hard-won autonomy."
                ),
            ),
            (
                "paragraph",
                (
                    "A durable settlement would likely require three elements: a "
                    "transparent, jointly audited system for measuring Kurdish oil "
                    "production and sales; a binding formula for federal transfers "
                    "that is insulated from annual political bargaining; and a "
                    "resolution of contracts with international oil companies whose "
                    "terms Baghdad considers unconstitutional. Each of these has been "
                    "discussed for years. What has been missing is a moment when both "
                    "sides see more to gain from agreement than from the standoff."
                ),
            ),
            (
                "paragraph",
                (
                    "That moment may be approaching, if only because the alternatives "
                    "are worsening. Oil prices have softened, shrinking the pie both "
                    "governments are fighting over. Kurdish parties face voters angry "
                    "about delayed salaries, and federal leaders are wary of unrest "
                    "in a region that has been among Iraq’s most stable. Whether that "
                    "pressure produces a compromise or merely another temporary fix "
                    "will determine whether teachers in Sulaimaniyah are still "
                    "waiting for Baghdad a year from now."
                ),
            ),
        ],
        "update": None,
        "corrections": [],
    },
    {
        "slug": "beirut-rooftop-solar-generator-politics",
        "headline": (
            "On Beirut’s Rooftops, Solar Panels Are Rewriting the Politics of Power"
        ),
        "dek": (
            "With state electricity still arriving for only a few hours a day, "
            "residents have turned to solar arrays, eroding the grip of neighbourhood "
            "generator owners."
        ),
        "type": "reporting",
        "section": "middle-east",
        "tags": ["Energy", "Climate"],
        "authors": [("samir-haddad", "")],
        "hours_ago": 1300,
        "image": {
            "alt": (
                "A retired engineer wipes dust from a solar panel on a Beirut "
                "rooftop, with apartment blocks and the sea behind him"
            ),
            "credit": "Cedar Lens/ Maya Nassar",
            "caption": (
                "Georges Khoury cleans the panels on his building’s roof in Mar "
                "Elias, Beirut."
            ),
        },
        "body": [
            (
                "paragraph",
                (
                    "BEIRUT — From the roof of a nine-storey building in the "
                    "neighbourhood of Mar Elias, the city looks as if it has been "
                    "tiled in glass. Solar panels cover nearly every flat surface "
                    "within sight, bolted to steel frames above water tanks and "
                    "satellite dishes, angled toward the Mediterranean sun. Georges "
                    "Khoury, a retired engineer who organised his building’s "
                    "installation, walked along a row of panels with a rag, wiping "
                    "off a film of dust. “We clean them every Saturday,” he said. “It "
                    "is the new neighbourhood ritual.”"
                ),
            ),
            (
                "paragraph",
                (
                    "Lebanon’s state electricity company, crippled by years of debt, "
                    "fuel shortages and the country’s financial collapse, supplies "
                    "most households with only a few hours of power a day, sometimes "
                    "less. For years, the gap was filled by private generators, "
                    "operated by neighbourhood entrepreneurs who ran cables across "
                    "streets and charged monthly subscriptions. When fuel prices "
                    "soared after the currency crashed, generator bills became "
                    "unaffordable for many families, and some operators cut off those "
                    "who could not pay."
                ),
            ),
            (
                "paragraph",
                (
                    "Solar offered an exit. Over the past few years, Lebanon has seen "
                    "one of the fastest rooftop solar expansions in the region, "
                    "driven not by government policy but by household desperation. "
                    "Installers imported panels and batteries in vast quantities, "
                    "often paid for with savings held in cash dollars or remittances "
                    "from relatives abroad. Buildings pooled money to install shared "
                    "systems; wealthier residents bought their own. The result is a "
                    "patchwork that has transformed the city’s skyline and, "
                    "increasingly, its politics."
                ),
            ),
            ("heading", "The generator men"),
            (
                "paragraph",
                (
                    "The shift has eroded the power of generator owners, who for "
                    "decades wielded considerable influence in their neighbourhoods, "
                    "often with links to political parties and municipal officials. "
                    "In Mar Elias, Hussein, a generator operator who asked that his "
                    "family name not be used, said his subscriber base had fallen by "
                    "about a third. “People still need me at night and in winter,” he "
                    "said, leaning against a diesel unit the size of a shipping "
                    "container. “But I used to be the only choice. Now I am the "
                    "backup.”"
                ),
            ),
            (
                "image",
                {
                    "alt": (
                        "Dense rows of solar panels on steel frames cover the "
                        "rooftops of apartment blocks in a Beirut neighbourhood"
                    ),
                    "credit": "Cedar Lens/ Maya Nassar",
                    "caption": (
                        "Rooftop solar arrays in Beirut have multiplied as state "
                        "power remains scarce."
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "The transition has not been equitable. Families in older "
                    "buildings with small or shared roofs, or in informal "
                    "settlements, have limited access to solar, and many cannot "
                    "afford batteries. In poorer districts of the city and in the "
                    "Palestinian camps, generators remain the main source of power. "
                    "Rima Saad, who lives with her three children in a ground-floor "
                    "apartment in Burj Hammoud, said her building’s roof had been "
                    "claimed by the owners of the upper floors. “The sun is free,” "
                    "she said, “but not for everyone.”"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "What happened in Lebanon is a private energy transition in "
                        "the absence of a state. It is impressive, and it is also "
                        "unregulated, unequal and, in places, unsafe."
                    ),
                    "source": (
                        "Karim Nassif, energy policy researcher, Beirut Institute for "
                        "Applied Economics"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "Safety is a growing concern. Engineers warn that many "
                    "installations were rushed, with poorly anchored frames, "
                    "substandard wiring and batteries stored in stairwells. Fires "
                    "linked to lithium batteries have been reported in several "
                    "buildings, and civil-defence officials have urged residents to "
                    "use certified installers. A law allowing households to sell "
                    "surplus power back to the grid has been approved, but the "
                    "regulations needed to put it into practice have been slow to "
                    "follow, and few buildings have connected."
                ),
            ),
            (
                "paragraph",
                (
                    "There is also a question about the future of the state utility "
                    "itself. If wealthier consumers generate their own power, the "
                    "utility loses its best-paying customers just as it tries to "
                    "restore service and raise tariffs to cover costs. Energy "
                    "ministry officials have spoken of integrating rooftop solar into "
                    "a national plan, but years of failed reform plans have left "
                    "residents sceptical. Many say they will believe in reliable "
                    "state electricity when they see it."
                ),
            ),
            (
                "paragraph",
                (
                    "On the roof in Mar Elias, Mr. Khoury checked the display on the "
                    "building’s inverter, which showed the batteries at full charge "
                    "by early afternoon. The building’s twenty-two households share "
                    "the system, splitting maintenance costs according to a "
                    "spreadsheet he keeps on his phone. Disputes are rare, he said, "
                    "though there was an argument last month over who had left an air "
                    "conditioner running overnight. “We could not agree on anything "
                    "in this building for forty years,” he said. “Now we agree on the "
                    "sun.”"
                ),
            ),
        ],
        "update": None,
        "corrections": [],
    },
    {
        "slug": "washington-gulf-mediation-habit",
        "headline": (
            "Washington Has Grown Too Comfortable Letting Gulf States Mediate for It"
        ),
        "dek": (
            "Qatar, Oman and Saudi Arabia have become indispensable go-betweens, but "
            "relying on them lets the United States avoid decisions that only it can "
            "make."
        ),
        "type": "opinion",
        "section": "middle-east",
        "tags": ["Diplomacy", "Alliances"],
        "authors": [("daniel-whitcombe", "")],
        "hours_ago": 120,
        "image": {
            "alt": (
                "Delegations sit facing each other across a long table with "
                "microphones and water glasses in an ornate conference hall"
            ),
            "credit": "Gulf Lens/ Tariq Al-Sayed",
            "caption": "",
        },
        "body": [
            (
                "paragraph",
                (
                    "There is a ritual to modern Middle East diplomacy that anyone "
                    "who covers Washington will recognise. A crisis erupts. American "
                    "officials say they are “in close contact with partners.” A few "
                    "days later, reports emerge that talks are under way in Doha, "
                    "Muscat or Riyadh, with Gulf officials shuttling between parties "
                    "who will not sit in the same room. Eventually, if things go "
                    "well, a deal is announced — a prisoner exchange, a ceasefire, a "
                    "release of frozen funds — and the State Department thanks its "
                    "partners for their efforts."
                ),
            ),
            (
                "paragraph",
                (
                    "I do not want to diminish what Gulf mediators have achieved. "
                    "Qatar’s channels to groups that Washington will not talk to "
                    "directly have saved lives. Oman’s discreet hosting of indirect "
                    "talks between adversaries has kept lines open through periods of "
                    "acute tension. Saudi Arabia has used its convening power to "
                    "bring parties together on issues from prisoner swaps to "
                    "humanitarian access. These are real contributions, and they "
                    "reflect genuine diplomatic skill that Washington would struggle "
                    "to replicate."
                ),
            ),
            (
                "paragraph",
                (
                    "But I have come to believe that American reliance on these "
                    "channels has become a habit, and an unhealthy one. Mediation by "
                    "a third party is most useful when the principal parties have "
                    "decided what they want and need help getting there. It is much "
                    "less useful as a substitute for that decision. Too often, "
                    "Washington has treated Gulf mediation as a way to be seen to be "
                    "doing something while postponing the hard choices that only it "
                    "can make."
                ),
            ),
            (
                "pullquote",
                (
                    "Mediation by a third party is most useful when the principal "
                    "parties have decided what they want and need help getting there."
                ),
            ),
            (
                "paragraph",
                (
                    "Consider the pattern. When an American administration is unsure "
                    "whether it wants a broader agreement with an adversary, indirect "
                    "talks through a Gulf capital allow it to explore options without "
                    "committing. When talks stall, the blame is diffused: the "
                    "mediator was not forceful enough, the other side was "
                    "intransigent. Congress, which might otherwise demand to know "
                    "what the administration is offering, has little visibility into "
                    "negotiations conducted through intermediaries. The result is a "
                    "diplomacy of perpetual exploration."
                ),
            ),
            (
                "paragraph",
                (
                    "There are also costs to American interests in the region. Gulf "
                    "states that serve as intermediaries accumulate leverage, which "
                    "they reasonably use to advance their own priorities — arms "
                    "sales, security guarantees, investment access. That is the "
                    "normal business of diplomacy. But it means the terms of American "
                    "engagement are increasingly shaped by the interests of the "
                    "go-betweens, which do not always align with Washington’s, or "
                    "with those of the people most affected by the conflicts in "
                    "question."
                ),
            ),
            (
                "paragraph",
                (
                    "Reliance on mediation also creates a blind spot. Intermediaries "
                    "filter information. They have incentives to present their own "
                    "role favourably and to characterise the parties’ positions in "
                    "ways that keep talks going. American officials who rarely hear "
                    "directly from adversaries can misjudge what is possible, in "
                    "either direction. Some of the most consequential misreadings in "
                    "recent American policy toward the region stemmed, at least in "
                    "part, from an incomplete picture of what the other side was "
                    "willing to accept."
                ),
            ),
            (
                "paragraph",
                (
                    "What would a better approach look like? It would begin with "
                    "clarity in Washington about objectives: what the United States "
                    "wants from a given negotiation, what it is prepared to give, and "
                    "what it will not accept. It would involve more direct contact "
                    "with adversaries, at appropriate levels, rather than assuming "
                    "that every conversation must run through an intermediary. And it "
                    "would treat Gulf mediators as partners in executing a strategy, "
                    "not as substitutes for having one."
                ),
            ),
            (
                "paragraph",
                (
                    "None of this requires sidelining Doha, Muscat or Riyadh. Their "
                    "channels will remain valuable, and in some cases indispensable, "
                    "for years to come. But the United States remains the most "
                    "consequential outside power in the Middle East, whether it likes "
                    "it or not. Outsourcing the difficult parts of diplomacy does not "
                    "reduce that responsibility. It only makes the responsibility "
                    "easier to avoid, and the consequences harder to trace."
                ),
            ),
        ],
        "update": None,
        "corrections": [],
    },
]
