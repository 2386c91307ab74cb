package rules

import "strings"

// Word lists of general English news usage. Names of places, organizations
// and people live in the gazetteer package; these are the grammatical
// cues that sit around them.

func wordSet(s string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// sayVerbs introduce speech, reported or quoted.
var sayVerbs = wordSet(`said says say told tells added adds stated states announced announces claimed claims
insisted insists warned warns noted notes stressed stresses explained explains argued argues
asserted asserts declared declares commented comments wrote writes tweeted tweets
remarked remarks replied replies responded responds confirmed confirms acknowledged acknowledges
emphasized emphasised emphasizes emphasises suggested suggests predicted
conceded concedes contended contends alleged alleges affirmed affirms reiterated reiterates
countered believes believed thinks thought`)

// weakSayVerbs report speech only with a "that" clause ("the ministry
// reported that ...", not "people were reported wounded").
var weakSayVerbs = wordSet(`reported reports revealed disclosed maintained maintains mentioned observed
concluded recalled estimated admitted admits posted denied denies believes believed thinks thought hopes hoped
believes feels felt`)

// quoteVerbs may stand right after a quotation with the speaker before or
// after them ("…," he said / "…," said the minister).
var quoteVerbs = wordSet(`said says added adds told stated claimed insisted warned noted stressed explained
argued asserted declared commented wrote tweeted remarked replied responded continued concluded
recalled asked asks urged admitted conceded observed countered`)

// attackVerbs are inflected forms of verbs of violent action (CAMEO 18-20).
var attackVerbs = wordSet(`attack attacks attacked attacking strike strikes struck striking shell shells shelled
shelling bomb bombs bombed bombing hit hits hitting pound pounds pounded pounding raid raids raided
invade invades invaded invading shoot shoots shot bombard bombards bombarded target targets
targeted targeting ambush ambushed ambushes storm stormed storms assault assaulted assaults
besiege besieged overran overrun seize seized capture captured kill kills killed
attacking strafed fired fire fires firing launched launch launches`)

// attackNouns head a noun phrase naming an attack ("the U.S. airstrike on").
var attackNouns = wordSet(`attack attacks airstrike airstrikes air-strike air-strikes strike strikes bombing bombings
raid raids offensive assault assaults shelling bombardment invasion incursion offensive missile missiles rockets rocket
drones drone bombs bomb fire artillery`)

// weaponNouns are instruments that can stand as the subject of a strike
// verb ("a drone hit a gas station").
var weaponNouns = wordSet(`drone drones missile missiles rocket rockets bomb bombs shell shells mortar mortars
airstrike airstrikes strike artillery shelling warplane warplanes jet jets helicopter helicopters plane planes`)

// forceNouns turn a demonym or country into an actor ("Russian forces",
// "U.S. helicopters").
var forceNouns = wordSet(`forces force troops soldiers army military warplanes jets aircraft helicopters planes
navy artillery militants fighters gunmen drones missiles units tanks warships police marines
rebels insurgents separatists guerrillas jihadists paramilitaries`)

// meetVerbs are verbs and nouns of meeting.
var meetVerbs = wordSet(`met meet meets meeting visited visit visits hosted host hosts hosting talked
negotiated negotiate summit`)

// orgNounsAfterActor are lower-case heads that make "<Demonym> X" an
// organization ("Iraqi government", "Russia's defence ministry").
var orgNounsAfterActor = wordSet(`government military army navy ministry parliament police cabinet embassy
administration legislature senate congress junta regime commission`)

// ministryWords may stand between the actor and "ministry".
var ministryWords = wordSet(`defence defense foreign interior health finance justice education economy energy
trade agriculture emergency emergencies information culture transport electoral election`)

// placeSuffixes make a capitalised span a place ("Gao Town").
var placeSuffixes = wordSet(`City Province Region District County Island Islands Mountains Mountain River Valley
Street Square Oblast Governorate Peninsula Strait Sea Ocean Gulf Bay Lake Desert Heights Plateau Coast
Avenue Road Bridge Airport Port Harbour Harbor Canal Prefecture Territory Territories State Strip`)

// orgWords supplement the gazetteer's organization heads with words that
// end company and media names.
var orgWords = wordSet(`Communications Systems Technologies Technology Airlines Airways Motors Group Holdings
Industries Partners Press News Times Post Herald Journal Media Network Networks Broadcasting Telecom
Energy Pharmaceuticals Bank Community Insurance Capital Ventures Labs Institute Foundation Project Trust Fund
Church Mosque Party Brigade Brigades Front Movement Army Council Commission Committee Court Agency`)

// roleWords name a person by office ("the Ukrainian leader").
var roleWords = wordSet(`leader president premier chancellor king queen emir prince minister secretary
general commander spokesman spokeswoman spokesperson ambassador envoy mayor governor`)

// pronouns that can stand for a person speaker.
var personPronouns = wordSet(`he she`)

// nonNameCaps are capitalised words that never start or form a name on
// their own in news text.
var nonNameCaps = wordSet(`monday tuesday wednesday thursday friday saturday sunday january february march april
may june july august september october november december i i'm i've i'd i'll a an the
shiite shiites shia sunni sunnis christian christians muslim muslims jewish jew jews catholic
catholics arab arabs protestant protestants hindu hindus buddhist buddhists islamist islamists
internet god allah am pm`)

// connectors may join capitalised words inside one name.
var connectors = wordSet(`of for de del della di da du la le van von der den bin ibn al el y`)

// statusCues set a relation's status from words before its verb.
var deniedCues = wordSet(`not never no denied denies deny refused refuses refuse declined declines decline
rejected rejects reject spurned spurns spurn ruled cancelled canceled cancels called-off without n't
dismissed`)
var plannedCues = wordSet(`will would shall expected plans plan planned planning scheduled prepared preparing
set due to going intend intends intended agreed agree agrees hopes hope aims aim`)
var proposedCues = wordSet(`offer offered offers offering propose proposed proposes proposal invited invites
invite invitation suggested suggest suggests urged urges called calls threatened threatens threaten
threat ready willing could might may`)

// numberWords never start a name ("Two Americans").
var numberWords = wordSet(`one two three four five six seven eight nine ten eleven twelve twenty thirty forty
fifty hundred hundreds thousand thousands million millions dozens several some many most all both few
first second third`)

// ofHeads are capitalised words that take an "of" phrase inside a name.
var ofHeads = wordSet(`Republic Kingdom Horn Isle Battle Siege Bank University Museum Church Order Friends
Sisters Brothers Daughters Sons Knights League Union Federation Confederation Emirate Sultanate Principality`)

// portfolio words follow "Minister of" and the like.
var portfolio = wordSet(`Defence Defense State Justice Foreign Affairs Home Human Rights Interior Finance Health
Education Economy Economic Trade Homeland Security Energy Agriculture Labour Labor Transport Culture Environment
Commerce Information Treasury War Public Works Social Welfare Development International Industry`)

// placeNouns after a name make it a place ("the Lviv region", "Jibrael
// neighborhood"); before "of" they introduce one ("the town of Bucha").
var placeNouns = wordSet(`district districts region regions province provinces city town village villages
neighborhood neighbourhood area county state island border river valley camp suburb municipality oblast
governorate capital`)

// orgNouns after a name make it an organization ("the Shabaab group").
var orgNouns = wordSet(`group militia movement party company firm corporation organization organisation
agency newspaper network`)

// adjOnly are capitalised adjectives that name nothing on their own.
var adjOnly = wordSet(`western eastern northern southern central western-backed islamic arab west east north south`)

// lawHeads end names of laws, treaties and prizes, which are no entities
// of the graph.
var lawHeads = wordSet(`Act Code Treaty Convention Accord Accords Agreement Resolution Protocol Charter Law Bill
Constitution Award Awards Prize Doctrine Amendment Directive Statute Professional Certificate Index`)

// participles report speech after a comma, their speaker being the
// sentence's subject ("..., saying it will harm chances for peace").
var participles = wordSet(`saying adding noting warning stating claiming insisting arguing explaining stressing
telling declaring asserting announcing`)

// quoteParticiples introduce only a quoted phrase ("..., calling it
// \u201ca crime\u201d"), not a reported clause.
var quoteParticiples = wordSet(`calling describing terming labelling labeling dubbing branding accusing`)

// buildingNouns name places by a proper name ("the palace, named X").
var buildingNouns = wordSet(`palace building hotel square street airport hospital school compound base camp
stadium mosque church temple bridge prison market`)

// compass words open place names ("North Waziristan", "Upper Nile").
var compass = wordSet(`north south east west northern southern eastern western central upper lower
northeast northwest southeast southwest north-east north-west south-east south-west`)

// orgPlurals and placePlurals head lists ("retailers such as ...").
var orgPlurals = wordSet(`companies firms retailers manufacturers makers banks carriers airlines groups
organizations organisations agencies parties newspapers broadcasters networks brands customers
competitors rivals clients chains insurers lenders automakers carmakers chipmakers publishers charities
universities militias factions unions`)
var placePlurals = wordSet(`countries nations cities towns states provinces regions villages capitals
territories districts islands`)

// ordinals may open event and organization names.
var ordinals = wordSet(`first second third fourth fifth sixth seventh eighth ninth tenth`)
