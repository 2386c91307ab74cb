package rules

import (
	"strings"
	"time"
)

// The lexicon: every word list the extractor's rules use, in one place,
// grouped by the stage that reads it. Names of places, organizations and
// people live in the gazetteer package (generated from public datasets,
// see ingest/gazetteer/LICENSES.md); these are the grammatical cues that
// stand around them.
//
// Where the lists come from: unless a list says otherwise, it was written
// by hand from general knowledge of English news writing (inflections of
// common verbs, function words, office titles), never from the articles of
// an evaluation set. The verbs of violent action follow the categories of
// the CAMEO event codebook (Schrodt, 2012; public domain), codes 18-20
// (assault, fight, mass violence). Lists hold lower-case words unless they
// say they hold capitalised ones.
//
// To add a cue word, add it to the list its pattern names in `cues` or
// reads in its code; TestPatterns runs every pattern's examples again.

// ---- Tokens and sentences (token.go)

// abbrevs end with a dot that does not end a sentence.
// monthAbbrevs are the months' abbreviations among abbrevs.
var monthAbbrevs = wordSet(`jan feb mar apr jun jul aug sep sept oct nov dec`)

var abbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "maj": true, "col": true,
	"lt": true, "sgt": true, "capt": true, "cpt": true, "cmdr": true, "adm": true, "brig": true, "sen": true,
	"rep": true, "gov": true, "st": true, "jr": true, "sr": true, "rev": true, "hon": true, "pres": true,
	"inc": true, "corp": true, "ltd": true, "co": true, "bros": true, "vs": true, "etc": true, "no": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true, "mt": true, "ft": true, "fig": true, "approx": true,
	"dept": true, "univ": true, "est": true, "cf": true, "al": true, "gens": true, "supt": true, "insp": true,
}

// noStop are abbreviations that never end a sentence, even before a capital.
var noStop = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "maj": true, "col": true,
	"lt": true, "sgt": true, "capt": true, "cpt": true, "cmdr": true, "adm": true, "brig": true, "sen": true,
	"rep": true, "gov": true, "st": true, "rev": true, "hon": true, "pres": true, "no": true, "mt": true,
	"gens": true, "supt": true, "insp": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true,
	"jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

// starters are capitalised words that commonly open a sentence; after an
// abbreviation such as "U.S." they signal a sentence break.
var starters = map[string]bool{
	"the": true, "a": true, "an": true, "he": true, "she": true, "it": true, "they": true, "we": true,
	"i": true, "but": true, "in": true, "on": true, "at": true, "this": true, "that": true, "there": true,
	"his": true, "her": true, "their": true, "its": true, "meanwhile": true, "however": true, "after": true,
	"when": true, "while": true, "earlier": true, "later": true, "some": true, "both": true, "since": true,
}

// hyphenPrefixes are split off a capitalised name: "then-Nortek".
var hyphenPrefixes = map[string]bool{"then": true, "ex": true, "pro": true, "anti": true, "non": true, "former": true, "post": true, "pre": true, "mid": true}

// ---- Names and their types (entity.go)

// nonNameCaps are capitalised words that never start or form a name on
// their own in news text.
var nonNameCaps = wordSet(`monday tuesday wednesday thursday friday saturday sunday january february march april
may june july august september october november december i i'm i've i'd i'll a an the
shiite shiites shia shi'ite shi'ites shi'a sunni sunnis christian christians muslim muslims jewish jew jews catholic druze alawite
alawites yazidi yazidis maronite maronites copt copts coptic sufi sufis
catholics arab arabs protestant protestants hindu hindus buddhist buddhists islamist islamists
internet god allah am pm`)

// commonAcronyms are capitalised abbreviations of things, conditions and
// roles, not of organizations (upper case).
var commonAcronyms = wordSet(`GMT UTC EST EDT CST CDT PST PDT CET CEST BST IST JST DNA RNA HIV AIDS SARS COVID GDP GNP CEO CFO COO CTO MP MPS PM VIP TV PC PCS ID IT AI
UAV UAVS SUV IED IEDS RPG RPGS AK ICU ER GPS ATM CCTV PDF URL FAQ NGO NGOS LGBT LGBTQ LGBTQI HQ OK DJ MVP PR
POW POWS IDP IDPS AWOL RPM MPH KPH CO2 UFO USB PIN SMS MRI CT GMO WMD WMDS AEST AEDT ACST AWST NZST NZDT HKT SGT MSK
EET EEST WET WEST CAT EAT WAT SAST PKT NOTAM`)

// faithWords are the religious and ethnic adjectives of nonNameCaps that
// may open an organization's name.
var faithWords = wordSet(`shiite shi'ite shia sunni christian muslim jewish catholic arab protestant hindu buddhist
islamist druze alawite maronite coptic`)

// bareHeads are organization head words that, standing alone as a name,
// name no organization in particular ("the Ministry", "Council member X");
// "Parliament" and "Congress" alone do name one, the country's.
var bareHeads = wordSet(`ministry council cabinet party committee commission office agency department
bureau authority`)

// ethnicNames name peoples, not places or organizations (general knowledge
// of the peoples news about conflicts names most; words that also name a
// state or region, such as "Shan", "Karen" or "Tigray", are left out):
// "Hema and Lendu militias", "Rohingya refugees". Alone they are no
// entity; they may open an organization's name ("Oromo Liberation Front").
var ethnicNames = wordSet(`hema lendu rohingya dogon fulani fulanis peul tuareg tuaregs tutsi tutsis hutu hutus
banyamulenge pashtun pashtuns hazara hazaras baloch yazidi yazidis masalit zaghawa dinka nuer shilluk oromo
amhara kikuyu luo kalenjin maasai yoruba igbo hausa kanuri berber berbers amazigh uyghur uyghurs uighur uighurs
sinhalese mapuche aymara quechua wayuu bedouin bedouins afro-colombian afro-colombians serb serbs croat croats bosniak
bosniaks gagauz chechen chechens ingush tatar tatars circassian circassians assyrian assyrians alawite alawites`)

// nationAdjectives name the nations within the United Kingdom, each with
// bodies of its own beside the state's: the "Scottish Government" is not
// the "UK government" (general knowledge of English).
var nationAdjectives = wordSet(`Scottish Welsh English`)

// reportVerbs only report a clause: "said A and added B" joins A and B
// without them (general English).
var reportVerbs = wordSet(`said says added adds stated states noted notes told tells warned warns insisted insists
stressed stresses explained explains argued argues claimed claims`)

// modelWords end product names ("Galaxy Ultra", "Surface Pro").
var modelWords = wordSet(`Pro Max Plus Ultra Mini Lite Edition SE XL XS`)

// languages are the names of languages news quotes speech in ("said in
// Hebrew"), lower case; several are demonyms too.
var languages = wordSet(`hebrew arabic english french spanish portuguese russian chinese mandarin cantonese hindi
urdu farsi persian turkish german italian japanese korean swahili pashto dari kurdish latin greek polish
ukrainian dutch amharic somali hausa yoruba tagalog bengali tamil`)

// connectors may join capitalised words inside one name.
var connectors = wordSet(`of for de del della di da du la le van von der den bin ibn al el y dos das do en wal wa`)

// formerStates are states of the last century that no longer exist, places
// as countries are (general knowledge of history).
var formerStates = map[string]bool{"Soviet Union": true, "Yugoslavia": true, "Czechoslovakia": true,
	"East Germany": true, "West Germany": true, "Ottoman Empire": true, "Austria-Hungary": true, "Rhodesia": true,
	"Zaire": true, "Prussia": true, "Serbia and Montenegro": true, "South Vietnam": true, "North Vietnam": true}

// nationalityNouns name a person by nationality: "the Welshman crossed",
// "the Spaniard scored" (general English).
var nationalityNouns = wordSet(`Welshman Welshwoman Dutchman Dutchwoman Frenchman Frenchwoman Englishman Englishwoman
Irishman Irishwoman Scotsman Scotswoman Spaniard Spaniards Briton Britons Welshmen Frenchmen Englishmen Irishmen
Scotsmen Dutchmen`)

// militaryQualities after "military" make it an adjective of a country's
// power, not its army: "Peru's military edge", "Chilean military aid"
// (general English).
var militaryQualities = wordSet(`edge aid power capability capabilities superiority advantage budget spending
assistance cooperation ties relations might strength dominance hardware equipment technology sales
presence buildup build-up modernization modernisation`)

// awardCategories end the names of prizes' categories after "Best": "Best
// Music Video", "Best Supporting Actress" (general knowledge of awards).
var awardCategories = wordSet(`actor actress picture film director album song record video performance artist
score screenplay documentary feature play musical novel book player design duo group collaboration single
soundtrack composition cinematography editing`)

// bodyNounsIn name a body by where it works: "the peacekeeping force in
// X", "the mission in X" (general English).
var bodyNounsIn = wordSet(`force forces mission office delegation team command unit contingent operation`)

// bodyNounsBefore before a name make it a body's whole name, a people's
// adjective and all: "the charity Christian Aid", "the group Jewish Voice
// for Peace" (general English).
var bodyNounsBefore = wordSet(`charity nonprofit group organisation organization company firm`)

// namedEras are happenings of history known by one word (general
// knowledge of history).
var namedEras = wordSet(`Holocaust Shoah Intifada Nakba Reconquista Reformation Renaissance`)

// islandNouns after a name make it a group of islands, written in lower
// case: "the Marquesas islands" (general English).
var islandNouns = wordSet(`islands archipelago atoll atolls isles`)

// advocacyHeads name a group by its members or its voice before "for" and
// its cause: "Lawyers for Human Rights", "Voice for Peace" (general
// knowledge of how advocacy groups are named). Case-sensitive.
var advocacyHeads = wordSet(`Lawyers Doctors Physicians Students Women Mothers Parents Families Veterans Citizens
Scientists Journalists Reporters Workers Farmers Jews Muslims Christians Voice Voices Americans Europeans
Africans Campaign Coalition Alliance`)

// ofHeads are capitalised words that take an "of" phrase inside a name.
var ofHeads = wordSet(`Republic Kingdom Horn Isle Battle Siege Bank University Museum Church Order Friends
Sisters Brothers Daughters Sons Knights League Union Federation Confederation Emirate Sultanate Principality
Chiefs Heads Cape Mount Operation Presidency Secretariat Directorate Staff Commonwealth Community Alliance`)

// portfolio words follow "Minister of" and the like.
var portfolio = wordSet(`Defence Defense State Justice Foreign Affairs Home Human Rights Interior Finance Health
Education Economy Economic Trade Homeland Security Energy Agriculture Labour Labor Transport Culture Environment
External Relations Planning Communications Tourism Sports Youth Women Mines Water Housing Fisheries
Commerce Information Treasury War Public Works Social Welfare Development International Industry Staff
Police National Employment Petroleum Land Lands Family Children Science Technology Innovation Immigration Veterans Forestry Livestock Irrigation Gender Minerals Resources Natural Transportation Infrastructure
Telecommunications Telecommunication Telecom Strategic Cities Regional Rural Urban Sport Heritage Arts Climate Digital Cooperation
Integration Reconciliation Religious Tribal Minority Minorities Diaspora Solidarity Displaced Refugees
Civil Aviation Protection Emergency Emergencies Humanitarian Action Relief`)

// placeSuffixes make a capitalised span a place ("Gao Town"); the last
// line's last words are the Hindi and Urdu words for a building, a river
// landing and a fort ("Rashtrapati Bhavan", "Raj Ghat", "Islam Qala"),
// after the German for a station and the Lebanese-French for a palace.
var placeSuffixes = wordSet(`City Province Region District County Island Islands Mountains Mountain River Valley
Street Square Oblast Governorate Peninsula Strait Sea Ocean Gulf Bay Lake Desert Heights Plateau Coast
Avenue Road Bridge Airport Port Harbour Harbor Canal Prefecture Territory Territories State Strip
Park Stadium Arena Coliseum Hotel Hall Dome Tower Towers Mall Plaza Lofts Palace Cathedral Mosque
Temple Museum Camp Prison Penitentiary Jail Boulevard Highway Motorway Crossing Checkpoint Neighborhood Neighbourhood Quarter
Line Frontier Gap Gorge Pass Canyon Glacier Delta Basin Lagoon Reef Falls Dam Corridor Steppe Archipelago Atoll
Crater Volcano Cave Caves Forest Hills Plain Plains Beach Creek Zone Shoal Shoals Reefs Cay Islet Islets
Township Municipality Commune Upazila Tehsil Bazar Bazaar Chowk Range Ranges Barrage Reservoir Pipeline Oilfield Refinery
Point Castle Circuit Fortress Citadel Abbey Monastery Monument Cemetery Gardens Zoo Terminal
Mausoleum Tavern Steakhouse Collectorate Hauptbahnhof Bahnhof Serail Bhavan Ghat Qala`)

// orgWords supplement the gazetteer's organization heads with words that
// end company and media names. The two lines before the last are the words
// that head armed groups' names in Arabic, Urdu and Pashto (general knowledge:
// "supporters", "battalions", "army", "group", "movement", "party",
// "brigade", "companies", "front", "free men", "corps", "union",
// "organization", "soldiers"): "Ansar al-X" and "Jaish-e-Y" are groups, not
// people. The line before the last holds the Portuguese and Spanish words of clubs
// and associations ("Esporte Clube X", "Asociación Deportiva Y"), the last
// the Spanish, Portuguese and French words that open the names of bodies,
// parties and armed groups ("Partido X", "Bloque Y", "Mouvement Z"), and
// after them the words that end parties' names in Spanish ("X Nacional",
// "Unidad Y"), in Serbian and Croatian ("X Lista") and in Tok Pisin ("X
// Pati"), and German rail and clinic words ("Deutsche Bahn", "Klinikum X").
var orgWords = wordSet(`Communications Research Systems Technologies Technology Tech Airlines Airways Motors Group Holdings
Industries Partners Press News Times Post Herald Journal Media Network Networks Broadcasting Telecom
Energy Pharmaceuticals Bank Community Insurance Capital Ventures Labs Institute Foundation Project Trust Fund
Survey Service Authority Administration Bureau Office Cooperation Co-operation Partnership Relations
Forum Platform Initiative Observatory Collective Ambulance Watch
Church Mosque Party Brigade Brigades Front Movement Army Council Commission Committee Court Agency Cartel Clan Syndicate Gang
Ansar Kataib Katiba Jaysh Jaish Jamaat Jamaah Harakat Hizb Liwa Saraya Jabhat Tehrik Tehreek Lashkar Ahrar
Faylaq Ittehad Tanzim Junud Jemaah Katibat Ittihad Majlis Dal Samaj Sangh Sangathan Morcha Parishad Chama Umoja
Club Clube Associação Associacao Asociación Asociacion Sociedade Sociedad Esporte Deportivo Desportivo Futebol
Colegio Bloque Frente Partido Movimiento Movimento Ejército Ejercito Sindicato Confederación Confederacion Fundación Fundacion Consejo Instituto Parti Mouvement Armée Conseil Comité
Nacional Nacionalista Republicana Republicano Unidad Lista Pati Bahn Klinikum Images`)

// placeNouns after a name make it a place ("the Lviv region", "Jibrael
// neighborhood"); before "of" they introduce one ("the town of Bucha").
// pluralPlaceNouns head lists of places: "the X and Y rivers".
var pluralPlaceNouns = wordSet(`rivers districts regions provinces villages towns cities states counties valleys
mountains lakes islands neighbourhoods neighborhoods suburbs municipalities oblasts governorates camps
townships communes fields areas sectors zones localities settlements fronts`)

// siteModifiers stand before a plural noun of places: "oil fields",
// "refugee camps".
var siteModifiers = wordSet(`oil gas gold mining refugee border frontier coastal mountain`)

var placeNouns = wordSet(`district districts region regions province provinces city town village villages
neighborhood neighbourhood area county state island border river valley camp suburb municipality oblast
governorate capital forest desert jungle delta hills plain plains quarter shoal reef atoll regency upazila
tehsil commune township rivers islands towns cities states counties valleys mountains lakes sector
peninsula plateau highlands lowlands basin lagoon archipelago port crossing hamlet settlement locality`)

// orgNouns after a name make it an organization ("the Shabaab group").
var orgNouns = wordSet(`group militia movement party company firm corporation organization organisation
agency newspaper network gang gangs groups militias factions movements parties coalition alliance project
magazine tabloid broadcaster`)

// monitorNouns after a name and a lower-case word make it a body that
// keeps watch: "the Cabo Varnok conflict monitor", "the Varnok rights
// watchdog". General knowledge of English.
var monitorNouns = wordSet(`monitor watchdog tracker observatory`)

// adjOnly are capitalised adjectives that name nothing on their own.
var adjOnly = wordSet(`western eastern northern southern central western-backed islamic arab west east north south
olympic black himalayan balkan baltic andean sahelian`)

// lawHeads end names of laws, treaties and prizes, which are no entities
// of the graph.
var lawHeads = wordSet(`Act Code Treaty Convention Accord Accords Agreement Resolution Protocol Charter Law Bill
Constitution Award Prize Doctrine Amendment Directive Statute Professional Certificate Index Scale`)

// buildingNouns name places by a proper name ("the palace, named X").
var buildingNouns = wordSet(`palace building hotel square street airport hospital school compound base camp
stadium mosque church temple bridge prison market theatre theater cinema cave`)

// facilityMods and siteNouns after a name make it a named site: "the
// Varnok nuclear plant", "the Kestrel oil rig", "the Tarn gas field".
var facilityMods = wordSet(`nuclear oil gas power coal chemical steel hydroelectric hydropower solar wind
atomic uranium cement fertiliser fertilizer air naval army military concert shopping refugee presidential
police border displacement gold ammunition arms fuel civil central federal education training detention
medical health cultural community pumping compressor desalination treatment`)

// localMods make a site only of a name that is no known town, like
// localSites: "the Varno education centre", but "a Kabul health centre" is
// a centre in Kabul.
var localMods = wordSet(`police education training detention medical health cultural community`)
var siteNouns = wordSet(`plant plants rig platform refinery field fields mine reactor station dam terminal
pipeline facility complex works base hall centre center mall camp palace barracks depot crossing`)

// nameSuffixes end a person's name: "Martin Luther King Jr.".
var nameSuffixes = wordSet(`Jr Sr II III IV`)

// shoutVerbs before a quoted name make it a cry: "shouted "Allahu Akbar"".
var shoutVerbs = wordSet(`shouted shouting shouts chanted chanting chants cried yelled yelling screamed`)

// kinPlurals before "A and B Surname" make A share B's surname: "brothers
// Said and Cherif X".
var kinPlurals = wordSet(`brothers sisters siblings twins cousins`)

// wordPrefixes open hyphenated common words ("co-defendant").
var wordPrefixes = wordSet(`co ex non self anti post pre vice sub`)

// namedForPeople are sites often named after a person: "John F. Kennedy
// airport".
var namedForPeople = wordSet(`airport stadium bridge square street avenue station mosque church cathedral temple`)

// holidays name days, not entities, when they modify a noun ("a Christmas
// market", "the Ramadan fast").
var holidays = wordSet(`christmas easter ramadan eid diwali hanukkah thanksgiving passover nowruz`)

// craftNouns after a name make it a vehicle or instrument, no entity
// unless the gazetteer knows the name: "the Curiosity rover", "the Kestrel
// probe".
var craftNouns = wordSet(`rover probe spacecraft satellite telescope capsule lander orbiter module`)

// companyRoles after a name make it a company's: "X chief executive", "X
// shares".
var companyRoles = wordSet(`ceo chief chairman chairwoman shares stock shareholders executives`)

// thingNouns before "called" or "named" make the name a thing's, no
// entity: "ransomware called WannaCry", "a ship named Varnok".
var thingNouns = wordSet(`ransomware malware virus worm software app application program programme tool
platform website film movie documentary book novel song album show series ship vessel boat tanker yacht
plane aircraft drone missile rocket satellite rover weapon device product brand drug vaccine species
dinosaur bacterium fossil`)

// namedThings right before a name make it a thing's: "the vessel Mavi
// Marmara", "the film X".
var namedThings = wordSet(`ship vessel tanker yacht ferry boat freighter frigate destroyer submarine rover probe
satellite spacecraft film movie documentary novel song album`)

// diseases name outbreaks and epidemics: "a cholera outbreak" (general
// knowledge of medicine, lower case).
var diseases = wordSet(`cholera measles ebola polio typhoid dengue malaria mpox monkeypox flu influenza covid covid-19
coronavirus diphtheria meningitis plague anthrax hepatitis tuberculosis zika marburg diarrhoea diarrhea`)

// diseaseNouns after a name make it a disease's: "the Ebola outbreak".
var diseaseNouns = wordSet(`outbreak outbreaks epidemic pandemic virus infections infection vaccine vaccines`)

// forceSynonyms name a state's armed forces alike: "the army" may refer
// back to "Peru's military".
var forceSynonyms = wordSet(`army military`)

// sportsRoles after a city make it the city's club: "Barcelona midfielder".
var sportsRoles = wordSet(`midfielder striker defender goalkeeper forward winger captain coach manager
playmaker fullback full-back centre-back center-back`)

// compass words open place names ("North Waziristan", "Upper Nile").
var compass = wordSet(`north south east west northern southern eastern western central upper lower middle
northeast northwest southeast southwest north-east north-west south-east south-west
northeastern northwestern southeastern southwestern north-eastern north-western south-eastern south-western`)

// orgPlurals and placePlurals head lists ("retailers such as ...").
var orgPlurals = wordSet(`companies firms retailers manufacturers makers banks carriers airlines groups
organizations organisations agencies parties newspapers broadcasters networks brands customers
competitors rivals clients chains insurers lenders automakers carmakers chipmakers publishers charities
universities militias factions unions traders miners operators producers exporters refiners shippers
contractors developers suppliers`)

var placePlurals = wordSet(`countries nations cities towns states provinces regions villages capitals
territories districts islands`)

// ordinals may open event and organization names.
var ordinals = wordSet(`first second third fourth fifth sixth seventh eighth ninth tenth`)

// numberWords never start a name ("Two Americans").
var numberWords = wordSet(`one two three four five six seven eight nine ten eleven twelve twenty thirty forty
fifty hundred hundreds thousand thousands million millions dozens several some many most all both few
first second third`)

// titleModifiers stand in a run of titles ("Former Prime Minister",
// "Acting President") but are no role themselves.
var titleModifiers = wordSet(`Former Acting Interim Outgoing Incoming`)

// legalSuffixes end a company's name without changing which company it
// is ("Ryanair Plc" is Ryanair), lower case without dots.
var legalSuffixes = wordSet(`plc inc ltd corp co llc ag sa nv gmbh bv limited incorporated`)

// broadcasterWords end a broadcaster's name, which the bare name before
// them also names: "Al Masirah TV".
var broadcasterWords = wordSet(`TV Television Radio`)

// landforms after a place's name name the same place ("Mayotte Island",
// "Sinai Peninsula"), unlike "City" or "Province", which may name another.
// facilityHeads end the name of a site a bare name may stand for ("the
// Jufra air base" ... "Jufra").
var facilityHeads = wordSet(`base airbase dam mine camp barracks`)

var landforms = wordSet(`Island Islands Desert Peninsula Mountains Archipelago Atoll`)

// stateVerbs are what a government does, so a capital before them stands
// for its country ("Moscow recalled its envoy").
var stateVerbs = wordSet(`rejected rejects recalled recalls accused accuses condemned condemns demanded demands weighed
denied denies responded responds retaliated retaliates expelled expels summoned summons protested protests
refused refuses agreed agrees vowed vows threatened threatens urged urges insisted insists
described describes dismissed dismisses welcomed welcomes criticised criticized criticises criticizes
blamed blames halted halts suspended suspends imposed imposes recognized recognizes recognised recognises
supported supports backed backs sanctioned sanctions pushed pushes pressed presses armed arms
deployed deploys redeployed redeploys withdrew withdraws sent sends lodged lodges lifted lifts eased eases
extended extends approved approves blocked blocks banned bans ordered orders granted grants occupies occupied
annexed annexes froze freezes frozen regards regarded views viewed considers considered believes fears`)

// visitVerbs before a city make it where someone goes: "to visit Ankara".
// General knowledge of English.
var visitVerbs = wordSet(`visit visits visited visiting`)

// stanceVerbsPlural are what two capitals that act as their states do
// together in the present: "Washington and Brussels see the corridor as
// a counter to China". General knowledge of English.
var stanceVerbsPlural = wordSet(`see view regard consider want believe fear oppose support back reject accuse`)

// backerSuffixes end a compound that says who stands behind a group:
// "Iran-backed", "Saudi-led", "Kabul-based".
var backerSuffixes = wordSet(`backed led based linked aligned allied funded supported`)

// kindSuffixes end a compound that says what kind a thing is, after a
// name of a make or a model: "Varnok-type drones", "a Tarma-class
// frigate", "Soviet-era tanks". General knowledge of English.
var kindSuffixes = wordSet(`type class style era made built designed like`)

// memberPlurals end the name of a conference that is a body of its
// members, not a meeting: "Conference of Catholic Bishops". General
// knowledge of English.
var memberPlurals = wordSet(`bishops churches rectors presidents mayors governors chiefs jurists`)

// holderSuffixes end a compound that says who holds or runs a place or a
// body: "rebel-held", "Varnok-controlled", "state-run". Like the backer
// suffixes, they make the word before them a modifier, never a given name
// ("Ki-moon" is one, "Tarma-held" is not).
var holderSuffixes = wordSet(`held controlled owned run occupied dominated governed ruled administered`)

// govActions after "the government" make it act as well as the verbs of
// speech and policy: "the government would send more troops".
var govActions = wordSet(`send sent deploy deployed ordered declared`)

// onPlaceWords after "on (the)" tell where or how a meeting was held, not
// what it was about: "on the sidelines of", "on board", "on the phone".
var onPlaceWords = wordSet(`sidelines margins board island border outskirts eve day phone telephone`)

// modals before a verb make its subject act: "Baku must understand".
var modals = wordSet(`would will must should could can may might shall`)

// stateAgentVerbs before "by" make the capital after it a state: "militias
// armed by Kinshasa", "a truce brokered by Doha".
var stateAgentVerbs = wordSet(`armed backed supported funded financed sponsored brokered mediated sanctioned
recognized recognised accused blamed condemned brought filed proposed imposed`)

// stanceNouns after a capital's possessive are its state's act or stand
// ("Budapest's refusal", "under Beijing's auspices"); stanceAdjectives after
// a capital and a form of "be" are its state's ("Moscow was concerned").
// apposOpeners open an apposition after a capital ("Beijing, the largest
// buyer of its oil, said"). General knowledge of news English.
var stanceNouns = wordSet(`refusal bid decision position auspices support backing demand demands policy call proposals
offer response proposal approval stance objection objections concerns relations ties allies ally troops forces
army military campaign influence interests plan plans supply supplies claim claims accusation accusations denial withdrawal
recognition sanctions pressure request warning threat veto push efforts approach strategy envoy ambassador
insistence opposition rejection invitation intervention involvement war invasion offensive weapons missiles drones attacks strikes aggression
commitment commitments obligations rule failure failures fleet navy version account
remarks comments statement statements backer backers step move agenda bidding`)

// stateAid before "for" makes the capital after it a state that
// receives: "support for Kyiv", "the aid package for Kyiv". General
// knowledge of English.
var stateAid = wordSet(`support backing aid package assistance funding`)

// stanceModifiers may stand between a capital's possessive and its
// state's stand or ally: "Damascus' main military backer". General
// knowledge of English.
var stanceModifiers = wordSet(`main key chief closest biggest largest strongest staunchest principal
military political financial diplomatic economic traditional`)
var stanceAdjectives = wordSet(`concerned alarmed angered angry furious unhappy ready willing keen determined
reluctant opposed committed prepared eager worried disappointed satisfied pleased outraged irritated
frustrated displeased hopeful optimistic confident skeptical sceptical wary quick`)
var apposOpeners = wordSet(`the a an which whose`)

// policyVerbs after a capital and a modal make it its state: "Washington
// would consider", "Moscow will respond".
var policyVerbs = wordSet(`consider respond retaliate impose send support recognise recognize reject accept seek
continue not never file lodge protest demand expel recall sign`)

// stateObjectVerbs before a capital make it a state ("press Ottawa to",
// "accused Moscow of").
var stateObjectVerbs = wordSet(`press pressed presses pressing urge urged urges urging ask asked asks accused accuse
expected expects
accuses blamed blame blames warned warn warns criticized criticised condemned lobbied lobby told tell
thanked thank thanks`)

// stateTies before "with" make the place after them a state ("relations
// with Tbilisi").
// capitalActs are further acts of a state a capital can be the subject
// of: "Addis Ababa signed a memorandum", "Mogadishu has called the deal".
var capitalActs = wordSet(`signed signs called calls taken takes made makes used uses stands stood sought seeks
offered offers chosen chose decided decides wanted wants failed fails expected expects
defended defends come steps stepped`)

// stateDoings after "is|was" are a state's ongoing acts: "Washington was
// working with Riyadh", "Khartoum is bombing".
var stateDoings = wordSet(`sending working pushing pressing seeking bombing shelling supplying arming backing
supporting negotiating urging demanding threatening refusing blocking deploying trying using preparing exploiting stalling`)

// shellMakers before "shells" make it a noun, the ammunition they fire:
// "artillery shells", "tank shells". General knowledge of English.
var shellMakers = wordSet(`artillery mortar tank howitzer cannon naval ballistic rocket`)

// asideParticiples open an aside on how or where a speaker spoke, after
// the speaker's name: "X, speaking in Lima after meeting Y, said".
// General knowledge of English.
var asideParticiples = wordSet(`speaking writing addressing visiting standing responding answering appearing briefing
talking replying testifying`)

// routeNouns before "to" and a name make the name a place: "the road to
// Varsovo". General knowledge of English.
var routeNouns = wordSet(`road roads route routes highway motorway railway rail flights flight corridor way`)

// cityFates are what befalls a city or what it does as a place, so a
// capital before them stays the city: "Lima woke to sirens", "Lima was
// mourning", "Lima hosted the summit". General knowledge of English.
var cityFates = wordSet(`woke shook flooded recorded experienced suffered reeled mourned celebrated remained
lay saw fell came became turned burned sweltered shivered trembled hosted hosting hosts host
bracing reeling mourning recovering burning shaking sweltering celebrating preparing waking
bustling flooding gearing emptying filling sleep recover rebuild host`)

// stateHoldings are what a state keeps abroad: "Washington has about
// 1,500 troops in the north-east", "Beijing has major investments".
var stateHoldings = wordSet(`troops soldiers forces personnel investments interests bases`)

// stateSupport before "from" make the place after it a state that acts:
// "under pressure from Washington", "support from Abu Dhabi".
var stateSupport = wordSet(`pressure support backing aid funding demands criticism protests objections approval invitation invitations request requests
answer response message signal comment comments reaction word directed financed orchestrated controlled coordinated ordered`)

// transfers before "to" make the place after it a state that receives:
// "selling drones to Kyiv", "weapons and troops to Moscow".
var transfers = wordSet(`drones weapons arms troops aid missiles ammunition supplies sold selling supplied supplying
concessions`)

// ownedSites after "its" or "their" in an attack's object are the
// owner's forces or sites: "shelled its positions". General knowledge of
// English.
var ownedSites = wordSet(`positions position posts post outposts outpost bases base troops soldiers forces units
checkpoints checkpoint camps camp convoy convoys patrol patrols barracks lines`)

// placeAdjectives before a place tell what kind of place it is, not what
// it is to the sentence: "in the disputed Tarma area". General knowledge
// of English.
var placeAdjectives = wordSet(`disputed contested occupied annexed restive volatile remote embattled besieged troubled
mountainous coastal rural border frontier`)

// partyHeads end the common names of parties and movements that many
// countries have: "People's Party", "Socialist Party", "Liberal Front".
var partyHeads = wordSet(`Party Front Movement Union Congress Alliance League`)

// societyHeads end the names of the Red Cross and Red Crescent societies
// many countries have: "the Red Cross of Chad".
var societyHeads = wordSet(`Cross Crescent`)

// ruleNouns after an organization's name make it the organization that
// governs: "the Taliban administration said", "the Houthi leadership".
var ruleNouns = wordSet(`administration government leadership authorities regime`)

// timeWords tell when something came out: "published on Monday", "released
// last week", "issued earlier this month".
var timeWords = wordSet(`on in last this earlier late early week month year weekend morning evening night
yesterday today overnight`)

// armyNames are the names states give their armed forces after their
// name or adjective: "Ethiopian National Defense Force", "Kenya Defence
// Forces", "Uganda People's Defence Force". General knowledge of the world.
var armyNames = []string{"National Army", "Defence Force", "Defense Force", "Defence Forces", "Defense Forces",
	"National Defence Force", "National Defense Force", "National Defence Forces", "National Defense Forces",
	"People's Defence Force", "People's Defense Force", "National Armed Forces"}

// corridorWords end the names of routes and links two places share: "the
// China-Pakistan Economic Corridor", "the Lagos-Abidjan Highway".
var corridorWords = wordSet(`Corridor Highway Railway Pipeline Expressway Link Line Route`)

// bodyMeetVerbs tell that a body gathered: its members met one another.
var bodyMeetVerbs = wordSet(`met meets convened convenes gathered`)

// mediaDescriptors before a name say it is a paper's or a broadcaster's,
// which may hold "of" and a place: "the state-run Voice of Tarma".
var mediaDescriptors = wordSet(`state-run state-owned state-controlled government-run newspaper daily weekly broadcaster tabloid`)

// shipNouns right before a name make it a ship's: "the tanker X". General
// knowledge of English.
var shipNouns = wordSet(`tanker vessel ship freighter warship frigate destroyer trawler ferry yacht
boat dhow barge corvette cruiser submarine`)

// groupKinds say what kind of group "the <kind> group" is, which still
// refers to the group named last: "the rights group said".
var groupKinds = wordSet(`rights militant armed rebel volunteer aid relief advocacy activist jihadist extremist
separatist insurgent opposition monitoring campaign lobby pressure`)

// civilGroups are the kinds of group that bear no arms: "the rights group
// said" is never the militia named last.
var civilGroups = wordSet(`rights volunteer aid relief advocacy activist monitoring campaign lobby pressure`)

// adminKinds end the name of a subdivision: "Koshi Province".
// airfieldHeads end the names an article gives one airfield, longest
// first ("Tarma military airfield", "Tarma air base"). General knowledge
// of English.
var airfieldHeads = []string{"military air base", "military airfield", "air force base", "air base", "airbase", "air field", "airfield"}

// namesakeHeads end a site's name whose bare first words then stand for
// the site: "the Engels air base ... at Engels", "the Chari River ... the
// Chari", "the Belvo Palace ... at Belvo". General knowledge of English.
var namesakeHeads = []string{"military air base", "military airfield", "air force base", "air base", "airbase", "air field", "airfield", "airport", "Airport", "International Airport", "River", "Dam", "gas field", "oil field", "oilfield", "gasfield", "refinery", "power plant", "power station", "nuclear power plant", "Palace", "Square", "Prison", "prison", "Stadium", "Canal"}

var adminKinds = wordSet(`Province County Township District Region Regency Prefecture Governorate Department State Oblast`)

// helpNouns after "with (the)" open a list of who helped an attack: "with
// the support of", "with help from". General knowledge of English.
var helpNouns = wordSet(`support help backing assistance aid cooperation`)

// combiningForms stand for a people in a compound: "Franco-German",
// "Sino-Indian", "Anglo-Irish". General knowledge of English.
var combiningForms = wordSet(`Franco Anglo Sino Indo Russo Greco Turco Afro Euro Italo Austro Germano Hispano Luso Judeo Irano Nippo Serbo Croato Polono`)

// notAdverbs end in -ly but are not adverbs.
var notAdverbs = wordSet(`supply apply reply rally ally family assembly anomaly monopoly july italy belly bully holy`)

// coopVerbs before "with" make the place after it a state one works
// with: "working with Riyadh", "coordinating with Cairo".
var coopVerbs = wordSet(`working worked work works cooperating cooperated cooperate coordinating coordinated negotiating negotiated negotiate sided siding`)

// claimAdjectives may stand between a capital's possessive and its stand:
// "Beijing's sweeping territorial claims". stateObjects before a capital
// make it a state: "represented Pyongyang". doForms and stateBaseVerbs
// read "Beijing does not recognise". General English.
var claimAdjectives = wordSet(`sweeping territorial maritime broad vast full-scale military political diplomatic
economic close deep strong`)

// mediateWords before "between A and B" make A and B parties, states
// where capitals stand for them; tellVerbs address words to a state named
// by its capital ("told Lima that"). General knowledge of English.
var mediateWords = wordSet(`mediated mediates mediating mediate mediation mediator mediators brokered brokering`)
var tellVerbs = wordSet(`told tell tells telling assured assures reassured informed informs`)

var stateObjects = wordSet(`represented represents representing accused accuses accusing arming`)
var demandVerbs = wordSet(`demanded demands demanding insisted insists urged urges asked asks requested requests`)

// promptVerbs before a place and "to <verb>" make the place a state that
// is moved to act: "prompting Moscow to accuse Tallinn". General
// knowledge of English.
var promptVerbs = wordSet(`prompting prompted prompts urging urged urges pressing pressed presses forcing forced
forces asking asked asks pushing pushed pushes`)
var doForms = wordSet(`does do did`)
var stateBaseVerbs = wordSet(`recognise recognize accept want intend plan support oppose seek agree believe trust
comment respond consider condone tolerate allow interfere`)

var stateTies = wordSet(`relations ties talks negotiations dialogue protest representations cooperation truce
ceasefire deal agreement accord pact contacts exchanges page rapprochement dispute disputes
sharing talking talk channel signal message agreed signed brokered held`)

// giveForms before "in to" and caveForms before "(in) to" make the place
// after them a state that is yielded to: "giving in to Lima", "bowed to
// Quito". General knowledge of English.
var giveForms = wordSet(`give gives gave given giving`)
var caveForms = wordSet(`cave caves caved caving bow bows bowed bowing yield yields yielded yielding capitulate capitulated capitulating`)

// inHeads take "in <Place>" inside their name ("Nordic Union Mission in
// Somalia").
var inHeads = wordSet(`Mission Missions Resistance`)

// localCourtWords make a court one of a place ("the District Court in
// X"). General knowledge of English.
var localCourtWords = wordSet(`District Regional Municipal City County Provincial Trial Circuit`)

// onHeads take "on" inside their name: "Commission on Human Rights",
// "Committee on Foreign Affairs".
var onHeads = wordSet(`Commission Committee Council Panel Subcommittee Board Tribunal Authority Conference Forum`)

// assemblyKinds before "Assembly" make it a body, not a gathering.
var assemblyKinds = wordSet(`Legislative Constituent Parliamentary Federal Provincial Regional Consultative`)

// partyWords are the adjectives of party names.
var partyWords = wordSet(`National Democratic Republican Socialist Progressive Liberal Conservative
Revolutionary Popular United Patriotic Labour Labor Workers People's Peoples Congolese African
Federalist Federal Communist Green Christian Islamic Unionist Nationalist Independent Civic`)

// ledGroups are lower-case heads that make "<Name>-led X" an organization
// of its own ("the Saudi-led coalition", "NATO-led forces").
var ledGroups = wordSet(`coalition alliance forces force mission`)

// companyNouns stand right before a company's name ("rival X", "the
// carmaker X").
var companyNouns = wordSet(`company companies firm rival rivals maker carmaker giant group operator carrier
conglomerate bank lender insurer retailer startup subsidiary airline manufacturer`)

// joinPrefixes are capitalised prefixes that keep a hyphenated word a
// name ("Co-operation").
var joinPrefixes = map[string]bool{"co": true, "re": true, "self": true, "multi": true, "inter": true, "trans": true, "sub": true}

// orgNounsAfterActor are lower-case heads that make "<Demonym> X" an
// organization ("Iraqi government", "Russia's defence ministry").
// localBodyNouns head the bodies of a town or province named in lower
// case after its possessive: "Basra's health directorate".
var localBodyNouns = wordSet(`directorate department administration authority council office committee commission headquarters ministry agency service`)

// localQualifiers say which level a local body is at: "the Tarma state
// security department", "Basra's regional health directorate". General
// knowledge of English.
var localQualifiers = wordSet(`state regional provincial municipal city county district fire`)

var orgNounsAfterActor = wordSet(`government military army navy ministry parliament police cabinet embassy presidency
administration legislature senate congress junta regime commission opposition rebels insurgents agency
authority authorities forces bank militants fighters separatists guerrillas jihadists paramilitaries
force guard department service coastguard pirates kidnappers hijackers gunmen bandits smugglers office`)

// institutions are the heads of orgNounsAfterActor that name a state's
// institution ("the Sudanese government"), an entity of its own however
// often named.
var institutions = wordSet(`government military army navy ministry parliament cabinet administration legislature
senate congress junta regime commission bank force guard presidency`)

// seatedBodies are a state's civil bodies, which "in <capital>" names as
// the state's own: "the government in Lima", "the foreign ministry in
// Lima" (general knowledge of English).
var seatedBodies = wordSet(`government ministry parliament cabinet administration legislature presidency regime
junta authorities`)

// qualifiedOrgNouns make an organization after an actor only with a
// qualifier between ("Egyptian security forces", "the Indonesian disaster
// management agency", not "Russian forces").
var qualifiedOrgNouns = wordSet(`forces ministry agency authority authorities bank force guard office service`)

// standingWords after an adverb say how a government stands, between a
// country's possessive and the body: "Yemen's internationally recognised
// government". General knowledge of English.
var standingWords = wordSet(`recognized recognised elected backed appointed installed`)

// landClaims after "claims" make a claim to land, no statement: "claims
// all of", "claims sovereignty over". General knowledge of English.
var landClaims = wordSet(`all most much part parts sovereignty ownership control territory islands`)

// ministryWords may stand between the actor and "ministry".
var ministryWords = wordSet(`air coast national interim transitional provisional caretaker defence defense foreign interior health finance justice education economy energy
trade agriculture emergency emergencies information culture transport electoral election security government
armed intelligence border disaster management meteorological geological aviation civil military war
commerce industry labor labour environment communications telecommunications tourism housing science
technology water mining oil petroleum fisheries veterans social welfare public works home central presidential press
national reserve affairs mines minerals lands land gas planning youth sports women family immigration federal
electricity power migration displacement irrigation antiquities heritage endowments`)

// personNouns describe a person in an appositive ("Lopes, a lawyer").
// Relatives are people too ("..., his daughter X said"): kinNouns join.
var personNouns = union(wordSet(`lawyer activist journalist reporter student teacher doctor farmer resident witness
businessman businesswoman politician lawmaker candidate analyst researcher professor singer actor actress
writer author priest cleric imam pastor footballer player coach soldier officer commander publicist agent
attorney expert specialist`), kinNouns)

// rankTitles are the ranks of nobility, royalty and religion that stay
// with a name the article gives alone ("Lord Alli", "Pope Francis"), in
// the order they are tried. General knowledge of English.
var rankTitles = []string{"Lord", "Lady", "Baroness", "Baron", "Earl", "Duke", "Duchess", "Prince", "Princess",
	"King", "Queen", "Emperor", "Empress", "Pope", "Cardinal", "Archbishop", "Patriarch", "Ayatollah",
	"Sheikh", "Emir", "Sultan"}

// quoteAdjuncts open a phrase that may stand between a verb of speech and
// the words quoted: "said of the leader “…”". General knowledge of English.
var quoteAdjuncts = wordSet(`of about after before because during following upon at in on`)

// writtenWorks are the things written that "wrote a ..." makes its
// object, not a statement: "wrote a book about the war". General knowledge
// of English.
var writtenWorks = wordSet(`book books letter letters novel novels article articles column columns poem poems
song songs memoir memoirs essay essays paper papers play plays script biography op-ed blog report reports
thesis story stories`)

// kinNouns name a person by kinship ("his father, Philippe"). General
// knowledge of English.
var kinNouns = wordSet(`son daughter wife husband father mother brother sister widow widower nephew niece
grandson granddaughter cousin uncle aunt grandfather grandmother stepfather stepmother stepson
stepdaughter`)

// roleWords name a person by office ("the Ukrainian leader", "the judge").
var roleWords = wordSet(`leader president premier chancellor king queen emir prince minister secretary
general commander spokesman spokeswoman spokesperson ambassador envoy mayor governor adviser advisor aide
archbishop bishop cardinal imam patriarch judge magistrate prosecutor coach chairman chairwoman`)

// civilWords in an apposition make an organization a civil body, never an
// armed group: "a conflict monitoring group", "a rights watchdog".
var civilWords = wordSet(`monitoring monitor monitors rights advocacy research think-tank watchdog charity
humanitarian relief aid non-profit nonprofit non-governmental data`)

// officePreps open the complement of an office: "the envoy for the
// Andes", "the ambassador to the United Nations".
var officePreps = wordSet("for to of")

// officeNouns end an office written in capitals as the United Nations and
// other bodies write them ("the Special Envoy for Yemen", "the Force
// Commander", "the Humanitarian Coordinator"): the office, no body.
var officeNouns = wordSet(`Envoy Coordinator Representative Commander Spokesperson Spokesman Spokeswoman
Secretary-General Under-Secretary-General Rapporteur Adviser Advisor`)

// localGovWords stand between a place and "government", "authorities" or
// "administration" for its own local government: "the Tarma city
// authorities", "the Puno regional government" (general English).
var localGovWords = wordSet(`state provincial regional city municipal district county local`)

// officeHolders are officials whose office speaks as a body of its own
// after a place: "Colombia's ombudsman's office", "the Tarma state
// prosecutor's office" (general English).
var officeHolders = wordSet(`ombudsman governor mayor prosecutor prosecutors attorney comptroller auditor`)

// runSuffixes end "<Name>-run": who runs the body named after it ("the
// Houthi-run health ministry").
var runSuffixes = wordSet(`run controlled administered appointed installed`)

// securityPortfolios are the armed arms of a government; run by a group
// they are the group acting ("the Taliban-run interior ministry").
var securityPortfolios = wordSet(`interior defence defense security intelligence military armed war border`)

// runBodyNouns head a body "<Name>-run" names after its portfolio: "the
// Hamas-run government media office", "the Houthi-run health ministry"
// (general English).
var runBodyNouns = wordSet(`ministry authority authorities office department directorate agency service`)

// borderForceNouns end a described border force: "Kyrgyz border guards".
var borderForceNouns = wordSet(`guard guards force forces troops service police`)

// placedBodies head a body whose full name ends with where it serves:
// "UN Mission in South Sudan", "Integrated Office in Haiti".
var placedBodies = wordSet(`Mission Office Force Operation Command Committee Commission`)

// portfolioHeads open an office named by its portfolio: "Minister of
// Territorial Administration", "Director of Operations".
var portfolioHeads = wordSet(`Minister Ministers Director Head Chief Secretary Commissioner Coordinator`)

// capitalOfficeModifiers stand in an office written in capitals before its
// noun: "the Special Envoy", "the Resident Coordinator".
var capitalOfficeModifiers = wordSet(`Special Resident Humanitarian Deputy Chief Senior Personal High`)

// headNouns name the person at the head of a body ("the head of the X
// mission, Y,").
var headNouns = wordSet(`head chief chairman chairwoman chair director`)

// pronouns that can stand for a person speaker.
var personPronouns = wordSet(`he she`)

// titleLead are lower-case words that open a two-word office ("prime
// minister", "foreign secretary").
var titleLead = wordSet(`prime foreign defence defense interior finance deputy vice chief former acting`)

// lowerTitleModifiers stand lower-case before a title: "interim Prime
// Minister".
// rankModifiers stand before unnamed officials: "the Chilean top
// diplomats", "senior officials". General English.
var rankModifiers = wordSet(`top senior high-ranking high-level junior chief`)

var lowerTitleModifiers = wordSet(`interim acting former outgoing caretaker incoming then deputy`)

// ---- Resolution and coreference (resolve.go, coref.go)

// refModifiers may stand between "the" and the noun of a description ("the
// former president", "the ruling party", "the low-cost airline").
var refModifiers = wordSet(`former new outgoing incoming acting interim late embattled veteran senior top main
ruling opposition rebel militant armed islamist local regional national federal state-run state-owned private
public low-cost budget beleaguered largest biggest paramilitary jihadist extremist insurgent separatist guerrilla`)

// officeWords qualify an office in a title or description ("government
// spokesman", "army chief", "party leader").
var officeWords = wordSet(`government army military police party company campaign opposition foreign defence
defense interior finance prime vice deputy chief executive state press security senior top presidential
ministry embassy agency council union club team`)

// agencyWords end the names of public bodies that regulate or
// investigate ("Fair Trade Commission", "Aviation Authority").
var agencyWords = wordSet(`Commission Authority Agency Regulator Board Bureau Office Administration Inspectorate
Ombudsman Tribunal`)

// mediaWords end the names of news media; the second line holds the
// words for news, paper and press in other languages that news in English
// quotes untranslated (general knowledge).
var mediaWords = wordSet(`News Times Post Herald Journal Telegraph Tribune Gazette Guardian Independent Observer
Mirror Express Standard Chronicle Globe Mail Sun Daily Radio TV Television Broadcasting Network Channel
Reuters AFP AP BBC CNN Xinhua TASS Interfax NPR Agency Magazine Weekly Press
Zeitung Rundschau Tageblatt Kurier Nachrichten Nyheter Nyheder Nytt Dagblad Dagbladet Tidning Tidningen Avis Avisen
Nieuws Krant Courant Noticias Notícias Diario Diário Jornal Periódico Gazeta Gazzetta Corriere Giornale Quotidien
Presse Hebdo Novosti Vesti Vedomosti Gazete Haberler Akhbar Zprávy Noviny Novine Vijesti Uutiset Wiadomości`)

// companyWords end company names besides the legal suffixes the gazetteer
// knows ("Inc", "Ltd"); the last line holds "energy" in Turkish, German,
// Spanish and Portuguese, which firms keep in their names in English news.
var companyWords = wordSet(`Airlines Airways Air Motors Communications Systems Technologies Technology Group
Holdings Industries Partners Bank Energy Pharmaceuticals Insurance Capital Ventures Labs Telecom Petroleum Oil
Gas Mining Steel Foods Power Electric Utilities Company Corporation Newspapers Publications Publishing
Magazines Co Inc Ltd Plc LLC AG SA GmbH NV Logistics Freight Shipping
Electronics Software Semiconductor Devices Motor Automotive Retail Stores Securities Investments Brokers
Builders Construction Contractors Engineering Consulting Resources Minerals Platinum Cement
Transit Transport Management Maritime Lines Tankers Carriers Express Bus Buses Textiles Garments
Lithium Gold Copper Nickel Uranium Coal Iron Zinc Silver Diamonds Aerospace Diagnostics Trading
Enerji Energie Energía Energia`)

// armedWords end the names of armed groups that are no state's.
var armedWords = wordSet(`Brigade Brigades Front Militia Militias Legion Taliban Mujahideen Jihad Movement`)

// armedAdjectives before "group" make the group named after it an armed
// one ("the jihadist group X").
// groupNouns head a description set before a group's name: "the jihadist
// group Boko Haram", "the rebel militia X".
var groupNouns = wordSet(`group militia movement faction organization organisation coalition alliance`)

var armedAdjectives = wordSet(`armed jihadist islamist extremist terrorist paramilitary insurgent separatist
guerrilla`)

// rebelNameWords in a force's name make it a rebel force: "Free Syrian
// Army", "Irish Republican Army".
var rebelNameWords = wordSet(`Free Liberation Revolutionary Resistance Rebel Republican Salvation Mujahideen`)

// stateArmyWords open the names of states' armies that name no country:
// "National Army", "Royal Army", "People's Liberation Army".
var stateArmyWords = wordSet(`National Royal Federal Imperial Regular Red People's Continental Territorial Grand`)

// stateForceWords end the names of a state's or an alliance's forces.
var stateForceWords = wordSet(`Army Navy Forces Force Guard Guards Battalion Regiment Corps Police Military Mission`)

// insurgentNouns after or before a name make it an armed group ("Hamas
// militants", "rebel group").
// backVerbs before "by" tell who helps the subject, not who acts:
// "forces backed by U.S. airstrikes".
var backVerbs = wordSet(`backed supported aided assisted helped covered accompanied escorted armed funded`)

// memberMods stand between a number and the group whose members an attack
// killed: "three suspected Varnok Front militants", "a senior X commander".
var memberMods = wordSet(`suspected alleged armed senior top key local a an`)

// groupRanks are members of a group named by their rank: "killed a
// Varnok Front commander" attacks the group.
var groupRanks = wordSet(`commander commanders leader leaders operative operatives member`)

var insurgentNouns = wordSet(`militants militant rebels rebel insurgents insurgent fighters fighter gunmen
guerrillas guerrilla jihadists separatists militiamen militia gang gangs extremists`)

// orgAnaphors refer back to an organization as "the <noun>". The generic
// ones take the organization named last; the others one whose name has
// the noun ("the ministry": the last ministry named).
// "The company" is left out: which of several organizations is a company
// takes more than the last name to tell.
var orgAnaphors = wordSet(`group organisation organization charity outfit ministry agency commission movement party
division brigade battalion regiment command committee council coalition alliance front mission coastguard`)

var genericAnaphors = wordSet(`group organisation organization charity outfit`)

// placeRefNouns refer to a place of a kind named before ("the city"), or
// to the site named last with that noun ("the camp" after "the Tarma
// camp").
var placeRefNouns = map[string]string{
	"city": "city", "town": "city", "village": "city", "capital": "capital", "country": "country",
	"nation": "country", "province": "region", "state": "region", "region": "region",
	"camp": "site", "market": "site", "airport": "site", "refinery": "site", "bridge": "site",
	"dam": "site", "mosque": "site", "church": "site", "school": "site", "hospital": "site", "prison": "site",
}

// orgRefNouns are the nouns "the <noun>" refers to an organization with,
// and the kind of organization each fits when the name does not hold it.
// broadcastNouns refer to a broadcaster, or as often to a building or a
// plant ("the station"): only a name with one of broadcastWords is theirs.
var broadcastNouns = wordSet(`station network channel`)
var broadcastWords = wordSet(`tv television radio broadcasting broadcaster broadcast channel network station fm cable`)

var orgRefNouns = map[string]string{
	"group": "group", "organization": "any", "organisation": "any", "body": "any", "bloc": "any",
	"company": "company", "firm": "company", "airline": "company", "carrier": "company", "bank": "company",
	"lender": "company", "insurer": "company", "retailer": "company", "manufacturer": "company", "maker": "company",
	"chipmaker": "company", "carmaker": "company", "automaker": "company", "operator": "company", "giant": "company",
	"conglomerate": "company", "startup": "company", "corporation": "company", "utility": "company", "refiner": "company",
	"exporter": "company", "broker": "company", "pollster": "company", "miner": "company", "shipper": "company",
	"consultancy": "company", "band": "group", "label": "company", "duo": "group", "trio": "group", "orchestra": "group", "choir": "group",
	"militia":   "armed",
	"militants": "armed", "rebels": "armed", "insurgents": "armed", "fighters": "armed",
	"attackers": "armed", "gunmen": "armed", "loyalists": "armed", "separatists": "armed", "jihadists": "armed",
	"extremists": "armed", "guerrillas": "armed", "movement": "armed", "faction": "armed", "mujahideen": "armed",
	"terrorists": "armed", "assailants": "armed", "militiamen": "armed",
	"newspaper": "media", "paper": "media", "daily": "media", "broadcaster": "media", "channel": "media",
	"network": "media", "station": "media", "magazine": "media", "outlet": "media", "journal": "media",
	"ministry": "name", "agency": "name", "authority": "name", "party": "name", "army": "name", "military": "name",
	"coalition": "name", "alliance": "name", "court": "name", "council": "name", "committee": "name",
	"commission": "name", "union": "name", "government": "name", "administration": "name", "parliament": "name",
	"assembly": "name", "cabinet": "name", "regulator": "agency", "watchdog": "agency", "university": "name",
	"church": "name", "charity": "name", "foundation": "name", "institute": "name", "club": "name",
	"team": "name", "board": "name", "department": "name", "office": "name", "tribunal": "name",
	"police": "name", "navy": "name", "mission": "name", "force": "name", "forces": "name",
	"command": "name", "service": "name", "panel": "name", "secretariat": "name", "directorate": "name",
	"bureau": "name", "brigade": "name", "battalion": "name", "regiment": "name", "corps": "name",
	"federation": "name", "association": "name", "observatory": "name", "fund": "name", "programme": "name",
	"centre": "name", "center": "name", "campaign": "name",
}

// otherSpelling gives a head noun's other spelling, British or American,
// so that "the centre" is the "Pacific Warning Center". General knowledge
// of English.
var otherSpelling = map[string]string{
	"centre": "center", "center": "centre", "programme": "program", "program": "programme",
	"organisation": "organization", "organization": "organisation",
}

// agencyHeads end the names of the public bodies news calls "the
// agency": "the Disaster Management Authority", "the Food and Drug
// Administration". General knowledge of English.
var agencyHeads = wordSet(`agency authority administration bureau directorate commission service`)

// partyPeople are the people a party, a movement or a body sends out:
// "attacking its delegates".
var partyPeople = wordSet(`delegates delegate members member supporters supporter candidates candidate agents
activists officials staff workers volunteers observers monitors offices office headquarters`)

// reporterNouns after a news organization's name are its own people and
// counts: "a Reuters witness", "an AFP tally".
var reporterNouns = wordSet(`witness witnesses reporter reporters correspondent correspondents journalist journalists
photographer photographers tally count calculation calculations reporting`)

// statementNouns name a text an organization or person issues.
var statementNouns = wordSet(`statement statements report communique communiqué declaration letter complaint
filing lawsuit ruling verdict release announcement notice memo study survey`)

// usDepartmentForms are the other usual names of the United States'
// executive departments the gazetteer knows, under its canonical names:
// news writes "the State Department", reference works "United States
// Department of State" (general knowledge).
var usDepartmentForms = map[string][]string{
	"State Department":                {"United States Department of State", "U.S. State Department"},
	"Defense Department":              {"United States Department of Defense", "U.S. Defense Department"},
	"Treasury Department":             {"United States Department of the Treasury", "U.S. Treasury Department"},
	"Department of Justice":           {"United States Department of Justice", "Justice Department"},
	"Department of Homeland Security": {"United States Department of Homeland Security"},
}

// foreignArticles open names in Spanish, Portuguese, French and Italian
// ("Los Zetas", "El Comercio", "Le Monde"); no given name is one of them.
var foreignArticles = wordSet(`Los Las El La Les Le Il Os`)

// civilianNouns are people who take no part in fighting, killed where an
// attack hit: "killed 11 farmers near X".
var civilianNouns = wordSet(`civilians people villagers farmers residents worshippers children women passengers
students pupils herders fishermen miners traders pilgrims mourners shoppers motorists bystanders patients
displaced refugees`)

// quantityWords stand between a verb and the number of its object: "at
// least 11", "more than 20", "dozens of".
var quantityWords = wordSet(`at least more than about around some nearly almost over up to dozens scores hundreds
thousands of a an the several many`)

// armsNouns after a name make it a weapon's model ("Kestrel rifles",
// "Tarvo drones"); currencyNouns make it a currency's ("TVK francs").
var armsNouns = wordSet(`rifle rifles gun guns pistol pistols missile missiles rocket rockets drone drones
grenade grenades launcher launchers`)
var currencyNouns = wordSet(`franc francs dollar dollars euros peso pesos rupee rupees shilling shillings
dinar dinars rial riyal riyals naira cedi cedis kwacha yuan lira`)

// seaNouns end the names of seas and oceans, written in lower case by
// some ("the Indian ocean").
var seaNouns = wordSet(`ocean sea gulf strait`)

// placeTails end the phrase of a place after "in", "near" or "outside"
// when no punctuation does: "fighting in X on Monday", "near X and Y".
var placeTails = wordSet(`and or on in at near to from for after before since when where while last this early
late with by as until during over amid despite`)

// semiticPlaceWords open Arabic and Hebrew place names, whatever name
// follows them ("Ras Isa", "Deir Ali", "Givat Shaul"): cape, valley,
// mountain, well, monastery, house, village, mound, ruin, gate, spring,
// river, palace, bridge; village, kibbutz, moshav, town, hill, height,
// oasis, lookout, ascent (general knowledge).
var semiticPlaceWords = wordSet(`Ras Wadi Jebel Jabal Bir Deir Beit Kafr Tell Khirbet Bab Ain Nahr Qasr Jisr
Kfar Kibbutz Moshav Kiryat Givat Ramat Neve Mitzpe Ma'ale`)

// spanishArticles open names of three words and more that are no
// person's ("El Eco del Varnok"); "Le" also opens Vietnamese names.
var spanishArticles = wordSet(`Los Las El La`)

// forumNouns are gatherings words are told to: "told a news conference",
// "told a rally".
var forumNouns = wordSet(`conference briefing rally meeting gathering session hearing summit forum`)

// shipPrefixes open the names of ships ("USS", "HMS", "BRP", "MV"):
// ships are no entity of the graph.
var shipPrefixes = wordSet(`USS HMS HMAS HMCS HMNZS BRP INS RFS MV MT SS RV HNLMS FGS ITS ROKS JS PNS TCG`)

// regionPrefixes open the names of a region's parts: "Lower Juba",
// "Upper Nile", "Middle Shabelle".
var regionPrefixes = wordSet(`Lower Upper Middle`)

// waterWords end the names of seas and other waters.
var waterWords = wordSet(`Sea Ocean Gulf Strait Bay Channel Straits`)

// theCountries take "the" after "of": "Armed Forces of the Philippines".
var theCountries = map[string]bool{"Philippines": true, "Netherlands": true, "Bahamas": true, "Gambia": true, "Maldives": true}

// possessorBodies are one-word names of state bodies that own offices
// named after them with "'s": "the Treasury's Office of Foreign Assets
// Control", "the Pentagon's Defense Intelligence Agency". General
// knowledge of English.
var possessorBodies = wordSet(`Treasury Pentagon Kremlin Vatican Presidency Cabinet Parliament Congress Senate Judiciary`)

// bodyHeads end the names of a state's bodies written in lower case
// after its adjective: "the Chilean electoral commission".
var bodyHeads = wordSet(`commission council court assembly tribunal authority agency board parliament bank`)

// federalStates call their government the "Federal Government of X".
var federalStates = map[string]bool{"Somalia": true, "Nigeria": true, "Ethiopia": true, "Pakistan": true, "Malaysia": true}

// mediumNouns name how words reach the public: "said in an interview",
// "said in a video".
var mediumNouns = wordSet(`interview interviews video message post speech address broadcast briefing tweet
podcast conference`)

// thatVerbs take a clause with "that" inside reported speech: "said the
// ruling showed that “…”" reports the whole clause, quotation and all.
var thatVerbs = wordSet(`showed shows show meant means proved proves suggested suggests indicated indicates
demonstrated demonstrates confirmed confirms believed believes felt feels hoped hopes knew knows`)

// tieWords before "to", "with" or "by" tie an actor to another without
// making them one: "militants linked to X", "a group inspired by X".
var tieWords = wordSet(`linked affiliated allied aligned inspired tied connected close related`)

// claimMedia carry a claim or a message: "claimed the attack in a video
// posted online", "in a broadcast on its radio station".
var claimMedia = wordSet(`broadcast video message post posting audio recording website channel online
telegram tweet interview`)

// postHolders before "post" make it a manned station, not a message: "a
// police post", "an army post", "a border post" (general English).
var postHolders = wordSet(`police army military border security checkpoint guard observation command frontier outpost gendarmerie customs`)

// issueVerbs put a statement's issuer before them.
// stanceParticiples tell the stand a statement takes: "a statement
// condemning the attack". General English.
var stanceParticiples = wordSet(`condemning denying rejecting welcoming expressing demanding urging criticizing
criticising accusing blaming praising announcing confirming warning calling`)

var issueVerbs = wordSet(`issued issues released releases published publishes put puts sent sends filed files
made makes posted posts`)

// policeVerbs are what police are reported to do besides speaking.
var policeVerbs = wordSet(`allege alleged believe believed suspect suspected arrested arrest charged identified
opened`)

// ---- Subjects and objects (relation.go)

// skippable words may stand between a subject and its verb.
// gatheringNouns head a gathering named after where it met: "the Brussels
// meeting", "the Geneva talks".
var gatheringNouns = wordSet(`meeting talks summit conference`)

// edgeNouns tell where a place lies by another: "on the northern edge of
// X", "on the outskirts of X".
var edgeNouns = wordSet(`edge edges outskirts fringes fringe side bank banks shore shores periphery`)

// passiveAdverbs stand between a passive's "was" and its participle: "was
// also hit", "was again shelled".
var passiveAdverbs = wordSet(`also again later then reportedly previously once repeatedly twice`)

// findingVerbs state what a report, an inquiry or a court found: they
// report speech of the report's author ("a report that concluded ...") and
// take a clause without "that" ("found the company had lied").
var findingVerbs = wordSet(`said says stated states concluded concludes found finds showed shows determined determines
revealed reveals disclosed discloses reported reports ruled rules warned warns suggested suggests estimated estimates
recommended recommends claimed claims testified testifies`)

// makeForms before "clear" ("made it clear that") state a stand in words.
var makeForms = wordSet(`made makes make making`)

// timeNouns after "last" or "this" make a time adjunct between a subject
// and its verb: "X last year concluded", "X earlier this month said".
var timeNouns = wordSet(`week month year weekend night morning`)

// fieldBodyHeads end the names of state bodies and agencies named for their
// fields: "National Customs and Border Agency" (general English).
var fieldBodyHeads = wordSet(`Agency Authority Service Services Presidency Directorate Commission Council Office Bureau
Institute Centre Center Department Ministry Administration Board Corps Force Forces Command Organisation Organization`)

// topicPreps open what talks are about, or whom they serve: "talks
// between A and B on fishing rights in the Pacific" are not held there.
var topicPreps = wordSet(`on over about for to with at after since into regarding concerning`)

// chamberNames alone name a legislature's chamber, not the longer name that
// ends in them: "the House" is no "White House".
var chamberNames = wordSet(`House Senate Congress Assembly Parliament Chamber Lords Commons`)

// orderFreeHeads name a building before or after its name: "Hotel Tarma"
// and "Tarma Hotel" are one hotel (general English).
var orderFreeHeads = wordSet(`Hotel Stadium Arena Market`)

// nicknames are the familiar forms of English given names and the formal
// names they shorten (general knowledge of English): "Jim" is James.
var nicknames = map[string]string{
	"Jim": "James", "Jimmy": "James", "Bill": "William", "Billy": "William", "Will": "William", "Bob": "Robert",
	"Bobby": "Robert", "Rob": "Robert", "Mike": "Michael", "Mick": "Michael", "Dick": "Richard", "Rick": "Richard",
	"Tom": "Thomas", "Tommy": "Thomas", "Joe": "Joseph", "Dave": "David", "Dan": "Daniel", "Danny": "Daniel",
	"Steve": "Stephen Steven", "Tony": "Anthony Antony", "Ted": "Edward", "Ed": "Edward Edwin", "Chris": "Christopher Christian",
	"Nick": "Nicholas Nicolas", "Alex": "Alexander Alexandra", "Ben": "Benjamin", "Sam": "Samuel Samantha", "Matt": "Matthew",
	"Pat": "Patrick Patricia", "Ron": "Ronald", "Don": "Donald", "Jack": "John", "Johnny": "John", "Liz": "Elizabeth",
	"Beth": "Elizabeth", "Kate": "Katherine Catherine Kathryn", "Sue": "Susan", "Maggie": "Margaret", "Peggy": "Margaret",
	"Andy": "Andrew", "Greg": "Gregory", "Larry": "Lawrence Laurence", "Jerry": "Gerald Jerome", "Harry": "Henry Harold",
	"Charlie": "Charles", "Chuck": "Charles", "Fred": "Frederick", "Jeff": "Jeffrey Geoffrey", "Ken": "Kenneth", "Tim": "Timothy",
	"Vince": "Vincent", "Walt": "Walter", "Al": "Albert Alfred Alan", "Abe": "Abraham", "Gene": "Eugene", "Hank": "Henry",
	"Frank": "Francis Franklin", "Jon": "Jonathan", "Phil": "Philip Phillip", "Ray": "Raymond", "Doug": "Douglas",
}

// throwVerbs attack only with fire or with things thrown: "set fire to X",
// "hurled stones at X"; the attack-verb pattern reads them, no other rule.
var throwVerbs = wordSet(`set sets setting hurled hurl hurls hurling threw throw throws throwing`)

// thrownThings are what a crowd or a fighter throws at a target: "hurled
// stones at police" (general English).
var thrownThings = wordSet(`stones rocks bottles bricks petrol firebombs fire-bombs grenade grenades molotov
explosives bombs bomb rock stone bottle brick`)

// placeLinkers join the parts of Portuguese, Spanish and French town
// names: "Tarvo dos Campos", "Rio de Janeiro".
var placeLinkers = wordSet(`de del dos das do da di du des la le`)

// yearEvents before a year name an event that recurs: "Euro 2028",
// "Lima Pride 2018", "Expo 2020" (general knowledge of English).
var yearEvents = wordSet(`Euro Pride Copa Expo Olympiad Biennale Jamboree`)

// irregularParticiples are past participles unlike their past tense: after
// a noun they open a reduced relative clause, no finite verb ("samples
// taken on Monday showed ...") (general English).
var irregularParticiples = wordSet(`taken seen given shown written driven chosen stolen broken spoken drawn thrown known
grown flown hidden ridden beaten bitten eaten fallen forgotten frozen sworn torn worn`)

// continueVerbs before "to" and a verb of speech leave its subject the
// sentence's: "X continues to insist that ...".
var continueVerbs = wordSet(`continue continues continued continuing`)

var skippable = wordSet(`has have had also later then further again reportedly previously earlier
has also later once separately subsequently meanwhile however today yesterday on tonight this morning
would could will may might did does do not always already still often`)

// stopObject ends the object of a verb.
var stopObject = wordSet(`which who that while as after before because when killing wounding injuring starting
according said says and but although though since until where whom leaving causing forcing prompting sending
displacing during amid despite retaliation response revenge reprisal carrying transporting heading bound
sailing travelling traveling`)

var beForms = wordSet(`was were been being is are be got`)

// asideOpeners start a phrase between commas that stands between a subject
// and its verb.
var asideOpeners = wordSet(`backed supported led armed aided meanwhile however reportedly which who including
along together according also often launched fired`)

// locatives before a place say where the preceding object is.
// aliasNouns name the short name an organization is known by: "known by
// its French initials".
var aliasNouns = wordSet(`initials acronym abbreviation name nickname alias pseudonym`)

// sayAdjuncts open an adverbial between a verb of saying and its
// "that": "said in a statement at the end of the visit that".
var sayAdjuncts = wordSet(`in at on after during before following late early earlier later`)

// thatTimes follow a demonstrative "that" of time: "later that day".
var thatTimes = wordSet(`day night morning afternoon evening week month year weekend`)

// foreignOrgHeads open the names of organizations in Spanish, Portuguese
// and French, where the head comes first ("Partido Popular", "Fuerza
// Popular", "Frente Amplio", "Parti Socialiste") (general knowledge of
// these languages).
var foreignOrgHeads = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`Partido Movimiento Frente Fuerza Fuerzas Alianza Unión Acción Coalición Convergencia
Concertación Ejército Policía Guardia Armada Banco Grupo Compañía Constructora Corporación Empresa Empresas
Sociedad Asociación Confederación Federación Sindicato Instituto Fundación Universidad Ministerio Secretaría
Comisión Consejo Congreso Tribunal Corte Fiscalía Defensoría Procuraduría Cámara Junta Agencia Servicio
Dirección Superintendencia Autoridad Comité Organización Cártel Cartel Renovación
Movimento Força Forças Aliança União Ação Companhia Construtora Associação Confederação Federação Fundação
Universidade Ministério Comissão Conselho Congresso Polícia Exército Esporte Clube Sociedade Agência Serviço
Parti Mouvement Rassemblement Congrès Conseil Assemblée Armée Gendarmerie Banque Groupe Société Compagnie
Fédération Confédération Syndicat Institut Fondation Université Ministère Cour Agence Collectif Coordination`) {
		m[w] = true
	}
	return m
}()

// serviceModifiers name what a service does, between its name and the
// noun: "the X ambulance service", "the X rescue agency".
var serviceModifiers = wordSet(`ambulance rescue emergency relief aid fire medical health security intelligence
weather meteorological statistics statistical border coast civil`)

// fleetNouns are what a firm or a service owns or employs, in the plural
// after its name: "Varnok Adom ambulances", "Tarvo Air jets", "Kestrel
// Freight employees"; people own no fleets in news style.
var fleetNouns = wordSet(`ambulances trucks lorries buses vans trains planes jets airliners tankers vessels
freighters ferries employees subscribers customers shareholders stores outlets branches factories`)

// serviceHeads end a service's description: "ambulance service".
var serviceHeads = wordSet(`service services agency department office authority group organization organisation society`)

// placePreps put a place where something is, goes or comes from: "flew
// to Kyiv", "returned from Moscow" (but "ties with Moscow" deal with the
// state).
var placePreps = wordSet(`in at on to into from near around toward towards via`)

// constituencyNouns after a numbered name make it a constituency: "the
// Varnok-3 by-election" (general English).
var constituencyNouns = wordSet(`constituency by-election byelection seat ward district electorate riding`)

// locatingPreps put what follows them somewhere: unlike "at", "to" or "on" ("at
// Kelborg" for a club or a firm, "lost to Kelborg"), a club or a firm rarely follows them.
var locatingPreps = wordSet(`in near around into across outside throughout via toward towards`)

// firmHeads end the names of firms named after a place or a founder
// ("Velmora Records", "Kelborg Airlines"), beside corporate suffixes.
var firmHeads = wordSet(`records airlines airways motors studios productions pictures entertainment media games publishing brewery films music`)

// cityParts are what a city has that its state does not: "Kyiv's mayor",
// "Moscow's airport" are the city's.
var cityParts = wordSet(`mayor mayors residents inhabitants streets airport airports metro subway suburbs outskirts
centre center downtown districts neighbourhoods neighborhoods hospitals city council port skyline
population streets`)

var locatives = wordSet(`in near outside inside at across throughout`)

// motionPreps name where a journey goes or comes from: "a bus to
// Santiago, Chile". General knowledge of English.
var motionPreps = wordSet(`to from into toward towards via`)

var hypotheticals = wordSet(`if unless whether would could might may should must can cannot will shall`)

// ---- Speech (said.go)

// sayVerbs introduce speech, reported or quoted.
var sayVerbs = wordSet(`said says say told tells added adds stated states announced announces claimed claims
insisted insists warned warns noted notes stressed stresses explained explains argued argues
asserted asserts declared declares commented comments wrote writes tweeted tweets
remarked remarks replied replies responded responds confirmed confirms acknowledged acknowledges
emphasized emphasised emphasizes emphasises suggested suggests predicted
conceded concedes contended contends alleged alleges affirmed affirms reaffirmed reaffirms reiterated reiterates
countered believes believed thinks thought state allege complained complains complain requested requests
vowed vows pledged pledges promised promises testified testifies proclaimed proclaims boasted boasts
demanded demands protested protests insist argue claim confirm stress warn
clarified clarifies cautioned cautions lamented laments exclaimed quipped joked retorted recounted recounts
underlined underlines underscored underscores speculated speculates`)

// weakSayVerbs report speech only with a "that" clause ("the ministry
// reported that ...", not "people were reported hurt").
var weakSayVerbs = wordSet(`reported reports revealed disclosed maintained maintains mentioned observed
concluded recalled estimated estimates admitted admits deny posted denied denies believes believed thinks thought hopes hoped
indicated indicates expressed expresses signalled signaled hinted hints
believes feels felt learned learnt found finds ruled rules agreed agrees charged charges
assured assures reassured reassures informed informs reminded reminds determined determines surmised maintain
recommended recommends testified testifies testify`)

// quoteVerbs may stand right after a quotation with the speaker before or
// after them ("…," he said / "…," said the minister).
var quoteVerbs = wordSet(`said says added adds told stated claimed insisted warned noted stressed explained
argued asserted declared commented wrote tweeted remarked replied responded continued concluded
recalled asked asks urged admitted conceded observed countered complained vowed pledged promised
explained wrote posted shouted chanted clarified cautioned lamented exclaimed quipped joked retorted recounted
continues concludes writes notes warns insists explains argues asserts declares comments remarks replies responds
recalls admits observes states claims stresses`)

// participles report speech after a comma, their speaker being the
// sentence's subject ("..., saying it will hurt the talks").
var participles = wordSet(`saying adding noting warning stating claiming insisting arguing explaining stressing
telling declaring asserting announcing alleging observing contending acknowledging conceding reiterating`)

// adjunctOpeners stand before a participle of speech that speaks for the
// sentence's subject (", saying", "by saying", "while insisting").
var adjunctOpeners = wordSet(`, by in when while after before`)

// clauseAdjuncts open an adjunct after a clause and its attribution:
// "..., officials said, as talks resumed" (general English).
var clauseAdjuncts = wordSet(`after before as amid while following despite since although though
whereas until citing quoting without`)

// timeUnits measure a span: "days after", "a week before".
var timeUnits = wordSet(`minute hour day week month year`)

// pronounSubjects open a clause a weak speech verb may report without
// "that".
var pronounSubjects = wordSet(`he she they we it i there`)

// quoteParticiples introduce only a quoted phrase ("..., calling it
// \u201ca crime\u201d"), not a reported clause.
var quoteParticiples = wordSet(`calling describing terming labelling labeling dubbing branding accusing`)

// appealPreps after "calling" make it an appeal ("calling for calm",
// "calling on both sides to ..."), not a name given.
var appealPreps = wordSet(`for on upon`)

// fragmentOpeners may stand between a verb of speech and the quoted phrase
// its clause goes on from ("warned of \u201cgrave consequences\u201d if ...",
// "said that \u201cforeign agents\u201d were behind it").
var fragmentOpeners = wordSet(`of about that over on`)

// extraQuoteVerbs introduce a quoted phrase but not reported speech.
var extraQuoteVerbs = wordSet(`described promised pledged vowed accused called calling termed labelled labeled
branded dubbed condemned criticised criticized praised welcomed hailed`)

// pastVerbs are irregular past tenses that end a bare subject after a
// speech verb: "said drones hit", "said troops fought" (general English).
var pastVerbs = wordSet(`hit struck shot fought fled took gave made sent seized overran began came went fell
rose won lost left met held ran brought caught kept led paid set cut stole broke wrote spoke told knew saw
drove flew threw grew became stood sat found thought felt heard sought built spent meant dealt swept hid
beat bore wore tore swore froze chose rode dug hung sold withheld understood sank drank sang withdrew drew
blew overthrew arose fed bled stuck swung laid got forgot spread hurt burst lit bought taught slid shook woke`)

// clauseAdverbs may stand between a clause's subject and its verb.
var clauseAdverbs = wordSet(`also later then further again reportedly previously earlier once separately
subsequently still never already just`)

// groupPeople after a group's name are its people, who act for it:
// "accused Hezbollah members of attacking".
var groupPeople = wordSet(`members supporters fighters militants loyalists gunmen activists militiamen`)

// memberNouns are people who work at an organization: "analysts at X".
var memberNouns = wordSet(`analyst analysts economist economists researcher researchers executive executives
employee employees staff worker workers scientist scientists engineer engineers strategist strategists
trader traders lawyer lawyers spokesman spokeswoman spokesperson official officials director directors
manager managers professor professors fellow fellows scholar scholars expert experts specialist specialists`)

// timeAdjunctWords make the time adjuncts that may stand between a speech
// verb and its clause: "said late on Sunday", "said earlier this week".
var timeAdjunctWords = wordSet(`on late early last this next yesterday today tonight earlier later week month year
night morning evening afternoon weekend`)

// dismissVerbs reject something "as" what a quotation calls it: "dismissed
// the report as “fake”".
var dismissVerbs = wordSet(`dismissed dismisses dismissing rejected rejects rejecting denounced denounces
denouncing slammed slams decried decries condemned condemns branded`)

// clauseOpeners can start a reported clause after a speech verb.
var clauseOpeners = wordSet(`the a an his her its their our my your it he she they we i you there this these
those that some no all any every each both many most several one two three four five six seven eight nine ten
more less only not none nobody nothing everyone everything anyone anybody someone somebody everybody if whether
what why how when where who hundreds thousands dozens scores millions tens`)

// addresseeVerbs are speech verbs that take the person told before the
// reported clause: "told reporters (that) ...", "warned residents ...".
var addresseeVerbs = wordSet(`told tells tell telling warned warns warn warning assured assures assuring informed
informs informing reminded reminds reminding`)

// conjunctions join clauses (general English).
var conjunctions = wordSet(`and or but nor so yet because although though unless since whereas`)

// possessivePronouns stand before what someone has: "his spokesman".
var possessivePronouns = wordSet(`his her its their our my your`)

// clubWords mark the names of sports clubs beside a place (general
// knowledge of football and other sports): "Real Madrid", "FC Porto",
// "Manchester United", "Sporting Lisbon". Case-sensitive.
var clubWords = wordSet(`Real Inter AC FC CF SC SV VfB VfL Athletic Atletico Atlético Athletico Sporting
Olympique Borussia Dynamo Dinamo Racing Deportivo United Rovers Wanderers Albion Hotspur Rangers Lokomotiv
Spartak`)

// placeOwnedNouns are things of a place that a text makes speak, before
// "of" and the place: "the Constitution of Peru states", "the office of
// the Peru President said" (general English).
var placeOwnedNouns = wordSet(`office constitution charter law laws code`)

// purposeHeads and purposeVerbs name a body for what it would do: "the
// Campaign to Stop Varnok Robots", "the Center to Prevent Gun Violence"
// (general English).
var purposeHeads = wordSet(`Campaign Center Centre Coalition Committee Alliance Foundation Fund Movement Council
Network Initiative Project Society League Partnership Commission Association Union Federation Group`)
var purposeVerbs = wordSet(`stop prevent protect ban end save defend free abolish fight reform restore support
promote combat eliminate halt preserve keep make elect bring build cure feed unite reduce release`)

// firmOfficers are a firm's officers and parts, named after its
// possessive or before "of": "Kelvo Marla's chief executive", "the chairman
// of Kelvo Marla" (general English; "chief" stands for "chief executive").
var firmOfficers = wordSet(`chief ceo chairman chairwoman chairperson executive executives shareholders subsidiary
headquarters board directors founder co-founder owner owners`)

// visitNouns before "to" make a visit of it: "a visit to X" (general
// English).
var visitNouns = wordSet(`visit visits trip trips tour`)

// siteHeads end the names of bodies named after their building, which an
// article may only visit: "the Varnok Space Centre", "the Tarma Embassy"
// (general English; hospitals stay bodies, as news gold marks them).
var siteHeads = wordSet(`Centre Center Embassy Consulate Mansion`)

// unitNouns end the names of numbered military units: "5th Fleet", "Third
// Army" (general knowledge).
var unitNouns = wordSet(`Fleet Army Division Brigade Battalion Regiment Corps Squadron Wing Airborne Infantry
Cavalry Armored Armoured Marines Command Group Flotilla`)

// invertedSayVerbs open an attribution after the clause it closes, the
// speaker after them, appositive and all: "..., said Lars Holm, the agent
// in charge". Others ("claimed", "stated") do so only at the sentence's end.
var invertedSayVerbs = wordSet(`said says added adds wrote explained noted`)

// epithets follow "the" inside a name: "Alexander the Great", "Ivan the
// Terrible" (general knowledge).
var epithets = wordSet(`Great Terrible Younger Elder Conqueror Magnificent Wise Bold Pious Good Just Lionheart Confessor Hammer`)

// landformEnds end the names of islands, waters and mountains, which may
// open with a title: "Prince Varnok Island", "King Tarma Bay" (general
// English).
var landformEnds = wordSet(`Island Islands Mountain Mountains River Valley Peninsula Strait Sea Ocean Gulf Bay Lake Archipelago Atoll Glacier`)

// nameEndSuffixes end a club's or a firm's name: nothing of the name
// comes after "FC", "Ltd" or "Inc". General English.
var nameEndSuffixes = wordSet(`FC AFC Ltd Inc plc PLC LLC LLP GmbH Pty Bhd`)

// clubEnds end only clubs' names: "Varnok United", "Kelvaro Rovers"
// (general knowledge of sport).
var clubEnds = wordSet(`United Rovers Wanderers Albion Hotspur Rangers Athletic`)

// partyMembers name a party by its members: "Christian Democrats".
var partyMembers = wordSet(`democrats socialists republicans conservatives liberals democrat socialist`)

// partyAdjectives before a person's name say the person's party
// ("Republican Ana Costa").
var partyAdjectives = wordSet(`republican democrat democratic labour conservative liberal socialist communist tory`)

// attackSites are places where attacks happen, named after their town:
// "the X school shooting" (general English).
var attackSites = wordSet(`school mall church mosque synagogue nightclub club hotel market concert festival parade
subway metro train bus airport stadium university campus hospital office embassy temple`)

// ownedNouns are things an attack hits whose owner is the target: "a
// Chilean patrol boat", "Peruvian soldiers" (general English).
var ownedNouns = wordSet(`boat boats ship ships vessel vessels warship warships tanker tankers frigate destroyer
convoy convoys soldiers troops forces patrol patrols helicopter helicopters jet jets plane planes aircraft
drone drones outpost outposts positions position post posts base bases checkpoint checkpoints barracks embassy
consulate`)

// militarySites after a demonym are held by that country's army, when
// the article names it: "Chilean posts" are the Chilean Army's.
var militarySites = wordSet(`soldiers troops forces outpost outposts positions position post posts base bases
checkpoint checkpoints barracks patrol patrols convoy convoys`)

// climatePatterns are named weather phenomena, no entities: "El Niño"
// (general knowledge; folded names).
var climatePatterns = map[string]bool{"el nino": true, "la nina": true}

// resultVerbs tell a match's result: "X beat Y 3-1" (general English).
var resultVerbs = wordSet(`beat beats defeated defeats drew draw draws lost loses edged thrashed routed crushed
won hammered trounced`)

// transferVerbs tell of a player's moves between clubs: "signed for X",
// "moved to X from Y", "played for X" (general English sports reporting).
var transferVerbs = wordSet(`signed signs signing joined joining moved moves transferred played plays playing
loaned scored scores starred`)

// sportsTerms are words of the sports pages (general knowledge of English
// sports reporting). An article that uses several of them is a game's
// report, where "X hammered Y", "struck twice" and "attacked down the
// left" tell of play, not of violence.
var sportsTerms = wordSet(`goal goals scored scorer match matches league cup championship championships
tournament season coach striker midfielder defender goalkeeper penalty half-time kick-off fixture squad
medal medals olympic olympics innings wicket wickets touchdown quarterback playoff playoffs semi-final
semifinal semi-finals quarter-final quarterfinal finals referee teammate teammates podium football soccer
rugby cricket basketball baseball hockey tennis golf athletics softball inning pitcher pitchers batter batters
homer volleyball handball cyclist cyclists lap laps boxer boxing wrestler`)

// planeMakers build aircraft named by a model number after them ("Boeing
// 737", "Airbus A320"), general knowledge.
var planeMakers = wordSet(`Boeing Airbus Embraer Bombardier Antonov Tupolev Ilyushin Sukhoi Cessna ATR Fokker`)

// subBodyHeads end the name of a part of a larger body: "Senate
// Intelligence Committee" is no "Senate".
var subBodyHeads = wordSet(`Committee Subcommittee Commission Caucus Panel Office Bureau Division Unit`)

// subBodyNouns head an unnamed part of an organization: "the UN refugee
// agency", "the EU's executive arm" (general English).
var subBodyNouns = wordSet(`office agency body mission department division arm unit commission committee delegation
service`)

// leaderNouns stand for a country's leaders when they go unnamed: "the
// leaders of Italy and Canada".
var leaderNouns = wordSet(`leaders presidents heads premiers delegations`)

// unnamedReps after a demonym speak for its country when no name follows:
// "talks with Omani officials", "met the Peruvian delegation".
var unnamedReps = wordSet(`delegation counterparts envoys delegates leadership`)

// roleModifiers stand lower-case before a role: "regional governor",
// "senior adviser" (general English).
var roleModifiers = wordSet(`regional local provincial district city municipal state federal national senior top
chief deputy former acting interim military police presidential security economic foreign official
state-run state-owned semi-official`)

// partyNames are party adjectives that name their party alone: "Labour
// gained 15 seats", "Labour leader X".
var partyNames = wordSet(`labour tory`)

// colours open names of buildings that stand for a government ("White
// House", "Blue House"), whose head alone names something else.
var colours = wordSet(`white blue red green black yellow orange grey gray pink`)

// afterWords before a meeting noun put the meeting in the past ("after
// talks with X").
var afterWords = wordSet(`after following during since`)

// memberOfNouns before "of" make what follows a body people lead or belong
// to ("the leader of X").
var memberOfNouns = wordSet(`leader leaders member members head founder co-founder chairman chairwoman chair
spokesman spokeswoman spokesperson secretary-general president`)

// exchangedBlows after "exchanged" make a fight of it ("exchanged fire").
var exchangedBlows = wordSet(`fire gunfire shots strikes attacks blows rockets missiles salvos`)

// battleNouns name fighting one side engages another in: "engaged the
// militants in a gun battle".
var battleNouns = wordSet(`battle gunbattle gun-battle firefight gunfight fighting clashes clash shootout skirmish exchange
fight`)

// rivalNouns after "its" name the other side of a fight in apposition:
// "a fight with its rival, X". General English.
var rivalNouns = wordSet(`rival rivals enemy enemies foe foes`)

// durationNouns after "for" make a time adjunct: "has for years been
// fighting". General English.
var durationNouns = wordSet(`years decades months weeks days`)

// toppleVerbs say what a side fights to do to a government: "fought to
// topple X"; fightToVerbs are the fighting. General knowledge of English.
var toppleVerbs = wordSet(`topple overthrow oust unseat`)
var fightToVerbs = wordSet(`fought fighting fight fights battled battling`)

// fireModifiers stand between "exchanged" and the fire: "exchanged heavy
// artillery fire".
var fireModifiers = wordSet(`heavy intense sporadic fierce artillery mortar small-arms gun machine-gun rocket cross-border`)

// stormWords open the names of storms, which are events ("Typhoon Haiyan").
var stormWords = wordSet(`Hurricane Typhoon Cyclone Storm Tropical`)

// crowdControl after "fired" disperse a crowd; no attack ("fired tear gas").
var crowdControl = map[string]bool{"tear gas": true, "water cannon": true, "rubber bullets": true, "warning shots": true, "stun grenades": true}

// ownedSuffixes after a name make it the owner of what follows
// ("the Hamas-run ministry").
var ownedSuffixes = wordSet(`run controlled held owned operated`)

// workNouns name works whose titles are no entities ("the album X").
var workNouns = wordSet(`album albums film films movie movies book books novel novels song songs single
series show shows documentary play opera memoir podcast musical`)

// nameParticles join the parts of a person's name and never stand alone
// for the person ("de", "van", "bin").
var nameParticles = wordSet(`de del da das do dos di du la le las los van von der den ter ten bin ibn bint al el y e`)

// relativeWords open a relative clause.
var relativeWords = wordSet(`who whom whose which`)

// nounPreps take a noun after them, never a finite verb: "by state media".
var nounPreps = wordSet(`by of in on for with from at under via into onto upon`)

// determiners may open the noun phrase of an addressee.
// meetingRoles are the words of whose meeting it is: "foreign ministers'",
// "defence ministers", "heads of state", "ministerial".
var meetingRoles = wordSet(`foreign defence defense finance interior trade energy health economy justice
ministers ministerial leaders heads of state government joint emergency extraordinary annual`)

// confidenceKinds before "vote" or "motion" make it a vote on a
// government or an official: "no-confidence vote", "censure motion".
var confidenceKinds = wordSet(`no-confidence censure impeachment`)

// talksVerbs hold, stop or restart talks: "suspended peace talks with".
var talksVerbs = wordSet(`suspended suspends resumed resumes opened opens began begins started starts held holds
launched launches broke halted halts froze freezes restarted restarts revived revives`)

// reportVerbsBefore may open a clause whose subject follows: "said army
// drones had struck", "after military jets bombed".
var reportVerbsBefore = wordSet(`that said says claimed alleged reported when after while and but because where`)

var determiners = wordSet(`the a an his her its their our`)

// memberBodies are bodies a person belongs to, named by a possessive
// pronoun: "his party", "her union".
var memberBodies = wordSet(`party union company firm club team campaign church movement`)

// commitVerbs bind their subject to a deed in words: "vowed to retaliate".
var commitVerbs = wordSet(`vowed vows pledged pledges promised promises threatened threatens`)

// officeQualifiers say the scope of an office between a body's name and
// the title: "Varnok Aid Country Director X", "UN Regional Coordinator X".
var officeQualifiers = wordSet(`Country Regional Executive Managing Operations Programme Program Field Medical Communications Campaign`)

// ownOutlets are where a body posts its own words: "said on its website".
var ownOutlets = wordSet(`website site page account channel feed blog`)

// demonstratives point at something named before: "denied these claims".
var demonstratives = wordSet(`this that these those`)

// finiteAux are finite verbs that end a reported clause's subject.
var finiteAux = wordSet(`was were is are had has have would will could should may might must can did does do
remain remains remained`)

// approxWords before a number open a quantity: "about 100,000 people".
var approxWords = wordSet(`about around nearly almost some roughly approximately over under`)

// appositionEnds follow the head noun of an apposition: "an exile group
// based in Oslo", "a lawyer for the party", "a town that".
// asideWords make the short asides a subject and its verb may stand apart
// by: ", however,", ", for its part,", ", in turn,", ", meanwhile,".
var asideWords = wordSet(`however meanwhile though too also for its their his her part in turn instead likewise nonetheless nevertheless separately`)

// bodyMemberNouns open a subject that is the members of a body: "Members
// of the X Council met Y", "Supporters of the X Party marched".
var bodyMemberNouns = wordSet(`members supporters leaders officials representatives delegates activists fighters elders delegations`)

// apposedOrgNouns are more heads of an apposition that make the name
// before it an organization: "X, a human rights center,", "X, a
// conflict monitor,". General knowledge of English.
var apposedOrgNouns = wordSet(`center centre institute charity watchdog monitor union association foundation
council commission body organisations organizations ngo broadcaster outlet channel bank lender insurer
operator carrier airline manufacturer maker producer developer supplier retailer chain publisher tribunal court
bloc alliance federation confederation`)

var appositionEnds = wordSet(`of for in at on from with by near based that which who whose where founded led run
backed set known north south east west northeast northwest southeast southwest about some`)

// appealVerbs make an appeal to someone to act ("called on X to", "urged
// X to"), a statement.
var appealVerbs = wordSet(`called calls calling urged urges urging appealed appeals warning warned warns asked asks advised advises`)

// perceptionVerbs, passive, let a participle of speech follow them: "was
// filmed telling", "was heard saying".
var perceptionVerbs = wordSet(`filmed heard seen recorded caught overheard quoted videotaped`)

// subjectPreps may open a prepositional phrase inside a bare subject
// after a speech verb ("said systems at the plant had failed").
var subjectPreps = wordSet(`at in of on near from for with by against between across inside outside around along
through over under among within toward towards into beyond`)

// clauseBreakers cannot stand in a bare subject after a speech verb.
var clauseBreakers = wordSet(`on in at to for by with from of about after before during later earlier yesterday
today tonight last next and or but as than then also again while when`)

// addressees may follow "told" in a trailing attribution.
var addressees = wordSet(`reporters journalists lawmakers parliament supporters press media parliamentarians
legislators senators students crowd crowds`)

// venueWords may follow a trailing attribution: "at a news conference".
var venueWords = wordSet(`at news press conference briefing interview radio television televised an broadcast address speech release
by phone telephone email e-mail text message video videolink link`)

// complementPreps put a name in the complement of a noun, not in the
// subject ("a spokesman for X, Y, said").
var complementPreps = wordSet(`for of to with from`)

// officialNouns are unnamed people who speak for the organization or
// country named before them ("Somali officials").
var officialNouns = wordSet(`officials official authorities sources diplomats spokespeople representatives
ministers negotiators investigators prosecutors experts observers monitors inspectors
adviser advisers advisor advisors aide aides`)

// spokesNouns speak for the organization named right before them.
var spokesNouns = wordSet(`spokesman spokeswoman spokesperson spokespeople spokesmen`)

// ordinalsOrSuperlatives after ", the" open words about an event: ", the
// first military action by ...", ", the deadliest attack since ...".
var ordinalsOrSuperlatives = wordSet(`first second third latest last biggest largest deadliest worst heaviest
most`)

// stateMedia after "state" make it a noun: "state television", "state
// media said".
var stateMedia = wordSet(`television tv media radio news broadcaster newspaper agency department officials
prosecutors`)

// bodyMembers after a body's possessive speak for it: "the court's judges
// said", "the agency's inspectors said".
var bodyMembers = wordSet(`judges prosecutors investigators inspectors experts monitors`)

// ---- Attacks (attack.go)

// objectOpeners open a noun phrase object ("struck the airport", "shelled
// two villages").
var objectOpeners = wordSet(`the a an two three four five six several dozens hundreds many some its their his her
government military civilian residential`)

// attackVerbs are inflected forms of verbs of violent action (CAMEO 18-20).
var attackVerbs = wordSet(`attack attacks attacked attacking strike strikes struck striking shell shells shelled sank
shelling bomb bombs bombed bombing hit hits hitting pound pounds pounded pounding raid raids raided
invade invades invaded invading shoot shoots shot bombard bombards bombarded
targeted targeting ambush ambushed ambushes storm stormed storms assault assaulted assaults
besiege besieged overran overrun seize seized capture captured kill kills killed
attacking strafed fired fire fires firing launched launch launches recaptured recapture retook retake
torched slammed hammered hammering rocketed blasted stabbed stab stabs assassinated assassinate murdered seizing capturing storming raiding exploded detonated
drop drops dropped dropping ploughed plowed rammed ramming retaken recaptures blew blow blows blowing laid lay lays laying beat beats beating beaten went
eliminated neutralised neutralized destroyed bombarding ambushing besieging strafing torching rocketing liberated liberate liberates liberating
hijack hijacks hijacked hijacking`)

// killWords are the armed forces' words for killing, which attack only a
// victim named right after them: "said it had eliminated X", "neutralised
// 14 fighters of Y" (not "eliminated the tax").
var killWords = wordSet(`eliminated neutralised neutralized`)

// reflexives stand between a verb and its particle: "blew himself up".
var reflexives = wordSet(`himself herself themselves itself`)

// pastAttackVerbs are the irregular past forms of attackVerbs.
var pastAttackVerbs = wordSet(`struck shot overran hit`)

// victimNouns before "of" name what befell a person in an attack: "the
// killing of X in a drone strike".
var victimNouns = wordSet(`killing killings death deaths assassination murder wounding`)

// crimeWords are attacks on a person a charge or a plea names: "charged
// with murdering X", "guilty of the murder of X"; crimeNouns are the nouns
// among them.
var crimeWords = wordSet(`murdering killing attacking stabbing shooting assaulting assassinating strangling
murder killing assassination stabbing shooting assault`)
var crimeNouns = wordSet(`murder killing assassination stabbing shooting assault`)

// legalVerbs charge, try or convict someone of a crime, or tell their
// plea: "charged with", "accused of", "pleaded guilty to".
var legalVerbs = wordSet(`charged accused convicted indicted arrested suspected sentenced jailed tried
pleaded pleads found admitted confessed`)

// crimeNamed are nouns for the doer of a crime that may bear the crime's
// name: "the Lockerbie bomber", "the Varnok killer", "a Lockerbie convict".
var crimeNamed = wordSet(`bomber bombers gunman gunmen attacker attackers shooter shooters killer killers
murderer hijacker hijackers convict`)

// sportObjects after a verb of striking make it a move in a game: "struck
// a low shot", "hit the post".
// riskNouns before "of" or "from" make the attack after them a danger, not
// one made: "the risk of an attack", "under threat from an attack" (general
// English).
var riskNouns = wordSet(`threat threats risk risks fear fears danger dangers possibility prospect likelihood`)

var sportObjects = wordSet(`shot shots ball post crossbar bar penalty free-kick header volley goal homer homers home-run home-runs boundary century ace`)

// agentVerbs, passive, keep the agent after "by" the attack's own: "the
// attack was carried out by X", "the bombing was claimed by X".
var agentVerbs = wordSet(`carried conducted launched claimed staged perpetrated committed ordered mounted executed
blamed`)

// supporterNouns before "of" speak of a group's people: "supporters of X".
var supporterNouns = wordSet(`supporters members followers loyalists affiliates`)

// effortVerbs before "to" and an attack tell an attack under way:
// "fighting to retake X", "battling to hold Y"; an attempt made:
// "tried to storm the base"; one the attacker was driven to: "were forced
// to return fire".
var effortVerbs = wordSet(`fighting battling struggling pushing racing moving tried attempted trying attempting forced compelled`)

// returnVerbs before "fire" answer an attack: "returned fire".
var returnVerbs = wordSet(`returned return returns returning`)

// armedVerbs tell of armed violence only, with no figurative sense ("the
// senator attacked the plan"): their object is a target even unnamed.
var armedVerbs = wordSet(`shelled bombed bombarded raided stormed ambushed invaded strafed torched besieged
overran struck`)

// quantityOpeners open a subject by how many it counts: "no incident was
// known", "most voters favoured". General knowledge of English.
var quantityOpeners = wordSet(`no most many few several some all both`)

// armedObjectVerbs take a place or a force as their object by arms alone,
// so that an object relative clause names what they hit: "Tarma, which
// Peru captured". General knowledge of English.
var armedObjectVerbs = wordSet(`captured seized retook recaptured overran stormed shelled bombed bombarded besieged
occupied invaded annexed raided attacked struck`)

// competitionLeagues before "League" name a competition, not a body:
// "Champions League", "Nations League". General knowledge of sport.
var competitionLeagues = wordSet(`Champions Europa Conference Nations`)

// nationalPoliceNames are the names states give their police force
// without the country's name: "the National Police Service". General
// knowledge of the world.
var nationalPoliceNames = map[string]bool{"National Police": true, "National Police Service": true, "National Police Force": true,
	"National Police Agency": true, "National Police Corps": true, "National Civil Police": true}

// nearbyWords stand between a preposition and the place it names: "the
// war in neighbouring Chile". General knowledge of English.
var nearbyWords = wordSet(`neighbouring neighboring nearby adjacent`)

// physicalAttackVerbs can name words as well as blows ("attacked the
// plan"); physicalTargets after them are what only a blow can hit: "attacked
// a military base", "targeted two checkpoints". General knowledge of
// English.
var physicalAttackVerbs = wordSet(`attacked attack attacks attacking targeted targeting`)
var physicalTargets = wordSet(`base bases outpost outposts checkpoint checkpoints convoy convoys camp camps barracks
village villages depot depots garrison garrisons compound compounds police-station station stations
post posts positions patrol patrols`)

// attackNouns head a noun phrase naming an attack ("the Peruvian airstrike on").
var attackNouns = wordSet(`attack attacks airstrike airstrikes air-strike air-strikes strike strikes bombing bombings
raid raids ambush ambushes crackdown crackdowns offensive counteroffensive counter-offensive assault assaults shelling bombardment invasion incursion downing blasts missile missiles rockets rocket hostilities
drones drone bombs bomb fire artillery`)

// combatModifiers make an operation a military one: "ground operations
// in X" (general English).
var combatModifiers = wordSet(`ground combat air counterterrorism counter-terrorism`)

// weaponNouns are instruments that can stand as the subject of a strike
// verb ("a drone hit a fuel depot").
// officerModifiers and officerNouns name a country's unnamed officers:
// "Kenyan military commanders", "Chilean officials".
var officerModifiers = wordSet(`military army defence defense security senior top government police foreign border`)
var officerNouns = wordSet(`commanders commander officials officers chiefs delegations delegates ministers diplomats envoys leaders negotiators governments authorities counterparts`)

// ownedCraftNouns after a model's name owned by someone: "its A-29 Super
// Tucano aircraft", "their Leopard tanks".
var ownedCraftNouns = wordSet(`aircraft vessel vessels ship ships tank tanks fighter fighters frigate frigates submarine submarines`)

var weaponNouns = wordSet(`drone drones missile missiles rocket rockets bomb bombs shell shells mortar mortars
airstrike airstrikes strike strikes artillery shelling warplane warplanes jet jets helicopter helicopters plane planes
gunship gunships`)

// personVerbs are what people do and organizations and places do not:
// "X spoke by phone", "X resigned" (general English).
var personVerbs = wordSet(`spoke meet met resigned smiled wept died tweeted`)

// notComplementizer words make a following "that" open no reported
// clause: "so that", "such that", "now that", "given that".
var notComplementizer = wordSet(`so such now given provided except`)

// reportNouns are what a denial rejects: "rejected reports that".
// findingNouns are documents and inquiries a text is "according to",
// not people: "according to the investigation, X, who ...".
var findingNouns = wordSet(`investigation investigations inquiry probe indictment verdict ruling judgment judgement
findings charges report reports statement documents document data figures estimates records count tally`)

var reportNouns = wordSet(`reports report claims claim allegations allegation suggestions suggestion accusations
accusation rumours rumors speculation`)

// objectPronouns are addressees of a verb of telling: "told him".
var objectPronouns = wordSet(`him her them us me you`)

// gerundObjects after an "-ing" event word make it a verb with its object:
// "shooting down the plane", "bombing the bridge".
var gerundObjects = wordSet(`down up the a an his her their its our this that these those`)

// platforms are online services news names as where something was
// posted or shown ("on Telegram"), folded (general knowledge).
var platforms = wordSet(`facebook twitter x youtube instagram tiktok telegram whatsapp weibo wechat reddit
snapchat linkedin threads bluesky truth-social vk rumble twitch discord signal`)

// projectiles are what air defences intercept: "shot down 20 drones" is
// no attack on whoever launched them.
var projectiles = wordSet(`drone drones missile missiles rocket rockets shell shells projectile projectiles
munition munitions`)

// unnamedPeople are people a text quotes without naming them or a body
// they speak for ("witnesses in X said").
var unnamedPeople = wordSet(`witnesses witness residents resident locals people survivors villagers
eyewitnesses eyewitness passengers doctors medics neighbours neighbors parents students
fishermen farmers traders shopkeepers drivers motorists pilgrims worshippers refugees migrants families relatives
mourners workers miners`)

// objectControlVerbs make their object the doer of the infinitive after
// it: "urged Peru to strike" (Peru strikes), unlike "entered Peru to
// fight" (the subject fights). General knowledge of English.
var objectControlVerbs = wordSet(`urged asked told ordered helped allowed forced invited encouraged persuaded wanted
pressed pressured called begged advised authorized authorised permitted enabled prompted led sent deployed`)

// captiveNouns before a past participle of attack make it a reduced
// relative: "soldiers captured in X" were taken, they took nothing.
var captiveNouns = wordSet(`soldiers troops fighters civilians people prisoners men women children servicemen
officers hostages captives defenders`)

// ministrySpokes after "<portfolio> ministry" speak for it: "a health
// ministry official said".
var ministrySpokes = wordSet(`official officials spokesman spokeswoman spokesperson source sources`)

// languageNames name a broadcaster's language services that no country's
// adjective spells ("VOA's Hausa Service"). General knowledge.
var languageNames = wordSet(`hausa urdu pashto dari swahili somali amharic tigrinya kurdish farsi persian
arabic tamil bangla bengali hindi tibetan uyghur`)

// weaponSystemNouns after a name make it a weapon's: "IRIS-T systems", "a
// Patriot battery". General knowledge of English.
var weaponSystemNouns = wordSet(`system systems battery batteries launcher launchers interceptor interceptors`)

// borderNouns before "with" name a border by the state on its other side:
// "near Peru's border with Bolivia". General English.
var borderNouns = wordSet(`border borders frontier boundary`)

// keeperVerbs say who holds a site in "the base, which is manned by X".
// General knowledge of English.
var keeperVerbs = wordSet(`manned run operated held guarded staffed used controlled occupied`)

// protestNouns are crowds whose place is no actor ("protesters in Paris").
var protestNouns = wordSet(`protesters protestors demonstrators crowds crowd marchers activists rioters mobs mob`)

// victimPeople are nouns for people an attack's victim may be called by
// when the text does not name them ("shot the guard", "stabbed two men").
// General knowledge of English.
var victimPeople = wordSet(`man woman boy girl child person guard guards officer officers policeman policemen
policewoman soldier soldiers colleague colleagues passer-by bystander bystanders teenager teenagers
customer customers worker employee employees neighbour neighbor victim victims`)

// peopleNouns possess the names of events held for them ("Women's World
// Cup", "Children's Day").
var peopleNouns = wordSet(`women men children girls boys mother mothers father fathers people veterans
workers youth`)

// monthPreps before a month word make it a time ("in May", "last June").
var monthPreps = wordSet(`in on of since until till by from through to during before after last next early late
mid this that each every same until`)

// dealNouns name what negotiations produce ("the deal negotiated with").
var dealNouns = wordSet(`deal deals agreement agreements accord accords pact treaty truce ceasefire framework
plan text roadmap compromise settlement`)

// appositionOpeners open a phrase after a person's name that says who the
// person is (", the head of X", ", a member of Y").
var appositionOpeners = wordSet(`the a an his her its their whose who`)

// pastTripVerbs tell of a trip made ("flew to Oslo to meet X").
var pastTripVerbs = wordSet(`travelled traveled flew went came arrived headed returned`)

// mediateVerbs before "by" name a go-between, no party ("talks mediated
// by Qatar").
var mediateVerbs = wordSet(`mediated brokered facilitated hosted sponsored organised organized`)

// genericForces end the names of a state's armed forces as a whole ("the
// Peruvian military", "Chilean Armed Forces").
var genericForces = wordSet(`military army forces`)

// blastNouns name what a blamed or claimed attack left ("blamed X for the
// blasts").
var blastNouns = wordSet(`blast blasts explosion explosions bombing bombings killing killings assassination
massacre`)

// perpetrators are the unnamed doers of an attack ("a gunman killed
// five people in X").
// perpetratorMods stand between a group's name and its attacker: "a
// Varnok Front suicide bomber"; outfitVerbs tell how a subject came
// armed: "supporters armed with machetes attacked". General English.
var perpetratorMods = wordSet(`suicide lone masked armed`)
var outfitVerbs = wordSet(`armed wielding carrying brandishing wearing`)

var perpetrators = wordSet(`bomber bombers gunman gunmen attacker attackers assailant assailants shooter shooters
sniper snipers militants insurgents killer`)

// forceNouns turn a demonym or country into an actor ("Russian forces",
// "U.S. helicopters").
var forceNouns = wordSet(`forces force troops soldiers army military warplanes jets aircraft helicopters planes
commandos paratroopers marines
navy artillery militants fighters gunmen drones missiles units tanks warships police marines
rebels insurgents separatists guerrillas jihadists paramilitaries militiamen extremists guards`)

// troopNouns are a state's soldiers, who are its armed forces when the
// text names them ("Peruvian troops" beside "the Peruvian army"); weapons
// and craft are not among them.
var troopNouns = wordSet(`forces force troops soldiers army military commandos paratroopers units`)

// ofAttackNouns take their target with "of" ("the invasion of X", "the
// shelling of X").
var ofAttackNouns = wordSet(`invasion occupation shelling bombing bombardment siege capture seizure storming
blockade downing`)

// gerundOpeners put a gerund of attack in the clause of a subject named
// before ("responded by firing").
var gerundOpeners = wordSet(`by after before while when`)

// policeKinds before "police" name a force of its own ("riot police").
var policeKinds = wordSet(`riot military secret border traffic federal state`)

// manyContests are kinds of election that hold many contests at once, so
// news names them in the plural ("local elections").
var manyContests = wordSet(`local municipal regional provincial commune communal mayoral`)

// electionMods say what an election chooses: "Monday's presidential
// election".
var electionMods = wordSet(`presidential parliamentary legislative general local municipal regional provincial
mayoral senate gubernatorial snap early national constitutional commune communal run-off runoff`)

// presentVerbs, after a plural noun, open a reported clause in the present
// ("said aid groups need access", "said prices remain high").
var presentVerbs = wordSet(`need want remain face fear expect hope continue risk lack plan deserve support oppose
believe say agree reject`)

// meetNouns name a meeting as a thing: "the meeting", "the talks".
var meetNouns = wordSet(`meeting meetings talks summit encounter session`)

// attackKind names an attack after the word that tells it: a bomb makes a
// bombing, a gunman a shooting ("Tarma bombing").
var attackKind = map[string]string{
	"bomb": "bombing", "bombs": "bombing", "bomber": "bombing", "bombers": "bombing", "bombing": "bombing",
	"blast": "bombing", "explosion": "bombing", "exploded": "bombing", "detonated": "bombing", "explosives": "bombing",
	"gunman": "shooting", "gunmen": "shooting", "shooter": "shooting", "shooting": "shooting", "shot": "shooting",
	"ambush": "ambush", "ambushed": "ambush", "massacre": "massacre", "raid": "raid", "raided": "raid",
	"stabbing": "stabbing", "stabbed": "stabbing", "rocket": "rocket attack", "rockets": "rocket attack",
	"drone": "drone attack", "drones": "drone attack", "shelling": "shelling", "shelled": "shelling",
}

// crossVerbs before "from" tell where attackers came from: "fighters
// crossing from X".
var crossVerbs = wordSet(`crossing coming infiltrating entering arriving sneaking slipping`)

// woundVerbs follow "shot and" with the victim: "shot and wounded X".
var woundVerbs = wordSet(`wounded killed injured stabbed beat`)

// memberSingulars are one member of a force or group, who acts for it:
// "a Varnok Guard soldier shot X".
var memberSingulars = wordSet(`soldier policeman officer fighter militant rebel guerrilla sniper commando`)

// vesselNouns after their owner act for it: "a Chilean Coast Guard ship
// rammed X".
var vesselNouns = wordSet(`ship ships vessel vessels boat boats warship warships frigate frigates destroyer
destroyers submarine submarines`)

// adminWords after a place's name say what kind of division it is ("Tarma
// state", "Puno province").
// gerundLeads open a gerund phrase whose doer is the clause's subject:
// "since launching an offensive", "after attacking the base". General
// knowledge of English.
var gerundLeads = wordSet(`since after before while by`)

// partyContext before a name ending in "Congress" make it a party: "the
// ruling X Congress". General knowledge of English.
var partyContext = wordSet(`ruling regional opposition governing main rival incumbent`)

// alliesNouns after "and their" name those who fight beside the one
// before: "accused the army and their Russian allies of shelling X".
// General knowledge of English.
var alliesNouns = wordSet(`allies ally partners backers proxies`)

// warObjects are what two sides "fought": "fought a border war with X".
// General knowledge of English.
var warObjects = wordSet(`war wars battle battles`)

var adminWords = wordSet(`state province region district county governorate oblast prefecture department
municipality township regency upazila tehsil commune`)

// siteWords after a name make a named site of it, a place of its own beside
// the town it may be named after ("Varnok airport", "the Karsk oil
// refinery": a siteWord, or siteNouns after facilityMods). localSites do
// so only after a name that is no known town ("the Tarbela market", but "a
// Kano market" is a market in Kano). natureHeads name the place itself in
// another form ("the Varnok forest" is Varnok). General knowledge of news
// English.
var siteWords = wordSet(`airport airfield airbase refinery palace barracks dam pipeline depot mine oilfield
market bazaar camp prison stadium monastery temple mosque shrine pagoda cathedral corridor hotel`)

// namesakeSites are sites often named after a person: "Ben Gurion
// airport".
var namesakeSites = wordSet(`airport airfield`)
var localSites = wordSet(`market bazaar camp prison stadium monastery hotel`)

var natureHeads = wordSet(`forest river valley desert lake mountains hills sector peninsula plain plains plateau delta basin beach`)

// placeOpeners open town names that end in a country's name: "Puerto
// Jordán", "San Marino", "New Guinea". General knowledge.
var placeOpeners = wordSet(`Puerto Porto Port San Santa Santo Saint St St. New Nueva Nuevo Villa Isla Punta Bahia Bahía`)

// electionLeads before "a <kind> election" make it the coming election of
// the article's country: "two weeks before a general election" (and
// "ahead of a ..."); "Peru holds a general election" is its country's
// (event-anchor-before).
var electionLeads = wordSet(`before`)

// ballotVerbs before "in <kind> elections" say the election took place:
// "voted in parliamentary elections". disputeMods stand between "the"
// and an election's year: "the disputed 2007 election". General knowledge
// of English.
var ballotVerbs = wordSet(`voted vote votes voting`)
var disputeMods = wordSet(`disputed contested controversial flawed rigged botched`)

// electionStages before "of a general election" make it one under way:
// "the first phase of a general election". General knowledge of English.
var electionStages = wordSet(`phase round stage`)

// unitHeads end the names of military units, which a number opens or closes:
// "the 8th Infantry Division", "Ranger Regiment 46", a guerrilla army's
// "36th Front". General knowledge.
var unitHeads = wordSet(`Division Divisions Battalion Battalions Brigade Brigades Regiment Regiments Corps
Fleet Squadron Squadrons Command Company Infantry Cavalry Artillery Rangers Front`)

// trailPreps open a short phrase that may end a trailing attribution: "...,
// X told reporters after the meeting."
// trailReports may follow a closing "said in": "..., the air force said
// in its morning update". General knowledge of English.
var trailReports = wordSet(`its his her their morning evening daily nightly weekly latest regular televised video
update updates report briefing bulletin post message address summary`)

var trailPreps = wordSet(`after before following during at outside ahead upon`)

// partyMembersOf before "of" or "from" name the people through whom a body
// takes part: "officials of X", "members of X", "representatives from X".
var partyMembersOf = wordSet(`officials members representatives delegates envoys leaders elders`)

// recallNouns speak of an attack told before as a thing: "the ambush",
// "Thursday's bombing".
var recallNouns = wordSet(`attack ambush bombing blast explosion raid assault massacre shooting killings
strike strikes airstrike airstrikes clash clashes`)

// stateForceMids stand between a country and "army", "forces" or
// "military" in the names of its armed forces ("Somali National Army",
// "Kenya Defence Forces"). General knowledge.
var stateForceMids = wordSet(`armed national defence defense royal federal self-defense self-defence land ground
people's popular regular`)

// nameHonorifics are honorifics that stand inside Arabic and Somali names
// after the given name ("Abdullahi Sheikh Warsame", "Hassan Haji Ali").
var nameHonorifics = wordSet(`sheikh sheik haji hajji`)

// electionKinds say which body an election fills ("the presidential
// runoff", "the parliamentary election").
var electionKinds = wordSet(`presidential parliamentary legislative general local municipal regional provincial
gubernatorial mayoral commune communal run-off runoff`)

// stateSponsors before "in" and a capital are the state's: "the gangs'
// backers in Caracas" (general English).
var stateSponsors = wordSet(`sponsors backers patrons masters paymasters allies`)

// stateEnvoys are the people a state sends: "delegations from Kyiv", "Kigali
// envoys".
var stateEnvoys = wordSet(`delegation delegations envoys envoy negotiators diplomats diplomat representatives ambassador`)

// groupMembers after an organization's possessive are its people, whom an
// attack on them hits the organization through ("killed the group's
// commanders").
var groupMembers = wordSet(`leadership leaders leader commanders commander fighters members militants soldiers
troops officers cadres`)

// mediaNouns after "news" make the name before them a news organization
// ("its Amaq news agency", "the Varnok news website").
var mediaNouns = wordSet(`agency outlet website site channel service portal network`)

// affiliateNouns after an organization's possessive describe another
// group by its tie to the first ("al Qaeda's affiliate", "Hezbollah's
// ally").
var affiliateNouns = wordSet(`affiliate affiliates ally allies branch offshoot wing arm franchise proxy proxies`)

// orgMemberNouns after an organization's name ("a Varnok Front commander")
// are its unnamed people, who speak for it.
var orgMemberNouns = wordSet(`official officials officer officers commander commanders source sources
spokesman spokeswoman spokesperson diplomat diplomats representative representatives member members`)

// watchMembers, after a body's possessive, speak for it as its members do:
// "the Union's election observers said". General knowledge of English.
//
// voiceMembers are people who speak for the body named right before them
// when the text names none of them: "Varnok Front commanders said",
// "Tarnsund University researchers said" (general English; not workers or
// members, who may speak against it).
var watchMembers = wordSet(`observers monitors inspectors investigators experts auditors`)
var voiceMembers = wordSet(`commanders officers sources representatives diplomats researchers scientists doctors analysts`)

// ownAdjective are countries news English names its institutions after
// with the country's own name rather than the demonym ("Myanmar's army" is
// the Myanmar army, not the Burmese one). General knowledge.
var ownAdjective = phraseSet(`Myanmar|Kosovo|Guinea-Bissau|Burkina Faso|Hong Kong|Macau|Timor-Leste|DR Congo`)

// ownerNouns before a facility noun name its owner ("an army convoy", "a
// police station", "government buildings").
var ownerNouns = wordSet(`army military police government`)

// armedPeopleNouns after a people's name make an actor of them ("Druze
// gunmen", "Fulani herders"); peopleGroups are ethnic, tribal and faith
// groups that are no country's demonym. General knowledge of the world.
var armedPeopleNouns = wordSet(`gunmen fighters militiamen militias settlers herders tribesmen
mob mobs`)
var peopleGroups = wordSet(`Druze Bedouin Tuareg Fulani Peul Kurdish Pashtun Baloch Baluch Hazara Rohingya Uyghur
Uighur Tamil Sinhalese Amhara Oromo Tigrayan Hausa Yoruba Igbo Dinka Nuer Masalit Zaghawa Arab Alawite Sunni
Shia Shiite Hindu Muslim Christian Jewish Buddhist Sikh Maasai Kikuyu Kalenjin Berber Yazidi Assyrian Chechen
Serb Croat Bosniak Lendu Hema Banyamulenge Twa Anuak Murle Toubou Zarma Dogon Bambara Mossi Kachin Karen
Shan Chin Naga Kuki Meitei Bodo Moro Lumad Papuan Mapuche Hutu Tutsi`)

// personnelOwners map the people an attack hits to the force whose they
// are: "attacked the soldiers" hits the army the article names.
var personnelOwners = map[string]string{"soldiers": "army", "soldier": "army", "troops": "army", "servicemen": "army",
	"troopers": "army", "policemen": "police", "policeman": "police", "policewomen": "police"}

// facilityNouns are what an attack hits that belongs to someone named
// before it ("Peru's southern towns", "the army's bases").
var facilityNouns = wordSet(`town towns city cities village villages base bases positions position post posts
airport airports port ports border territory territories embassy headquarters office offices compound compounds
convoy convoys camp camps checkpoint checkpoints facilities facility installations infrastructure troops forces
soldiers ships vessels warship tanker tankers pipeline pipelines refinery plant plants capital suburbs suburb outskirts
districts neighbourhoods neighborhoods market church mosque school
hospital station hotel grid grids bridge bridges depot depots`)

// raisingVerbs report an act as claimed or believed ("is alleged to have
// attacked", "are believed to have fired"): the act's subject stands
// before them.
var raisingVerbs = wordSet(`alleged believed said reported suspected thought known understood accused seems seemed
appears appeared`)

// nounFill stands between a launch verb and its attack noun.
var nounFill = wordSet(`a an the new fresh renewed retaliatory punitive precision targeted preemptive pre-emptive
cross-border surgical series of wave waves round rounds string number several two three
four five six seven eight nine ten dozen dozens hundreds thousands scores numerous multiple many
more further deadly heavy massive major coordinated its their his her ground air combat
large-scale small-scale than over about nearly almost some repeated joint barrage barrages salvo salvos volley volleys hail
days weeks months nights hours`)

// launchVerbs take an attack noun as object.
var launchVerbs = wordSet(`launched launch launches launching carried carry carries carrying conducted conduct conducts conducting
staged stage mounted mount unleashed began begun started made carried-out opened open opens
expanded expands intensified intensifies escalated widened resumed resumes
ordered ordering masterminded orchestrated pressed presses pressing waged wages waging`)

// useVerbs take the weapons or the victims of an attack noun that follows
// with "in": "dropped barrel bombs in a raid on", "killed ten in strikes on".
var useVerbs = wordSet(`used uses use using deployed deploys dropped drops fired fires killed kills killing wounded wounding
wounds injured injures`)

// surnameEndings end surnames of many languages and hardly any
// organization's or place's name (general knowledge).
var surnameEndings = []string{"ov", "ova", "ev", "eva", "enko", "chuk", "shvili", "dze", "poulos", "opoulos",
	"idis", "akis", "yan", "ian", "oglu", "escu", "vich", "vic", "wicz", "ski", "sky", "ska", "czyk", "sson", "sen"}

// casualtyVerbs tell what an attack did, after the attack noun as its
// subject: "airstrikes killed five people in X".
var casualtyVerbs = wordSet(`killed kill kills wounded injured destroyed damaged hit pounded levelled leveled
flattened
ripped tore rocked`)

// compoundHeads make the event noun before them a modifier that names no
// event: "war cabinet", "war crimes", "attack helicopter" (general
// English). "election results" and "summit host" still speak of the event.
var compoundHeads = wordSet(`cabinet crimes crime criminal criminals zone effort chest room games footing
correspondent correspondents budget helicopter helicopters dog dogs powers
monitor monitors watchdog tracker observatory`)

// madeWords follow a name and a hyphen to say where a thing comes from:
// "U.S.-made", "Iranian-supplied".
var madeWords = wordSet(`made built supplied provided donated manufactured designed produced funded`)

// modalWords put the verb after them in the future or the conditional.
var modalWords = wordSet(`will would shall should could might may must can to`)

// carryOnVerbs, like launchVerbs, carry an attack noun's status: "would
// continue its strikes".
var carryOnVerbs = wordSet(`continue resume intensify escalate expand step repeat renew order authorize approve
plan prepare consider threaten`)

// claimVerbs take "responsibility" as object.
var claimVerbs = wordSet(`claimed claims claim claiming admitted admits accepted accepts took takes`)

// carryVerbs before "out" do what their object names ("carried out the
// attack"); perpetrateVerbs do it alone ("staged the bombing").
var carryVerbs = wordSet(`carried carry carries carrying`)

// keepVerbs before "up" go on with or step up what follows: "kept up its
// strikes", "stepped up attacks".
var keepVerbs = wordSet(`kept keep keeps keeping stepped step steps stepping ramped ramp ramps ramping`)
var perpetrateVerbs = wordSet(`staged perpetrated committed mounted`)

// blameVerbs name an attacker as their object.
var blameVerbs = wordSet(`blamed blames blame blaming attributed attributes attribute attributing`)

var attackPreps = wordSet(`on against in at upon by inside`)

// accuseVerbs put the accused before "of <attacking>".
var accuseVerbs = wordSet(`accused accuses accuse accusing`)

// suspectVerbs put a suspect before "of <attacking>" as accuseVerbs do
// ("is suspected of carrying out"), but say nothing: no statement.
var suspectVerbs = wordSet(`suspected suspects suspect suspecting`)

// chargeVerbs put who attacked before "of <attacking>": accuseVerbs and
// suspectVerbs.
var chargeVerbs = union(accuseVerbs, suspectVerbs)

// stanceVerbs take a stand in words on what their object names: "X
// condemned the attack", "X blamed Y for Z", "X denied responsibility",
// "X rejected the accusation", "X claimed responsibility". General English
// of news reports.
var stanceVerbs = wordSet(`condemned condemns blamed blames denied denies rejected rejects claimed claims announced announces
called calls appealed appeals urged urges expressed expresses voiced voices
dismissed dismisses ruled`)

// expressedNouns after "expressed" make it a stand in words: "expressed
// serious concern", "expressed its solidarity".
var expressedNouns = wordSet(`concern concerns regret solidarity support condolences hope outrage alarm sadness
disappointment sympathy gratitude dismay`)

// concernAdjectives may stand between "expressed" and its noun.
var concernAdjectives = wordSet(`its their his her serious deep grave full strong great profound`)

// praiseVerbs take a stand in words, as stanceVerbs do, but alone they are
// too common to be statements; a verb of speech coordinated with them
// ("welcomed the talks and urged ...") takes their subject.
var praiseVerbs = wordSet(`welcomed welcomes praised praises hailed hails expressed expresses voiced voices`)

// disputedNouns are what a denial or rejection in words is of: "denied
// the allegations", "rejected calls for talks". A vote or ruling that
// rejects a bill or an appeal is no statement, and a visa denied is none.
var disputedNouns = wordSet(`accusation accusations allegation allegations charge charges claim claims report reports
responsibility involvement role wrongdoing knowledge link links criticism calls call demand demands presence
idea notion suggestion assertion assertions account accounts version reports rumours rumors`)

var comeVerbs = wordSet(`came come comes coming`)

// exchangeWords tell of fighting between two sides, each attacking the
// other.
var exchangeWords = wordSet(`fighting clashes clash clashed clashing battles battle battled fought fight fights
exchanged exchanging traded skirmishes skirmished war hostilities`)

// repelVerbs beat back an attack: "troops repelled the attackers".
var repelVerbs = wordSet(`repelled repulsed repel repulse`)

// trailAdjuncts open a phrase after a trailing attribution's comma that
// adds to the sentence and says nothing of who spoke: "..., the army said,
// in its first report", "..., X said, as talks resumed".
var trailAdjuncts = wordSet(`in as amid after while despite following`)

// statelessPeoples are peoples whose name in the plural names no state the
// news treats as one: "Palestinians were killed" is no mention of a
// country, as "Israelis were killed" is of Israel. General knowledge.
var statelessPeoples = wordSet(`Palestinians Kurds Uyghurs Uighurs Tamils Rohingya Sahrawis Tibetans Baloch Pashtuns`)

// sideAdjectives before groupSiteNouns say whose sites they are without
// naming them: "rebel positions", "militant hideouts".
var sideAdjectives = wordSet(`rebel militant insurgent jihadist terrorist guerrilla extremist`)

// groupSiteNouns are the places an armed group holds.
var groupSiteNouns = wordSet(`positions position hideouts hideout bases base camps camp strongholds stronghold targets`)

// subordinators open a clause: the subject of a passive is after them.
var subordinators = wordSet(`when after as while that and but because where since`)

// attackerNouns name the doers of an attack without naming their group:
// "pursued the attackers", "killed 47 militants".
var attackerNouns = wordSet(`attackers assailants militants gunmen insurgents jihadists raiders terrorists rebels militiamen fighters extremists guerrillas`)

// repelledNouns after "repelled the" are the attack or its doers.
var repelledNouns = wordSet(`attackers assailants attack assault militants gunmen fighters raiders insurgents offensive`)

// controlVerbs before "control of" take a place by force: "regained
// control of X".
var controlVerbs = wordSet(`took taken take takes taking seized seize seizing regained regain regaining gained
wrested retook retaken seizes`)

// eruptVerbs may stand between a noun of fighting and "between": "clashes
// erupted between", "fighting broke out between".
var eruptVerbs = wordSet(`erupted broke flared raged continued resumed intensified`)

// disputeWords after "clashed" make it a quarrel ("clashed over rights").
var disputeWords = wordSet(`over about on during at`)

// fightVerbs are the verbs among exchangeWords.
var fightVerbs = wordSet(`clash clashed clashing clashes battled fought fight fights skirmished`)

// ---- Meetings (meet.go)

// meetVerbs are verbs and nouns of meeting.
var meetVerbs = wordSet(`met meet meets meeting visited visit visits hosted host hosts hosting talked
negotiated negotiate summit discussion discussions`)

// metThings are what one meets without meeting anyone: "met little
// resistance", "met the deadline", "met fierce opposition from X".
// oppositionMembers after "opposition" make it the people of the
// opposition one meets: "met opposition leaders". General English.
var oppositionMembers = wordSet(`leader leaders figures figure politicians lawmakers legislators parties party members
groups representatives delegates activists`)

var metThings = wordSet(`resistance opposition criticism demand demands condition conditions target targets
deadline deadlines expectations expectation requirement requirements standard standards need needs approval
objections objection scepticism skepticism fate end death success obstacles difficulties reaction response
challenge challenges goal goals quota threshold criteria obligations commitments`)

// holdNouns are nouns of meeting that "held" or "with" make a meeting.
var holdNouns = wordSet(`talks meeting negotiations summit audience`)

// mealNouns after "had" or "hosted" and before "with" tell of a meal
// taken together: "had lunch with X" (general English).
var mealNouns = wordSet(`lunch dinner breakfast luncheon banquet`)

// receiveVerbs make a meeting with a person received.
var receiveVerbs = wordSet(`received receives receive receiving welcomed welcomes`)

// summonVerbs call a country's envoy in: "summoned the Chilean ambassador".
var summonVerbs = wordSet(`summoned summons summon summoning`)

// envoyNouns are a country's envoys.
var envoyNouns = wordSet(`ambassador ambassadors envoy envoys charge chargé chargé-d'affaires diplomat diplomats`)

// missionOffices are a body's officers for a country, as envoys are: "the
// United Nations special coordinator for Lebanon", "the EU special
// representative for the Sahel". General knowledge of English.
var missionOffices = wordSet(`coordinator representative rapporteur`)

var holdVerbs = wordSet(`held hold holds holding convened convene convenes convening`)

// talksHeldVerbs before "talks" make the subjects meet as holdVerbs do:
// "X and Y resumed talks", "opened a new round of talks"; not "suspended
// talks" (talksVerbs).
var talksHeldVerbs = wordSet(`resumed resume resumes resuming opened open opens began begin begins started start starts
concluded conclude concludes wrapped`)

// inviteVerbs propose a meeting with their object.
var inviteVerbs = wordSet(`invited invites invite inviting`)

// phoneWords make a meeting word tell of a call, which is no meeting
// ("phone talks", "talked by telephone").
var phoneWords = wordSet(`phone telephone video telephonic phoned telephoned`)

// repNouns stand for the organization they come from.
var repNouns = wordSet(`representatives representative members envoys envoy delegates delegation officials
negotiators emissaries leaders commanders diplomats diplomat ambassadors ambassador executives managers bosses`)

// sideNouns, after "both" or "the two", stand for the two parties the
// article is about: countries, or (leaders) people.
// forcesNames are the names of a country's forces that name no country:
// "the General Staff of Ukraine's Armed Forces".
var forcesNames = map[string]bool{"Armed Forces": true, "Army": true, "Navy": true, "Air Force": true, "Defence Forces": true, "Defense Forces": true, "Ground Forces": true}

// landWords before "where ... meet" make it lands that meet: "the region
// where the borders of A and B meet", "the zone where A, B and C meet".
var landWords = wordSet(`border borders frontier frontiers rivers river zone region area triangle junction point lands`)

// affiliateHeads end the name of a group's regional branch: "Islamic State
// Sahel Province", "Al-Shabaab Branch".
var affiliateHeads = wordSet(`Province Branch Wilayat`)

// legislatureWords name a legislature: "Legislative Council", "National
// Assembly", "State Duma". General knowledge of the world.
// ("Congress" and "Jatiya" are left out: "Indian National Congress" and
// "Jatiya Party" are parties.)
var legislatureWords = wordSet(`Legislative Assembly Parliament Duma Knesset Majlis Sejm Rada Bundestag Riksdag Storting Folketing Althing Seimas Saeima Riigikogu Eduskunta Oireachtas Dail Sabor Skupstina Sangsad Sabha Shura Meclis`)

// countedNouns are what a figure counts: "put the death toll at 27".
var countedNouns = wordSet(`number figure toll total count tally death casualty turnout crowd estimate`)

// sidePairNouns after "between the two" stand for two sides named
// before: "fighting between the two groups".
var sidePairNouns = wordSet(`sides groups militias factions forces armies countries rebel movements gangs`)

// groupPairNouns among them stand for armed groups only, never countries.
var groupPairNouns = wordSet(`groups militias factions rebel movements gangs`)

var sideNouns = wordSet(`sides governments countries nations states leaders presidents delegations
neighbours neighbors allies rivals ministers envoys men women generals commanders`)

// peopleSides are the sideNouns for people: "the two leaders".
var peopleSides = wordSet(`leaders presidents ministers envoys men women generals commanders`)

// topicWords end the participants of a meeting: what follows is its
// subject ("to discuss the strikes on X", "over the border").
var topicWords = wordSet(`discuss discussed discussing address review consider over about regarding concerning
coordinate plan prepare finalise finalize negotiate assess`)

// ---- Status (relation.go)

// statusCues set a relation's status from words before its verb.
var deniedCues = wordSet(`not never no denied denies deny refused refuses refuse declined declines decline
rejected rejects reject spurned spurns spurn ruled cancelled canceled cancels called-off without n't
dismissed`)

var plannedCues = wordSet(`will would shall expected plans plan planned planning scheduled prepared preparing
set due to going intend intends intended agreed agree agrees aims aim vowed vows vow pledged pledges
postponed delayed rescheduled deferred threatened threatens threaten threat`)

// commitCues among plannedCues plan only what follows them as an
// infinitive: "vowed to meet X"; "vowed revenge at a meeting with X" tells
// of a meeting held.
var commitCues = wordSet(`vowed vows vow pledged pledges agreed agree agrees threatened threatens threaten`)

var proposedCues = wordSet(`offer offered offers offering propose proposed proposes proposal invited invites
invite invitation suggested suggest suggests urged urges called calls
demanded ready willing could might may seek seeks seeking sought hope hopes hoped hoping`)

// ---- Events (event.go)

// eventClass maps lower-case nouns of happenings to a class; two phrases of
// one class about one place or actor in an article are one event
// ("talks in Geneva", "the Geneva talks").
var eventClass = map[string]string{
	"talks": "talks", "summit": "summit", "negotiations": "talks", "conference": "talks", "meeting": "talks",
	"forum": "talks", "rally": "rally", "rallies": "rally",
	"attack": "attack", "attacks": "attack", "airstrike": "attack", "airstrikes": "attack", "strike": "attack",
	"strikes": "attack", "bombing": "attack", "bombings": "attack", "shooting": "attack", "massacre": "attack",
	"offensive": "attack", "crackdown": "attack", "raid": "attack", "fighting": "attack", "siege": "attack",
	"capture": "attack", "seizure": "attack", "fall": "attack", "ambush": "attack",
	"war": "war", "invasion": "war", "occupation": "war", "conflict": "war", "insurgency": "war", "annexation": "annexation", "intervention": "intervention",
	"genocide": "genocide",
	"election": "election", "elections": "election", "referendum": "election", "vote": "election", "polls": "election",
	"runoff": "election", "run-off": "election", "by-election": "election", "primary": "election", "primaries": "election",
	"investigation": "investigation", "inquiry": "investigation", "probe": "investigation", "trial": "investigation",
	"crisis": "crisis", "coup": "crisis", "protests": "crisis", "uprising": "crisis", "revolution": "crisis",
	"earthquake": "disaster", "quake": "disaster", "floods": "disaster", "flooding": "disaster",
	"cyclone": "disaster", "hurricane": "disaster", "typhoon": "disaster", "tsunami": "disaster",
	"eruption": "disaster", "wildfires": "disaster", "landslide": "disaster", "drought": "disaster",
	"tornado": "disaster", "storm": "disaster", "blizzard": "disaster", "avalanche": "disaster",
	"wildfire": "disaster", "mudslide": "disaster", "crash": "disaster", "disaster": "disaster",
}

// oneOf are classes of which an article is taken to tell of one: "the war
// in Ukraine" and "Russia's invasion" are the same war.
var oneOf = map[string]bool{"war": true, "election": true, "summit": true, "disaster": true}

// disasterKinds map the nouns of one kind of disaster to the first of
// them, which names the kind; an earthquake and the tsunami it raised are
// one (general English).
var disasterKinds = kindsOf(
	"quake earthquake earthquakes tremor tremors aftershock aftershocks tsunami",
	"flood floods flooding",
	"storm storms hurricane typhoon cyclone tornado tornadoes",
	"fire fires wildfire wildfires blaze",
	"landslide landslides mudslide mudslides avalanche",
	"eruption eruptions",
	"drought famine",
	"crash crashes collision derailment",
)

// kindsOf maps each word of each group to the group's first word.
func kindsOf(groups ...string) map[string]string {
	m := map[string]string{}
	for _, g := range groups {
		ws := strings.Fields(g)
		for _, w := range ws {
			m[w] = ws[0]
		}
	}
	return m
}

// eventMods may stand between the actor or place and the event noun.
var eventMods = wordSet(`general presidential parliamentary legislative local national regional municipal
scheduled upcoming planned direct peace air drone missile suicide mass military ground full-scale
nuclear trade ceasefire bilateral first second third latest new recent deadly terrorist
recent final runoff run-off snap anniversary campaign election climate security economic donor energy
aid health emergency ministerial annual civil`)

// atPlace are attacks named after the organization where they happened
// ("the school shooting").
var atPlace = wordSet(`shooting bombing massacre siege`)

// eventNouns are the nouns of eventClass.
var eventNouns = func() map[string]bool {
	m := map[string]bool{}
	for w := range eventClass {
		m[w] = true
	}
	return m
}()

// personEventClass maps what happens to a person that news names after
// them ("the murder of X") to its class.
var personEventClass = map[string]string{
	"murder": "killing", "killing": "killing", "assassination": "killing", "execution": "killing",
	"kidnapping": "abduction", "abduction": "abduction", "inauguration": "inauguration",
	"funeral": "funeral", "trial": "trial", "impeachment": "impeachment", "swearing-in": "inauguration",
}

// personEventNouns are the nouns of personEventClass.
var personEventNouns = func() map[string]bool {
	m := map[string]bool{}
	for w := range personEventClass {
		m[w] = true
	}
	return m
}()

// heldEventNouns are gatherings and votes an actor holds.
var heldEventNouns = wordSet(`meeting summit conference session congress convention rally referendum election
elections`)

// heldMods qualify a held gathering ("an urgent meeting", "a special
// session").
var heldMods = wordSet(`urgent emergency extraordinary special annual closed-door two-day three-day high-level`)

// holdEventVerbs hold, host or call a gathering.
var holdEventVerbs = wordSet(`held hold holds holding convened convene convenes hosted host hosts hosting called
organised organized staged`)

// disasterNouns are natural and man-made disasters that strike a place.
var disasterNouns = wordSet(`earthquake quake tornado tornadoes storm hurricane cyclone typhoon tsunami flood floods
flooding wildfire wildfires fire blizzard avalanche landslide mudslide eruption explosion blast drought heatwave`)

// disasterAdjectives tell how strong a disaster was: "a powerful
// earthquake", "a deadly tornado". General English.
var disasterAdjectives = wordSet(`strong powerful massive huge major minor small large moderate mild shallow deep
severe deadly devastating destructive violent catastrophic magnitude`)

// fanNouns are a club's or a band's followers: "fans of X". General
// English.
var fanNouns = wordSet(`fans supporters ultras`)

// vehicleNouns name what crashed: "a helicopter crash". General English.
var vehicleNouns = wordSet(`helicopter plane air airplane aeroplane aircraft jet airliner bus train car truck lorry boat ferry`)

// strikeVerbs say a disaster struck a place.
var strikeVerbs = wordSet(`struck strikes hit hits swept sweeps ravaged devastated slammed battered pounded
rocked shook flattened destroyed tore`)

// ---- Dates (date.go)

var months = map[string]time.Month{
	"january": 1, "jan": 1, "jan.": 1, "february": 2, "feb": 2, "feb.": 2, "march": 3, "mar.": 3,
	"april": 4, "apr": 4, "apr.": 4, "may": 5, "june": 6, "jun": 6, "jun.": 6, "july": 7, "jul": 7,
	"jul.": 7, "august": 8, "aug": 8, "aug.": 8, "september": 9, "sept": 9, "sept.": 9, "sep.": 9,
	"october": 10, "oct": 10, "oct.": 10, "november": 11, "nov": 11, "nov.": 11, "december": 12,
	"dec": 12, "dec.": 12,
}

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

// isWeekday reports a weekday's name in lower case (Sunday is the zero
// time.Weekday, so the map's value cannot tell).
func isWeekday(w string) bool {
	_, ok := weekdays[w]
	return ok
}

// phraseSet splits s at "|" into phrases of lower-case words, each keyed
// by its words joined with single spaces.
func phraseSet(s string) map[string]bool {
	m := make(map[string]bool)
	for _, p := range strings.Split(s, "|") {
		if p = strings.Join(strings.Fields(p), " "); p != "" {
			m[p] = true
		}
	}
	return m
}

func wordSet(s string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// lowerSet is a new set holding the words of s in lower case, as cues
// are matched.
func lowerSet(s map[string]bool) map[string]bool {
	m := make(map[string]bool, len(s))
	for w := range s {
		m[strings.ToLower(w)] = true
	}
	return m
}

// union is a new set holding the words of all sets.
func union(sets ...map[string]bool) map[string]bool {
	m := make(map[string]bool)
	for _, s := range sets {
		for w := range s {
			m[w] = true
		}
	}
	return m
}

// ingNouns end in -ing but are no verb forms: "the ministry of
// something" is still a name's continuation. General English.
var ingNouns = wordSet(`during morning evening something nothing anything everything thing spring ceiling building housing clothing`)

// postHeads end the names of bodies posted abroad or sent somewhere, which
// the news writes with where they are: "the U.S. Embassy in Baghdad", "the
// EU Delegation in Moldova". General English.
var postHeads = wordSet(`Embassy Consulate Delegation Mission Office embassy consulate`)

// observerWords name what an observer mission does: "the ECOWAS election
// observation mission". General English.
var observerWords = wordSet(`observer observers observation election electoral monitoring`)

// roundWords before "talks" make them a round the news names after where
// it is held: "direct talks with X in Y". General English.
var roundWords = wordSet(`direct indirect peace ceasefire truce`)
