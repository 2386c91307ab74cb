package rules

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/ingest/gazetteer"
	"github.com/newsgraph/newsgraph/kg"
)

// Type rules: how a capitalised name that neither the gazetteer nor a
// title settled gets its kind, from its shape and the words around it.
// typeSpan tries them in order; the first that knows wins. Like patterns,
// they are values with a doc and examples (TestTypeRules).

// spanCtx is the name being typed, toks[lo:hi] of sentence si, with the
// words around it.
type spanCtx struct {
	si, lo, hi, n int
	last          string // the last word (before a Roman numeral)
	prev, prev2   string // the two words before, lower case
	next          string // the word after, past quotation marks
}

// A typeRule types a name, with how sure it is, or does not know.
type typeRule struct {
	name     string
	doc      string
	typ      func(d *doc, c *spanCtx) (kg.Kind, strength, bool)
	examples []typeExample
}

// typeExample is an invented text and an entity it must yield, typed by
// the rule.
type typeExample struct {
	text, name string
	want       kg.Kind
}

var typeRules = []*typeRule{
	{
		name: "type-competition",
		doc:  `A sports competition, an event however its name ends: "Champions League", "Nations League", "Africa Cup of Nations", "Copa America", "Tour de France".`,
		typ: func(d *doc, c *spanCtx) (kg.Kind, strength, bool) {
			if c.n < 2 {
				return "", 0, false
			}
			first, second := d.toks[c.lo].text, d.toks[c.lo+1].text
			switch {
			case c.last == "League" && competitionLeagues[d.toks[c.hi-2].text]:
				return kg.Event, strong, true // "the UEFA Champions League"
			case first == "Copa" && d.toks[c.lo+1].cap || first == "Tour" && (second == "de" || second == "of") && c.n > 2:
				return kg.Event, strong, true // "Copa Libertadores", "Tour de France"
			}
			for k := c.lo + 1; k+1 < c.hi; k++ {
				if d.toks[k].text == "Cup" && d.toks[k+1].lower == "of" {
					return kg.Event, strong, true // "Africa Cup of Nations"
				}
			}
			return "", 0, false
		},
		examples: []typeExample{
			{"Tarvo FC won the Champions League last year.", "Champions League", kg.Event},
			{"Peru hosted the Africa Cup of Nations in Lima.", "Africa Cup of Nations", kg.Event},
			{"Chile won the Copa America in 2016.", "Copa America", kg.Event},
			{"Rui Lopes won a stage of the Tour de France.", "Tour de France", kg.Event},
		},
	},
	{
		name: "type-ampersand",
		doc:  `Names joined by an ampersand are a firm's, never a person's: "Varnok & Tarma", "Kestrel & Sons".`,
		typ: func(d *doc, c *spanCtx) (kg.Kind, strength, bool) {
			for k := c.lo + 1; k+1 < c.hi; k++ {
				if d.toks[k].text == "&" {
					// "Ana Costa & Rui Lopes": two people, no firm
					two := gazetteer.IsGivenName(d.toks[c.lo].text) && gazetteer.IsGivenName(d.toks[k+1].text) && k+2 < c.hi
					return kg.Organization, fair, !two
				}
			}
			return "", 0, false
		},
		examples: []typeExample{{"Rui Lopes bought Varnok & Tarma in May.", "Varnok & Tarma", kg.Organization}},
	},
	{
		name: "type-team",
		doc:  `A name in a match result is a club: "Varnok City beat Tarn 3-1".`,
		typ: func(d *doc, c *spanCtx) (kg.Kind, strength, bool) {
			return kg.Organization, fair, d.inResult(c.lo, c.hi, d.sents[c.si])
		},
		examples: []typeExample{{"Varnok City beat Tarn Rovers 3-1 on Saturday.", "Varnok City", kg.Organization}},
	},
	{
		name: "type-list-head",
		doc:  `A name in a list a plural noun introduces: "retailers such as Tesco and Carrefour", "countries including X", "the towns of X in the south and northern Y".`,
		typ: func(d *doc, c *spanCtx) (kg.Kind, strength, bool) {
			switch d.listHead(c.lo, c.si) {
			case "org":
				return kg.Organization, fair, true
			case "place":
				return kg.Place, fair, true
			}
			return "", 0, false
		},
		examples: []typeExample{
			{"The rules hit retailers such as Kestrel Mart and Harbor Lane.", "Harbor Lane", kg.Organization},
			{"Artillery hit the towns of Ostrava and Pelmark overnight.", "Pelmark", kg.Place},
			{"Drones struck the regions of Tavel in the north and eastern Ostrin.", "Ostrin", kg.Place},
			{"The three traders, Kestrel Trading, Harbor Lane Energy and Silent Crest, were named.", "Silent Crest", kg.Organization},
		},
	},
	{
		name: "type-acronym-defined",
		doc:  `A name of several words its bracketed acronym spells is an organization: "Liberation Tigers of Varnok Tarn (LTVT)", "the Varnok Tarn Front, or VTF,".`,
		typ: func(d *doc, c *spanCtx) (kg.Kind, strength, bool) {
			k := c.hi
			if k+3 < len(d.toks) && d.toks[k].text == "," && d.toks[k+1].lower == "or" && (d.toks[k+3].text == "," || d.toks[k+3].text == ".") {
				k++ // ", or VTF,": the initials as an alternative name
			}
			if c.n < 3 || k+2 >= len(d.toks) || d.toks[k].text != "(" && d.toks[k].lower != "or" || d.toks[k+2].text != ")" && d.toks[k+2].text != "," && d.toks[k+2].text != "." || !isAcronym(d.toks[k+1].text) {
				return "", 0, false
			}
			name := d.text[d.toks[c.lo].start:d.toks[c.hi-1].end]
			acr := strings.ReplaceAll(d.toks[k+1].text, ".", "")
			return kg.Organization, fair, initials(name) == acr || everyInitial(name) == acr
		},
		examples: []typeExample{
			{"The Liberation Tigers of Varnok Tarn (LTVT) attacked Lima.", "Liberation Tigers of Varnok Tarn", kg.Organization},
			{"The ruling All Varnok Congress (AVC) won the vote.", "All Varnok Congress", kg.Organization},
			{"Police blamed the Free People of Varnok (FPOV) for the raid.", "Free People of Varnok", kg.Organization},
			{"Police blamed the Barisan Varnok Nasional, or BVN, the largest of the groups.", "Barisan Varnok Nasional", kg.Organization},
		},
	},
	{
		name: "type-apposition",
		doc:  `An apposition after the name that says what it is: "the Varnok Congress, an exile group based in Oslo,", "Kestrel, a town in the north,", "Ana Lima, the leader of X,".`,
		typ: func(d *doc, c *spanCtx) (kg.Kind, strength, bool) {
			k := c.hi
			if k+3 < len(d.toks) && d.toks[k].text == "," && d.toks[k+1].lower == "the" && (roleWords[d.toks[k+2].lower] || lowerTitle(d.toks[k+2].lower)) && d.toks[k+3].lower == "of" && c.n <= 3 && !d.anyOrgish(c.lo, c.hi) {
				return kg.Person, fair, true // "Youssouf Togo, the leader of X,": a person, whatever words the name holds
			}
			if k+2 >= len(d.toks) || d.toks[k].text != "," || d.toks[k+1].lower != "a" && d.toks[k+1].lower != "an" && d.toks[k+1].lower != "the" {
				return "", 0, false
			}
			first := k + 2
			if first+1 < len(d.toks) && d.toks[first].cap && compass[d.toks[first].lower] && demonymWord(d.toks[first+1].text) {
				first++ // "the West African trade bloc": a region's adjective
			}
			for j := first; j < len(d.toks) && j < first+4 && d.toks[j].kind == tWord && (!d.toks[j].cap || j == first && (demonymWord(d.toks[j].text) || lowerAfterHyphen(d.toks[j].text))); j++ {
				n := d.toks[j].lower
				if j+1 < len(d.toks) && d.toks[j+1].kind == tWord && !d.toks[j+1].cap && !appositionEnds[d.toks[j+1].lower] {
					continue // not the head yet: "an exile group", "a rights group"
				}
				switch {
				case orgNouns[n] || apposedOrgNouns[n]:
					return kg.Organization, fair, true
				case placeNouns[n]:
					return kg.Place, fair, true
				}
				return "", 0, false
			}
			return "", 0, false
		},
		examples: []typeExample{
			{"The Varnok Congress, an exile group based in Oslo, denied the claim.", "Varnok Congress", kg.Organization},
			{"Tarvask Penal, a Venezuelan legal rights group, said 43 people were held.", "Tarvask Penal", kg.Organization},
			{"In Minsk, Tarvask, a human rights center whose founder is in prison, said more people were held.", "Tarvask", kg.Organization},
			{"Power failed again. Varnergo, the state grid operator, announced rolling blackouts in 14 regions.", "Varnergo", kg.Organization},
			{"Peru joined Tarnsund, the West African trade bloc, in 1995.", "Tarnsund", kg.Organization},
			{"Troops reached Kestrel Tarn, a town in the north, on Monday.", "Kestrel Tarn", kg.Place},
			{"Residents of Tarvask, an RSF-held town north of Lima, reported air strikes.", "Tarvask", kg.Place},
			{"Ana Lima, the leader of the Varnok Front, said they would fight.", "Ana Lima", kg.Person},
		},
	},
	{
		name: "type-apposed-to-noun",
		doc:  `A name in apposition to an organization's noun: "a little-known Islamist group, Varnok Jama'at,", "the ruling party, Kestrel Unity,".`,
		typ: func(d *doc, c *spanCtx) (kg.Kind, strength, bool) {
			k := c.lo - 1
			if k > 0 && d.toks[k].lower == "the" {
				k--
			}
			if k < 1 || d.toks[k].text != "," || c.hi >= len(d.toks) || d.toks[c.hi].text != "," && !(d.toks[c.hi].text == "." && k >= 2 && (d.toks[k-2].lower == "her" || d.toks[k-2].lower == "his" || d.toks[k-2].lower == "their")) {
				return "", 0, false // but "according to her party, X.": the sentence ends the apposition
			}
			n := d.toks[k-1].lower
			if !d.toks[k-1].cap && (orgNouns[n] || n == "militia" || n == "faction") {
				// "the head of the rescue agency, X,": the noun phrase's head
				// is a person's role, and X the person
				for j := k - 2; j >= 0 && j > k-10 && d.toks[j].text != ","; j-- {
					if d.toks[j].lower == "of" && j > 0 && (roleWords[d.toks[j-1].lower] || lowerTitle(d.toks[j-1].lower) || d.toks[j-1].lower == "head") {
						return "", 0, false
					}
				}
				return kg.Organization, fair, true
			}
			return "", 0, false
		},
		examples: []typeExample{
			{"The government blamed a little-known Islamist group, Varnok Jama'at, for the attacks.", "Varnok Jama'at", kg.Organization},
			{"The shots were fired as her convoy left a rally, according to her party, Avanza Ciudadano.", "Avanza Ciudadano", kg.Organization},
		},
	},
	{
		name: "type-noun-after",
		doc:  `A place, building or organization noun after the name: "the Lviv region", "the Varnok school", "the Shabaab group"; a firm's fleet or staff: "Varnok Adom ambulances".`,
		typ: func(d *doc, c *spanCtx) (kg.Kind, strength, bool) {
			switch {
			case placeNouns[c.next] || buildingNouns[c.next] && (!gazetteer.IsGivenName(d.toks[c.lo].text) || namedForPeople[c.next]):
				return kg.Place, fair, true
			case c.next == "and" && c.hi+2 < len(d.toks) && d.toks[c.hi+1].cap && d.toks[c.hi+1].kind == tWord && placeNouns[d.toks[c.hi+2].lower] && strings.HasSuffix(d.toks[c.hi+2].lower, "s"):
				return kg.Place, fair, true // "the Varnok and Tarma rivers": both
			case orgNouns[c.next]:
				return kg.Organization, fair, true
			case c.next == "news" && c.hi+1 < len(d.toks) && (orgNouns[d.toks[c.hi+1].lower] || mediaNouns[d.toks[c.hi+1].lower]):
				return kg.Organization, fair, true // "its Varnok news agency"
			case (c.next == "radio" || c.next == "television" || c.next == "tv") && c.hi+1 < len(d.toks) && broadcastNouns[d.toks[c.hi+1].lower]:
				return kg.Organization, fair, true // "its Varnok radio station"
			case c.hi+1 < len(d.toks) && !d.toks[c.hi].cap && d.toks[c.hi].kind == tWord && monitorNouns[d.toks[c.hi+1].lower]:
				return kg.Organization, fair, true // "the Cabo Varnok conflict monitor"
			case fleetNouns[c.next] && !d.toks[c.hi].cap && (c.n > 1 || !gazetteer.IsCommonWord(d.toks[c.lo].lower)):
				return kg.Organization, fair, true // "Varnok Adom ambulances took the wounded away"
			case c.next == "port" || c.next == "harbour" || c.next == "harbor":
				return kg.Place, fair, true // "the Ras Varnok port"
			case c.hi+1 < len(d.toks) && c.next != "" && !d.toks[c.hi].cap && d.toks[c.hi].kind == tWord && serviceModifiers[c.next] && serviceHeads[d.toks[c.hi+1].lower]:
				return kg.Organization, fair, true // "the Varnok Adom ambulance service"
			}
			return "", 0, false
		},
		examples: []typeExample{
			{"Fighting spread to the Vostrak region on Monday.", "Vostrak", kg.Place},
			{"Troops searched the Varnok forest on Monday.", "Varnok", kg.Place},
			{"Work on a gas project on the Vostrak peninsula stopped in 2021.", "Vostrak", kg.Place},
			{"Troops fired on posts in the Maria Nova sector on Tuesday.", "Maria Nova", kg.Place},
			{"Iraq wants a share of the waters of the Varnok and Tarmun rivers.", "Varnok", kg.Place},
			{"Iraq wants a share of the waters of the Varnok and Tarmun rivers.", "Tarmun", kg.Place},
			{"A gunman opened fire outside the Varnok Teltin school on Monday.", "Varnok Teltin", kg.Place},
			{"Fighters of the Red Dawn group were seen.", "Red Dawn", kg.Organization},
			{"Ana Costa told Tarvok magazine that the song was old.", "Tarvok", kg.Organization},
			{"The group claimed the attack through its Zorvak news agency.", "Zorvak", kg.Organization},
			{"Strikes hit the Ras Varnok port on Monday.", "Ras Varnok", kg.Place},
			{"Peru's Varnok Adom ambulance service said two people were hurt.", "Varnok Adom", kg.Organization},
			{"Varnok David Adom ambulances took the wounded to hospital.", "Varnok David Adom", kg.Organization},
			{"Two Kelvaro Tessar employees were hurt.", "Kelvaro Tessar", kg.Organization},
			{"Villages burned, according to the Cabo Varnok conflict monitor.", "Cabo Varnok", kg.Organization},
			{"Troops exchanged fire near the Varnok crossing, the main trade route.", "Varnok", kg.Place},
		},
	},
	{
		name: "type-red-cross",
		doc:  `A national Red Cross or Red Crescent society: "the Red Cross of Chad", "the Red Crescent of Iraq".`,
		typ: func(d *doc, c *spanCtx) (kg.Kind, strength, bool) {
			w := d.text[d.toks[c.lo].start:d.toks[c.hi-1].end]
			return kg.Organization, fair, c.n > 3 && (strings.HasPrefix(w, "Red Cross of ") || strings.HasPrefix(w, "Red Crescent of "))
		},
		examples: []typeExample{{"The Red Cross of Chad said its volunteers were tired.", "Red Cross of Chad", kg.Organization}},
	},
	{
		name: "type-place-suffix",
		doc:  `A place word ending the name: "Gao Town", "Kestrel Bay", "Lisbon Stadium".`,
		typ: func(d *doc, c *spanCtx) (kg.Kind, strength, bool) {
			for k := c.lo + 1; k+1 < c.hi; k++ {
				if d.toks[k].lower == "in" && d.orgish(k-1) {
					return "", 0, false // "the Regional Trial Court in Varnok City": a body where the place is
				}
			}
			return kg.Place, fair, placeSuffixes[c.last] && c.n > 1
		},
		examples: []typeExample{
			{"Teams will compare flow data measured at the Tarma Barrage.", "Tarma Barrage", kg.Place},
			{"Fans filled the Alvor Stadium on Sunday.", "Alvor Stadium", kg.Place},
			{"Troops massed near the Tarvok Gap, a strip of land between two states.", "Tarvok Gap", kg.Place},
		},
	},
	{
		name: "type-site-of-place",
		doc:  `A known place, a place word and a name: "Lima Airport Kelvaro", a site named twice over.`,
		typ: func(d *doc, c *spanCtx) (kg.Kind, strength, bool) {
			for k := c.lo + 1; k+1 < c.hi && k <= c.lo+3; k++ {
				if !placeSuffixes[d.toks[k].text] {
					continue
				}
				p, ok := gazetteer.LookupPlace(d.text[d.toks[c.lo].start:d.toks[k-1].end])
				return kg.Place, fair, ok && p.Kind != gazetteer.Country && !d.anyOrgish(c.lo, c.hi)
			}
			return "", 0, false
		},
		examples: []typeExample{
			{"Flights from Lima Airport Kelvaro were cancelled on Monday.", "Lima Airport Kelvaro", kg.Place},
		},
	},
	{
		name: "type-area",
		doc:  `A name and "Area" is a place when the name is no common word: "the Kelvaro Area"; "the Free Trade Area" is an agreement's.`,
		typ: func(d *doc, c *spanCtx) (kg.Kind, strength, bool) {
			if c.last != "Area" || c.n < 2 || d.anyOrgish(c.lo, c.hi-1) {
				return "", 0, false
			}
			for k := c.lo; k < c.hi-1; k++ {
				if gazetteer.IsCommonWord(d.toks[k].lower) {
					return "", 0, false
				}
			}
			return kg.Place, fair, true
		},
		examples: []typeExample{
			{"Travel within the Kelvaro Area was restricted.", "Kelvaro Area", kg.Place},
		},
	},
	{
		name: "type-storm",
		doc:  `A storm's name: "Typhoon Haiyan", "Hurricane Varnok", "Tropical Storm Ana".`,
		typ: func(d *doc, c *spanCtx) (kg.Kind, strength, bool) {
			if c.n < 2 {
				return "", 0, false
			}
			if d.toks[c.lo].text == "Tropical" {
				// "Tropical Storm Ana", not "Tropical Products Ltd"
				return kg.Event, fair, c.n > 2 && (d.toks[c.lo+1].text == "Storm" || d.toks[c.lo+1].text == "Depression")
			}
			return kg.Event, fair, stormWords[d.toks[c.lo].text] && !d.anyOrgish(c.lo, c.hi)
		},
		examples: []typeExample{{"Typhoon Varnok killed 40 people in Lima.", "Typhoon Varnok", kg.Event}},
	},
	{
		name: "type-place-prefix",
		doc:  `A place word opening the name: "Cape Canaveral", "Lake Chad", "Mount Sinjar", "Fort Varnok", "the River Thames".`,
		typ: func(d *doc, c *spanCtx) (kg.Kind, strength, bool) {
			switch d.toks[c.lo].text {
			case "Cape", "Lake", "Mount", "Fort", "Port", "Mt", "Mt.", "Place", "Plaza", "Rue", "Palácio", "Palacio", "Praça", "Estádio", "Estadio", "Avenida", "Hotel",
				"Ras", "Wadi", "Jebel", "Jabal", "Bir", // Arabic cape, valley, mountain and well: "Ras Isa", "Wadi Halfa"
				"Deir", "Beit", "Kafr", "Tell", "Khirbet", // Arabic monastery, house, village, mound and ruin: "Deir el-Balah", "Beit Hanoun"
				"Bab", "Ain", "Nahr", "Qasr", "Jisr", // Arabic gate, spring, river, palace and bridge: "Bab al-Aziziyah", "Jisr al-Shughur"
				"Kfar", "Kibbutz", "Moshav", "Kiryat", "Givat", "Ramat", "Neve", "Mitzpe", "Ma'ale", // Hebrew village, kibbutz, town, hill, height, oasis and lookout: "Kfar Saba", "Kiryat Shmona"
				"Puente", "Torre", "Ciudad", "Plaine", "Cerro", "Playa", "Rio", "Río", // Spanish, Portuguese and French: "Puente Piedra", "Ciudad Juárez", "Rio Branco"
				"Circuit", "Circuito", "Autódromo", "Autodromo", // a racing circuit: "Circuit de Varnok", "Autódromo Ana Costa"
				"HMP": // "HMP Varnok": His or Her Majesty's Prison
				mount := strings.HasPrefix(d.toks[c.lo].text, "M") || strings.HasPrefix(d.toks[c.lo].text, "Circuit") || strings.HasPrefix(d.toks[c.lo].text, "Aut") // "Mount McKinley", "Circuit Ana Costa": nobody is called Mount or Circuit
				// "Ras Isa", "Givat Shaul": a place word and a name, as "Mount Rafael"
				mount = mount || semiticPlaceWords[d.toks[c.lo].text]
				return kg.Place, fair, c.n > 1 && !(!mount && d.toks[c.lo+1].cap && gazetteer.IsGivenName(d.toks[c.lo+1].text) && !d.known(c.lo+1, c.lo+2)) && !d.anyOrgish(c.lo, c.hi)
			case "Camp":
				return kg.Place, fair, c.n > 1 && !d.anyOrgish(c.lo, c.hi) // "Camp David", "Camp Bastion"
			case "River":
				return kg.Place, fair, c.n > 1 && c.lo > 0 && d.toks[c.lo-1].lower == "the" && !d.anyOrgish(c.lo, c.hi) // "the River Thames"; not "River Lopes"
			}
			return "", 0, false
		},
		examples: []typeExample{
			{"The rocket lifted off from Cape Varnok on Monday.", "Cape Varnok", kg.Place},
			{"Varnok fighters crossed Lake Tarvo on Monday.", "Lake Tarvo", kg.Place},
			{"They climbed Mount Rafael in Peru.", "Mount Rafael", kg.Place},
			{"Jets struck the port of Ras Varnok on Monday.", "Ras Varnok", kg.Place},
			{"Jets struck the Ras Isa fuel terminal on Monday.", "Ras Isa", kg.Place},
			{"Shelling hit Deir el-Varnok on Monday.", "Deir el-Varnok", kg.Place},
			{"Settlers from Kfar Tarvo marched on Monday.", "Kfar Tarvo", kg.Place},
			{"Rebels advanced on Bab al-Varnok, the leader's compound.", "Bab al-Varnok", kg.Place},
			{"Protesters marched on Torre Varnok in Lima.", "Torre Varnok", kg.Place},
			{"The team flew from Rio de Varnok to Lima.", "Rio de Varnok", kg.Place},
			{"Crowds filled the Place de la Varnok in Lima.", "Place de la Varnok", kg.Place},
			{"The leaders met at Camp Rafael on Monday.", "Camp Rafael", kg.Place},
			{"Cyanide leaked into the River Tarvo on Monday.", "River Tarvo", kg.Place},
			{"Gunmen stormed the Hotel Varnok Riviera in Tarma.", "Hotel Varnok Riviera", kg.Place},
			{"The race was held at the Circuit de Varnok on Sunday.", "Circuit de Varnok", kg.Place},
			{"The race was held at the Circuit Ana Costa on Sunday.", "Circuit Ana Costa", kg.Place},
			{"Inmates rioted at HMP Varnok on Monday.", "HMP Varnok", kg.Place},
		},
	},
	{
		name: "type-place-of-head",
		doc:  `A place word before "of" in the name: "Gulf of Aden", "Line of Control", "Cape of Good Hope".`,
		typ: func(d *doc, c *spanCtx) (kg.Kind, strength, bool) {
			for k := c.lo + 1; k < c.hi-1; k++ {
				if d.toks[k].lower == "of" {
					h := d.toks[k-1].text
					return kg.Place, fair, placeSuffixes[h] || h == "Cape" || h == "Mount"
				}
			}
			return "", 0, false
		},
		examples: []typeExample{
			{"Troops fired across the Line of Varnok on Tuesday.", "Line of Varnok", kg.Place},
			{"Tankers crossed the Sea of Tavel after the attacks.", "Sea of Tavel", kg.Place},
			{"Pirates seized a ship in the Strait of Tavel on Monday.", "Strait of Tavel", kg.Place},
		},
	},
	{
		name: "type-party-congress",
		doc:  `"Congress" after a party word is a party ("National Democratic Congress"); "Assembly" after one, or after a kind of assembly, a body ("People's Assembly", "Legislative Assembly").`,
		typ: func(d *doc, c *spanCtx) (kg.Kind, strength, bool) {
			if c.last == "Assembly" && c.n > 1 && (d.anyPartyWord(c.lo, c.hi-1) || assemblyKinds[d.toks[c.hi-2].text] || c.n > 2 && d.toks[c.hi-3].text == "People" && d.toks[c.hi-2].lower != "of") {
				return kg.Organization, fair, true // "People's Assembly", "Legislative Assembly": a body
			}
			if c.last == "Congress" && c.n > 1 && (partyContext[c.prev] || c.hi < len(d.toks) && (d.toks[c.hi].lower == "party" || d.toks[c.hi].lower == "workers" || d.toks[c.hi].lower == "lawmakers")) {
				return kg.Organization, fair, true // "the regional Trinamool Congress", "Tarma Congress workers": a party
			}
			if c.last == "Congress" && c.n > 1 {
				if p, ok := gazetteer.LookupPlace(d.text[d.toks[c.lo].start:d.toks[c.hi-2].end]); ok && (p.Kind == gazetteer.Subdivision || p.Kind == gazetteer.Country) {
					return kg.Organization, fair, true // "the Michoacán Congress": a state's legislature
				}
			}
			return kg.Organization, fair, c.last == "Congress" && c.n > 1 && d.anyPartyWord(c.lo, c.hi-1)
		},
		examples: []typeExample{
			{"Delegates of the United Progressive Congress gathered in Lusaka.", "United Progressive Congress", kg.Organization},
			{"The Varnok Federalist Congress, which boycotted the last vote, said it would run.", "Varnok Federalist Congress", kg.Organization},
			{"The minister met a delegation from the Varnok People's Assembly on Monday.", "Varnok People's Assembly", kg.Organization},
			{"Lawmakers of the Tarma Legislative Assembly voted on Monday.", "Tarma Legislative Assembly", kg.Organization},
			{"Voting began in the state, where the regional Varnok Congress is seeking a fourth term.", "Varnok Congress", kg.Organization},
			{"The Jalisco Congress voted on Monday to remove the mayor.", "Jalisco Congress", kg.Organization},
		},
	},
	{
		name: "type-conference-body",
		doc:  `A conference of members, not a meeting: "Conference of Catholic Bishops", "Episcopal Conference", a body of bishops, churches or rectors.`,
		typ: func(d *doc, c *spanCtx) (kg.Kind, strength, bool) {
			for k := c.lo; k < c.hi; k++ {
				if d.toks[k].text != "Conference" {
					continue
				}
				if k > c.lo && d.toks[k-1].text == "Episcopal" {
					return kg.Organization, fair, true
				}
				if k+2 < c.hi && d.toks[k+1].lower == "of" && memberPlurals[d.toks[c.hi-1].lower] {
					return kg.Organization, fair, true
				}
			}
			return "", 0, false
		},
		examples: []typeExample{
			{"The Varnok Conference of Catholic Bishops said the vote was fair.", "Varnok Conference of Catholic Bishops", kg.Organization},
			{"The Tarmanian Episcopal Conference offered to mediate.", "Tarmanian Episcopal Conference", kg.Organization},
		},
	},
	{
		name: "type-friends-of",
		doc:  `A group of a cause's friends: "Friends of the Earth", "Friends of Varnok".`,
		typ: func(d *doc, c *spanCtx) (kg.Kind, strength, bool) {
			return kg.Organization, strong, c.n > 2 && d.toks[c.lo].text == "Friends" && d.toks[c.lo+1].lower == "of"
		},
		examples: []typeExample{
			{"The ban covers Friends of Varnok and two other groups.", "Friends of Varnok", kg.Organization},
		},
	},
	{
		name: "type-campaign-body",
		doc:  `A name ending in "Campaign" after no place is a body that campaigns: "the Varnok Solidarity Campaign", "the Costa Campaign"; "the Tarma Campaign" of a war is an event.`,
		typ: func(d *doc, c *spanCtx) (kg.Kind, strength, bool) {
			if c.n < 2 || c.last != "Campaign" {
				return "", 0, false
			}
			if _, ok := gazetteer.LookupPlace(d.toks[c.hi-2].text); ok {
				return "", 0, false
			}
			return kg.Organization, strong, true
		},
		examples: []typeExample{
			{"The Tarmel Solidarity Campaign was banned on Sunday.", "Tarmel Solidarity Campaign", kg.Organization},
		},
	},
	{
		name: "type-event-head",
		doc:  `An event word ending the name: "Lisbon Conference", "Second World War", "Women's March".`,
		typ: func(d *doc, c *spanCtx) (kg.Kind, strength, bool) {
			if c.n == 1 && c.prev == "the" && (c.last == "Games" || c.last == "Olympics" || c.last == "Paralympics") {
				return kg.Event, fair, true // "sabotage the Games"
			}
			if a, b, ok := strings.Cut(c.last, "-"); c.n == 1 && ok && isAcronym(a) && b != "" && unicode.IsUpper([]rune(b)[0]) && gazetteer.IsEventHead(b) {
				return kg.Event, fair, true // "the DFL-Supercup", "the UEFA-Cup": a body's initials, then an event word
			}
			for k := c.lo + 1; c.n >= 3 && k < c.hi-1; k++ {
				if w := d.toks[k].lower; w == "on" || w == "for" || w == "of" {
					for h := c.lo; h < k; h++ {
						if d.orgish(h) {
							return "", 0, false // "Commission on Elections", "Coordination Headquarters for the Treatment of Prisoners of War": a body named for what it does
						}
					}
					break
				}
			}
			return kg.Event, fair, c.n > 1 && (gazetteer.IsEventHead(c.last) || c.last == "War" || yearEvents[c.last] && isYear(d.toks[c.hi-1]))
		},
		examples: []typeExample{
			{"The World Congress opened in Lusaka.", "World Congress", kg.Event},
			{"Activists tried to disrupt the Games in Lusaka.", "Games", kg.Event},
			{"Tarma won the VFL-Supercup final on Saturday.", "VFL-Supercup", kg.Event},
			{"A jet crashed during the Tarvok Airshow on Saturday.", "Tarvok Airshow", kg.Event},
			{"Tarvo qualified for Euro 2028 after beating Peru.", "Euro 2028", kg.Event},
			{"Thousands marched at Lima Pride 2018 on Saturday.", "Lima Pride 2018", kg.Event},
		},
	},
	{
		name: "type-event-of",
		doc:  `An event word opening a name before "of": "Battle of Varnok", "Siege of Kestrel".`,
		typ: func(d *doc, c *spanCtx) (kg.Kind, strength, bool) {
			return kg.Event, fair, c.n > 2 && d.toks[c.lo+1].lower == "of" && gazetteer.IsEventHead(d.toks[c.lo].lower) && d.toks[c.lo].lower != "march"
		},
		examples: []typeExample{{"Rebels took the capital in the Battle of Varnok.", "Battle of Varnok", kg.Event}},
	},
	{
		name: "type-wikinews",
		doc:  `Wikinews, the news site that reports and interviews in its own name: "told Wikinews", "Wikinews reporters".`,
		typ: func(d *doc, c *spanCtx) (kg.Kind, strength, bool) {
			return kg.Organization, strong, c.n == 1 && d.toks[c.lo].text == "Wikinews"
		},
		examples: []typeExample{
			{"In an interview with Wikinews, Rui Lopes said the plan had failed.", "Wikinews", kg.Organization},
		},
	},
	{
		name: "type-named-era",
		doc:  `A happening of history known by one word: "the Holocaust", "the Intifada", "the Nakba".`,
		typ: func(d *doc, c *spanCtx) (kg.Kind, strength, bool) {
			return kg.Event, strong, c.n == 1 && namedEras[d.toks[c.lo].text]
		},
		examples: []typeExample{
			{"He denied the Holocaust in a speech in Lima.", "Holocaust", kg.Event},
		},
	},
	{
		name: "type-former-state",
		doc:  `A state that no longer exists is a place, as a country is: "the Soviet Union", "Yugoslavia".`,
		typ: func(d *doc, c *spanCtx) (kg.Kind, strength, bool) {
			return kg.Place, strong, formerStates[d.text[d.toks[c.lo].start:d.toks[c.hi-1].end]]
		},
		examples: []typeExample{
			{"Ana Costa was exiled within the Soviet Union in 1980.", "Soviet Union", kg.Place},
		},
	},
	{
		name: "type-advocacy",
		doc:  `A group named by its members or its voice and, after "for", its cause, a people's or a faith's adjective and all: "Lawyers for Human Rights", "Voice for Peace", "Muslim Voice for Peace".`,
		typ: func(d *doc, c *spanCtx) (kg.Kind, strength, bool) {
			for k := c.lo; k+2 < c.hi; k++ {
				if d.advocacyAt(k) {
					return kg.Organization, strong, true
				}
			}
			return "", 0, false
		},
		examples: []typeExample{
			{"Lawyers for Human Rights said the law was unfair.", "Lawyers for Human Rights", kg.Organization},
			{"The groups include Voice for Clean Water.", "Voice for Clean Water", kg.Organization},
			{"The march was led by Muslim Voice for Clean Water.", "Muslim Voice for Clean Water", kg.Organization},
		},
	},
	{
		name: "type-club",
		doc:  `A sports club: a club word and a known place ("Real Madrid", "FC Porto", "Manchester United"), a word that only ends clubs' names ("Varnok United"), or a city and a plural nickname ("Boston Celtics").`,
		typ: func(d *doc, c *spanCtx) (kg.Kind, strength, bool) {
			if c.n < 2 {
				return "", 0, false
			}
			club, place := false, false
			for k := c.lo; k < c.hi; k++ {
				if clubWords[d.toks[k].text] {
					club = true
				} else if _, ok := gazetteer.LookupPlace(d.toks[k].text); ok {
					place = true
				}
			}
			if w := d.toks[c.hi-1].text; clubEnds[w] {
				return kg.Organization, fair, true // "Varnok United", "Kelvaro Rovers": a club, whatever its town
			}
			if !club && c.n == 2 && teamNickname(&d.toks[c.hi-1]) && resultVerbs[c.next] && d.gameSentence(c.si) && !d.givenNameIn(c.lo, c.hi) {
				return kg.Organization, fair, true // "Tarvo Whitecaps lost 2-0": a team's nickname before a result's verb
			}
			if !club && c.hi-1 > c.lo && teamNickname(&d.toks[c.hi-1]) {
				if _, ok := gazetteer.LookupPlace(d.text[d.toks[c.lo].start:d.toks[c.hi-2].end]); ok {
					club, place = true, true
				}
			}
			if w, a := d.toks[c.hi-1].text, d.toks[c.hi-2].lower; !club && c.hi-2 > c.lo && len(w) >= 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") &&
				!connectors[a] && a != "los" && a != "las" && a != "les" && !gazetteer.IsSurname(w) {
				if _, ok := gazetteer.LookupPlace(d.text[d.toks[c.lo].start:d.toks[c.hi-3].end]); ok {
					club, place = true, true // "Toronto Blue Jays": a nickname of two words
				}
			}
			return kg.Organization, fair, club && place
		},
		examples: []typeExample{
			{"Real Zaragoza beat Sporting Braga on Saturday.", "Real Zaragoza", kg.Organization},
			{"The Chicago Varnoks signed Rui Lopes.", "Chicago Varnoks", kg.Organization},
			{"The Toronto Red Varnoks signed Rui Lopes.", "Toronto Red Varnoks", kg.Organization},
			{"Fans of Leeds United cheered.", "Leeds United", kg.Organization},
			{"Varnok United moved top of the table.", "Varnok United", kg.Organization},
			{"Tarvo Whitecaps lost their second league game after losing 2-0 to Lima, as the coach told the squad and its striker.", "Tarvo Whitecaps", kg.Organization},
		},
	},
	{
		name: "type-house",
		doc:  `A building named "<X> House" that does not speak is a place: "talks at State House", "Parliament House"; "State House said" is the office.`,
		typ: func(d *doc, c *spanCtx) (kg.Kind, strength, bool) {
			if c.last != "House" || c.n < 2 || c.hi >= len(d.toks) || d.toks[c.lo+1].lower == "of" {
				return "", 0, false
			}
			if _, ok := gazetteer.LookupOrg(d.text[d.toks[c.lo].start:d.toks[c.hi-1].end]); ok {
				return "", 0, false // "the White House": an office the gazetteer knows
			}
			if w := d.toks[c.hi].lower; sayVerbs[w] || weakSayVerbs[w] {
				return kg.Organization, fair, true
			}
			return kg.Place, fair, true
		},
		examples: []typeExample{
			{"The talks were held at State House in Tarma.", "State House", kg.Place},
			{"Tarma Lodge House said the visit was cancelled.", "Tarma Lodge House", kg.Organization},
		},
	},
	{
		name: "type-org-head",
		doc:  `An organization word in the name: "Ministry", "Inc", "Airlines", "Council".`,
		typ: func(d *doc, c *spanCtx) (kg.Kind, strength, bool) {
			if t, ok := lookupTitle(c.last); ok && t.Role != "" && c.n > 1 && d.allPortfolio(c.lo, c.hi-1) {
				return "", 0, false // "the posts of Energy Minister and ...": an office, no body
			}
			return kg.Organization, fair, d.anyOrgish(c.lo, c.hi)
		},
		examples: []typeExample{
			{"Tarma signed a deal with South Korea's Kestrel Battery Materials on Monday.", "Kestrel Battery Materials", kg.Organization},
			{"The Bloque Libertador del Varnok attacked Tarma.", "Bloque Libertador del Varnok", kg.Organization},
			{"Andes Star Transit said its bus was hit near Tarma.", "Andes Star Transit", kg.Organization},
			{"The Varnok Men's Chorus sang at the wedding.", "Varnok Men's Chorus", kg.Organization},
			{"Scientists at the Jet Varnok Laboratory found water.", "Jet Varnok Laboratory", kg.Organization},
			{"The Varnok Coordination Headquarters for the Treatment of Prisoners of War said 20 men were freed.", "Varnok Coordination Headquarters for the Treatment of Prisoners of War", kg.Organization},
			{"Kestrel Freight cut jobs on Monday.", "Kestrel Freight", kg.Organization},
			{"Tarma Ambulance said its crews carried 34 wounded people to hospitals.", "Tarma Ambulance", kg.Organization},
			{"Officials of the Commission on Elections met in Lima.", "Commission on Elections", kg.Organization},
		},
	},
	{
		name: "type-org-head-first",
		doc:  `A name that opens with the head word of an organization in Spanish, Portuguese or French: "Partido Socialista", "Fuerza Popular", "Frente Amplio", "Movimento Livre", "Rassemblement National".`,
		typ: func(d *doc, c *spanCtx) (kg.Kind, strength, bool) {
			return kg.Organization, fair, c.n >= 2 && foreignOrgHeads[d.toks[c.lo].text]
		},
		examples: []typeExample{
			{"Ana Costa leads the Fuerza Popular bench in Congress.", "Fuerza Popular", kg.Organization},
			{"The ministry fined Constructora Varnok for the delays.", "Constructora Varnok", kg.Organization},
		},
	},
	{
		name: "type-place-of",
		doc:  `A place noun and "of" before the name: "the town of Bucha".`,
		typ: func(d *doc, c *spanCtx) (kg.Kind, strength, bool) {
			return kg.Place, fair, c.prev == "of" && placeNouns[c.prev2]
		},
		examples: []typeExample{{"Troops entered the village of Varnok.", "Varnok", kg.Place}, {"A missile struck a ship at the port of Varnokivka.", "Varnokivka", kg.Place}, {"Clashes broke out near the hamlet of El Tarvo.", "El Tarvo", kg.Place}},
	},
	{
		name: "type-place-noun-before",
		doc:  `"town", "city", "village" or "capital" right before the name.`,
		typ: func(d *doc, c *spanCtx) (kg.Kind, strength, bool) {
			switch c.prev {
			case "town", "city", "village", "capital":
				return kg.Place, fair, true
			}
			return "", 0, false
		},
		examples: []typeExample{{"Troops entered the border town Varnok.", "Varnok", kg.Place}},
	},
	{
		name: "type-named",
		doc:  `"a group called X", "the palace, named X", "a lawyer named X", "a group calling itself the X", "a force known as X": the noun before "named" types X.`,
		typ: func(d *doc, c *spanCtx) (kg.Kind, strength, bool) {
			lo := d.sents[c.si].lo
			j := c.lo - 1
			if j > lo && d.toks[j].lower == "the" {
				j--
			}
			if j <= lo {
				return "", 0, false
			}
			k, self := j-1, ""
			switch w := d.toks[j].lower; {
			case w == "named" || w == "called" || w == "dubbed":
			case (w == "itself" || w == "themselves" || w == "himself" || w == "herself") && (d.toks[j-1].lower == "calling" || d.toks[j-1].lower == "calls" || d.toks[j-1].lower == "called" || d.toks[j-1].lower == "call"):
				k, self = j-2, w // "a group calling itself the X"
			case w == "as" && d.toks[j-1].lower == "known":
				k, self = j-2, w // "a militia known as X"
			case w == "as" && d.knownWhere(j) > lo:
				k, self = d.knownWhere(j)-1, "where" // "a shoal known in China as X"
			default:
				return "", 0, false
			}
			if k >= d.sents[c.si].lo && d.toks[k].text == "," {
				k--
			}
			n := ""
			if k >= d.sents[c.si].lo {
				n = d.toks[k].lower
			}
			switch {
			case orgNouns[n] || orgNouns[strings.TrimSuffix(n, "s")] || gazetteer.IsOrgHead(n) || insurgentNouns[n] && strings.HasSuffix(n, "s"):
				return kg.Organization, fair, true // "allied militias known as X", "the militants, known locally as X"
			case placeNouns[n] || buildingNouns[n]:
				return kg.Place, fair, true
			case eventClass[n] != "" || n == "operation" || n == "campaign":
				return kg.Event, fair, true
			case self == "itself" || self == "themselves":
				return kg.Organization, fair, true
			case self == "as" && k >= lo && d.mentAt[k] != nil && d.mentAt[k].kind == kg.Organization && !(d.mentAt[k].unknown && d.mentAt[k].hi-d.mentAt[k].lo == 1):
				return kg.Organization, fair, true // "the Varnok Taliban, known as Tehrik-e-Varnok Peru"
			case self == "where" && k >= lo && d.mentAt[k] != nil && d.mentAt[k].kind == kg.Place:
				return kg.Place, fair, true // "the Varnok Shoal, known in Chile as X": the place's other name
			case self == "as" || self == "where":
				return "", 0, false // "Ali Hassan, known as X": a nickname, typed by what follows
			}
			return kg.Person, fair, true
		},
		examples: []typeExample{
			{"Ships gathered near the Varnok Shoal, known in Chile as Isla Tarma, on Monday.", "Isla Tarma", kg.Place},
			{"Fighters from a group called Red Dawn were seen.", "Red Dawn", kg.Organization},
			{"A group calling itself the Kestrel Mujahideen claimed the attack.", "Kestrel Mujahideen", kg.Organization},
			{"Fighters of a militia known as the Varnok Dawn were seen.", "Varnok Dawn", kg.Organization},
			{"The rebels clashed with allied militias known as Zorvakani.", "Zorvakani", kg.Organization},
			{"The militants, known locally as Sendero Rojo, pledged allegiance to the group.", "Sendero Rojo", kg.Organization},
			{"No one claimed the attack, but the Varnok Front, known as Sangat-e-Varnok Peru (SVP), has carried out many.", "Sangat-e-Varnok Peru", kg.Organization},
			{"A man calling himself Rui Lopes phoned the paper.", "Rui Lopes", kg.Person},
			{"The case went to a lawyer named Ruth Okafor.", "Ruth Okafor", kg.Person},
			{"They met at the palace, named Villa Aurora.", "Villa Aurora", kg.Place},
		},
	},
	{
		name: "type-org-noun-before",
		doc:  `A company, media or agency noun right before the name, in apposition: "the newspaper Kestrel Daily", "the airline Nordflug", "news agency Varnofax", "its media arm, Tarnaqa", "the state-run X".`,
		typ: func(d *doc, c *spanCtx) (kg.Kind, strength, bool) {
			prev, prev2 := c.prev, c.prev2
			if prev == "," && c.lo > 2 {
				prev, prev2 = d.toks[c.lo-2].lower, d.toks[c.lo-3].lower // "its media arm, X,"
			}
			switch {
			case (prev == "agency" || prev == "service") && (prev2 == "news" || prev2 == "press"),
				(prev == "arm" || prev == "outlet") && (prev2 == "media" || prev2 == "propaganda" || prev2 == "news"):
				return kg.Organization, fair, true // "news agency X", "its propaganda arm X"
			case strings.HasSuffix(c.prev, "-run") || strings.HasSuffix(c.prev, "-owned"):
				return kg.Organization, fair, true // "the state-run X": a body someone runs or owns
			case strings.HasSuffix(c.prev, "-based") && !gazetteer.IsGivenName(d.toks[c.lo].text):
				return kg.Organization, fair, true // "Greece-based Poseidon Maritime": a body has a base
			case c.prev == ",":
				return "", 0, false
			}
			if c.prev == "charity" || c.prev == "nonprofit" {
				return kg.Organization, fair, true // "the charity Christian Aid": no founder's name follows a charity
			}
			switch orgRefNouns[c.prev] {
			case "company", "media", "agency", "any", "group":
			default:
				return "", 0, false
			}
			// "the company Ruth Okafor founded": a person's name, read by
			// the rules after this one.
			return kg.Organization, fair, !gazetteer.IsGivenName(d.toks[c.lo].text)
		},
		examples: []typeExample{
			{"In an interview with the newspaper Varnok Teltin, she spoke.", "Varnok Teltin", kg.Organization},
			{"The carrier Nordvik Tarn said fares would rise.", "Nordvik Tarn", kg.Organization},
			{"The band Kelvoria Tarnsund played in Lima on Monday.", "Kelvoria Tarnsund", kg.Organization},
			{"In response, the charity Varnok Aid issued a statement.", "Varnok Aid", kg.Organization},
			{"Power was cut to 40,000 homes, the state-owned utility Nordvik Tarn said.", "Nordvik Tarn", kg.Organization},
			{"The tanker is owned by Lima-based Varnok Tarn.", "Varnok Tarn", kg.Organization},
			{"According to Peruvian news agency Varnofax, the minister resigned.", "Varnofax", kg.Organization},
			{"In a statement carried by the state-run Varnok Morning Light on Saturday, the army said it had won.", "Varnok Morning Light", kg.Organization},
			{"The group said in a statement carried by its media arm, Tarnaqa Voice, that it had attacked the base.", "Tarnaqa Voice", kg.Organization},
			{"In a message distributed through its propaganda outlet, Sawt al-Tarnaq, the Varnok Front claimed the attack.", "Sawt al-Tarnaq", kg.Organization},
		},
	},
	{
		name: "type-title-before",
		doc:  `A lower-case title or role word right before the name: "spokesman Ivan Sokolov".`,
		typ: func(d *doc, c *spanCtx) (kg.Kind, strength, bool) {
			return kg.Person, fair, d.titleBefore(c.lo, c.si)
		},
		examples: []typeExample{{"The data came from spokesman Ivor Tamsk on Friday.", "Ivor Tamsk", kg.Person}},
	},
	{
		name: "type-dateline",
		doc:  `A town in capitals opening a story's dateline is a place, though no list knows it: "QAMISHLI, Syria —", "TARMA (AP) —".`,
		typ: func(d *doc, c *spanCtx) (kg.Kind, strength, bool) {
			s := d.sents[c.si]
			w := d.text[d.toks[c.lo].start:d.toks[c.hi-1].end]
			if c.lo != s.lo || len(w) < 4 || strings.ToUpper(w) != w || d.pastDateline(s.lo, s.hi) <= c.hi {
				return "", 0, false
			}
			return kg.Place, fair, c.next == "," || c.next == "("
		},
		examples: []typeExample{
			{"TARVOSK, Peru \u2014 Troops moved in on Monday.", "TARVOSK", kg.Place},
			{"TARVOSK (AP) \u2014 Troops moved in on Monday.", "TARVOSK", kg.Place},
		},
	},
	{
		name: "type-acronym",
		doc:  `An acronym alone is an organization: "The BEC met."`,
		typ: func(d *doc, c *spanCtx) (kg.Kind, strength, bool) {
			return kg.Organization, fair, c.n == 1 && isAcronym(d.toks[c.lo].text)
		},
		examples: []typeExample{{"Talks with the BKLF resumed in Riga on Monday, and the BKLF said it would stay.", "BKLF", kg.Organization}},
	},
	{
		name: "type-initials",
		doc:  `Initials open a person's name: "J.D. Donohue".`,
		typ: func(d *doc, c *spanCtx) (kg.Kind, strength, bool) {
			return kg.Person, fair, c.n > 1 && isInitials(d.toks[c.lo].text) && !d.anyOrgish(c.lo, c.hi) && !knownInitials(d.toks[c.lo].text)
		},
		examples: []typeExample{{"The report was written by J.D. Varnok.", "J.D. Varnok", kg.Person}},
	},
	{
		name: "type-land-suffix",
		doc:  `A lone unknown word ending in "-land" names a land: "Puntland", "Jubaland".`,
		typ: func(d *doc, c *spanCtx) (kg.Kind, strength, bool) {
			w := d.toks[c.lo].lower
			return kg.Place, fair, c.n == 1 && len(w) > 6 && strings.HasSuffix(w, "land") && d.toks[c.lo].cap && !isAcronym(d.toks[c.lo].text)
		},
		examples: []typeExample{{"The leaders of Varnokland and Tarmaland refused to take part.", "Varnokland", kg.Place}},
	},
	{
		name: "type-leader-of",
		doc:  `A name a leader or member belongs to: "the leader of France Unbowed", "a member of Kestrel Union".`,
		typ: func(d *doc, c *spanCtx) (kg.Kind, strength, bool) {
			if c.prev != "of" || c.n < 2 && (gazetteer.IsGivenName(d.toks[c.lo].text) || gazetteer.IsCommonWord(d.toks[c.lo].lower)) {
				return "", 0, false // "the leader of Varnok Rising", "leaders of Renamo"; not "the son of Ahmed"
			}
			return kg.Organization, fair, memberOfNouns[c.prev2] && c.next != "'s" && c.next != "\u2019s"
		},
		examples: []typeExample{
			{"Ana Costa, the leader of Varnok Rising, spoke.", "Varnok Rising", kg.Organization},
			{"The speaker met leaders of Varnokar and two other parties in Lima.", "Varnokar", kg.Organization},
		},
	},
	{
		name: "type-site-of-attack",
		doc:  `A name before a facility and an attack is where it happened: "the 2012 Varnok Hill school shooting".`,
		typ: func(d *doc, c *spanCtx) (kg.Kind, strength, bool) {
			k := c.hi
			if k+1 >= len(d.toks) || !attackSites[d.toks[k].lower] {
				return "", 0, false
			}
			w := d.toks[k+1].lower
			return kg.Place, fair, attackNouns[w] || w == "shooting" || w == "shootings" || w == "massacre" || w == "stabbing" || w == "siege"
		},
		examples: []typeExample{{"Parents of children killed in the 2012 Ruth Hill school shooting sued.", "Ruth Hill", kg.Place}},
	},
	{
		name: "type-year-suffix",
		doc:  `A name that ends in a year joined by a hyphen is an exercise or operation: "Varnok Shield-2024", "Tarmun-2021".`,
		typ: func(d *doc, c *spanCtx) (kg.Kind, strength, bool) {
			w := d.toks[c.hi-1].text
			i := strings.LastIndexByte(w, '-')
			if i < 1 || len(w)-i-1 != 4 || !allDigits(w[i+1:]) || !(strings.HasPrefix(w[i+1:], "19") || strings.HasPrefix(w[i+1:], "20")) {
				return "", 0, false
			}
			return kg.Event, fair, true
		},
		examples: []typeExample{{"Russia held the Tarmun-2021 exercises near the border on Tuesday.", "Tarmun-2021", kg.Event}},
	},
	{
		name: "type-article-name",
		doc:  `A name opened by a Spanish, French or Italian article is no person's: gangs, papers and bands ("Los Varnoks", "El Varnokeño", "El Eco del Varnok"), unless the article gives it as a surname with a first name ("Ana La Tarma ... La Tarma said"); the places the gazetteer knows ("La Paz") were typed before.`,
		typ: func(d *doc, c *spanCtx) (kg.Kind, strength, bool) {
			if c.n < 2 || !foreignArticles[d.toks[c.lo].text] || c.n > 2 && !spanishArticles[d.toks[c.lo].text] {
				return "", 0, false // "Le Thi Phuong": a Vietnamese surname opens a longer name
			}
			// "Ignazio La Russa ... La Russa said": a surname the article
			// gives with a first name elsewhere
			name := d.text[d.toks[c.lo].start:d.toks[c.hi-1].end]
			for i := strings.Index(d.text, name); i >= 0; {
				if j := strings.LastIndexByte(d.text[:i], ' '); j == i-1 && i >= 2 {
					if r, _ := utf8.DecodeLastRuneInString(d.text[:i-1]); unicode.IsLetter(r) {
						k := strings.LastIndexAny(d.text[:i-1], " \n")
						if w, _ := utf8.DecodeRuneInString(d.text[k+1:]); unicode.IsUpper(w) {
							return "", 0, false
						}
					}
				}
				n := strings.Index(d.text[i+len(name):], name)
				if n < 0 {
					break
				}
				i += len(name) + n
			}
			return kg.Organization, weak, true
		},
		examples: []typeExample{
			{"Members of the rival Los Varnoks and Los Tarmeños gangs fought in the prison.", "Los Varnoks", kg.Organization},
			{"The newspaper reported it first, and El Varnokeño confirmed it.", "El Varnokeño", kg.Organization},
			{"The local daily El Eco del Varnok reported it first.", "El Eco del Varnok", kg.Organization},
			{"Police said the men belonged to La Hermandad Tarmeña.", "La Hermandad Tarmeña", kg.Organization},
		},
	},
	{
		name: "type-after-compass",
		doc:  `A name after a compass adjective in lower case is a region or place: "struck eastern Varnok", "across northern Kelvaro Tarnsund"; a person's or a body's name takes no such adjective.`,
		typ: func(d *doc, c *spanCtx) (kg.Kind, strength, bool) {
			switch c.prev {
			case "upper", "lower", "middle", "":
				return "", 0, false // "the middle Varnok": too loose
			}
			if c.lo == 0 || d.toks[c.lo-1].cap {
				return "", 0, false // "Eastern Varnok" is the name itself
			}
			if c.n == 1 && gazetteer.IsCommonWord(strings.ToLower(c.last)) {
				return "", 0, false // "the southern States"
			}
			return kg.Place, fair, compass[c.prev] && c.n <= 3
		},
		examples: []typeExample{
			{"An earthquake struck eastern Varnok on Monday.", "Varnok", kg.Place},
			{"Troops entered southern Kelvaro Tarnsund on Monday.", "Kelvaro Tarnsund", kg.Place},
		},
	},
	{
		name: "type-given-name",
		doc:  `A known given name opens a person's name: "Ruth Okafor".`,
		typ: func(d *doc, c *spanCtx) (kg.Kind, strength, bool) {
			w := d.toks[c.lo].text
			if c.prev == "near" || c.prev == "outside" {
				return "", 0, false // "clashes near Jani Khel": where, not who
			}
			if c.n > 2 && d.toks[c.hi-2].text == "Red" && (c.last == "Cross" || c.last == "Crescent") {
				return "", 0, false // "the Chad Red Cross": a national society (type-brand-country)
			}
			return kg.Person, fair, c.n > 1 && gazetteer.IsGivenName(w) && !(len(w) > 1 && isAcronym(w)) // "UN Humanitarian Coordinator": no "Un"
		},
		examples: []typeExample{{"The report was written by Ruth Varnok.", "Ruth Varnok", kg.Person}},
	},
	{
		name: "type-brand-country",
		doc:  `A brand or body's name before its country, or its national Red Cross or Red Crescent, is an organization: "Ipsos Peru", "OCP Ecuador", "the Burundi Red Cross".`,
		typ: func(d *doc, c *spanCtx) (kg.Kind, strength, bool) {
			if c.n >= 3 && d.toks[c.hi-2].text == "Red" && (c.last == "Cross" || c.last == "Crescent") {
				return kg.Organization, fair, true
			}
			if c.n != 2 || !isCountry(c.last) {
				return "", 0, false
			}
			w := d.toks[c.lo].text
			if _, place := gazetteer.LookupPlace(w); place || gazetteer.IsCommonWord(strings.ToLower(w)) || gazetteer.IsGivenName(w) {
				return "", 0, false // "Upper Egypt", "Mainland China", "Georgia Peru"
			}
			if _, dem := demonymOf(w); dem || compass[strings.ToLower(w)] || placeOpeners[w] {
				return "", 0, false // "Puerto Jordán", "San Salvador": a town named for it
			}
			return kg.Organization, fair, true
		},
		examples: []typeExample{
			{"A poll by Varnex Peru showed her ahead.", "Varnex Peru", kg.Organization},
			{"The pipeline operator, OCP Chile, shut the line.", "OCP Chile", kg.Organization},
			{"The Tarmania Red Cross said 12 people died.", "Tarmania Red Cross", kg.Organization},
			{"The Chad Red Cross said 12 people died.", "Chad Red Cross", kg.Organization},
		},
	},
	{
		name: "type-apposed-to-company",
		doc:  `A name in apposition to a company's or a broadcaster's noun: "the state grid operator, Varnergo,", "the national carrier, Tarma Air,".`,
		typ: func(d *doc, c *spanCtx) (kg.Kind, strength, bool) {
			k := c.lo - 1
			if k < 2 || d.toks[k].text != "," || c.hi >= len(d.toks) || d.toks[c.hi].text != "," || d.toks[k-1].cap {
				return "", 0, false
			}
			n := orgRefNouns[d.toks[k-1].lower]
			return kg.Organization, fair, n == "company" || n == "media"
		},
		examples: []typeExample{
			{"Peru's state grid operator, Varnergo, said it had cut power.", "Varnergo", kg.Organization},
		},
	},
	{
		name: "type-place-word",
		doc:  `A known place or a number word inside a name of no given name: "Villa Rosa", "Kilometer Nine".`,
		typ: func(d *doc, c *spanCtx) (kg.Kind, strength, bool) {
			return kg.Place, weak, c.n > 1 && d.hasPlaceWord(c.lo, c.hi)
		},
		examples: []typeExample{{"Shells fell on Kilometer Nine overnight.", "Kilometer Nine", kg.Place}},
	},
	{
		name: "type-compass",
		doc:  `A compass word opens a place's name: "North Waziristan".`,
		typ: func(d *doc, c *spanCtx) (kg.Kind, strength, bool) {
			return kg.Place, weak, c.n > 1 && compass[d.toks[c.lo].lower]
		},
		examples: []typeExample{{"Drones struck South Varnok overnight.", "South Varnok", kg.Place}, {"Shabaab fighters attacked bases in Lower Varnok and Middle Varnok.", "Middle Varnok", kg.Place}},
	},
	{
		name: "type-acronym-inside",
		doc:  `An acronym inside a longer name: "RTL Nieuws".`,
		typ: func(d *doc, c *spanCtx) (kg.Kind, strength, bool) {
			return kg.Organization, weak, c.n > 1 && d.anyAcronym(c.lo, c.hi)
		},
		examples: []typeExample{{"The report came from KTV Varnok on Friday, and KTV Varnok said more would follow.", "KTV Varnok", kg.Organization}},
	},
	{
		name: "type-common-words",
		doc:  `A name of two to four common English words is an organization the article must confirm: "Planned Parenthood".`,
		typ: func(d *doc, c *spanCtx) (kg.Kind, strength, bool) {
			return kg.Organization, weak, c.n > 1 && c.n <= 4 && d.allCommon(c.lo, c.hi)
		},
		examples: []typeExample{{"Staff of Silent Change said on Monday that Silent Change would close.", "Silent Change", kg.Organization}},
	},
	{
		name: "type-shares-of",
		doc:  `A name whose shares or stake the text trades: "shares of Kestrel Pharma rose", "a stake in Varnok Mining".`,
		typ: func(d *doc, c *spanCtx) (kg.Kind, strength, bool) {
			if c.prev != "of" && c.prev != "in" {
				return "", 0, false
			}
			switch c.prev2 {
			case "shares", "stake", "stakes", "stock", "shareholders", "shareholder":
				return kg.Organization, fair, true
			}
			return "", 0, false
		},
		examples: []typeExample{{"Shares of Aspen Varnok rose 3 percent.", "Aspen Varnok", kg.Organization}},
	},
	{
		name: "type-place-comma-region",
		doc:  `A name after "in", "near", "outside" or "from" and before a comma and its state or country is a town: "in Varnok Falls, Texas"; so is a region between a known place and its country: "in Lima, Varnok, Peru".`,
		typ: func(d *doc, c *spanCtx) (kg.Kind, strength, bool) {
			switch {
			case c.prev == "in" || c.prev == "near" || c.prev == "outside" || c.prev == "from":
			case c.prev == "," && c.lo >= 2 && d.mentAt[c.lo-2] != nil && d.mentAt[c.lo-2].kind == kg.Place && !d.mentAt[c.lo-2].demonym:
				// "in Lima, Varnok, Peru": the town's region, before its country
			default:
				return "", 0, false
			}
			k := c.hi
			if k+1 >= len(d.toks) || d.toks[k].text != "," {
				return "", 0, false
			}
			for n := 2; n >= 1; n-- {
				if k+n >= len(d.toks) {
					continue
				}
				p, ok := gazetteer.LookupPlace(d.text[d.toks[k+1].start:d.toks[k+n].end])
				if ok && (p.Kind == gazetteer.Country || p.Kind == gazetteer.Subdivision) {
					return kg.Place, fair, true
				}
			}
			return "", 0, false
		},
		examples: []typeExample{
			{"A gunman opened fire at a mall in Varnok, Texas, on Saturday.", "Varnok", kg.Place},
			{"Rui Lopes, who grew up in Zorvak Teltin, Peru, left.", "Zorvak Teltin", kg.Place},
			{"He was born in Lima, Varnok, Peru, in 1921.", "Varnok", kg.Place},
		},
	},
	{
		name: "type-coordinated-place",
		doc:  `A name joined by "and" or "or" to a known town or region is a place too: "in Buthon and Zorvak", "Zorvak or Buthon province".`,
		typ: func(d *doc, c *spanCtx) (kg.Kind, strength, bool) {
			if c.n > 2 {
				return "", 0, false
			}
			if (c.prev == "and" || c.prev == "or") && c.lo >= 2 {
				if m := d.mentAt[c.lo-2]; m != nil && m.kind == kg.Place && localPlace(m.name) {
					return kg.Place, fair, true
				}
			}
			k := c.hi
			if (c.next == "and" || c.next == "or") && k+1 < len(d.toks) && d.toks[k+1].cap && localPlace(d.toks[k+1].text) {
				return kg.Place, fair, true
			}
			return "", 0, false
		},
		examples: []typeExample{
			{"Rebels attacked outposts in Mandalay and Zorvak on Monday.", "Zorvak", kg.Place},
			{"Drones struck port infrastructure in Mandalay and Zorvak 14 times since October.", "Zorvak", kg.Place},
			{"Rebels attacked outposts in Zorvak and Mandalay on Monday.", "Zorvak", kg.Place},
		},
	},
	{
		name: "type-place-list",
		doc:  `A name in a list that a plural noun of places heads or follows: "the Pra and the Ankobra rivers", "the Walia and Toukra neighbourhoods", "major rivers, including the Pra and the Ankobra".`,
		typ: func(d *doc, c *spanCtx) (kg.Kind, strength, bool) {
			if c.n > 3 {
				return "", 0, false
			}
			return kg.Place, fair, d.pluralPlaceAfter(c.hi) || d.pluralPlaceBefore(c.lo)
		},
		examples: []typeExample{
			{"Mercury has poisoned the Tarvo and the Kelna rivers.", "Tarvo", kg.Place},
			{"Residents of the Tarvo and Kelna neighbourhoods fled.", "Kelna", kg.Place},
			{"Fighters attacked from three directions in the Tarvo and Al-Kelna areas.", "Al-Kelna", kg.Place},
			{"Protesters blocked the roads to the Tarvo and West Kelna oil fields.", "Tarvo", kg.Place},
			{"Mercury has poisoned major rivers, including the Tarvo and the Kelna, with silt.", "Kelna", kg.Place},
			{"Mercury has poisoned major rivers, including the Tarvo, with silt.", "Tarvo", kg.Place},
		},
	},
	{
		name: "type-place-after-locative",
		doc:  `A name of several words and no given name after "in", "near" or "outside" is a place: "in Kiryat Varnok"; so is a lone unknown word no one is named by that ends its phrase: "fighting near Kelvaro on Monday".`,
		typ: func(d *doc, c *spanCtx) (kg.Kind, strength, bool) {
			p := c.prev
			if p == "the" {
				p = c.prev2 // "in the Sambisa Forest"
			}
			switch p {
			case "in", "near", "outside", "around":
			default:
				return "", 0, false
			}
			if c.n == 1 {
				// "fighting in Kelvaro on Monday", "near Tarvo,": a lone
				// unknown word no person is named by, ending its phrase;
				// not "in the Lockerbie bombing", where it names the event
				w := d.toks[c.lo]
				ends := c.hi >= len(d.toks) || d.toks[c.hi].kind != tWord || placeTails[c.next]
				return kg.Place, weak, ends && !isAcronym(w.text) && !gazetteer.IsCommonWord(w.lower) && !gazetteer.IsGivenName(w.text) && !gazetteer.IsSurname(w.text)
			}
			return kg.Place, weak, c.n <= 3 && c.next != "'s" && c.next != "’s"
		},
		examples: []typeExample{
			{"A rocket hit a house in Zorvak Teltin, killing two.", "Zorvak Teltin", kg.Place},
			{"Troops raided a hideout in the Zorvak Woods.", "Zorvak Woods", kg.Place},
			{"Four militants were killed in an exchange of fire near Ruth Varnok on Tuesday.", "Ruth Varnok", kg.Place},
			{"Four militants were killed in an exchange of fire near Kelvarbo on Tuesday.", "Kelvarbo", kg.Place},
			{"Rebels took Tarvoka, and fighting went on in Kelvarbo, residents said.", "Kelvarbo", kg.Place},
		},
	},
	{
		name: "type-numbered-unit",
		doc:  `An ordinal and a military unit's noun: "5th Fleet", "Third Army", "101st Airborne".`,
		typ: func(d *doc, c *spanCtx) (kg.Kind, strength, bool) {
			first := d.toks[c.lo].text
			return kg.Organization, fair, c.n >= 2 && (ordinalNum(first) || ordinals[strings.ToLower(first)]) && unitNouns[c.last]
		},
		examples: []typeExample{
			{"The 5th Fleet said the tanker was safe.", "5th Fleet", kg.Organization},
		},
	},
	{
		name: "type-firm-context",
		doc:  `Words around a name that no person takes: "the" right before it ("the Kelvoria Tarnsund said"), "shares" after it, a firm's officer after its possessive ("Kelvoria Tarnsund's chief executive") or before "of" ("chief executive of Kelvoria Tarnsund").`,
		typ: func(d *doc, c *spanCtx) (kg.Kind, strength, bool) {
			if c.n < 2 || d.givenNameIn(c.lo, c.hi) {
				return "", 0, false
			}
			next := c.next
			if c.prev == "the" && c.hi < len(d.toks) && d.toks[c.hi].kind == tWord && (sayVerbs[next] || finiteAux[next] || pastVerbs[next] || strings.HasSuffix(next, "ed")) {
				return kg.Organization, fair, true // "the Kelvoria Tarnsund said": no one's name takes "the"; a site's does, but sites rarely act
			}
			if next == "shares" || next == "stock" || next == "shareholders" {
				return kg.Organization, fair, true
			}
			if (next == "'s" || next == "’s") && c.hi+1 < len(d.toks) && firmOfficers[d.toks[c.hi+1].lower] {
				return kg.Organization, fair, true
			}
			if c.prev == "of" && c.lo >= 2 && firmOfficers[d.toks[c.lo-2].lower] {
				return kg.Organization, fair, true
			}
			if c.hi+1 < len(d.toks) && d.toks[c.hi].text == "," && d.toks[c.hi+1].lower == "which" {
				return kg.Organization, fair, true // "Kelvoria Tarnsund, which employs 500 people,"
			}
			if c.prev != "," && !roleWords[c.prev] && !lowerTitle(c.prev) && d.itAfter(c.hi, d.sents[c.si].hi) {
				return kg.Organization, fair, true // "Kelvoria Tarnsund said its profits rose"; but "the group's spokesman, X, said its fighters" speaks for the group
			}
			return "", 0, false
		},
		examples: []typeExample{
			{"Fans cheered when the Kelvoria Tarnsund took the stage.", "Kelvoria Tarnsund", kg.Organization},
			{"Kelvoria Tarnsund shares fell 5% on Monday.", "Kelvoria Tarnsund", kg.Organization},
			{"Kelvoria Tarnsund's chief executive, Ana Costa, said profits fell.", "Kelvoria Tarnsund", kg.Organization},
			{"Ana Costa, chief executive of Kelvoria Tarnsund, said profits fell.", "Kelvoria Tarnsund", kg.Organization},
			{"Kelvoria Tarnsund, which employs 500 people, said profits fell.", "Kelvoria Tarnsund", kg.Organization},
			{"Kelvoria Tarnsund announced on Monday that it would cut 500 jobs.", "Kelvoria Tarnsund", kg.Organization},
			{"Kelvoria Tarnsund said its profits rose.", "Kelvoria Tarnsund", kg.Organization},
		},
	},
	{
		name: "type-person-shape",
		doc:  `Two to four capitalised words of no other kind are a person's name: "Abdourahim Said Bakar".`,
		typ: func(d *doc, c *spanCtx) (kg.Kind, strength, bool) {
			return kg.Person, weak, c.n > 1 && c.n <= 4
		},
		examples: []typeExample{{"The report was read by Zorvak Teltin.", "Zorvak Teltin", kg.Person}},
	},
	{
		name: "type-camel-case",
		doc:  `A lone word with a capital inside it, after three small letters, is a company's: "PetroChina", "ExxonMobil", "TotalEnergies"; not "McCarthy", "MacArthur" or "DeSantis".`,
		typ: func(d *doc, c *spanCtx) (kg.Kind, strength, bool) {
			if c.n != 1 {
				return "", 0, false
			}
			return kg.Organization, fair, camelCase(d.toks[c.lo].text)
		},
		examples: []typeExample{{"Varnoil will sell cargoes to buyers including KestroChina and TarvoEnergies.", "KestroChina", kg.Organization}},
	},
	{
		name: "type-single-word",
		doc:  `A lone unknown word is an organization the article must confirm, by naming it twice or by its context (resolve.go).`,
		typ: func(d *doc, c *spanCtx) (kg.Kind, strength, bool) {
			return kg.Organization, weak, c.n == 1
		},
		examples: []typeExample{{"The Velkamp board met. Velkamp shares rose.", "Velkamp", kg.Organization}},
	},
}

// pluralPlaceAfter reports whether a plural noun of places ends the list
// of names that goes on from toks[k]: "(X) and the Y rivers".
func (d *doc) pluralPlaceAfter(k int) bool {
	for end := min(len(d.toks), k+10); k < end; k++ {
		t := &d.toks[k]
		switch {
		case t.lower == "and" || t.lower == "or" || t.lower == "the" || t.text == "," || t.cap && t.kind == tWord:
			continue
		case t.kind == tWord && pluralPlaceNouns[t.lower]:
			return d.toks[k-1].cap
		case t.kind == tWord && siteModifiers[t.lower] && k+1 < len(d.toks) && pluralPlaceNouns[d.toks[k+1].lower] && d.toks[k-1].cap:
			return true // "the Rumaila and West Qurna oil fields"
		}
		return false
	}
	return false
}

// pluralPlaceBefore reports whether a list of names before toks[lo] starts
// after a plural noun of places and "including" or "such as": "major
// rivers, including the X and (Y)".
func (d *doc) pluralPlaceBefore(lo int) bool {
	for k := lo - 1; k > 1 && k > lo-10; k-- {
		t := &d.toks[k]
		switch {
		case t.lower == "and" || t.lower == "or" || t.lower == "the" || t.text == "," || t.cap && t.kind == tWord:
			continue
		case t.lower == "including" || t.lower == "as" && d.toks[k-1].lower == "such":
			j := k - 1
			if t.lower == "as" {
				j--
			}
			if j >= 0 && d.toks[j].text == "," {
				j--
			}
			return j >= 0 && pluralPlaceNouns[d.toks[j].lower]
		}
		return false
	}
	return false
}

// lowerAfterHyphen reports a capitalised word joined by a hyphen to a
// lower-case one, as a modifier is: "RSF-held", "Kremlin-backed".
func lowerAfterHyphen(w string) bool {
	i := strings.LastIndexByte(w, '-')
	if i <= 0 || i+1 >= len(w) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w[i+1:])
	return unicode.IsLower(r)
}

// localPlace reports a town or region the gazetteer knows, not a country
// (countries stand beside organizations as actors: "Russia and Wagner").
func localPlace(name string) bool {
	p, ok := gazetteer.LookupPlace(name)
	return ok && p.Kind != gazetteer.Country
}

// demonymWord reports a demonym: "Venezuelan", "South African".
func demonymWord(w string) bool {
	_, ok := demonymOf(w)
	return ok
}

// camelCase reports a word written as two joined capitalised words, the
// first of three letters or more and not a surname's particle:
// "PetroChina", "TotalEnergies"; not "McCarthy", "MacArthur", "VanDyke",
// nor a handle of three words run together ("UpsideDownWorld").
func camelCase(w string) bool {
	rs := []rune(w)
	if len(rs) < 6 || !unicode.IsUpper(rs[0]) {
		return false
	}
	for i := 3; i < len(rs)-1; i++ {
		if !unicode.IsUpper(rs[i]) {
			continue
		}
		head := string(rs[:i])
		for _, r := range rs[1:i] {
			if !unicode.IsLower(r) {
				return false
			}
		}
		for _, r := range rs[i+1:] {
			if !unicode.IsLower(r) {
				return false // "UpsideDownWorld", a handle's run of words
			}
		}
		return head != "Mac" && head != "Van" && head != "Von"
	}
	return false
}

// knownInitials reports initials a body or a country goes by ("U.N.",
// "U.S."), which open its agencies' names, not a person's.
func knownInitials(w string) bool {
	if _, ok := gazetteer.LookupOrg(w); ok {
		return true
	}
	_, ok := gazetteer.LookupPlace(w)
	return ok
}

// itAfter reports a name before toks[k] that acts and then is spoken of as
// "it": a verb follows (past adverbs and a time), and the first pronoun
// after it, before anyone else is named, is "it" or "its" ("said its
// profits rose", "announced on Monday that it would").
func (d *doc) itAfter(k, hi int) bool {
	verb := false
	for j := k; j < hi && j < k+10; j++ {
		t := &d.toks[j]
		if d.mentAt[j] != nil || t.kind == tQuote || t.text == ";" {
			return false
		}
		switch {
		case t.lower == "it" || t.lower == "its":
			return verb
		case personPronouns[t.lower] || t.lower == "his" || t.lower == "her" || t.lower == "their" || t.lower == "they":
			return false
		case t.kind == tWord && !t.cap && (sayVerbs[t.lower] || pastVerbs[t.lower] || strings.HasSuffix(t.lower, "ed")):
			verb = true
		}
	}
	return false
}
