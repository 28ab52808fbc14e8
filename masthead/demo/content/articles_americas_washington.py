"""Demo articles for the Americas and Washington sections of The Meridian Review."""

ARTICLES = [
    {
        "slug": "panama-canal-gatun-lake-draft-limits",
        "headline": (
            "On the Panama Canal, every centimetre of Gatún Lake now has a price"
        ),
        "dek": (
            "As a dry season drags on, canal operators ration transits and shippers "
            "rework their routes, turning a freshwater reservoir into a line item "
            "on global freight bills."
        ),
        "type": "reporting",
        "section": "americas",
        "tags": ["Maritime", "Trade", "Climate"],
        "authors": [("tomas-ibarra", "")],
        "hours_ago": 8,
        "notes": [
            (
                "Ariel Montenegro, interview at the Gatún locks for this article. "
                "The figure is per transit of a Panamax lock, before water-saving "
                "basins."
            ),
            (
                "Canal operations advisories to shipping, the two most recent in "
                "the dry-season series (fictional numbering: OP-17 and OP-22)."
            ),
            (
                "Daily anchorage counts kept by the Balboa Ship Agents’ Association"
                " and shared with <i>The Meridian Review</i> (fictional)."
            ),
        ],
        "image": {
            "alt": (
                "A container ship passes through the Gatún locks under a hazy sky, "
                "a pale band of exposed rock visible along the lake shore"
            ),
            "credit": "Meridian Photo Service/ Lucia Ferrer",
            "caption": (
                "A container vessel enters the Gatún locks, where draft limits have "
                "been tightened twice since the rains failed."
            ),
        },
        "body": [
            (
                "paragraph",
                "From the observation deck above the Gatún locks, Ariel Montenegro "
                "points not at the ships but at the bank. A pale band of rock, "
                "roughly the height of a man, runs along the shoreline of the lake "
                "that feeds the canal. “That stripe is the whole story,” says "
                "Montenegro, a hydrologist who has spent two decades modelling the "
                "watershed. “Every ship that goes through the old locks takes about "
                "fifty million gallons of fresh water with it to the sea. When the "
                "rain does not come back, that water is simply gone.”[1]",
            ),
            (
                "paragraph",
                "For the second time in as many dry seasons, canal operators have "
                "cut the maximum draft for vessels using the older Panamax locks "
                "and trimmed the number of daily reservation slots.[2] The changes are "
                "technical, announced in advisories measured in feet and inches, "
                "but their effects ripple outward: to grain exporters in the "
                "American Midwest, liquefied-gas traders on the Gulf coast, and car "
                "carriers loading in Japan and South Korea for the east coast of "
                "the United States.",
            ),
            (
                "paragraph",
                "At the anchorage off the Pacific entrance, the queue is shorter "
                "than during the worst weeks of the last drought, when more than a "
                "hundred vessels waited offshore.[3] Operators have since shifted to a "
                "system that auctions scarce slots and encourages lighter loading. "
                "But shorter queues have come at a cost. Shipping agents in Balboa "
                "say some clients now pay premiums that would once have been "
                "unthinkable, while others have quietly given up on the canal "
                "altogether.",
            ),
            ("heading", "Lighter loads, longer routes"),
            (
                "paragraph",
                "Daniela Ortega, who runs a small ship-agency office in a converted "
                "house in Balboa, keeps a whiteboard of vessels that have diverted. "
                "Some bulk carriers bound for Asia now sail south around Cape Horn "
                "or east across the Atlantic and through the Suez Canal, adding "
                "days and fuel. “A captain told me last week that he would rather "
                "burn diesel than gamble on a slot,” she says. “For a family "
                "business like ours, each diversion is a ship we no longer handle.”",
            ),
            (
                "image",
                {
                    "alt": (
                        "Vessels at anchor near the Pacific entrance of the Panama "
                        "Canal at dusk, with the Bridge of the Americas in the "
                        "distance"
                    ),
                    "credit": "Meridian Photo Service/ Lucia Ferrer",
                    "caption": (
                        "Ships wait at anchor off Balboa; agents say fewer captains "
                        "are willing to queue for scarce transit slots."
                    ),
                },
            ),
            (
                "paragraph",
                "Loading lighter is the other adaptation. A vessel restricted by a "
                "few feet of draft may leave thousands of tonnes of cargo behind in "
                "port, spreading the fixed cost of a voyage over less freight. "
                "Grain traders in Panama City say that arithmetic is now priced "
                "into contracts for soybeans and corn moving from the Gulf of "
                "Mexico to Asia, adding a few dollars a tonne in a market where "
                "margins are already thin.",
            ),
            (
                "quote",
                {
                    "text": (
                        "We used to talk about the canal as infrastructure. Now we "
                        "talk about it as a climate-exposed asset with a weather "
                        "forecast attached to every booking."
                    ),
                    "source": (
                        "Rafael Quintero, freight analyst, Istmo Maritime Consultants"
                    ),
                },
            ),
            (
                "paragraph",
                "The longer-term answer, officials say, lies upstream. Plans to dam "
                "a river west of the canal and pipe its water into Gatún Lake have "
                "been debated for years and are now moving forward, though not "
                "without resistance. Several hundred families live in the area that "
                "would be flooded, and community leaders there say they have been "
                "offered relocation packages without a clear account of where they "
                "would go or how they would farm.",
            ),
            (
                "paragraph",
                "In one of those communities, a cluster of wooden houses reached by "
                "a gravel road and a river crossing, Esperanza Núñez sorts coffee "
                "cherries on a tarpaulin. She has sat through the engineers’ "
                "presentations and does not dispute that the canal needs water. "
                "“They explain to us about ships and percentages of world trade,” "
                "she says. “Nobody explains why the water for the whole world has "
                "to come from under my kitchen.”",
            ),
            (
                "paragraph",
                "Canal planners counter that the reservoir would also secure "
                "drinking water for Panama City and Colón, whose taps draw on the "
                "same lakes that float the ships. That dual role has become the "
                "most politically sensitive part of the debate. During the last "
                "drought, some neighbourhoods in the capital faced intermittent "
                "supply while transits continued, a contrast that opposition "
                "legislators have not let voters forget.",
            ),
            (
                "paragraph",
                "For now, the canal is performing a delicate balancing act between "
                "revenue and reserves. Montenegro, back on the observation deck, "
                "watches a tug nudge a tanker into the chamber. The forecast calls "
                "for rain within weeks, he says, but forecasts have been wrong "
                "before. “The canal was built on the assumption that this was the "
                "wettest place anyone could ask for,” he says. “That assumption is "
                "the thing we are now having to engineer around.”",
            ),
        ],
        "update": None,
        "corrections": [],
    },
    {
        "slug": "peru-highland-district-rejects-copper-expansion",
        "headline": (
            "Highland district in Peru votes to reject expansion of copper mine"
        ),
        "dek": (
            "Residents of a southern Andean district backed a local referendum "
            "against enlarging an open-pit mine, setting up a clash with the "
            "operator and national regulators."
        ),
        "type": "news",
        "section": "americas",
        "tags": ["Elections", "Protest", "Trade"],
        "authors": [("tomas-ibarra", "")],
        "hours_ago": 20,
        "image": {
            "alt": (
                "Residents queue outside a school in an Andean village to vote, "
                "with terraced hillsides and a mine haul road visible behind"
            ),
            "credit": "Andes Image Collective/ Mateo Cusi",
            "caption": (
                "Voters queue outside a primary school in Santa Rosa de Quilcata on "
                "Sunday morning."
            ),
        },
        "body": [
            (
                "paragraph",
                "Voters in Santa Rosa de Quilcata, a farming district in Peru’s "
                "southern highlands, have rejected a proposed expansion of the "
                "copper mine on their doorstep, according to preliminary results "
                "released by local electoral officials on Sunday night. With nearly "
                "all ballots counted, about 68 percent of voters opposed the plan, "
                "which would have nearly doubled the footprint of the open pit and "
                "diverted a stream that feeds the district’s irrigation canals.",
            ),
            (
                "paragraph",
                "The referendum was organised by the district council under a "
                "municipal ordinance and is the first of its kind in the region in "
                "more than a decade. Its legal force is disputed. Council members "
                "say the result binds local authorities to deny the permits they "
                "control, including for access roads and water use; lawyers for the "
                "operator, Cordillera Andina Copper, argue that mining concessions "
                "are a national matter and that a district vote cannot override "
                "them.",
            ),
            (
                "paragraph",
                "Turnout was high for a rural contest, with residents travelling on "
                "foot and in the backs of pick-up trucks from outlying hamlets to "
                "polling stations in the district’s two schools. Observers from a "
                "regional human-rights group and a delegation from the national "
                "ombudsman’s office said they had seen no serious irregularities, "
                "though they noted complaints that both sides had distributed "
                "campaign materials after the official campaign period ended.",
            ),
            (
                "quote",
                {
                    "text": (
                        "People here are not against mining. Many of us have worked "
                        "in the mine. We voted against losing the water that our "
                        "grandchildren will need after the mine is gone."
                    ),
                    "source": (
                        "Hilda Mamani, president of the Quilcata irrigation users’ "
                        "committee"
                    ),
                },
            ),
            (
                "paragraph",
                "The company, which employs around 1,900 people at the site "
                "directly and through contractors, had promoted the expansion as a "
                "way to extend the life of the mine by roughly fifteen years. It "
                "pledged to build a water-treatment plant and a reservoir to "
                "compensate for the diverted stream, and offered a development fund "
                "for the district. Supporters, including many younger residents "
                "employed at the mine, argued that rejecting the plan would hasten "
                "its closure and push workers to migrate to Lima or Arequipa.",
            ),
            (
                "paragraph",
                "In a statement issued after the preliminary count, Cordillera "
                "Andina said it “respects the expression of the community’s "
                "concerns” and would “continue dialogue with all stakeholders "
                "within the legal framework established by the Peruvian state.” The "
                "company did not say whether it would pursue its application for an "
                "environmental permit, which is pending before national regulators "
                "in Lima.",
            ),
            (
                "paragraph",
                "A spokesperson for the energy and mines ministry said the "
                "government would review the outcome but reiterated that the "
                "approval of mining projects rests with national authorities. The "
                "ministry has previously warned that local consultations held "
                "outside the formal process could deter investment at a time when "
                "Peru is trying to raise its copper output to meet demand from "
                "makers of electric vehicles and power-grid equipment.",
            ),
            (
                "paragraph",
                "Copper is Peru’s largest export, and disputes over water and land "
                "have stalled several large projects in recent years. Analysts say "
                "the Quilcata vote is likely to be studied closely by communities "
                "near other proposed expansions. “The question is no longer whether "
                "companies need a social licence,” said Gonzalo Retamozo, a "
                "mining-policy researcher in Cusco. “It is who gets to issue it, "
                "and whether a ballot box counts.”",
            ),
            (
                "paragraph",
                "Final results are expected later this week. Council members said "
                "they would formally notify the company and the ministry once the "
                "count is certified, and that they were prepared to defend the "
                "result in court. Several hundred residents gathered in the "
                "district’s main square on Sunday night, where a brass band played "
                "and organisers handed out bowls of soup as the tallies were read "
                "aloud from the balcony of the municipal building.",
            ),
        ],
        "update": {
            "hours_after": 6,
            "note": (
                "This article was updated to include a statement from the mine’s "
                "operator and a response from the energy and mines ministry."
            ),
        },
        "corrections": [],
    },
    {
        "slug": "mexico-nearshoring-factories-power-water",
        "headline": "Mexico’s nearshoring boom is running into the limits of the grid",
        "dek": (
            "Factories are arriving in Mexico’s industrial north faster than power "
            "lines, water permits and housing can follow, and investors are "
            "starting to notice the gap."
        ),
        "type": "analysis",
        "section": "americas",
        "tags": ["Trade", "Energy"],
        "authors": [("tomas-ibarra", "")],
        "hours_ago": 52,
        "image": {
            "alt": (
                "Rows of newly built warehouses and factory sheds stretch across a "
                "dusty industrial park on the edge of Monterrey"
            ),
            "credit": "Norte Press Agency/ Iván Salcido",
            "caption": "",
        },
        "body": [
            (
                "paragraph",
                "Drive east out of Monterrey along the highway to the border and "
                "the landscape seems to change every few months. Where there were "
                "scrubland and goat pens, there are now steel frames, concrete pads "
                "and the white boxes of new industrial parks, many built on spec in "
                "the expectation that manufacturers moving production out of Asia "
                "will fill them. Developers speak of vacancy rates near zero. Yet "
                "ask an industrial-park manager what worries them most, and the "
                "answer is rarely demand.",
            ),
            (
                "paragraph",
                "It is electricity. Across Nuevo León, Coahuila and Chihuahua, "
                "companies report waits of a year or more for new grid connections, "
                "and some parks have resorted to on-site gas generators to bridge "
                "the gap. The state utility’s transmission build-out has lagged "
                "behind the surge in industrial construction, and private "
                "investment in generation has been slowed by years of shifting "
                "rules about who may sell power, and to whom.",
            ),
            ("heading", "A grid built for a different economy"),
            (
                "paragraph",
                "The problem is partly geographical. Mexico’s transmission network "
                "was designed around large thermal plants and the demand centres of "
                "the central valley, not a cluster of energy-hungry factories "
                "strung along the northern border. Solar and wind resources are "
                "abundant in the north, but connecting them requires high-voltage "
                "lines that take years to permit and build. In the meantime, new "
                "plants compete for capacity on substations that were already close "
                "to their limits.",
            ),
            (
                "quote",
                {
                    "text": (
                        "The sales pitch for Mexico is proximity to the American "
                        "market. But proximity does not help you if the transformer "
                        "you need is eighteen months away."
                    ),
                    "source": (
                        "Verónica Garza, director, Bajío-Norte Industrial Council"
                    ),
                },
            ),
            (
                "paragraph",
                "Water is the second constraint. Monterrey endured severe shortages "
                "during a recent drought, when households in some neighbourhoods "
                "received piped water for only a few hours a day. Industrial users "
                "hold concessions that predate the crisis, and the sight of tanker "
                "trucks serving factories while residents queued with buckets left "
                "a lasting political mark. State officials now say new concessions "
                "will be tied to commitments to recycle and treat water, a "
                "requirement that adds both cost and delay.",
            ),
            (
                "paragraph",
                "Then there is labour and housing. Industrial wages in the north "
                "have risen faster than the national average, and some "
                "manufacturers report turnover above 5 percent a month on their "
                "assembly lines. Workers recruited from the south find rents "
                "inflated by the arrival of managers and engineers. Municipal "
                "governments, which collect little property tax, struggle to pay "
                "for the roads, schools and clinics that new residents need.",
            ),
            ("heading", "What investors are watching"),
            (
                "paragraph",
                "None of this has stopped the flow of announcements. Foreign direct "
                "investment figures remain strong, and Mexico’s share of American "
                "imports continues to rise. But a closer look shows that much of "
                "the reported investment is reinvested earnings by companies "
                "already present, rather than new entrants. Analysts say the "
                "difference matters: expansions of existing plants can piggyback on "
                "existing connections and permits, while greenfield projects bear "
                "the full weight of the bottlenecks.",
            ),
            (
                "paragraph",
                "Policy in Mexico City has been mixed. The government has promoted "
                "“development poles” in the south, offering tax incentives to steer "
                "factories towards regions with spare water and labour. But "
                "manufacturers supplying American carmakers and electronics firms "
                "say the south is too far from the border crossings and rail links "
                "on which their just-in-time supply chains depend. So far, few have "
                "taken up the offer.",
            ),
            (
                "paragraph",
                "The looming review of the trade agreement among the United States, "
                "Mexico and Canada adds another layer of uncertainty. Companies "
                "deciding where to build a plant that will operate for twenty years "
                "want to know whether rules of origin will tighten and whether "
                "Washington will treat Mexican-assembled goods containing Chinese "
                "components differently. Several executives interviewed for this "
                "article said they were delaying final decisions until the review’s "
                "direction becomes clearer.",
            ),
            (
                "paragraph",
                "The optimistic case is that bottlenecks are a sign of success, and "
                "that capital will follow demand into transmission lines and water "
                "plants. The pessimistic case is that Mexico captures only the "
                "first wave of relocation and then stalls, as it did after earlier "
                "bursts of enthusiasm. Which prevails will depend less on geography "
                "than on the unglamorous work of permits, pylons and pipes.",
            ),
        ],
        "update": None,
        "corrections": [],
    },
    {
        "slug": "amazon-deforestation-enforcement-para-highway",
        "headline": (
            "Along a Pará highway, Brazil’s forest agents work a front line that "
            "keeps moving"
        ),
        "dek": (
            "Federal agents have cut clearing in parts of the eastern Amazon, but "
            "in towns where cattle and timber pay the bills, enforcement brings "
            "both relief and resentment."
        ),
        "type": "reporting",
        "section": "americas",
        "tags": ["Climate", "Security"],
        "authors": [("tomas-ibarra", "")],
        "hours_ago": 1360,
        "image": {
            "alt": (
                "Federal environmental agents in khaki uniforms walk past a freshly "
                "burned clearing with charred tree trunks in the Amazon"
            ),
            "credit": "Meridian Photo Service/ Beatriz Amaral",
            "caption": (
                "Agents inspect a recently cleared plot south of Novo Horizonte do "
                "Xingu during an enforcement operation."
            ),
        },
        "body": [
            (
                "paragraph",
                "The helicopter lands in a clearing that, three weeks ago, was "
                "forest. Stumps still smoulder in places, and the air smells of wet "
                "ash. Within minutes, a team of federal environmental agents has "
                "fanned out across the plot, photographing felled trunks, taking "
                "readings with handheld GPS units and looking for the owner of a "
                "chainsaw left beside a makeshift shelter. No one appears. “They "
                "hear the rotors from ten kilometres away,” says the team leader, "
                "Cláudio Rezende. “By the time we land, they are in town buying "
                "bread.”",
            ),
            (
                "paragraph",
                "This stretch of the eastern Amazon, in the state of Pará, has for "
                "years been among the fastest-disappearing forest frontiers in "
                "Brazil. Satellite alerts suggest that clearing in the municipality "
                "around Novo Horizonte do Xingu has fallen by roughly a third since "
                "the federal government restored funding and staff for enforcement "
                "operations. But the agents who carry out those operations say the "
                "decline is fragile, and that the front line has simply moved to "
                "places that are harder to reach.",
            ),
            ("heading", "Satellites first, boots later"),
            (
                "paragraph",
                "The operations begin in an air-conditioned room in Brasília, where "
                "analysts match near-real-time satellite imagery against land "
                "registries and embargo lists. When a new clearing appears on land "
                "without a valid permit, it is flagged for a field team. Rezende’s "
                "group of eleven agents, supported by federal highway police, "
                "covers an area larger than Portugal. In a good week, they can "
                "visit a dozen sites. The backlog of alerts is measured in hundreds.",
            ),
            (
                "image",
                {
                    "alt": (
                        "A pickup truck loaded with timber is stopped at a roadside "
                        "checkpoint on a red-dirt highway as agents examine "
                        "documents"
                    ),
                    "credit": "Meridian Photo Service/ Beatriz Amaral",
                    "caption": (
                        "A roadside inspection north of town; agents say illegal "
                        "timber is often laundered with forged transport permits."
                    ),
                },
            ),
            (
                "paragraph",
                "Embargoes — bans on selling cattle or crops from illegally cleared "
                "land — have become the agents’ most effective tool, more so than "
                "fines, which are often contested for years in court and rarely "
                "paid. When an embargo is registered, slaughterhouses that check "
                "their suppliers are supposed to refuse animals from the property. "
                "The weak point, everyone here acknowledges, is cattle that move "
                "through intermediate ranches, where their origins can be obscured "
                "before sale.",
            ),
            (
                "quote",
                {
                    "text": (
                        "The fine is a piece of paper. The embargo is what hurts, "
                        "because it follows the cow. Until it follows every cow, "
                        "there will always be a back door."
                    ),
                    "source": (
                        "Cláudio Rezende, field team leader, federal environmental "
                        "enforcement"
                    ),
                },
            ),
            (
                "paragraph",
                "In Novo Horizonte itself, a town of wide dirt streets, feed stores "
                "and evangelical churches, opinions about the operations divide "
                "along predictable lines, though not always. At a roadside café, "
                "Jussara Pinheiro, who keeps a small dairy herd, says the raids "
                "have made land grabbers think twice about moving onto public "
                "forest near her property. “Before, people arrived with tractors "
                "and guns and said the land was theirs,” she says. “Now at least "
                "they are afraid of something.”",
            ),
            (
                "paragraph",
                "Others see the agents as outsiders who punish small producers "
                "while large landholders hire lawyers. A sawmill owner, who asked "
                "to be identified only by his first name, Edivaldo, says three of "
                "his suppliers have been embargoed this year and he has laid off "
                "half his workers. “They say the forest is worth more standing,” he "
                "says, gesturing at an idle saw. “Show me who is paying for it to "
                "stand. Not my workers.”",
            ),
            (
                "pullquote",
                "“They say the forest is worth more standing. Show me who is paying "
                "for it to stand.”",
            ),
            (
                "paragraph",
                "That argument has force in a region where public services are thin "
                "and legal jobs scarce. Federal programmes that pay landholders to "
                "conserve forest, or that support the sustainable harvesting of "
                "açaí and Brazil nuts, reach only a fraction of the people who need "
                "alternatives. Local officials say enforcement without investment "
                "risks driving residents towards the criminal networks that "
                "increasingly finance illegal clearing, gold mining and land "
                "speculation in the region.",
            ),
            (
                "paragraph",
                "The agents are not immune to the danger. Rezende’s team travels "
                "with armed escorts after a vehicle carrying colleagues in a "
                "neighbouring municipality was shot at last year. Indigenous groups "
                "whose territories border the highway report threats against their "
                "own forest monitors, who patrol on motorbikes and in canoes and "
                "pass coordinates to federal authorities. Several say they feel "
                "safer when operations are under way, and exposed once the "
                "helicopters leave.",
            ),
            (
                "paragraph",
                "Back in the clearing, the team completes its paperwork, registers "
                "an embargo and disables the abandoned chainsaw, as regulations "
                "allow for equipment used in environmental crimes. It will take "
                "months for the case to move through the system. By then, Rezende "
                "says, the satellites will almost certainly have flagged another "
                "clearing a few kilometres further west. “We are winning more than "
                "we are losing,” he says. “But it is a race, and the forest does "
                "not grow back at our speed.”",
            ),
        ],
        "update": None,
        "corrections": [],
    },
    {
        "slug": "guatemala-remittances-highland-village-economy",
        "headline": (
            "In Guatemala’s highlands, a village economy runs on money sent from "
            "Nebraska"
        ),
        "dek": (
            "Remittances from relatives in the United States pay for houses, school "
            "fees and small businesses in western Guatemala, and families fear what "
            "a proposed transfer levy could do."
        ),
        "type": "reporting",
        "section": "americas",
        "tags": ["Migration", "Debt"],
        "authors": [("tomas-ibarra", ""), ("marcus-feld", "Additional reporting by")],
        "hours_ago": 96,
        "image": {
            "alt": (
                "A half-built three-storey concrete house with exposed rebar rises "
                "above adobe homes in a hillside village in western Guatemala"
            ),
            "credit": "Istmo Images/ Carlos Chavajay",
            "caption": (
                "Houses built with remittances tower over older adobe homes in San "
                "Bartolo Xecaj."
            ),
        },
        "body": [
            (
                "paragraph",
                "The houses tell you who has family in the North. In San Bartolo "
                "Xecaj, a Mam-speaking village in the mountains of western "
                "Guatemala, the older homes are single-storey adobe with tin roofs. "
                "The newer ones rise three floors in grey concrete, with tinted "
                "windows, tiled façades and rebar left sticking out of the roof in "
                "anticipation of a fourth. Residents call them “remittance houses”, "
                "and they are built a wall at a time, whenever the next transfer "
                "arrives.",
            ),
            (
                "paragraph",
                "Remittances are now worth close to a fifth of Guatemala’s economy "
                "by most estimates, more than the country earns from coffee, "
                "bananas and sugar combined. In villages like San Bartolo, the "
                "share is far higher. Almost every family here has at least one "
                "member working in the United States — in meatpacking plants in "
                "Nebraska, on construction sites in Texas or in restaurant kitchens "
                "in New Jersey — and the money they send back pays for food, "
                "school, medicine and debts.",
            ),
            (
                "paragraph",
                "The debts come first. Fabiola Ramírez, 43, explains that her "
                "eldest son borrowed the equivalent of about $14,000 from a local "
                "lender to pay a smuggler to take him north three years ago. For "
                "the first eighteen months, nearly everything he sent went towards "
                "repaying the loan, at an interest rate of 10 percent a month. Only "
                "now, she says, has the family started to build. She points to a "
                "second-floor room with no windows yet. “That is his room,” she "
                "says. “For when he comes back.”",
            ),
            (
                "quote",
                {
                    "text": (
                        "People in Washington talk about remittances as if they "
                        "were a favour. Here they are the economy. Without them "
                        "there is no bank, no pharmacy, no hardware store in this "
                        "village."
                    ),
                    "source": (
                        "Eduardo López Mejía, manager of a savings cooperative in "
                        "San Bartolo Xecaj"
                    ),
                },
            ),
            ("heading", "A levy on every transfer"),
            (
                "paragraph",
                "That economy is now anxious about a proposal in Washington. "
                "Lawmakers in the House of Representatives have floated a levy on "
                "outbound money transfers sent by people who are not American "
                "citizens, pitched by its sponsors as a way to raise revenue and "
                "discourage irregular migration. The measure’s prospects in the "
                "Senate are uncertain, and its backers have already lowered the "
                "proposed rate once. But news of it spread quickly through WhatsApp "
                "groups linking villages like San Bartolo with their diasporas.",
            ),
            (
                "paragraph",
                "Economists who study remittances say a levy of a few percent would "
                "be unlikely to stop transfers, but could push some of them into "
                "informal channels, such as couriers carrying cash or unregistered "
                "agents who settle balances through trade invoices. “Remittances "
                "are remarkably resilient because the motive is family obligation,” "
                "said Helen Marsh, a payments researcher at a Washington "
                "think-tank. “What a tax changes is the route, and the informal "
                "routes are the ones nobody can see.”",
            ),
            (
                "paragraph",
                "At the money-transfer counter inside the village pharmacy, the "
                "clerk, Rosa Elvira Ordóñez, says the number of transactions jumped "
                "in the weeks after the proposal was reported, as migrants sent "
                "larger sums in case fees rose. She pays out perhaps forty "
                "transfers on a busy Saturday, most between $200 and $500. "
                "Recipients arrive from surrounding hamlets in their best clothes, "
                "she says, because collecting money from the North is something of "
                "an occasion.",
            ),
            (
                "paragraph",
                "Not everyone sees the dependence as healthy. The village’s parish "
                "priest, who has served in the area for two decades, worries that "
                "remittances have hollowed out farming and emptied classrooms of "
                "teenage boys. Land on the steep slopes around San Bartolo that "
                "once grew maize and beans lies fallow, because families no longer "
                "need to farm it. “We have houses but no one to live in them,” he "
                "says. “The money comes, but the people do not.”",
            ),
            (
                "paragraph",
                "Guatemala’s government has lobbied quietly against the levy, and "
                "its officials argue that it would punish precisely the households "
                "that American development programmes are trying to help stay put. "
                "Several aid projects funded by Washington in the western highlands "
                "aim to create jobs that would make migration less necessary. A "
                "transfer tax, one Guatemalan diplomat said, would take away with "
                "one hand what development aid offers with the other.",
            ),
            (
                "paragraph",
                "For Fabiola Ramírez, the debate feels both distant and alarming. "
                "Her son calls every Sunday, she says, and has told her that he "
                "will keep sending money whatever it costs. What worries her more "
                "is the talk of deportations she hears on the radio. If he is sent "
                "back before the house is finished, the debt will be paid but the "
                "walls will stay grey. “And then,” she says, “his younger brother "
                "will want to go.”",
            ),
        ],
        "update": None,
        "corrections": [],
    },
    {
        "slug": "costa-rica-run-off-security-fears",
        "headline": (
            "Costa Rica heads to a run-off as crime fears reshape a "
            "once-predictable race"
        ),
        "dek": (
            "A former prosecutor promising a hard line on drug gangs finished first "
            "in Sunday’s presidential vote but fell short of the threshold needed "
            "to avoid a second round."
        ),
        "type": "news",
        "section": "americas",
        "tags": ["Elections", "Security"],
        "authors": [("tomas-ibarra", "")],
        "hours_ago": 36,
        "image": {
            "alt": (
                "Election workers count paper ballots at a folding table in a San "
                "José school gymnasium as party observers look on"
            ),
            "credit": "Central American Press Pool/ Andrea Solís",
            "caption": (
                "Ballots are counted at a polling station in San José on Sunday "
                "evening."
            ),
        },
        "body": [
            (
                "paragraph",
                "Costa Rica will hold a presidential run-off in two months after no "
                "candidate cleared the 40 percent threshold in Sunday’s first "
                "round, according to preliminary results from the electoral "
                "tribunal. Elena Vargas Quesada, a former chief prosecutor who "
                "campaigned on a promise to confront drug-trafficking networks, led "
                "with 37.8 percent. Rodrigo Araya Mora, an economist and former "
                "finance official running on a platform of fiscal restraint and "
                "expanded social programmes, took 31.4 percent.",
            ),
            (
                "paragraph",
                "The result caps a campaign dominated by an issue that would have "
                "seemed marginal a decade ago. Costa Rica, long regarded as one of "
                "the safest and most stable democracies in Latin America, has seen "
                "its homicide rate climb to record levels, driven largely by turf "
                "wars between local gangs tied to cocaine shipments passing through "
                "its Caribbean and Pacific ports. Polls before the vote "
                "consistently found that voters ranked insecurity as their top "
                "concern, ahead of the cost of living.",
            ),
            (
                "paragraph",
                "Vargas, who has never held elected office, has drawn comparisons "
                "with leaders elsewhere in Central America who have pursued mass "
                "arrests and states of exception. She has rejected the comparison, "
                "saying she would work within the constitution, but has promised to "
                "build a new maximum-security prison, expand wiretapping powers and "
                "deploy specialised police units to port areas. Her rallies drew "
                "large crowds in the coastal provinces of Limón and Puntarenas, "
                "where violence has been most acute.",
            ),
            (
                "quote",
                {
                    "text": (
                        "People are not voting for a strongman. They are voting for "
                        "somebody who says out loud what they see on their street "
                        "every night."
                    ),
                    "source": (
                        "Marta Solano, political scientist, Central American "
                        "Governance Observatory"
                    ),
                },
            ),
            (
                "paragraph",
                "Araya, speaking to supporters in San José on Sunday night, warned "
                "that “security without institutions is just another word for fear” "
                "and called on voters from eliminated parties to back him in the "
                "second round. He has proposed hiring more police and prosecutors "
                "but argues that the root causes of the violence lie in youth "
                "unemployment in coastal areas and underfunded schools. His "
                "campaign has been endorsed by several former ministers from across "
                "the traditional parties.",
            ),
            (
                "paragraph",
                "Turnout was about 62 percent, slightly higher than at the previous "
                "election, according to the tribunal. Twelve candidates were on the "
                "ballot, and the fragmented field meant that several parties that "
                "once dominated Costa Rican politics won single-digit shares. The "
                "tribunal said final results for the presidential contest and the "
                "57-seat Legislative Assembly would be certified in the coming "
                "weeks, after a manual count of all tally sheets.",
            ),
            (
                "paragraph",
                "Early seat projections suggest that neither leading candidate will "
                "command a majority in the assembly, which would force the next "
                "president to negotiate with smaller parties to pass security "
                "legislation or budget reforms. Analysts noted that Vargas’s party, "
                "founded less than two years ago, appeared on course to win around "
                "a dozen seats, giving it a significant bloc but leaving it far "
                "from control.",
            ),
            (
                "paragraph",
                "Markets reacted calmly on Monday, with the colón steady against "
                "the dollar. Costa Rica has attracted substantial investment in "
                "medical-device manufacturing and business services over the past "
                "decade, and business groups have urged both candidates to keep "
                "that model intact. Ratings agencies said they would watch the "
                "run-off campaign for signs of how the next government would manage "
                "a public debt that, while falling, remains above 60 percent of GDP.",
            ),
            (
                "paragraph",
                "Both campaigns are expected to court the roughly 30 percent of "
                "voters who backed other candidates. Vargas said on Sunday that she "
                "would invite “all Costa Ricans who are tired of being afraid” to "
                "join her movement. Araya’s team said it would propose debates in "
                "every province. The run-off campaign officially begins next week, "
                "and the first televised debate is expected shortly afterwards.",
            ),
        ],
        "update": None,
        "corrections": [
            {
                "hours_after": 18,
                "text": (
                    "An earlier version of this article misstated the second-placed "
                    "candidate’s share of the vote. It was 31.4 percent, not 34.1 "
                    "percent."
                ),
            },
        ],
    },
    {
        "slug": "amazon-land-registry-not-helicopters",
        "headline": (
            "The Amazon’s most powerful enforcement tool is a land registry, not a "
            "helicopter"
        ),
        "dek": (
            "Raids make for dramatic footage, but until Brazil settles who owns the "
            "forest’s vast public lands, clearing will keep returning to wherever "
            "the agents are not."
        ),
        "type": "opinion",
        "section": "americas",
        "tags": ["Climate", "Human Rights"],
        "authors": [("tomas-ibarra", "")],
        "hours_ago": 124,
        "image": {
            "alt": (
                "An aerial view of a straight-edged clearing cut into dense "
                "rainforest, with a dirt track leading to a cattle pasture"
            ),
            "credit": "Meridian Photo Service/ Beatriz Amaral",
            "caption": (
                "Clearings on undesignated public land, such as this one in Pará, "
                "account for a large share of recent deforestation."
            ),
        },
        "body": [
            (
                "paragraph",
                "Every year, the images return: agents in khaki rappelling from "
                "helicopters, bulldozers seized in the mud, stacks of illegal "
                "timber set alight. Such operations matter. They show that the "
                "Brazilian state is present in places where it has long been "
                "absent, and in the eastern Amazon they have helped bring clearing "
                "down from its recent peaks. But they treat the symptom. The "
                "disease is that tens of millions of hectares of the Amazon still "
                "belong, in effect, to nobody.",
            ),
            (
                "paragraph",
                "These are the so-called undesignated public forests — land that "
                "the federal or state governments own but have never assigned to a "
                "purpose, whether as a conservation unit, an Indigenous territory "
                "or a sustainable-use reserve. By most estimates they cover an area "
                "larger than Spain. And because nobody is clearly responsible for "
                "them, they are where speculators go first. Clear the forest, put a "
                "few cattle on it, register a claim and wait for an amnesty to turn "
                "possession into title.",
            ),
            (
                "pullquote",
                "Clear the forest, put a few cattle on it, register a claim and "
                "wait for an amnesty to turn possession into title.",
            ),
            (
                "paragraph",
                "That last step is the crucial one. Brazil’s land laws have "
                "repeatedly been amended to regularise occupations up to a cut-off "
                "date, and the cut-off has repeatedly been moved. Each time, the "
                "message to land grabbers is the same: what you take today may be "
                "yours tomorrow. No amount of enforcement can overcome an incentive "
                "that large, because the value of stolen forest rises the moment it "
                "is cleared and fenced.",
            ),
            (
                "paragraph",
                "The fix is not mysterious. The government should designate the "
                "remaining public forests, prioritising those under the heaviest "
                "pressure, and make the designation stick. Much of the land could "
                "become Indigenous territories or reserves managed by traditional "
                "communities, whose record of keeping forest standing is better "
                "than that of many strictly protected areas. The rest could be "
                "allocated as national forests, where logging concessions are "
                "tightly regulated and monitored.",
            ),
            (
                "paragraph",
                "Just as important is repairing the self-declared <a "
                'href="https://example.org/explainers/amazon-rural-registry">rural '
                "environmental registry</a>, known by its Portuguese initials as "
                "the CAR. Designed as a tool for compliance, it has become a tool "
                "for land grabbing, because anyone can register a claim online and "
                "the system overlaps with public land on a vast scale. Claims on "
                "undesignated public forest should be cancelled automatically, not "
                "left to linger as a kind of pre-title that buyers and banks treat "
                "as legitimate.",
            ),
            (
                "paragraph",
                "Critics will say that designating land is slow and politically "
                "costly, and they are right. Powerful agribusiness lawmakers in "
                "Brasília have fought every attempt to restrict titling, and state "
                "governments in the Amazon often side with them. But the "
                "alternative is an endless cycle in which enforcement budgets rise "
                "and fall with each election and the forest is defended only for as "
                "long as the money lasts. Designation, once done, is much harder to "
                "reverse.",
            ),
            (
                "paragraph",
                "Foreign governments that want to help should focus their money "
                "here too. Funding for satellite monitoring and police operations "
                "is welcome, but it is a recurring cost with no end date. Paying "
                "for the surveys, legal work and community consultations needed to "
                "designate land is a one-off investment that changes incentives "
                "permanently. It also puts resources in the hands of Indigenous and "
                "traditional communities, who do the daily work of guarding the "
                "forest.",
            ),
            (
                "paragraph",
                "The helicopters will still be needed. Criminal networks involved "
                "in illegal mining and timber will not disappear because a map has "
                "been redrawn. But a map matters more than it seems. In the Amazon, "
                "the line between legal and illegal has too often been drawn after "
                "the fact, by whoever cleared first. Drawing it before the "
                "chainsaws arrive is the most effective conservation policy Brazil "
                "has not yet fully tried.",
            ),
        ],
        "update": None,
        "corrections": [],
    },
    {
        "slug": "colombia-ceasefire-map-fraying-cauca",
        "headline": "Colombia’s ceasefire map is fraying at the edges",
        "dek": (
            "Talks with armed groups were meant to shrink violence region by "
            "region, but in the southwest the pauses have let rival factions "
            "regroup and fight over coca and gold."
        ),
        "type": "analysis",
        "section": "americas",
        "tags": ["Security", "Human Rights"],
        "authors": [("tomas-ibarra", "")],
        "hours_ago": 148,
        "image": {
            "alt": (
                "Soldiers stand guard beside an armoured vehicle on a mountain road "
                "in Cauca, with coca fields visible on the slopes below"
            ),
            "credit": "Andes Image Collective/ Natalia Ospina",
            "caption": "",
        },
        "body": [
            (
                "paragraph",
                "When the government in Bogotá began negotiating with Colombia’s "
                "remaining armed groups, the promise was that violence could be "
                "reduced incrementally: a ceasefire here, a humanitarian corridor "
                "there, each one a building block towards comprehensive agreements. "
                "The approach acknowledged that the country’s conflict no longer "
                "had a single protagonist but a patchwork of guerrilla dissidents, "
                "paramilitary successor groups and criminal organisations, each "
                "with its own territory and business model.",
            ),
            (
                "paragraph",
                "In parts of the country, the approach has shown results. Some "
                "regions have recorded fewer massacres and forced displacements "
                "during the periods covered by ceasefires. But in the southwestern "
                "department of Cauca, the mountainous corridor linking coca-growing "
                "valleys to the Pacific coast, the picture is bleaker. Local "
                "human-rights monitors recorded more killings of social leaders "
                "there last year than in any other department, and displacement "
                "from rural villages has risen.",
            ),
            ("heading", "When a pause becomes an opportunity"),
            (
                "paragraph",
                "The core problem, analysts say, is that ceasefires freeze the "
                "state’s military operations without freezing the groups’ "
                "competition with one another. A faction that is not being pursued "
                "by the army can redirect its fighters towards rivals, forcibly "
                "recruit teenagers and tax coca growers and illegal miners more "
                "aggressively. In Cauca, two dissident blocs that split from the "
                "former FARC have spent much of the ceasefire period fighting each "
                "other for control of key trafficking routes.",
            ),
            (
                "quote",
                {
                    "text": (
                        "The ceasefire was designed around the relationship between "
                        "each group and the state. But the violence communities "
                        "suffer comes mostly from the relationships between the "
                        "groups themselves."
                    ),
                    "source": (
                        "Laura Benavides, conflict researcher, Fundación Paz y "
                        "Territorio"
                    ),
                },
            ),
            (
                "paragraph",
                "Indigenous Nasa communities in northern Cauca have borne much of "
                "the cost. Their unarmed guard, the <em>Guardia Indígena</em>, "
                "patrols reservations carrying ceremonial staffs, has detained "
                "fighters and confiscated weapons, and its members have been killed "
                "in retaliation. Community leaders say they support negotiations in "
                "principle but want verification mechanisms that include them, "
                "rather than relying on reports from the armed groups themselves or "
                "from government delegations that visit only briefly.",
            ),
            (
                "paragraph",
                "The economics of the conflict have also shifted. Coca prices paid "
                "to farmers fell sharply a few years ago as cocaine markets "
                "changed, and several armed groups have diversified into illegal "
                "gold mining, the extortion of transport companies and migrant "
                "smuggling. That diversification makes the groups less dependent on "
                "any single revenue stream and harder to draw into deals built "
                "around crop substitution, the centrepiece of the rural chapters of "
                "the peace agreement signed with the FARC.",
            ),
            ("heading", "Options for Bogotá"),
            (
                "paragraph",
                "The government faces a familiar dilemma. Ending ceasefires and "
                "resuming offensive operations would appeal to critics who argue "
                "that the talks have rewarded criminality, and to the many "
                "Colombians frustrated by rising extortion in cities. But a return "
                "to military pressure has its own record of displacing violence "
                "rather than ending it, and of producing abuses that erode trust "
                "between rural communities and the security forces.",
            ),
            (
                "paragraph",
                "A middle path, favoured by several negotiators and outside "
                "mediators, would make ceasefires conditional on measurable "
                "reductions in specific behaviours — recruitment of minors, attacks "
                "on social leaders, the confinement of communities — rather than on "
                "a general cessation of hostilities with the army. Groups that "
                "failed to meet those benchmarks would lose the protections of the "
                "ceasefire in the relevant territory, while talks could continue "
                "elsewhere.",
            ),
            (
                "paragraph",
                "Such conditions would require a monitoring capacity that does not "
                "yet exist at the necessary scale. The United Nations verification "
                "mission has a mandate to observe parts of the process, but its "
                "teams are thinly spread in remote areas. Church groups and local "
                "ombudsman offices fill some gaps. Building a credible system would "
                "take money and time, two things in short supply as the government "
                "enters the final stretch of its term.",
            ),
            (
                "paragraph",
                "For residents of Cauca, the debate in Bogotá can seem abstract. "
                "What matters is whether their children can walk to school without "
                "being approached by recruiters, and whether the next checkpoint on "
                "the road belongs to the army or to a faction. The ceasefire "
                "framework was sold as a way to bring peace closer to the "
                "territories. Its future may depend on whether it can be redesigned "
                "from the territories outward.",
            ),
        ],
        "update": None,
        "corrections": [],
    },
    {
        "slug": "rio-grande-water-dispute-engineers-not-ultimatums",
        "headline": "The Rio Grande water dispute needs engineers, not ultimatums",
        "dek": (
            "Drought has turned an old water treaty between Mexico and the United "
            "States into a political flashpoint, but threats will not make rain "
            "fall on the Conchos basin."
        ),
        "type": "opinion",
        "section": "americas",
        "tags": ["Climate", "Diplomacy"],
        "authors": [("tomas-ibarra", "")],
        "hours_ago": 260,
        "image": {
            "alt": (
                "A nearly dry riverbed of cracked mud with a narrow channel of "
                "water runs beneath a road bridge near the US–Mexico border"
            ),
            "credit": "Norte Press Agency/ Iván Salcido",
            "caption": (
                "The Rio Grande near the border, where low flows have sharpened a "
                "long-running dispute over water deliveries."
            ),
        },
        "body": [
            (
                "paragraph",
                "Few international agreements are as quietly important, or as "
                "poorly understood, as the treaty that governs how Mexico and the "
                "United States share the waters of the Rio Grande and the Colorado. "
                "Signed during the Second World War, it obliges Mexico to deliver a "
                "set volume of water from its tributaries into the Rio Grande over "
                "five-year cycles, while the United States delivers water from the "
                "Colorado to Mexico. For decades it worked well enough that almost "
                "nobody outside the border region noticed it.",
            ),
            (
                "paragraph",
                "That era is over. A prolonged drought across northern Mexico has "
                "left reservoirs in Chihuahua at historic lows, and Mexico is once "
                "again behind on its deliveries as a cycle nears its end. Farmers "
                "in South Texas, whose irrigation districts depend on the water, "
                "are angry. Politicians on the American side have responded with "
                "demands that Washington withhold aid, impose tariffs or otherwise "
                "punish Mexico until the deficit is cleared. That would be a "
                "mistake.",
            ),
            (
                "paragraph",
                "Start with the hydrology. The treaty’s authors anticipated "
                "extraordinary drought; the agreement allows a deficit to be "
                "carried into the next cycle under those conditions. The dispute is "
                "over whether Mexico’s shortfalls reflect genuine scarcity or "
                "choices, such as permitting an expansion of irrigation in "
                "Chihuahua that consumes water which might otherwise flow "
                "downstream. Both are partly true. Mexican farmers have expanded "
                "pecan and alfalfa production in the basin even as the climate has "
                "grown drier.",
            ),
            (
                "paragraph",
                "But coercion is the wrong tool for that problem. When Mexican "
                "authorities have tried in the past to release water from "
                "Chihuahua’s dams to meet treaty obligations, local farmers have "
                "occupied the installations and clashed with security forces. Any "
                "Mexican government that is seen to be surrendering scarce water to "
                "the United States under pressure will face a backlash at home that "
                "makes future deliveries less likely, not more.",
            ),
            (
                "pullquote",
                "Threats will not make rain fall on the Conchos basin; they will "
                "only make the water that does fall harder to share.",
            ),
            (
                "paragraph",
                "The better path runs through the institution the treaty itself "
                "created: the binational boundary and water commission, staffed by "
                "engineers on both sides who have spent decades negotiating "
                "technical amendments, known as minutes. Those minutes have "
                "previously allowed the two countries to share shortages on the "
                "Colorado, fund conservation projects and restore flows to the "
                "river’s delta. They are slow and unglamorous, which is precisely "
                "their virtue.",
            ),
            (
                "paragraph",
                "A new minute for the Rio Grande could do three things. It could "
                "set clearer rules for what counts as extraordinary drought, "
                "reducing the scope for argument at the end of each cycle. It could "
                "establish a schedule for more regular deliveries, so that Texas "
                "farmers are not left waiting until the final months. And it could "
                "channel American investment into irrigation efficiency in "
                "Chihuahua, so that water saved upstream is partly credited towards "
                "Mexico’s obligations.",
            ),
            (
                "paragraph",
                "That last idea will strike some in Washington as paying Mexico to "
                "honour a treaty. It is better understood as buying water at the "
                "cheapest available price. Lining canals and modernising irrigation "
                "in the Conchos basin would cost a fraction of what drought relief "
                "for South Texas agriculture already costs the federal government, "
                "and it would ease the political pressure on Mexican officials who "
                "must explain the deliveries to their own farmers.",
            ),
            (
                "paragraph",
                "The two countries have far bigger matters to manage together — "
                "trade, migration, fentanyl, security cooperation — and the water "
                "dispute is increasingly being folded into those larger bargains. "
                "That is understandable but dangerous. Water should be the one file "
                "insulated from brinkmanship, because the climate will keep making "
                "it scarcer. An agreement built on engineering can survive a bad "
                "year; one extracted by threats will collapse in the next drought.",
            ),
        ],
        "update": None,
        "corrections": [],
    },
    {
        "slug": "caribbean-finance-ministers-hurricane-debt-clauses",
        "headline": (
            "Caribbean finance ministers push lenders to add hurricane pause "
            "clauses to debt"
        ),
        "dek": (
            "Small island states want creditors to let them suspend debt payments "
            "after major storms, arguing that recovery should not compete with "
            "bondholders for scarce cash."
        ),
        "type": "news",
        "section": "americas",
        "tags": ["Debt", "Climate"],
        "authors": [("tomas-ibarra", "")],
        "hours_ago": 412,
        "image": {
            "alt": (
                "Workers repair a damaged roof on a pastel-coloured house "
                "overlooking a small harbour on a Caribbean island after a hurricane"
            ),
            "credit": "Island Wire/ Keisha Baptiste",
            "caption": (
                "Reconstruction under way in a coastal village after last season’s "
                "hurricane."
            ),
        },
        "body": [
            (
                "paragraph",
                "Finance ministers from several Eastern Caribbean states called on "
                "Thursday for multilateral lenders and private creditors to include "
                "so-called hurricane clauses in all new loans and bonds, allowing "
                "governments to defer debt payments for up to two years after a "
                "major natural disaster. The appeal, issued at the close of a "
                "two-day meeting in Castries, Saint Lucia, follows an unusually "
                "destructive storm season that left two member states facing "
                "reconstruction bills worth more than a third of their annual "
                "output.",
            ),
            (
                "paragraph",
                "Climate-resilient debt clauses, as they are formally known, have "
                "been adopted by a handful of lenders in recent years, including "
                "some development banks and export-credit agencies. But ministers "
                "said coverage remained patchy, and that most of the region’s "
                "commercial debt and bilateral loans still contain no such "
                "provision. In a joint communiqué, they also urged credit-rating "
                "agencies not to treat a clause-triggered deferral as a default.",
            ),
            (
                "quote",
                {
                    "text": (
                        "After a hurricane, we are asked to choose between paying "
                        "nurses and paying coupons. A clause written in advance "
                        "means we do not have to make that choice in the rubble."
                    ),
                    "source": (
                        "Annette Fontaine, head of the regional debt-management "
                        "secretariat"
                    ),
                },
            ),
            ("heading", "Who pays for the pause"),
            (
                "paragraph",
                "The clauses do not cancel debt. Deferred payments are added to the "
                "end of the loan’s life, and interest usually continues to accrue, "
                "so that the lender’s net present value is broadly preserved. Their "
                "value lies in timing: a government that would otherwise have to "
                "divert cash to creditors in the months after a storm can instead "
                "spend it on shelters, clinics and debris removal, when the returns "
                "on that spending are highest.",
            ),
            (
                "paragraph",
                "Some private investors have been wary, arguing that the clauses "
                "introduce uncertainty that should be priced into higher yields. "
                "Ministers countered that the region’s experience showed the "
                "opposite: without a pause, governments hit by disasters have often "
                "ended up in disorderly restructurings that imposed much larger "
                "losses on creditors. Representatives of two large bond funds who "
                "attended the meeting as observers said they were open to standard "
                "terms but wanted clear, independently verified triggers.",
            ),
            (
                "paragraph",
                "Triggers are the technical heart of the debate. Most existing "
                "clauses rely on parametric measures, such as wind speed or "
                "rainfall recorded in a defined area, or on payouts from the "
                "region’s catastrophe-insurance facility. Ministers asked lenders "
                "to broaden the triggers to include severe flooding and drought, "
                "which can cause substantial damage but rarely meet thresholds "
                "designed with hurricanes in mind.",
            ),
            (
                "paragraph",
                "The meeting also discussed a proposal for a regional resilience "
                "fund, financed by contributions from member states and donors, "
                "that could provide bridge financing in the immediate aftermath of "
                "a disaster. Officials said the idea was at an early stage and "
                "would require backing from development banks, several of which are "
                "reviewing how to expand lending to small states without breaching "
                "their own capital rules.",
            ),
            ("heading", "A test for Washington"),
            (
                "paragraph",
                "The appeal is likely to feature at the spring meetings of the "
                "International Monetary Fund and World Bank, where small island "
                "states have long complained that eligibility rules for "
                "concessional finance, based largely on income per head, ignore "
                "their exposure to climate shocks. Several Caribbean countries are "
                "classed as upper-middle-income or high-income and are therefore "
                "excluded from the cheapest loans, despite being among the most "
                "vulnerable to storms.",
            ),
            (
                "paragraph",
                "Delegates said they would also press the United States, the "
                "largest shareholder in both institutions, to back the clauses. "
                "American officials have expressed support in principle for "
                "disaster-related debt pauses but have not committed to using them "
                "across all bilateral lending. A summary of the meeting circulated "
                "to participants said a Treasury representative who joined by video "
                "had described Washington as “studying options” to align its "
                "lending practices with the emerging standard.",
            ),
            (
                "paragraph",
                "Ministers agreed to reconvene before the start of the next "
                "hurricane season to review progress. In the meantime, each "
                "government will commission a review of its existing debt to "
                "identify which loans could be renegotiated to include clauses. "
                "“The season begins whether we are ready or not,” Fontaine said as "
                "she closed the session.",
            ),
        ],
        "update": None,
        "corrections": [],
    },
    {
        "slug": "house-appropriators-cut-foreign-aid-senate-resists",
        "headline": (
            "House appropriators cut economic aid as Senate signals a fight over "
            "the foreign-aid bill"
        ),
        "dek": (
            "A House subcommittee approved deep reductions to development and "
            "global health accounts, setting up a clash with Senate appropriators "
            "who want to protect core programmes."
        ),
        "type": "news",
        "section": "washington",
        "tags": ["Diplomacy", "Food Security"],
        "authors": [("daniel-whitcombe", "")],
        "hours_ago": 4,
        "image": {
            "alt": (
                "Members of a House appropriations subcommittee sit at a curved "
                "wooden dais during a markup session as staff confer behind them"
            ),
            "credit": "Capitol Lens/ Graham Ashby",
            "caption": (
                "The House subcommittee during Wednesday’s markup of the state and "
                "foreign operations bill."
            ),
        },
        "body": [
            (
                "paragraph",
                "A House appropriations subcommittee on Wednesday approved a "
                "spending bill for the State Department and foreign assistance that "
                "would cut economic and development aid by roughly a fifth compared "
                "with current levels, while increasing funding for security "
                "assistance to partners in the Indo-Pacific and for embassy "
                "security. The bill passed on a party-line vote of 8 to 5 after a "
                "markup that stretched into the evening and featured sharp "
                "exchanges over global health and humanitarian programmes.",
            ),
            (
                "paragraph",
                "The measure now goes to the full appropriations committee, but its "
                "prospects in its current form are dim. Senate appropriators from "
                "both parties have signalled that they will write their own version "
                "with substantially higher levels for development and health, "
                "setting up a negotiation that is likely to be folded into a "
                "broader year-end spending package. Aides in both chambers said a "
                "stopgap resolution extending current funding levels into the new "
                "fiscal year was increasingly likely.",
            ),
            (
                "paragraph",
                "Supporters of the House bill argued that it reflects a need to "
                "concentrate scarce resources on strategic competition. The bill "
                "would add funds for maritime security in Southeast Asia, for coast "
                "guard training in the Pacific islands and for a programme that "
                "helps partners finance alternatives to Chinese-built "
                "infrastructure. It would also restrict funding to several United "
                "Nations agencies and eliminate a number of climate-related "
                "accounts.",
            ),
            (
                "quote",
                {
                    "text": (
                        "Every dollar in this bill has to answer a simple question: "
                        "does it make Americans safer or more prosperous? Some "
                        "long-running programmes could not answer it."
                    ),
                    "source": "Kyle Brennan, spokesman for the subcommittee’s majority",
                },
            ),
            (
                "paragraph",
                "Democrats on the subcommittee said the cuts would fall hardest on "
                "programmes that save lives at low cost, including maternal health, "
                "malaria prevention and emergency food assistance. An amendment to "
                "restore funding for the international disaster assistance account "
                "was rejected, as was a proposal to shield global health programmes "
                "from an across-the-board reduction. Aid organisations said the "
                "bill would force them to plan for cuts to field operations in East "
                "Africa and the Sahel.",
            ),
            (
                "paragraph",
                "The bill would cut the main humanitarian food-aid account by about "
                "a third, a reduction that farm-state lawmakers of both parties "
                "have previously resisted because the programme buys American "
                "commodities. Several agricultural groups sent a letter to the "
                "committee before the markup urging it to maintain funding, and at "
                "least two majority members said they would seek to restore some of "
                "the money when the bill reaches the full committee.",
            ),
            (
                "paragraph",
                "In the Senate, the leaders of the relevant appropriations "
                "subcommittee have said they aim to produce a bipartisan bill with "
                "funding close to current levels. A Senate appropriations aide said "
                "on Wednesday evening that the House bill was “a starting point for "
                "a conversation, not a blueprint,” and that senators were unlikely "
                "to accept the proposed reductions to global health.",
            ),
            (
                "paragraph",
                "The fight comes as the administration has sought to reorganise "
                "foreign assistance, consolidating some programmes within the State "
                "Department and reviewing others for possible termination. "
                "Lawmakers from both parties have complained that the executive "
                "branch has been slow to spend money already appropriated, and "
                "several provisions in the House bill would require more detailed "
                "reporting on obligations and disbursements.",
            ),
            (
                "paragraph",
                "Foreign aid accounts for about one percent of the federal budget, "
                "a figure that polls consistently show most Americans vastly "
                "overestimate. The full House appropriations committee is expected "
                "to take up the bill next week. Floor consideration has not been "
                "scheduled, and leadership aides said it was possible the bill "
                "would never receive a standalone vote before being merged into a "
                "larger package.",
            ),
        ],
        "update": {
            "hours_after": 3,
            "note": (
                "This article was updated to include the subcommittee’s final vote "
                "tally and a response from Senate appropriations staff."
            ),
        },
        "corrections": [],
    },
    {
        "slug": "export-control-rule-chipmaking-tools-servicing",
        "headline": (
            "Washington’s new chip-tool export rule is really a test of its allies"
        ),
        "dek": (
            "A proposed rule extends controls to servicing and spare parts for "
            "advanced chipmaking equipment, and its success depends on whether "
            "Dutch and Japanese suppliers follow suit."
        ),
        "type": "analysis",
        "section": "washington",
        "tags": ["Technology", "Sanctions", "Trade"],
        "authors": [("marcus-feld", "")],
        "hours_ago": 28,
        "image": {
            "alt": (
                "A technician in a white cleanroom suit inspects a lithography "
                "machine under yellow light in a semiconductor plant"
            ),
            "credit": "Meridian Photo Service/ Owen Hartley",
            "caption": (
                "A technician works on lithography equipment; the proposed rule "
                "would cover servicing as well as sales."
            ),
        },
        "body": [
            (
                "paragraph",
                "The Commerce Department’s latest proposed export-control rule is, "
                "on paper, a narrow technical amendment. It would require licences "
                "for American companies and their foreign subsidiaries to provide "
                "maintenance, repairs and spare parts for certain advanced "
                "semiconductor-manufacturing tools already installed at fabrication "
                "plants in China. Behind the dense regulatory language lies a "
                "significant shift: Washington is moving from restricting what "
                "China can buy to restricting its ability to keep running what it "
                "already has.",
            ),
            (
                "paragraph",
                "Chipmaking tools are not appliances that can be bought and "
                "forgotten. Lithography, etching and deposition machines require "
                "constant servicing by engineers from the manufacturers, along with "
                "a steady supply of proprietary parts. Industry analysts estimate "
                "that service contracts account for a substantial share of "
                "equipment makers’ revenue in China. Cutting off that support "
                "would, over time, degrade the performance of advanced production "
                "lines even without any new restrictions on sales.",
            ),
            ("heading", "The allied question"),
            (
                "paragraph",
                "The difficulty is that American firms are not the only suppliers. "
                "The most advanced lithography systems are made in the Netherlands, "
                "and Japanese companies dominate several other categories of "
                "equipment and materials. If the rule applies only to American "
                "companies, Chinese fabs could shift service contracts to "
                "competitors, and American firms would lose revenue without denying "
                "China much capability. Officials have said they are in discussions "
                "with both governments about parallel measures.",
            ),
            (
                "quote",
                {
                    "text": (
                        "Unilateral controls on servicing are a gift to whoever is "
                        "still allowed to turn up with a toolbox. The rule works "
                        "only if the toolboxes are controlled everywhere."
                    ),
                    "source": (
                        "Natalie Cho, former export-control official, Center for "
                        "Technology Statecraft"
                    ),
                },
            ),
            (
                "paragraph",
                "Past experience suggests alignment is possible but slow. When "
                "Washington imposed sweeping controls on advanced chips and "
                "chipmaking equipment, allied governments took months to adopt "
                "their own measures, and the resulting rules differed in scope and "
                "in their treatment of existing customers. Dutch and Japanese "
                "officials have stressed that their controls rest on their own "
                "national-security assessments, a formulation that preserves their "
                "autonomy and signals discomfort with being seen to follow American "
                "instructions.",
            ),
            (
                "paragraph",
                "Companies in those countries have commercial reasons for caution. "
                "China has become the largest market for chip-equipment makers over "
                "the past few years, as Chinese firms have stockpiled tools ahead "
                "of expected restrictions. Servicing revenue is particularly "
                "valuable because it is stable and high-margin. European and "
                "Japanese executives have argued privately that further "
                "restrictions would accelerate China’s efforts to develop domestic "
                "alternatives, eventually eroding the market for everyone.",
            ),
            ("heading", "Enforcement beyond the border"),
            (
                "paragraph",
                "The proposed rule also leans on the foreign direct product rule, "
                "which extends American controls to items made abroad using "
                "American technology. That mechanism gives Washington leverage over "
                "foreign suppliers whose tools contain American components, but "
                "using it aggressively against allies carries diplomatic costs. "
                "Officials have so far preferred to negotiate rather than impose, "
                "holding the mechanism in reserve as an incentive for partners to "
                "act on their own.",
            ),
            (
                "paragraph",
                "Enforcement poses its own challenges. Servicing can be performed "
                "by local engineers trained by manufacturers, by third-party firms "
                "or, increasingly, by Chinese companies that have "
                "reverse-engineered parts. Tracking whether a given repair violates "
                "the rule will require information that regulators do not currently "
                "have, and the Bureau of Industry and Security, the Commerce agency "
                "responsible, has long complained that its enforcement staff is too "
                "small for its expanding mandate.",
            ),
            (
                "paragraph",
                "The public comment period on the rule runs for 60 days, and "
                "industry groups have already signalled that they will ask for "
                "longer transition periods and clearer definitions of covered "
                "activities. Once finalised, the rule would take effect after 90 "
                "days. Whatever its final form, the outcome will be judged less by "
                "the text published in the Federal Register than by what happens in "
                "The Hague and Tokyo in the months that follow.",
            ),
        ],
        "update": None,
        "corrections": [
            {
                "hours_after": 20,
                "text": (
                    "An earlier version of this article misstated the timeline of "
                    "the proposed rule. The public comment period lasts 60 days, "
                    "and the rule would take effect 90 days after final "
                    "publication, not 60."
                ),
            },
        ],
    },
    {
        "slug": "sanctions-waivers-make-sanctions-defensible",
        "headline": (
            "Sanctions waivers are not loopholes. They are what make sanctions "
            "defensible"
        ),
        "dek": (
            "Congress is debating whether to narrow humanitarian exemptions, but "
            "stripping them out would hurt civilians, burden banks and hand "
            "adversaries an easy propaganda win."
        ),
        "type": "opinion",
        "section": "washington",
        "tags": ["Sanctions", "Food Security", "Human Rights"],
        "authors": [("marcus-feld", "")],
        "hours_ago": 76,
        "image": {
            "alt": (
                "Sacks of wheat flour stamped with a relief agency logo are stacked "
                "in a warehouse while workers load a truck"
            ),
            "credit": "Relief Image Bank/ Yusuf Karam",
            "caption": (
                "Food aid awaiting distribution; aid groups say banks often refuse "
                "to process payments linked to sanctioned countries."
            ),
        },
        "body": [
            (
                "paragraph",
                "A bill moving through the House would require the Treasury to "
                "notify Congress thirty days before issuing or renewing any general "
                "licence that permits humanitarian transactions involving "
                "sanctioned governments, and would allow lawmakers to block such "
                "licences by joint resolution. Its sponsors say the aim is "
                "accountability: too many waivers, they argue, have become "
                "permanent fixtures that blunt the impact of sanctions and reward "
                "bad actors. The instinct is understandable. The bill is still a "
                "mistake.",
            ),
            (
                "paragraph",
                "Humanitarian exemptions exist because broad sanctions, left "
                "unqualified, hurt the wrong people. Food and medicine are almost "
                "never sanctioned directly, but the financial restrictions that "
                "accompany sanctions make banks, insurers and shippers unwilling to "
                "touch anything connected to a targeted country. General licences "
                "provide the legal clarity that lets a pharmaceutical exporter get "
                "paid or an aid group transfer salaries to staff in the field. "
                "Without them, compliance departments default to saying no.",
            ),
            (
                "paragraph",
                "That default is well documented. Aid organisations have reported "
                "payments delayed for months, bank accounts closed and shipments "
                "stranded in port because a correspondent bank could not be sure a "
                "transaction was permitted. Every one of those delays falls on "
                "civilians: patients waiting for insulin, families waiting for "
                "flour. The regimes that sanctions target, by contrast, have the "
                "smuggling networks and front companies that allow their elites to "
                "keep importing what they want.",
            ),
            (
                "pullquote",
                "Sanctions that starve civilians while elites keep shopping are not "
                "tough; they are simply badly designed.",
            ),
            (
                "paragraph",
                "Adding a congressional review period would make this problem "
                "worse. A general licence that might be blocked in thirty days is "
                "not much of a licence at all. Banks would wait to see whether "
                "Congress acts before processing transactions, and the humanitarian "
                "pipeline would seize up every time a renewal came due. The "
                "uncertainty itself would do the damage, regardless of whether "
                "lawmakers ever actually voted to block anything.",
            ),
            (
                "paragraph",
                "The bill’s supporters point to real cases in which waivers have "
                "been abused, with sanctioned entities using humanitarian channels "
                "to move money for other purposes. The right response is better "
                "enforcement, not fewer licences. The Treasury can require more "
                "detailed reporting from licensed organisations, audit a sample of "
                "transactions and revoke licences for specific actors who abuse "
                "them. Those tools are targeted. A blanket review requirement is "
                "not.",
            ),
            (
                "paragraph",
                "There is also a strategic cost. Adversaries routinely blame "
                "American sanctions for their own economic mismanagement, and in "
                "much of the world that argument finds a receptive audience. "
                "Credible humanitarian exemptions are the best rebuttal, because "
                "they demonstrate that Washington is targeting governments rather "
                "than populations. Weakening them would hand Moscow, Tehran and "
                "Caracas a propaganda gift and make it harder to persuade partners "
                "in Africa, Asia and Latin America to enforce sanctions at all.",
            ),
            (
                "paragraph",
                "Finally, waivers are the point at which sanctions policy can "
                "adapt. Sanctions are meant to change behaviour, which means they "
                "must be adjustable when behaviour changes or when a humanitarian "
                "situation deteriorates. The ability to issue a licence quickly — "
                "after an earthquake, say, or during an outbreak of disease — is "
                "part of what makes the broader regime sustainable. Congress should "
                "want that flexibility preserved, not tangled in procedure.",
            ),
            (
                "paragraph",
                "Lawmakers who want more oversight of sanctions policy have "
                "legitimate options. They can demand regular briefings, commission "
                "independent assessments of sanctions’ humanitarian impact and fund "
                "the understaffed Treasury offices that process licence "
                "applications. What they should not do is turn every humanitarian "
                "exemption into a cliff edge. Sanctions that cannot be made humane "
                "will not stay politically sustainable for long, at home or abroad.",
            ),
        ],
        "update": None,
        "corrections": [],
    },
    {
        "slug": "senate-ambassador-confirmation-backlog-holds",
        "headline": (
            "Dozens of US embassies wait for ambassadors as Senate holds pile up"
        ),
        "dek": (
            "More than fifty ambassadorial nominees are awaiting Senate votes, "
            "leaving embassies in key capitals in the hands of caretakers as "
            "senators block confirmations over unrelated disputes."
        ),
        "type": "news",
        "section": "washington",
        "tags": ["Diplomacy"],
        "authors": [("daniel-whitcombe", "")],
        "hours_ago": 44,
        "image": {
            "alt": (
                "The exterior of an American embassy building with a flag on its "
                "pole and a security barrier in front, seen on an overcast day"
            ),
            "credit": "Capitol Lens/ Graham Ashby",
            "caption": "",
        },
        "body": [
            (
                "paragraph",
                "More than fifty nominees for ambassadorial posts are awaiting "
                "confirmation votes in the Senate, according to a tally maintained "
                "by the Foreign Service Alumni Network, a nonpartisan group that "
                "tracks nominations. Most have already cleared the Foreign "
                "Relations Committee, some of them months ago, but remain stalled "
                "on the floor because of holds placed by individual senators, many "
                "of them related to disputes that have little to do with the "
                "nominees themselves.",
            ),
            (
                "paragraph",
                "The backlog includes nominees for posts in several G20 countries, "
                "in most of Central America and in a number of African and Pacific "
                "island states where the United States is competing with China for "
                "influence. Embassies without confirmed ambassadors are led by "
                "chargés d’affaires, usually senior career diplomats, who can run "
                "day-to-day operations but often lack the access to heads of "
                "government and the political standing that a confirmed envoy "
                "carries.",
            ),
            (
                "quote",
                {
                    "text": (
                        "A chargé can keep the lights on. What a chargé cannot "
                        "easily do is walk into a president’s office and say, "
                        "‘Washington needs this from you by Friday.’"
                    ),
                    "source": (
                        "Patricia Lanier, retired ambassador and board member, "
                        "Foreign Service Alumni Network"
                    ),
                },
            ),
            (
                "paragraph",
                "Senate rules allow any senator to object to the unanimous consent "
                "typically used to confirm nominees in batches, forcing the "
                "majority to spend floor time on procedural votes for each one. "
                "With the floor schedule crowded by appropriations bills and "
                "judicial nominations, leaders have been reluctant to devote hours "
                "to individual ambassadors. Holds have been placed over matters "
                "ranging from a dispute over a military base relocation to "
                "documents requested from the State Department about a visa policy.",
            ),
            (
                "paragraph",
                "Majority leadership aides said on Tuesday that they were exploring "
                "a package that would allow a block of nominees to be confirmed "
                "together in exchange for votes on several measures sought by the "
                "senators holding them up. Similar deals have been struck in "
                "previous sessions, often just before long recesses. A spokesperson "
                "for one senator maintaining holds said they would be lifted once "
                "the State Department “provides the information Congress is "
                "entitled to.”",
            ),
            (
                "paragraph",
                "The State Department has warned that the vacancies are affecting "
                "its work. In a letter to the Foreign Relations Committee last "
                "month, the department said the absence of confirmed ambassadors "
                "had complicated negotiations on critical-minerals agreements and a "
                "pending defence cooperation pact, and had delayed visits by senior "
                "officials who prefer to be accompanied by an ambassador in "
                "meetings with heads of state.",
            ),
            (
                "paragraph",
                "Career diplomats make up roughly half of the pending nominees, "
                "with the rest political appointees, a ratio in line with "
                "historical norms. Some career nominees have waited so long that "
                "they have already rotated into other assignments, and at least "
                "three have withdrawn, according to the group’s tally. Associations "
                "representing foreign-service officers have warned that the delays "
                "discourage talented mid-career diplomats from seeking senior "
                "postings.",
            ),
            (
                "paragraph",
                "Foreign governments have noticed. A diplomat from a Southeast "
                "Asian country, speaking on condition of anonymity, said his "
                "government had been waiting nearly a year for an American "
                "ambassador and had begun to read the delay as a signal of "
                "declining priority. “We understand it is about the American "
                "Senate, not about us,” he said. “But our other partners do not "
                "leave their embassies empty, and our public notices the "
                "difference.”",
            ),
            (
                "paragraph",
                "Proposals to change the process have circulated for years, "
                "including reducing the number of positions requiring Senate "
                "confirmation and creating expedited procedures for career "
                "nominees. A bipartisan bill that would allow nominees for career "
                "posts to be confirmed en bloc after committee approval has been "
                "introduced but has not advanced. Until the rules change, advocates "
                "say, embassy vacancies will remain a bargaining chip in unrelated "
                "fights.",
            ),
        ],
        "update": None,
        "corrections": [],
    },
    {
        "slug": "china-tariff-review-washington-deadlock",
        "headline": "The tariff review nobody in Washington wants to finish",
        "dek": (
            "A statutory review of broad tariffs on Chinese goods is overdue, and "
            "every possible outcome threatens an industry, a constituency or an "
            "ally the administration needs."
        ),
        "type": "analysis",
        "section": "washington",
        "tags": ["Trade"],
        "authors": [("marcus-feld", "")],
        "hours_ago": 172,
        "image": {
            "alt": (
                "Stacked shipping containers and gantry cranes at a busy American "
                "port terminal, with trucks queuing at the gate"
            ),
            "credit": "Meridian Photo Service/ Owen Hartley",
            "caption": (
                "Containers at an East Coast terminal; importers say tariff "
                "uncertainty complicates their ordering."
            ),
        },
        "body": [
            (
                "paragraph",
                "Somewhere in the Office of the United States Trade Representative, "
                "a review is running late. Under the trade law used to impose a "
                "sweeping set of tariffs on Chinese goods several years ago, the "
                "government must periodically assess whether the duties are "
                "achieving their aims and whether they should be modified. The "
                "latest review has gathered thousands of public comments, held days "
                "of hearings and produced a draft that has circulated among "
                "agencies. What it has not produced is a decision.",
            ),
            (
                "paragraph",
                "The delay is not bureaucratic inertia. It reflects the fact that "
                "the tariffs, originally sold as a temporary lever to force changes "
                "in Beijing’s behaviour, have become a permanent feature of the "
                "American economy, with beneficiaries and victims who have "
                "organised around them. Any change creates losers who will make "
                "their displeasure known, and any decision to keep everything in "
                "place concedes that the lever has not moved much.",
            ),
            ("heading", "Who benefits, who pays"),
            (
                "paragraph",
                "Domestic producers of steel, aluminium, certain machinery and some "
                "consumer goods argue that the tariffs have allowed them to invest "
                "and hire. Their trade associations, and the unions that represent "
                "their workers, want the duties maintained or raised. They have "
                "allies in both parties, particularly among lawmakers from "
                "industrial states, and they can point to factory openings that it "
                "would be politically awkward to jeopardise.",
            ),
            (
                "paragraph",
                "On the other side are manufacturers that use imported components, "
                "retailers and the farm lobby, which bore the brunt of Chinese "
                "retaliation. A body of academic research has concluded that the "
                "costs of the tariffs were passed largely through to American "
                "importers and consumers. Downstream manufacturers say that higher "
                "input costs have made them less competitive against foreign rivals "
                "who face no such duties on their own supply chains.",
            ),
            (
                "quote",
                {
                    "text": (
                        "We were told the tariffs would last months. We have now "
                        "redesigned two product lines around them. Changing them "
                        "again, in either direction, costs us money."
                    ),
                    "source": (
                        "Gail Sorensen, chief executive of a Wisconsin maker of "
                        "agricultural equipment"
                    ),
                },
            ),
            (
                "pullquote",
                "A lever that has been pulled and left in place eventually stops "
                "being a lever and becomes a wall.",
            ),
            (
                "paragraph",
                "The geopolitical dimension has grown more complicated. Some of the "
                "goods subject to the tariffs are now produced partly in third "
                "countries, such as Vietnam and Mexico, by companies that shifted "
                "supply chains to avoid the duties. Raising tariffs further could "
                "push more production to those countries, which Washington is "
                "courting as partners, while feeding concerns about transshipment. "
                "Lowering them could be read on Capitol Hill as a concession to a "
                "strategic rival.",
            ),
            ("heading", "The options on the table"),
            (
                "paragraph",
                "People familiar with the draft review say it lays out three broad "
                "paths. The first would keep most tariffs unchanged while raising "
                "rates on a small set of strategic goods, such as electric-vehicle "
                "batteries and certain medical supplies. The second would create a "
                "more generous exclusion process for inputs that American "
                "manufacturers cannot source domestically. The third, favoured by "
                "some economic advisers, would combine targeted increases with "
                "broader reductions on consumer goods.",
            ),
            (
                "paragraph",
                "Each path has a political logic. Targeted increases allow the "
                "administration to claim toughness; exclusions give relief to "
                "manufacturers without formally lowering tariffs; broad reductions "
                "would ease price pressures. But exclusions in particular have a "
                "troubled history. A previous exclusion process was criticised for "
                "opacity and inconsistency, with similar products treated "
                "differently and well-connected firms apparently more successful in "
                "obtaining relief.",
            ),
            (
                "paragraph",
                "Trading partners are watching too. The European Union, Japan and "
                "Canada have their own disputes with Beijing and have quietly urged "
                "Washington to coordinate rather than act alone. Officials from "
                "several allied governments say they would be more willing to align "
                "their own trade defences if American tariffs were part of a shared "
                "framework rather than a unilateral instrument that could be "
                "changed at any moment.",
            ),
            (
                "paragraph",
                "The simplest outcome may be the most likely: a decision to keep "
                "the tariffs broadly in place, announced with modest adjustments "
                "and a promise of further review. That would avoid antagonising any "
                "constituency before the next election. It would also confirm what "
                "many in the trade community already suspect — that the tariffs "
                "have become a fixture of American economic policy, defended less "
                "for what they achieve than for the cost of removing them.",
            ),
        ],
        "update": None,
        "corrections": [],
    },
    {
        "slug": "arctic-strategy-icebreaker-gap-nordic-allies",
        "headline": (
            "Washington’s Arctic strategy promises presence. Its icebreaker fleet "
            "cannot yet deliver it"
        ),
        "dek": (
            "A new Arctic strategy commits the United States to a year-round role "
            "in the High North, but Nordic allies are asking when the ships, "
            "aircraft and funding will arrive."
        ),
        "type": "analysis",
        "section": "washington",
        "tags": ["Alliances", "Maritime", "Security"],
        "authors": [("jonas-lindqvist", ""), ("daniel-whitcombe", "Reporting by")],
        "hours_ago": 332,
        "image": {
            "alt": (
                "A red-hulled icebreaker cuts through pack ice under a low winter "
                "sun, leaving a channel of dark water behind it"
            ),
            "credit": "Nordic Frame/ Henrik Aalto",
            "caption": (
                "An icebreaker in the Barents Sea; the United States operates only "
                "a handful of polar-capable vessels."
            ),
        },
        "body": [
            (
                "paragraph",
                "The administration’s updated Arctic strategy, released last week, "
                "is more assertive in tone than its predecessors. It describes the "
                "High North as an arena of strategic competition, commits the "
                "United States to a “persistent, year-round presence” in Arctic "
                "waters and pledges closer coordination with the Nordic allies, all "
                "of which now belong to NATO. For governments in Oslo, Helsinki, "
                "Stockholm and Copenhagen, the language is welcome. The question "
                "they are asking is about the hardware behind it.",
            ),
            (
                "paragraph",
                "That hardware is thin. The United States operates a very small "
                "fleet of polar-capable icebreakers, one of which is well past its "
                "intended service life and spends long periods in maintenance. A "
                "programme to build new heavy icebreakers has suffered years of "
                "delays and cost increases, and the first vessel is not expected to "
                "enter service until the next decade. Russia, by comparison, "
                "operates dozens of icebreakers, including nuclear-powered vessels, "
                "and China has been expanding its own polar fleet.",
            ),
            ("heading", "Borrowing Nordic know-how"),
            (
                "paragraph",
                "One answer under discussion is to buy or build icebreakers with "
                "allied help. Finnish yards have built a large share of the world’s "
                "icebreakers, and the United States, Canada and Finland have agreed "
                "to cooperate on polar shipbuilding. American law, which generally "
                "requires government vessels to be built in domestic yards, "
                "complicates the arrangement. Proposals to allow the first ships to "
                "be built abroad, or through joint ventures, face opposition in "
                "Congress from lawmakers who represent shipyards.",
            ),
            (
                "quote",
                {
                    "text": (
                        "We have the yards, the designs and the crews who have "
                        "spent their lives in the ice. The Americans have the money "
                        "and the strategic need. It should not be this hard to put "
                        "those together."
                    ),
                    "source": (
                        "Mikael Virtanen, naval architect and former adviser to "
                        "Finland’s defence ministry"
                    ),
                },
            ),
            (
                "paragraph",
                "Allies are also watching for clarity about command arrangements. "
                "With Finland and Sweden inside NATO, the alliance’s northern flank "
                "now runs continuously from the Baltic to the Barents Sea. Nordic "
                "officials have pushed for NATO planning to treat the region as a "
                "single theatre, with the United States providing key enablers such "
                "as maritime patrol aircraft, air-to-air refuelling and satellite "
                "surveillance, which the smaller allies lack in sufficient numbers.",
            ),
            (
                "paragraph",
                "In Washington, the Arctic competes for attention and money with "
                "the Indo-Pacific and Europe’s eastern flank. Officials involved in "
                "drafting the strategy acknowledged that it comes with no dedicated "
                "new funding, relying instead on existing programmes and future "
                "budget requests. “The strategy is a statement of priority,” said "
                "one official who worked on it, speaking on condition of anonymity "
                "to discuss internal deliberations. “The budget is where priority "
                "becomes real, and that fight is still ahead.”",
            ),
            ("heading", "Greenland and the GIUK gap"),
            (
                "paragraph",
                "Greenland occupies a particular place in American thinking. A base "
                "in the island’s far northwest hosts missile-warning radars, and "
                "the waters between Greenland, Iceland and the United Kingdom — the "
                "so-called GIUK gap — remain central to tracking Russian submarines "
                "heading into the Atlantic. The strategy commits to expanding "
                "cooperation with Denmark and Greenland’s government, but officials "
                "in Nuuk have made clear that they expect to be consulted directly "
                "rather than through Copenhagen.",
            ),
            (
                "paragraph",
                "Greenlandic officials interviewed in Nuuk said they welcomed "
                "investment in infrastructure, such as airports and ports, that "
                "could serve both defence and civilian needs. But they were wary of "
                "becoming a pawn in great-power rivalry. “We are not an empty space "
                "on a map,” said Aviaja Lynge, an adviser in Greenland’s "
                "self-government administration. “Anything built here should leave "
                "us with better harbours and better connections, not just more "
                "radars.”",
            ),
            (
                "paragraph",
                "Climate change is the backdrop to all of this. Summer sea ice in "
                "the Arctic has declined markedly over recent decades, opening "
                "shipping routes for longer periods and making seabed resources "
                "more accessible. Russia has invested heavily in the Northern Sea "
                "Route along its coast and has cooperated with China on Arctic "
                "shipping and energy projects, a partnership that has deepened "
                "since Western sanctions cut Moscow off from many other markets.",
            ),
            (
                "paragraph",
                "For now, the strategy’s value lies mainly in signalling. It tells "
                "allies that Washington sees the High North as a priority and tells "
                "Moscow that the United States intends to be present. But signals "
                "without capabilities can be misread. Nordic defence planners say "
                "they will judge the strategy by whether American ships and "
                "aircraft appear more often in their exercises and whether the "
                "icebreaker programme finally produces a vessel. Until then, they "
                "will plan for an Arctic in which they may have to carry more of "
                "the weight themselves.",
            ),
        ],
        "update": None,
        "corrections": [],
    },
    {
        "slug": "louisiana-lng-export-review-port-aubert",
        "headline": (
            "In a Louisiana port town, a Washington review of gas exports is a "
            "dinner-table issue"
        ),
        "dek": (
            "Residents of a Gulf Coast parish that bet its future on liquefied "
            "natural gas are divided over a federal review that could delay the "
            "next export terminal."
        ),
        "type": "reporting",
        "section": "washington",
        "tags": ["Energy", "Trade", "Climate"],
        "authors": [("daniel-whitcombe", "")],
        "hours_ago": 520,
        "image": {
            "alt": (
                "Storage tanks and flare stacks of a liquefied natural gas terminal "
                "rise above marsh grass on the Louisiana coast at sunset"
            ),
            "credit": "Gulf Coast Photo Wire/ Renée Thibodeaux",
            "caption": (
                "An export terminal on the edge of the marsh outside Port Aubert."
            ),
        },
        "body": [
            (
                "paragraph",
                "At the Crab Trap diner on the main road into Port Aubert, the "
                "breakfast crowd arrives in two kinds of uniform. Some wear the "
                "fire-resistant coveralls of the liquefied natural gas terminal at "
                "the edge of town; others wear the white rubber boots of the shrimp "
                "boats that still tie up along the bayou. Over coffee and boudin, "
                "the two groups argue amiably about the weather, football and, "
                "lately, a federal review in Washington that most people here had "
                "never heard of a year ago.",
            ),
            (
                "paragraph",
                "The review, ordered by the Energy Department, is examining whether "
                "new approvals to export gas to countries without free-trade "
                "agreements with the United States serve the public interest, "
                "taking into account domestic prices, climate effects and the needs "
                "of allies. Existing terminals are not affected. But a second, "
                "larger terminal planned on land just south of Port Aubert is "
                "waiting for its export authorisation, and its developer has said "
                "it cannot make a final investment decision until the review "
                "concludes.",
            ),
            (
                "paragraph",
                "For Troy Guidry, who runs a welding-supply business on the main "
                "road, the delay is measured in lost orders. Construction of the "
                "first terminal, he says, brought the busiest years his family "
                "business had ever seen, with contractors buying rods, gas and "
                "protective gear by the truckload. “Everybody here bought trucks, "
                "boats, houses,” he says. “Now we are sitting on inventory, waiting "
                "for Washington to decide whether we get a second act.”",
            ),
            (
                "quote",
                {
                    "text": (
                        "They talk about this like it’s a debate about the planet. "
                        "Down here it’s a debate about whether my son has to move "
                        "to Houston to find work."
                    ),
                    "source": (
                        "Troy Guidry, owner of a welding-supply business in Port Aubert"
                    ),
                },
            ),
            (
                "paragraph",
                "Not everyone shares his impatience. Annette Breaux, whose family "
                "has fished these waters for four generations, says the first "
                "terminal changed the town in ways she did not expect. Ship traffic "
                "in the channel has disrupted the shrimp grounds, she says, and the "
                "flares that light up the night sky are a constant reminder of what "
                "is being burned. She has joined a group of residents who submitted "
                "comments to the Energy Department urging it to weigh local "
                "impacts, not just national economics.",
            ),
            (
                "image",
                {
                    "alt": (
                        "A shrimp boat with its nets raised is moored at a wooden "
                        "dock on a bayou, with industrial tanks visible on the "
                        "horizon"
                    ),
                    "credit": "Gulf Coast Photo Wire/ Renée Thibodeaux",
                    "caption": (
                        "Shrimp boats still work the bayou, though fishermen say "
                        "ship traffic has changed where they can trawl."
                    ),
                },
            ),
            (
                "paragraph",
                "The tension between those two views runs through the parish. "
                "Property-tax agreements with the terminal have paid for a new "
                "high-school gymnasium and raised teacher salaries, parish "
                "officials say. But the exemptions granted to attract the project "
                "mean the company pays far less than the headline value of the "
                "facility would suggest, and residents who live closest to it "
                "complain of noise, light and occasional releases that set off "
                "alarms.",
            ),
            (
                "paragraph",
                "In Washington, the review has become a proxy for a wider argument. "
                "Industry groups and many lawmakers from gas-producing states say "
                "delays undermine American credibility with European and Asian "
                "buyers who turned to American gas after Russian supplies were cut. "
                "Environmental groups argue that committing to decades of new "
                "export capacity locks in emissions incompatible with climate "
                "targets, and that rising exports could push up domestic energy "
                "prices.",
            ),
            (
                "paragraph",
                "Buyers abroad have been paying attention. A representative of a "
                "European utility who visited the region last month, speaking on "
                "condition that his company not be named, said long-term contracts "
                "depended on regulatory certainty. “We are signing for twenty "
                "years,” he said. “We need to know that the approvals will be "
                "there, and that they will not change with each administration.”",
            ),
            (
                "paragraph",
                "Back at the diner, the owner, Lorraine Hebert, says she tries to "
                "stay out of the arguments. Her business has done well since the "
                "first terminal opened, but she worries about the next hurricane "
                "more than the next permit. The terminal sits on land that was "
                "underwater during the last big storm surge, she notes, and the "
                "town’s levees were built for a smaller place. “Everybody’s "
                "fighting about gas,” she says, topping up a coffee. “Nobody’s "
                "fighting about the water.”",
            ),
        ],
        "update": None,
        "corrections": [],
    },
    {
        "slug": "development-bank-capital-increase-washington-vote",
        "headline": (
            "A development-bank capital increase tests how much Washington still "
            "wants to lead"
        ),
        "dek": (
            "Borrowing countries in Africa and Latin America are pressing for a "
            "larger capital base at a multilateral lender, and the decision rests "
            "largely on whether Congress will pay its share."
        ),
        "type": "analysis",
        "section": "washington",
        "tags": ["Debt", "Diplomacy", "Climate"],
        "authors": [("marcus-feld", ""), ("amara-okafor", "Additional reporting by")],
        "hours_ago": 676,
        "image": {
            "alt": (
                "Delegates in suits walk through a glass-walled atrium at a "
                "development bank headquarters in Washington during annual meetings"
            ),
            "credit": "Capitol Lens/ Dana Whitfield",
            "caption": (
                "Delegates at the lender’s headquarters during last autumn’s "
                "meetings, where the capital proposal was first tabled."
            ),
        },
        "body": [
            (
                "paragraph",
                "The proposal on the table at the World Bank’s main lending arm is, "
                "by the standards of international finance, modest: a general "
                "capital increase that would allow the institution to lend tens of "
                "billions of dollars more each year to middle-income countries, "
                "financed partly by paid-in contributions from shareholders and "
                "partly by callable capital that would be drawn only in an extreme "
                "crisis. Most large shareholders have signalled support. The "
                "decisive vote, as so often, belongs to the United States.",
            ),
            (
                "paragraph",
                "As the largest shareholder, the United States holds enough voting "
                "power to block changes to the bank’s capital structure on its own. "
                "Its contribution would also require an appropriation from "
                "Congress, where support for multilateral lending has eroded both "
                "on the right, which questions the value of international "
                "institutions, and on parts of the left, which criticises the "
                "bank’s record on debt and energy. The Treasury has endorsed the "
                "proposal in principle but has not yet formally submitted a funding "
                "request.",
            ),
            ("heading", "Why borrowers want more"),
            (
                "paragraph",
                "For borrowing governments, the case is straightforward. Many "
                "emerging economies face steep borrowing costs on international "
                "bond markets, and several African and Latin American governments "
                "spent more on debt service last year than on health. The bank’s "
                "loans, priced close to its own top-rated borrowing costs and with "
                "long maturities, are among the cheapest sources of finance "
                "available. Demand has outstripped supply, and the bank has had to "
                "ration lending to some of its largest clients.",
            ),
            (
                "quote",
                {
                    "text": (
                        "We are not asking for charity. We are asking for access to "
                        "a balance sheet that our own shareholdings helped build, "
                        "at a time when private markets charge us like a casino."
                    ),
                    "source": (
                        "Funmilayo Adeyemi, adviser to an African finance "
                        "ministers’ caucus on multilateral lending"
                    ),
                },
            ),
            (
                "paragraph",
                "In Nairobi and Accra, finance officials interviewed for this "
                "article said the capital increase was about more than volume. "
                "Several countries are seeking to finance electricity grids and "
                "climate-adaptation projects that private lenders consider too "
                "risky, and the bank’s participation often unlocks co-financing "
                "from other sources. Officials pointed to a recent transmission "
                "project in East Africa in which a bank guarantee brought in "
                "private investors who had previously declined to take part.",
            ),
            (
                "paragraph",
                "The bank has already stretched its existing capital. Over the past "
                "few years it has lowered its equity-to-loans ratio, introduced "
                "hybrid capital instruments and accepted guarantees from "
                "shareholders to expand lending without new money. Those measures, "
                "recommended by an independent review commissioned by the Group of "
                "20, have added significant lending capacity. Bank officials say "
                "they have now reached the limit of what can be done without "
                "putting the institution’s credit rating at risk.",
            ),
            ("heading", "The view from Capitol Hill"),
            (
                "paragraph",
                "In Congress, the debate will turn on both cost and leverage. "
                "Supporters argue that each dollar of American paid-in capital "
                "supports many dollars of lending, and that a bank led by "
                "Washington is a better vehicle for American influence than the "
                "alternatives, including lending from China’s state banks. The "
                "American share of voting power would be preserved under the "
                "proposal, ensuring a continued veto over major decisions.",
            ),
            (
                "paragraph",
                "Critics counter that the bank has lent to China itself, a point "
                "the institution has sought to address by winding down new lending "
                "to Beijing, and that its climate commitments have constrained "
                "financing for gas projects that borrowers want. Others argue that "
                "the United States should focus its resources on bilateral "
                "instruments, such as its own development finance corporation, over "
                "which it has full control.",
            ),
            (
                "paragraph",
                "If the United States declines to participate, other shareholders "
                "could proceed with a smaller increase that excluded American "
                "contributions, but that would dilute Washington’s voting share and "
                "could cost it its blocking position. Several European and Asian "
                "shareholders have indicated privately that they would consider "
                "such a step, according to officials involved in the discussions, "
                "though all say they would prefer American participation.",
            ),
            (
                "paragraph",
                "The timetable is tight. Bank management wants shareholders to "
                "approve the increase at the next annual meetings, which would "
                "require a formal American commitment within months. Treasury "
                "officials have told lawmakers they will include a request in the "
                "next budget. Whether appropriators find room for it, amid a "
                "broader battle over foreign-aid spending, will say a good deal "
                "about how Washington now sees its role in the institutions it "
                "built.",
            ),
        ],
        "update": None,
        "corrections": [],
    },
    {
        "slug": "europe-nato-ask-washington-for-a-schedule",
        "headline": (
            "Europe should stop asking Washington for reassurance and start asking "
            "for a schedule"
        ),
        "dek": (
            "European allies keep seeking promises that America will stay, when "
            "what they need is an agreed timetable for taking over the capabilities "
            "it will eventually withdraw."
        ),
        "type": "opinion",
        "section": "washington",
        "tags": ["Alliances", "Security"],
        "authors": [("jonas-lindqvist", "")],
        "hours_ago": 880,
        "image": {
            "alt": (
                "Soldiers from several NATO countries stand in formation on a snowy "
                "parade ground with national flags behind them"
            ),
            "credit": "Nordic Frame/ Henrik Aalto",
            "caption": "",
        },
        "body": [
            (
                "paragraph",
                "Every few months, a European defence minister flies to Washington "
                "in search of reassurance. The visits follow a familiar script: "
                "meetings at the Pentagon, a speech at a think-tank, a statement "
                "affirming that America’s commitment to NATO’s collective defence "
                "is “ironclad.” Then the minister flies home, and the anxiety "
                "resumes. The ritual has become a substitute for planning. Europe "
                "should stop asking whether the United States will stay and start "
                "negotiating how, and when, it will do less.",
            ),
            (
                "paragraph",
                "That framing will make some European capitals uncomfortable, "
                "because it appears to concede the very thing they fear. But the "
                "direction of American policy has been clear for years, across "
                "administrations of both parties. Washington regards China as its "
                "principal long-term competitor, and its forces, munitions and "
                "attention are finite. The question is not whether the American "
                "role in European defence will shrink, but whether it shrinks "
                "through a managed process or a sudden shock.",
            ),
            (
                "pullquote",
                "The question is not whether the American role in European defence "
                "will shrink, but whether it shrinks through a managed process or a "
                "sudden shock.",
            ),
            ("heading", "What a schedule would cover"),
            (
                "paragraph",
                "A managed process would start with an honest inventory of what "
                "Europe depends on America for. The list is well known to defence "
                "planners: strategic airlift, air-to-air refuelling, satellite "
                "intelligence, long-range air and missile defence, suppression of "
                "enemy air defences and large stocks of precision munitions. Above "
                "all, Europe depends on American command structures and the nuclear "
                "umbrella. Some of these gaps can be filled within a decade. "
                "Others, frankly, cannot.",
            ),
            (
                "paragraph",
                "For each capability, European allies and Washington should agree a "
                "timeline for substitution, with milestones tied to procurement "
                "decisions and budget commitments. The United States would commit "
                "to maintaining its contribution until the milestone is met; Europe "
                "would commit to meeting it. This would give American planners the "
                "predictability they need to shift resources to Asia, and give "
                "European governments a concrete argument for the spending their "
                "voters remain reluctant to fund.",
            ),
            (
                "paragraph",
                "Such a schedule would also discipline European industry. The "
                "continent’s defence market remains fragmented, with dozens of "
                "competing weapons systems and national champions that resist "
                "consolidation. A clear timeline for taking over specific "
                "capabilities would force governments to choose common platforms "
                "and place the large, multi-year orders that allow manufacturers to "
                "expand production. Without that demand signal, Europe will keep "
                "buying American off the shelf because it is faster.",
            ),
            ("heading", "The nuclear exception"),
            (
                "paragraph",
                "Nuclear deterrence is the exception that illustrates the "
                "difficulty. No realistic schedule sees France and Britain "
                "replacing America’s extended deterrent for the whole alliance, and "
                "debates about a European nuclear force tend to generate more heat "
                "than capability. The honest position is that the nuclear guarantee "
                "must remain American for the foreseeable future, which makes it "
                "all the more important that Europe relieve Washington of the "
                "conventional burdens it can shoulder itself.",
            ),
            (
                "paragraph",
                "Critics will argue that openly discussing American drawdowns "
                "invites adversaries to test the alliance. The risk is real, which "
                "is why the schedule should be negotiated within NATO’s "
                "defence-planning process rather than announced at a press "
                "conference. But the greater danger lies in the status quo, in "
                "which European governments assume American support until the day a "
                "political decision in Washington removes it, leaving them to "
                "improvise under pressure.",
            ),
            (
                "paragraph",
                "Nordic and Baltic states, which live closest to the threat, have "
                "already moved furthest in this direction, raising defence budgets "
                "sharply and integrating their planning. Larger Western European "
                "states have moved more slowly. A joint schedule with Washington "
                "would give the laggards a framework, and the frontline states a "
                "guarantee that commitments made in Brussels are backed by dates. "
                "Reassurance is a feeling. A schedule is a plan, and Europe needs a "
                "plan.",
            ),
        ],
        "update": None,
        "corrections": [],
    },
    {
        "slug": "indo-pacific-strategy-needs-a-trade-offer",
        "headline": (
            "Washington’s Indo-Pacific strategy needs a trade offer, not another "
            "dialogue"
        ),
        "dek": (
            "Southeast Asian governments welcome American security ties, but "
            "without market access Washington is asking partners to bear the costs "
            "of de-risking for little reward."
        ),
        "type": "opinion",
        "section": "washington",
        "tags": ["Trade", "Alliances", "Technology"],
        "authors": [("priya-raghunathan", "")],
        "hours_ago": 1120,
        "image": {
            "alt": (
                "Workers in blue uniforms assemble circuit boards on a production "
                "line at an electronics factory in northern Vietnam"
            ),
            "credit": "Asia Frame Agency/ Linh Tran",
            "caption": "",
        },
        "body": [
            (
                "paragraph",
                "Ask a trade official in Jakarta, Hanoi or Kuala Lumpur what the "
                "United States offers the region economically, and the answer often "
                "begins with a pause. There are frameworks, dialogues, supply-chain "
                "working groups and clean-energy partnerships. There are investment "
                "pledges and training programmes. What there is not, for most of "
                "the region, is meaningful new access to the American market — the "
                "thing that, historically, made economic partnership with "
                "Washington worth the political cost.",
            ),
            (
                "paragraph",
                "That absence is becoming harder to paper over. Washington is "
                "asking Southeast Asian governments to screen Chinese investment "
                "more carefully, tighten export controls on sensitive technology, "
                "prevent the transshipment of Chinese goods and align with American "
                "standards on critical minerals and data. Each of those requests "
                "imposes costs on economies for which China is the largest trading "
                "partner and an important investor. In return, partners receive "
                "goodwill and the promise of future cooperation.",
            ),
            (
                "pullquote",
                "A strategy that asks partners to bear the costs of de-risking "
                "without offering the rewards of access is not a strategy; it is a "
                "request.",
            ),
            (
                "paragraph",
                "The region has noticed the contrast with Beijing. China has "
                "upgraded its free-trade agreement with the Association of "
                "Southeast Asian Nations, sits at the centre of the Regional "
                "Comprehensive Economic Partnership and has applied to join the "
                "trans-Pacific trade pact that the United States helped design and "
                "then abandoned. Chinese firms, meanwhile, are building factories "
                "across the region, some to serve local markets and some to route "
                "exports around American tariffs.",
            ),
            (
                "paragraph",
                "American officials argue, with some justification, that domestic "
                "politics make traditional trade agreements impossible. Tariff "
                "reductions are unpopular with voters in both parties, and Congress "
                "has shown little appetite for deals that would expose American "
                "workers to new competition. But there is a wide range of options "
                "between a comprehensive free-trade agreement and nothing at all, "
                "and Washington has explored few of them seriously.",
            ),
            (
                "paragraph",
                "Sector-specific agreements could offer tariff reductions on goods "
                "where Southeast Asian production complements rather than competes "
                "with American industry, such as certain electronics components, "
                "processed critical minerals or clean-energy inputs produced to "
                "verified labour and environmental standards. Such deals could be "
                "structured to reward precisely the de-risking that Washington "
                "wants: lower tariffs for supply chains that can demonstrate they "
                "are not simply reassembled Chinese goods.",
            ),
            (
                "paragraph",
                "Mutual recognition agreements for standards and certification "
                "would lower costs for exporters without touching tariffs at all. "
                "So would streamlined customs arrangements for trusted traders and "
                "a reliable version of the programmes that cut duties for "
                "developing countries, which have lapsed repeatedly because "
                "Congress failed to renew them on time. None of these would "
                "transform the region’s economic geography, but each would give "
                "partners something concrete to show their own publics.",
            ),
            (
                "paragraph",
                "There is also the question of technology. Southeast Asian "
                "governments want to move up the value chain into semiconductor "
                "packaging, data centres and advanced manufacturing. American "
                "export controls, and the compliance requirements attached to them, "
                "can make those ambitions harder to realise. A clearer pathway for "
                "trusted partners to access controlled technology, on transparent "
                "conditions, would make the controls easier to accept and more "
                "likely to be enforced.",
            ),
            (
                "paragraph",
                "Security ties in the region remain strong, and many governments "
                "quietly value America’s military presence as a counterweight to "
                "Chinese pressure in the South China Sea. But security alone has "
                "never been enough to sustain American influence in Asia. For most "
                "of the post-war era, the American market did as much as the "
                "Seventh Fleet to bind the region to Washington. A strategy that "
                "forgets that lesson will find partners hedging, politely and "
                "persistently, for years to come.",
            ),
        ],
        "update": None,
        "corrections": [],
    },
]
