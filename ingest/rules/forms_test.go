package rules

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsgraph/newsgraph/ingest/gazetteer"
	"github.com/newsgraph/newsgraph/kg"
)

// TestLexiconEdges pins two lexicon entries the rules depend on: a generic
// old town name is no key for a large city, and "Former" is a modifier of
// a title, not a role.
func TestLexiconEdges(t *testing.T) {
	t.Run("Newtown", func(t *testing.T) {
		if p, ok := gazetteer.LookupPlace("Newtown"); ok && p.Population > 100000 {
			t.Errorf("LookupPlace(Newtown) = %+v, want no large city", p)
		}
	})
	t.Run("Former", func(t *testing.T) {
		if tt, ok := gazetteer.LookupTitle("Former"); ok {
			t.Errorf("LookupTitle(Former) = %+v, want none", tt)
		}
	})
	t.Run("former minister", func(t *testing.T) {
		sg := extractOne(t, "Former Foreign Minister Ana Costa criticised the plan. Former Costa aide Rui Lopes agreed.")
		var got []string
		for _, e := range sg.Entities {
			got = append(got, e.ID)
		}
		want := []string{"person:ana-costa", "person:rui-lopes"}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("entities (-want +got):\n%s", diff)
		}
	})
}

// TestLoneWordForms covers lone unknown words typed by the article as a
// whole: one typing context ("in X") or company context ("rival X", "a
// stake in X") decides every use, and a word already an entity joins it.
func TestLoneWordForms(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"place context decides every use",
			"Brankovo residents marched on Sunday. The protest in Brankovo, Serbia was peaceful. Brankovo is quiet now.",
			[]string{"place:brankovo", "place:serbia"}},
		{"lone words whose fans are named are clubs or bands, named once",
			"A man was killed during clashes between fans of Kelvaro and Tarnsund in the suburb of Peania.",
			[]string{"organization:kelvaro", "organization:tarnsund", "place:peania"}},
		{"company context beats a place guess",
			"The Dutch rival Velkamp said profits fell. The state holds a stake in Velkamp through a fund. Velkamp shares rose.",
			[]string{"organization:velkamp"}},
		{"a firm named once after someone who works there or its line of business",
			"\"Rates will rise,\" said Ana Costa, a shipping analyst at Sydvik. Premiums rose, according to insurance broker Kestrov.",
			[]string{"organization:kestrov", "organization:sydvik", "person:ana-costa"}},
		{"a lone word someone heads towards, or a road leads to, is a place, though a body bears its name",
			"Fighters pulled back towards Kalvoro on Monday. The Kalvoro Civil Society Coordination said 11 people died. \"They wanted to cut the road to Varsovo.\"",
			[]string{"organization:kalvoro-civil-society-coordination", "place:kalvoro", "place:varsovo"}},
		{"an appositive types an unknown word",
			"Trade within Varnokia, an economic union of five countries, grew. The rebels seized Tessalit, a town in the north.",
			[]string{"organization:varnokia", "place:tessalit"}},
		{"an adjective of attitude is no name",
			"Voters in Tarvok rejected the Russophobic course of the government. Eurosceptic parties gained. Protesters threw Molotov cocktails. Théophile Varnou spoke.",
			[]string{"person:theophile-varnou", "place:tarvok"}},
		{"a surname's shape before a speech verb",
			"Talks with Norway stalled. Brankovich told reporters the talks would resume.",
			[]string{"person:brankovich", "place:norway"}},
		{"people who work at an unknown word",
			"Analysts at Brankovo said shares would rise.",
			[]string{"organization:brankovo"}},
		{"an unknown word naming an event is no entity of its own",
			"Wreaths marked the anniversary of the Brankovo massacre.",
			[]string{"event:brankovo-massacre"}},
		{"an unknown word hit by an attack is a place",
			"The Chilean army carried out airstrikes on Putre. Gunmen shelled Socoroma overnight.",
			[]string{"event:socoroma-shelling", "organization:chilean-army", "place:putre", "place:socoroma"}},
		{"a lone common word at one end of a title-case phrase is no name",
			"Ana Costa won Novel of the Year. Officials in Brankovo signed the pact on the Duties of the Host.",
			[]string{"person:ana-costa", "place:brankovo"}},
		{"a work's title after \"titled\" names no entity",
			"Officials in Lima released a study titled Varnok Harvests: Security Impact of the Drought, on Monday.",
			[]string{"place:lima"}},
		{"an age in apposition makes a lone name a person",
			"Rui Lopes was jailed in Lima. Tarik, 16, said his brother was innocent.",
			[]string{"person:rui-lopes", "person:tarik", "place:lima"}},
		{"a given name after a relative's noun is that relative",
			"Rui Varnak crashed in Tarma. Varnak's father, Tomas, visited him daily. Tomas stayed at the hospital.",
			[]string{"person:rui-varnak", "person:tomas", "place:tarma"}},
		{"a common word capitalised mid-sentence is no organization for being named twice",
			"Ana Costa praised the Lantern on Monday. Tickets for the Lantern sold out. Shares rose after Harvest said it would pay.",
			[]string{"organization:harvest", "person:ana-costa"}},
		{"a lone word one letter from a name of the article is that name misspelled",
			"Rui Varnoksin spoke in Lima on Monday. Later, Varnokin said he was wrong. Ana Costa met Gambia and Zambia envoys.",
			[]string{"person:ana-costa", "person:rui-varnoksin", "place:gambia", "place:lima", "place:zambia"}},
		{"a common word taken for a lone name, with nothing said or done, is no person",
			"Ana Costa listed brands such as Kestrel Cola, Dr. Lantern and Varnok Tea. She met Dr. Harvest in Lima.",
			[]string{"organization:kestrel-cola", "organization:varnok-tea", "person:ana-costa", "person:harvest", "place:lima"}},
		{"unknown word after a led coalition",
			"The Saudi-led coalition said it had hit Marib.",
			[]string{"organization:saudi-led-coalition", "place:marib"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, e := range extractOne(t, tt.text).Entities {
				got = append(got, e.ID)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("entities (-want +got):\n%s", diff)
			}
		})
	}
}

// TestSiteForms covers named sites: a name before a site noun written in
// lower case is a place of its own, a local site's name alone stands for it
// later, and a nature noun gives the place's other form as an alias.
func TestSiteForms(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // entity IDs, with aliases after "="
	}{
		{"a site named after its town is a place of its own",
			"Fire broke out at the Tacna oil refinery overnight. Tacna was calm.",
			[]string{"place:tacna", "place:tacna-oil-refinery"}},
		{"a site noun after a facility word",
			"Inspectors visited the Varnok air base and the Kestrel nuclear power plant.",
			[]string{"place:kestrel-nuclear-power-plant", "place:varnok-air-base"}},
		{"a pumping station and a treatment plant are sites",
			"Engineers inspected the Al-Varnok pumping station and the Kestrel desalination plant.",
			[]string{"place:al-varnok-pumping-station", "place:kestrel-desalination-plant"}},
		{"a local site's name stands for it later",
			"A bomb exploded in the Tarbela market on Friday. Traders in Tarbela reopened on Sunday.",
			[]string{"event:tarbela-market-bombing", "place:tarbela-market=Tarbela"}},
		{"a local site after a known town is no site",
			"A bomb exploded at a Lima market on Friday.",
			[]string{"event:lima-bombing", "place:lima"}},
		{"a nationality owns no site",
			"Fire broke out at a Peruvian oil refinery. Chile sent help.",
			[]string{"place:chile"}},
		{"a state of a federation",
			"Fighting spread from Zorvak State to Kachin State. The Minister of State said little.",
			[]string{"place:kachin=Kachin State", "place:zorvak-state"}},
		{"an organization's kind after its name gives its other form",
			"Fighters of the Varnok Front group attacked Lima.",
			[]string{"organization:varnok-front=Varnok Front group", "place:lima"}},
		{"a named corridor is a place; an airport may bear a person's name",
			"Troops withdrew from the Varnok corridor. A missile landed near Ana Costa airport.",
			[]string{"place:ana-costa-airport", "place:varnok-corridor"}},
		{"a penitentiary is a place; a coalition named before its noun is a body",
			"Inmates escaped from the Varnok Penitentiary, the Tarma Ansanm coalition said.",
			[]string{"organization:tarma-ansanm", "place:varnok-penitentiary"}},
		{"a dateline of two towns, the second of two words, is two places",
			"LIMA/PUERTO MALDONADO (Reuters) - Ana Costa spoke.",
			[]string{"organization:reuters=Thomson Reuters", "person:ana-costa", "place:lima", "place:puerto-maldonado"}},
		{"an office of a body named with its possessive is a name of its own",
			"The Treasury's Office of Foreign Assets Control said the firms were fronts.",
			[]string{"organization:office-of-foreign-assets-control", "organization:treasury"}},
		{"two acronyms joined by a slash are one name; two places so joined stay two",
			"Ana Costa told VRT/RL that Lima/Callao was calm.",
			[]string{"organization:vrt-rl", "person:ana-costa", "place:callao", "place:lima"}},
		{"a palace's bare name stands for it",
			"Ana Costa met the envoy at the Belvo Palace on Monday. She will host talks at Belvo on Friday.",
			[]string{"person:ana-costa", "place:belvo-palace=Belvo"}},
		{"a river named after its noun is a place whose bare name stands for it",
			"Cyanide leaked into the River Tarvo on Monday. Fishermen along the Tarvo said the fish died.",
			[]string{"place:river-tarvo=Tarvo"}},
		{"the City of a town the article names is the town",
			"Ana Costa met Rui Lopes in Tarma on Monday. The City of Tarma hosted the talks.",
			[]string{"person:ana-costa", "person:rui-lopes", "place:tarma=City of Tarma"}},
		{"a canal's bare name stands for it",
			"Ships returned to the Tacna Canal in May. Traffic through Tacna rose.",
			[]string{"place:tacna-canal=Tacna"}},
		{"a town's bare name after a firm named after it is the firm",
			"Ana Costa signed with Tacna Records in 1990. At Tacna she recorded four albums.",
			[]string{"organization:tacna-records=Tacna", "person:ana-costa"}},
		{"a club's town stays a place where something happens in it",
			"Tacna Rovers beat Varnok United 2-0 on Sunday. Fans celebrated in Tacna.",
			[]string{"organization:tacna-rovers", "organization:varnok-united", "place:tacna"}},
		{"a country keeps its name beside a firm named after it",
			"Peru Airways flies to Lima. Peru said the fares would rise.",
			[]string{"organization:peru-airways=Peruvian Airways", "place:lima", "place:peru"}},
		{"a word and a number name a craft, no entity; after a town's name, a constituency",
			"Engineers launched Kestrel-12 from Lima on Monday. Ana Costa won Tacna-2.",
			[]string{"person:ana-costa", "place:lima", "place:tacna-2"}},
		{"a landform may be named after a title and a name",
			"The ship sailed from Lord Varnok Island to King Tarvo Bay. Prince Rui Lopes was aboard.",
			[]string{"person:rui-lopes=Prince Rui Lopes", "place:king-tarvo-bay", "place:lord-varnok-island"}},
		{"a building's body only visited is a place; one that works or speaks stays a body",
			"The satellite lifted off at the Varnok Space Centre. Protesters gathered outside the Tarvo Embassy. Ana Costa, a fellow at the Kelvaro Policy Centre, said the launch was late.",
			[]string{"organization:kelvaro-policy-centre", "person:ana-costa", "place:tarvo-embassy", "place:varnok-space-centre"}},
		{"a hotel's name takes its noun",
			"Guests fled the Varnok Grand hotel on Monday.",
			[]string{"place:varnok-grand-hotel"}},
		{"a nature noun gives the place's other form",
			"Troops searched the Varnok forest.",
			[]string{"place:varnok=Varnok forest"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, e := range extractOne(t, tt.text).Entities {
				id := e.ID
				if len(e.Aliases) > 0 {
					id += "=" + strings.Join(e.Aliases, "|")
				}
				got = append(got, id)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("entities (-want +got):\n%s", diff)
			}
		})
	}
}

// TestOfficialForms covers the other usual names of a country's
// institution, given as aliases.
func TestOfficialForms(t *testing.T) {
	tests := []struct {
		name string
		want []string
	}{
		{"General Staff of Ukraine", []string{"General Staff of the Armed Forces of Ukraine"}},
		{"Chilean foreign ministry", []string{"Chilean Ministry of Foreign Affairs", "Ministry of Foreign Affairs of Chile", "Ministry of Foreign Affairs", "Chile Ministry of Foreign Affairs", "Chile Foreign Ministry", "Foreign Ministry of Chile"}},
		{"Chilean Defense Ministry", []string{"Chilean Ministry of Defense", "Ministry of Defense of Chile", "Ministry of Defense", "Chile Ministry of Defense", "Chile Defense Ministry", "Defense Ministry of Chile", "Chilean Ministry of National Defense", "Chile Ministry of National Defense", "Chilean Ministry of Defence", "Ministry of Defence of Chile", "Ministry of Defence", "Chile Ministry of Defence", "Chile Defence Ministry", "Defence Ministry of Chile", "Chilean Ministry of National Defence", "Chile Ministry of National Defence"}},
		{"Chilean Ministry of Health", []string{"Chilean Health Ministry", "Ministry of Health of Chile", "Ministry of Health"}},
		{"Chilean Ministry of Foreign Affairs", []string{"Chilean Foreign Ministry", "Ministry of Foreign Affairs of Chile", "Ministry of Foreign Affairs"}},
		{"Chilean government", []string{"Government of Chile"}},
		{"Chilean army", []string{"Chilean military", "Chilean Armed Forces", "Chile Army", "Chile Armed Forces", "Chile military", "Armed Forces of Chile"}},
		{"Chilean Armed Forces", []string{"Chilean army", "Chilean military", "Chile Army", "Chile Armed Forces", "Chile military", "Armed Forces of Chile"}},
		{"Philippine military", []string{"Philippine army", "Philippine Armed Forces", "Philippines Army", "Philippines Armed Forces", "Philippines military", "Armed Forces of the Philippines"}},
		{"Chilean police", []string{"Chile Police", "Chile Police Service", "Chile Police Force", "Chilean National Police", "National Police of Chile"}},
		{"Chilean Electoral Commission", []string{"Electoral Commission of Chile", "Chile Electoral Commission"}},
		{"Peruvian Foreign Office", []string{"Foreign Office of Peru", "Peru Foreign Office"}},
		{"Chilean electoral commission", []string{"Electoral Commission of Chile"}},
		{"Seychelles electoral commission", []string{"Electoral Commission of Seychelles"}},
		{"Peruvian central bank", []string{"Central Bank of Peru"}},
		{"Peru central bank", []string{"Peruvian central bank", "Central Bank of Peru"}},
		{"Georgian parliament", []string{"Parliament of Georgia"}},
		{"Somali government", []string{"Government of Somalia", "Federal Government of Somalia"}},
		{"Somali federal government", []string{"Government of Somalia", "Federal Government of Somalia"}},
		{"Peru army", []string{"Peruvian army", "Peruvian military", "Peruvian Armed Forces", "Peru Army", "Peru Armed Forces", "Peru military", "Armed Forces of Peru"}},
		{"Burkinabe government", []string{"Government of Burkina Faso", "Burkina Faso government"}},
		{"Chinese coast guard", []string{"Chinese Coast Guard", "China Coast Guard"}},
		{"Peruvian General Staff", []string{"General Staff of the Armed Forces of Peru", "General Staff of Peru"}},
		{"UN Security Council", []string{"United Nations Security Council"}},
		{"U.N. Office for the Coordination of Humanitarian Affairs", []string{"United Nations Office for the Coordination of Humanitarian Affairs"}},
		{"United Nations Development Programme", []string{"UN Development Programme"}},
		{"United Nations", nil},
		{"Varnok Front", nil},
		{"Ministry of Health", nil},
		{"State Department", []string{"United States Department of State", "U.S. State Department"}},
	}
	for _, tt := range tests {
		if got := officialForms(tt.name); !slices.Equal(got, tt.want) {
			t.Errorf("officialForms(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestMatchForms covers the names a country's army may go by, used only
// to find the body the text names.
func TestMatchForms(t *testing.T) {
	got := matchForms("Kenyan army")
	for _, want := range []string{"Kenya Defence Forces", "Kenyan National Army", "Armed Forces of Kenya"} {
		if !slices.Contains(got, want) {
			t.Errorf("matchForms(%q) lacks %q: %q", "Kenyan army", want, got)
		}
	}
	if got := matchForms("Kenyan police"); !slices.Equal(got, officialForms("Kenyan police")) {
		t.Errorf("matchForms(%q) = %q, want its official forms only", "Kenyan police", got)
	}
}

// TestNameForms covers organization names the name joiner and typer must
// keep whole and typed.
func TestNameForms(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a party named by its adjective, not an adjective of its own",
			"The Conservatives lost 20 seats, while Labour gained 15. Labour leader Ana Costa spoke. The Democratic presidential nomination is open.\n\nLabour leader Rui Lopes left. Labour costs rose.",
			[]string{"organization:conservative-party", "organization:labour-party", "person:ana-costa", "person:rui-lopes"}},
		{"an office's field after \"for the\" is no part of the holder's name",
			"Minister for the Arctic Ana Costa rejected such calls.",
			[]string{"person:ana-costa"}},
		{"a country's armed men outside its state are an actor of their own",
			"Peruvian pirates attacked Tacna on Monday, and Chilean gunmen attacked Arica.",
			[]string{"organization:chilean-gunmen", "organization:peruvian-pirates", "place:arica", "place:tacna"}},
		{"two names with \"the\" between them and no comma stay two",
			"Although not part of the Varnok Alliance the Tarma Front militia fought with the army.",
			[]string{"organization:tarma-front", "organization:varnok-alliance"}},
		{"a body named for what it would do",
			"The Campaign to Stop Varnok Robots and the Coalition to Protect Lima Wetlands said the plan was wrong.",
			[]string{"organization:campaign-to-stop-varnok-robots", "organization:coalition-to-protect-lima-wetlands"}},
		{"a place of two words before a person's name is no part of it",
			"Inspector General of Police North Kivu Zulkarno Ali Marwat said the attackers had fled.",
			[]string{"person:zulkarno-ali-marwat", "place:north-kivu"}},
		{"a person known only by a rank and one name is named by both",
			"Lord Varnok said the bill was wrong. Varnok voted against it. Sir Rui Tamsk disagreed.",
			[]string{"person:lord-varnok", "person:rui-tamsk"}},
		{"an honorific after an office's field opens the person's name",
			"Director of Veterinary Services Dr. Rui Tamsk said the outbreak could grow.",
			[]string{"person:rui-tamsk"}},
		{"a titled person and a company's officer are two names",
			"The deal was signed by Oil Minister Ana Costa and Varnel's chief executive, Rui Lopes.",
			[]string{"organization:varnel", "person:ana-costa", "person:rui-lopes"}},
		{"a body's name goes on past \"for the former\"",
			"The Varnok Tribunal for the former Tarmania closed in 2017.",
			[]string{"organization:varnok-tribunal-for-the-former-tarmania"}},
		{"an office's portfolio or place before a person's name is no part of it",
			"Minister of Strategic Affairs Ana Costa told the press. The governor of the Parana Rui Lopes attended, as did the Minister of the Cities Jorge Ruiz.",
			[]string{"person:ana-costa", "person:jorge-ruiz", "person:rui-lopes", "place:parana"}},
		{"a lawmaker's state and party before the name are no part of it",
			"One House member, Ohio Democrat Ana Costa, said she would vote no. Texas Republican Rui Lopes disagreed.",
			[]string{"organization:house", "person:ana-costa", "person:rui-lopes", "place:ohio", "place:texas"}},
		{"a government named after its head is one organization",
			"The Costa administration notified Congress on Monday. President Costa arrived in Lima. The Obama administration had done the same.",
			[]string{"organization:congress", "organization:costa-administration", "organization:obama-administration", "person:costa", "place:lima"}},
		{"a people's revolution or war is an event, no mention of the country",
			"Rui Lopes led the Chilean Revolution in 1959. The Peruvian Civil War ended in 1939.",
			[]string{"event:chilean-revolution", "event:peruvian-civil-war", "person:rui-lopes"}},
		{"a group named by its members or voice and its cause, not lawyers for a client",
			"Lawyers for Human Rights said the law was unfair. The groups include Voice for Peace and Chilean Students for Clean Water. Lawyers for Rui Lopes said he was innocent.",
			[]string{"organization:chilean-students-for-clean-water", "organization:lawyers-for-human-rights", "organization:voice-for-peace", "person:rui-lopes"}},
		{"a company's legal form after a comma is no name of its own",
			"Ana Costa was vice chair of Varnok Holdings, Inc. until 2001.",
			[]string{"organization:varnok-holdings", "person:ana-costa"}},
		{"a plural abbreviation or a nationality noun is no name",
			"The MPs and NGOs met Rui Lopes in Lima. Later the Welshman scored and the Spaniard missed.",
			[]string{"person:rui-lopes", "place:lima"}},
		{"a title of two words after another is no part of the name",
			"Former First Lady Ana Costa released a statement on Monday.",
			[]string{"person:ana-costa"}},
		{"a country's military edge or aid is no army",
			"The deal would not upset Peru's military edge. Chilean military aid rose. Chile's military said the border was calm.",
			[]string{"organization:chilean-military", "place:chile", "place:peru"}},
		{"an awards ceremony is an event, a prize's category no name",
			"Ana Costa won Best Music Video and Album of the Year at the Tarma Awards. Rui Lopes works at Best Varnok Ltd.",
			[]string{"event:tarma-awards", "organization:best-varnok-ltd", "person:ana-costa", "person:rui-lopes"}},
		{"an airline's flight by its number is an event, the airline still a body",
			"Debris from Varnok Air Flight 370 was found on Monday. Varnok Air said the search would go on. Tarma Airways Flight TA17 crashed near Lima.",
			[]string{"event:tarma-airways-flight-ta17", "event:varnok-air-flight-370", "organization:varnok-air", "place:lima"}},
		{"a name misspelled once is the same person, though two names a letter apart in one sentence are two",
			"Striker Pierre-Rui Aubarenko scored on Monday. Later Pierre-Rui Augarenko missed a penalty. Ana Marques and Ana Marquez met in Lima.",
			[]string{"person:ana-marques", "person:ana-marquez", "person:pierre-rui-aubarenko", "place:lima"}},
		{"in a sports report, cities that play are clubs",
			"Rui Lopes scored twice as the league leaders won again. The coach praised the squad. On Sunday, Lyon took the lead against Porto with a penalty.", []string{"organization:lyon", "organization:porto", "person:rui-lopes"}},
		{"in a sports report, a city where a game is played stays a city",
			"Rui Lopes scored twice as the league leaders won again. The coach praised the squad. The final will be played in Porto on Sunday.", []string{"person:rui-lopes", "place:porto"}},
		{"in a sports report, lone names are players",
			"Rui Lopes scored twice as the league leaders won again. The coach praised the squad. In the 80th minute, Varnoko crossed for Tarmelli, who scored.", []string{"person:rui-lopes", "person:tarmelli", "person:varnoko"}},
		{"in a sports report, a plural nickname is a team, and a word of a quotation no one",
			"Rui Lopes scored twice as the league leaders won again. The coach praised the squad. The Varnoks scored late. \"Das war Arbeit,\" he said.", []string{"organization:varnoks", "person:rui-lopes"}},
		{"a body's whole name after \"the charity\", its people's adjective and all",
			"Rui Lopes worked for the charity Christian Relief in Lima.",
			[]string{"organization:christian-relief", "person:rui-lopes", "place:lima"}},
		{"two kinds of disaster are two events, and the disaster is the first",
			"An earthquake struck Chile on Monday, killing 20. Separately, floods in Bolivia killed 40 people on Tuesday. The disaster in Chile left 2,000 homeless.",
			[]string{"event:bolivia-floods", "event:chile-earthquake", "place:bolivia", "place:chile"}},
		{"islands named with their noun in lower case",
			"Waves reached the Varnok islands and the Tarmelo archipelago on Sunday.",
			[]string{"place:tarmelo-archipelago", "place:varnok-islands"}},
		{"a space shuttle is a craft, no entity, by its name alone too",
			"Space Shuttle Varnok landed in Florida on Friday. Varnok docked with the station on Monday, and the shuttle Tarmel will follow. NASA said Tarmel was ready.",
			[]string{"organization:national-aeronautics-and-space-administration", "place:florida"}},
		{"a make before \"-type\" or \"-class\" says what kind, no name",
			"Peru fired 87 Varnok-type attack drones at Lima and sent a Tarma-class frigate.",
			[]string{"place:lima", "place:peru"}},
		{"a ministry of electricity or power is its country's, as one of water is",
			"On Monday, Peru's Electricity Ministry blamed the outages on Chile. Chile's Power Ministry denied it.",
			[]string{"organization:chilean-power-ministry", "organization:peruvian-electricity-ministry", "place:chile", "place:peru"}},
		{"a town's or a country's directorate of a portfolio is its own",
			"On Monday, Tarma's Health Directorate said three people were killed. Peru's Water Department said supplies would resume.",
			[]string{"organization:peruvian-water-department", "organization:tarma-health-directorate", "place:peru", "place:tarma"}},
		{"a country's army by the words the news uses for it",
			"The Ugandan army said on Monday that its troops had reached Tarma. The South Sudanese military denied it.",
			[]string{"organization:south-sudan-peoples-defence-forces", "organization:uganda-peoples-defence-force", "place:tarma"}},
		{"a country's junta is its military where the article names both",
			"The Peruvian junta said on Monday it had retaken Tarma. Peru's military said its losses were light.",
			[]string{"organization:peruvian-military", "place:peru", "place:tarma"}},
		{"an office of two portfolios, its holder and another person after \"and\"",
			"The contract was signed by Minister of Mines and Petroleum Jon Rell and Ana Costa, chairman of Tarma Metals Group.",
			[]string{"organization:tarma-metals-group", "person:ana-costa", "person:jon-rell"}},
		{"a two-syllable given name beside a short surname, whose syllables are English words too",
			"Foreign Minister Kang Sung-ho met Ana Costa in Lima on Monday.",
			[]string{"person:ana-costa", "person:kang-sung-ho", "place:lima"}},
		{"a jury is a body, named for what it judges",
			"The Varnok Jury of Elections said the count was over.",
			[]string{"organization:varnok-jury-of-elections"}},
		{"a conference of bishops is a body, its country's adjective part of its name",
			"The Peruvian Episcopal Conference and the Varnok Conference of Catholic Bishops offered to mediate.",
			[]string{"organization:peruvian-episcopal-conference", "organization:varnok-conference-of-catholic-bishops"}},
		{"a local court is named with its town, a national one only sits there",
			"The District Court in Varnok jailed Rui Lopes. The Federal High Court in Lima freed Ana Costa. The Regional Trial Court in Tarma City met.",
			[]string{"organization:district-court-in-varnok", "organization:federal-high-court", "organization:regional-trial-court-in-tarma-city", "person:ana-costa", "person:rui-lopes", "place:lima"}},
		{"a party with its country after a hyphen",
			"The Democratic Action Party-Peru said the count was over.",
			[]string{"organization:democratic-action-party-peru"}},
		{"a body's name ends in its lower-case head \"mission\"",
			"Police backed by the Kenyan-led Varnok Security Support mission reached Tarma. The mission said two men died.",
			[]string{"organization:varnok-security-support-mission", "place:tarma"}},
		{"a government named by how it stands, after its country's possessive",
			"Peru's internationally recognised government said the talks had failed.",
			[]string{"organization:peruvian-government", "place:peru"}},
		{"a name after the Arabic article before a sun letter",
			"The Varnok Front claimed responsibility on Monday in a statement released by its media arm, az-Tarnaqa.",
			[]string{"organization:az-tarnaqa", "organization:varnok-front"}},
		{"a name before \"radio station\" is a broadcaster",
			"The Varnok Front claimed responsibility in a statement carried by its Tarnaq radio station, saying its fighters had attacked a Peruvian army base.",
			[]string{"organization:peruvian-army", "organization:tarnaq", "organization:varnok-front"}},
		{"a newspaper named by a common word",
			"A police official told Dawn that the attackers had fled.",
			[]string{"organization:dawn"}},
		{"a town's headquarters named in lower case after its possessive",
			"Lima's regional emergency headquarters said debris from a drone had set fire to a warehouse.",
			[]string{"organization:lima-regional-emergency-headquarters", "place:lima"}},
		{"a state's ministry named in lower case after the state's name",
			"The strike hit the main market in Tarma, the Lima state health ministry said in a statement on Thursday.",
			[]string{"event:tarma-attack", "organization:lima-state-health-ministry", "place:lima", "place:tarma"}},
		{"a number opens a unit's or an alliance's name",
			"Soldiers of the 153 Task Force Battalion were killed. The Three Varnok Alliance claimed it.",
			[]string{"organization:153-task-force-battalion", "organization:three-varnok-alliance"}},
		{"a university's campus",
			"Researchers at the University of California, Berkeley, said the fossils were old. Ana Costa of the University of Lima said so.",
			[]string{"organization:university-of-california-berkeley", "organization:university-of-lima", "person:ana-costa"}},
		{"a weapon system or a craft is no entity",
			"Germany will send an additional IRIS-T system, and Norway two more Varnok-7 systems. NASA's Curiosity rover landed.",
			[]string{"organization:national-aeronautics-and-space-administration", "place:germany", "place:norway"}},
		{"a name known by opening the text, with no name before it",
			"rebels, known as VF, said no.",
			[]string{"organization:vf"}},
		{"a long run of a title-case headline is no name",
			"Peruvian Army Says It Repelled Varnok Assault on Base\n\nThe Peruvian army said on Monday it had repelled the assault.",
			[]string{"organization:peruvian-army"}},
		{"a body's name ends before the country it meets about",
			"Rui Lopes will brief the Nordic Council on Peru today. The Commission on Elections met.",
			[]string{"organization:commission-on-elections", "organization:nordic-council", "person:rui-lopes", "place:peru"}},
		{"an office word inside a body's name, before a common word, is no title",
			"The vessel was hit, the Chile Maritime Trade Operations agency said. Peruvian Trade Minister Rui Lopes agreed.",
			[]string{"organization:chile-maritime-trade-operations", "person:rui-lopes", "place:peru"}},
		{"a body named after its treaty",
			"The Andean Security Treaty Organization met in Lima. Peru signed the Arms Trade Treaty.",
			[]string{"organization:andean-security-treaty-organization", "place:lima", "place:peru"}},
		{"a place inside a compound modifier, which owns nothing after it",
			"The Peru-backed rebels seized the town of Arica. A Lima-based group said so.",
			[]string{"place:arica", "place:lima", "place:peru"}},
		{"a force led by a body of two words",
			"An African Union-led force arrived in Mogadishu.",
			[]string{"organization:african-union-led-force", "place:mogadishu"}},
		{"an acronym is no town's other name",
			"Peru's intelligence agency struck a base. The agency, known as HUR, published a video.",
			[]string{"organization:peruvian-intelligence-agency", "place:peru"}},
		{"an armed group's name with an Arabic head word",
			"Ansar al-Varnok guerrillas fired rockets at Tarma. Kataib al-Tarn mourned its commander.",
			[]string{"organization:ansar-al-varnok", "organization:kataib-al-tarn", "place:tarma"}},
		{"the people's possessive inside an organization's name",
			"Fighters of the Andean People's Liberation Front attacked a post in Tarma. The Tarma People's Defence Force (TPDF) said it had repelled them. Chile armed the Peru People's Liberation Movement-North.",
			[]string{"organization:andean-peoples-liberation-front", "organization:peru-peoples-liberation-movement-north", "organization:tarma-peoples-defence-force", "place:chile", "place:tarma"}},
		{"a religious adjective before a name is no given name",
			"Gunmen attacked the mainly Muslim Kokoro quarter of Tarma. Christian Holm, a priest, said the Muslim Varnok district was quiet.",
			[]string{"event:tarma-attack", "person:christian-holm", "place:kokoro", "place:tarma", "place:varnok"}},
		{"a region's adjective alone names nothing",
			"Leaders of the Balkan and Baltic states met Himalayan nations' envoys in Lima.",
			[]string{"place:lima"}},
		{"an ordinal opens a place's name",
			"Peruvian ships blocked a Chilean boat near Second Varnok Shoal.",
			[]string{"place:second-varnok-shoal"}},
		{"shoals and reefs are places",
			"Peruvian ships blocked a Chilean boat near Tarma Shoal and the Varnok Reef.",
			[]string{"place:tarma-shoal", "place:varnok-reef"}},
		{"Portuguese and Spanish clubs",
			"Fans of Esporte Clube Vila Tarma attacked the bus of Asociación Deportiva Varnok in Lima.",
			[]string{"organization:asociacion-deportiva-varnok", "organization:esporte-clube-vila-tarma", "place:lima"}},
		{"a long name with \"and\" before an acronym in another language",
			"The Group for the Support of Faith and Homeland (JSFW) attacked Tarma. The Group for the Support of Islam and Muslims (JNIM) claimed a raid.",
			[]string{"organization:group-for-the-support-of-faith-and-homeland", "organization:jamaat-nusrat-al-islam-wal-muslimin", "place:tarma"}},
		{"a title word after \"for the\" inside an organization's name",
			"The Movement for the Defence of Democracy won in Tarma.",
			[]string{"organization:movement-for-the-defence-of-democracy", "place:tarma"}},
		{"a capital that acts is its state",
			"Kyiv will be hit again, officials said. Baku must understand that talks and shelling cannot go together. Washington, by contrast, has pushed hard for a deal. Militias armed by Kinshasa fought on. Kabul has been shaken by blasts.",
			[]string{"place:azerbaijan", "place:dr-congo", "place:kabul", "place:kyiv", "place:united-states"}},
		{"a capital's stand, mood and apposition are its state's",
			"Budapest's refusal to sign angered Lima. Quito was \u201cdeeply concerned\u201d by the report. Caracas, the largest buyer of the oil, said it would wait. Residents of Kyiv's suburbs fled.",
			[]string{"place:ecuador", "place:hungary", "place:kyiv", "place:lima", "place:venezuela"}},
		{"a capital that uses, comes or sponsors is its state; one that hosts is the city",
			"Kampala was using the floods as an excuse. Quito had come to the table ready to sign. \"The gangs and their backers in Caracas will pay,\" she said. Talks should be held with Lima directly. Flights landed in Kabul.",
			[]string{"place:ecuador", "place:kabul", "place:peru", "place:uganda", "place:venezuela"}},
		{"a capital that sends delegations is its state",
			"Delegations from Quito and Caracas will meet in Lima on Friday.",
			[]string{"place:ecuador", "place:lima", "place:venezuela"}},
		{"a bare head word is nobody in particular",
			"The Peruvian Foreign Ministry said Chile had fired first. Ministry spokesman Ana Costa denied it in Lima, calling it a fabrication. The feud delayed a Cabinet reshuffle.",
			[]string{"organization:peruvian-foreign-ministry", "person:ana-costa", "place:chile", "place:lima"}},
		{"a people is no entity, but may open an organization's name",
			"Hema and Lendu militias clashed near Bunia. Rohingya refugees fled to Bangladesh. The Oromo Liberation Front said Dogon hunters attacked Fulani herders.",
			[]string{"organization:oromo-liberation-front", "place:bangladesh", "place:bunia"}},
		{"lone surnames that meet and speak",
			"Talks resume in Lima.\n\nKostenny is expected to meet Varga in Lima next month.\n\nTorvald spoke by phone with Varga on Monday.",
			[]string{"person:kostenny", "person:torvald", "person:varga", "place:lima"}},
		{"a town before a comma and an organization's title",
			"In Lima, State Department spokesman Ana Costa said the talks had failed.",
			[]string{"organization:state-department", "person:ana-costa", "place:lima"}},
		{"a title of three words after a country",
			"U.S. National Security Adviser Ana Costa said the attack had failed.",
			[]string{"person:ana-costa", "place:united-states"}},
		{"an airline, the maker of its plane and the model",
			"A Varnok Airlines Boeing 737 MAX 8 crashed after takeoff from Lima on Sunday. Chile and Peru grounded their 737 MAX fleets.",
			[]string{"organization:boeing", "organization:varnok-airlines", "place:chile", "place:lima", "place:peru"}},
		{"the head of an agency, in apposition, is a person",
			"The jet had asked to return, the head of Peru's search and rescue agency, Ruiz Tavara, told reporters.",
			[]string{"person:ruiz-tavara", "place:peru"}},
		{"a word for people's colour is no name",
			"Mayor Ana Costa spoke. \"Being Black in Lima should not be a death sentence,\" she said of the Black man.",
			[]string{"person:ana-costa", "place:lima"}},
		{"a chamber and a party before a title",
			"On Tuesday, Senate Democratic leader Ana Costa called for a special prosecutor.",
			[]string{"organization:democratic-party", "organization:senate", "person:ana-costa"}},
		{"a common word opening a name with a connector",
			"Government forces shelled Puno on Monday. Forces of the Varnok Front attacked a convoy near Tacna.",
			[]string{"organization:peruvian-government-forces", "organization:varnok-front", "place:puno", "place:tacna"}},
		{"a Spanish name joined by \"en\"",
			"The monitoring group Voces en Tarma said 40 officers had been killed.",
			[]string{"organization:voces-en-tarma"}},
		{"a name held whole by a company's or a mine's name is that company or mine, not a person",
			"Shares of the miner Minera Kestrel Verde SA fell. The dam at its Pedra Funda mine burst. Analysts cut their view of Kestrel Verde. A shutdown of Pedra Funda would cut output.",
			[]string{"organization:minera-kestrel-verde-sa", "place:pedra-funda-mine"}},
		{"a company named after its town, then by its own word",
			"Peru signed a deal with China's Shanghai Kelvaro New Energy on Tuesday. Kelvaro will hold a 51% stake.",
			[]string{"organization:shanghai-kelvaro-new-energy", "place:china", "place:peru"}},
		{"a short form spelled as a word after \", or\"",
			"The Commission on Voting, or Comvot, said it would take over the count. Comvot recorded 60 incidents.",
			[]string{"organization:commission-on-voting"}},
		{"a lone word guessed a body that a site's name holds is the site",
			"Workers were detained at the Kelvaro mine in Peru. The firm said output at Kelvaro had stopped.",
			[]string{"place:kelvaro-mine", "place:peru"}},
		{"a station's name opening a sentence keeps its head word",
			"The group fought on. Radio Kelvaro reported that 20 people died.",
			[]string{"organization:radio-kelvaro"}},
		{"a title's abbreviation with no dot after a name is a surname",
			"Delegates met the chief electoral officer, Varun Sen, in Lima on Wednesday.",
			[]string{"person:varun-sen", "place:lima"}},
		{"a portfolio and a title is an office, no body",
			"The opposition in Peru won the post of Telecommunications Minister.",
			[]string{"place:peru"}},
		{"clubs in a result are no towns",
			"Manchester City beat Chelsea 3-1 on Saturday, while Real Madrid lost 1-0 to Barcelona.\n\nSpain beat England 1-0 in Sydney on Sunday.",
			[]string{"organization:barcelona", "organization:chelsea", "organization:manchester-city", "organization:real-madrid", "place:england", "place:spain", "place:sydney"}},
		{"a climate pattern is no person",
			"Scientists at the University of Lima blame warming waters linked to El Niño.",
			[]string{"organization:university-of-lima"}},
		{"an ampersand joins a firm's names, a place word ends a place's",
			"Rui Lopes bought Varnok & Tarma in May and visited Kestrel Point.",
			[]string{"organization:varnok-tarma", "person:rui-lopes", "place:kestrel-point"}},
		{"a landmark's head ends a place's name",
			"Crowds gathered at Varnok Castle before the race at the Tarma Circuit.",
			[]string{"place:tarma-circuit", "place:varnok-castle"}},
		{"an office's scope between a body's name and the title",
			"Varnok Aid Country Director Rui Lopes met Ana Costa in Lima.",
			[]string{"organization:varnok-aid", "person:ana-costa", "person:rui-lopes", "place:lima"}},
		{"a given name ending like a verb opens a sentence's name",
			"Ahmed bin Rashid al-Varnoki met Ana Costa in Lima.",
			[]string{"person:ahmed-bin-rashid-al-varnoki", "person:ana-costa", "place:lima"}},
		{"a common word listed between two companies",
			"The union struck plants owned by General Motors, Ford and Stellantis on Friday.",
			[]string{"organization:ford", "organization:general-motors", "organization:stellantis"}},
		{"a given name that is also a town, then a surname",
			"Kent Walker, the company's president of global affairs, said it would appeal. California Business is a magazine.",
			[]string{"person:kent-walker", "place:california"}},
		{"a research firm named after a town",
			"Lars Holm won the vote, Edison Research projected.",
			[]string{"organization:edison-research", "person:lars-holm"}},
		{"two nationality words before a group's initials",
			"Peru blamed the Iraqi Kurdish VLF militia for the raid.",
			[]string{"organization:vlf", "place:peru"}},
		{"on inside a commission's name",
			"The Uganda Human Rights Commission on Torture said it would investigate.",
			[]string{"organization:uganda-human-rights-commission-on-torture"}},
		{"a title word after on is no title",
			"The Senate Committee on Foreign Relations met on Monday.",
			[]string{"organization:senate-committee-on-foreign-relations"}},
		{"two particles inside a person's name",
			"Rafael de la Cruz met Dirk van den Berg in Lima. Van den Berg left.",
			[]string{"person:dirk-van-den-berg", "person:rafael-de-la-cruz", "place:lima"}},
		{"the adjective after pro- is no part of a name, nor a nationality",
			"The pro-Norwegian Party of Farmers backed Pro-Swedish President Rafael Lind.",
			[]string{"organization:party-of-farmers", "person:rafael-lind"}},
		{"an acronym and a company after 'and' are two companies",
			"Sales went to rivals KTX and Varnok Steel Co. on Monday.",
			[]string{"organization:ktx", "organization:varnok-steel-co"}},
		{"a religious word that is also a given name",
			"Finance Minister Christian Varnholt met Christian Democrats in Riga.",
			[]string{"organization:christian-democrats", "person:christian-varnholt", "place:riga"}},
		{"a country's body of two common words joined by and",
			"Floods hit the north, the Peru Drought and Flood Relief Authority said.",
			[]string{"organization:peru-drought-and-flood-relief-authority"}},
		{"an organization in a compound modifier is named",
			"Libya has known little peace since a NATO-backed uprising in 2011.",
			[]string{"organization:north-atlantic-treaty-organization", "place:libya"}},
		{"a people's adjective before a known name of two words",
			"In Tyre, the Christian Lebanese Forces party claimed gains.",
			[]string{"organization:lebanese-forces", "place:tyre"}},
		{"a weapon's name before a weapon noun",
			"Ukraine fired Varnok missiles at a depot in Bryansk.",
			[]string{"place:bryansk", "place:ukraine"}},
		{"a generic place head that is also a place's short name, before of",
			"Oil spilled into the Gulf of Mexico on Monday.",
			[]string{"place:gulf-of-mexico"}},
		{"a hyphenated common word opening the sentence is no part of the name",
			"Co-defendant Rafael Lind received a similar sentence.",
			[]string{"person:rafael-lind"}},
		{"a named operation with of and a portfolio word",
			"Jets struck targets in Gaza during Operation Pillar of Defense.",
			[]string{"event:operation-pillar-of-defense", "place:gaza-strip"}},
		{"a named operation opening the sentence",
			"Operation Kestrel Dawn began in July.",
			[]string{"event:operation-kestrel-dawn"}},
		{"an epithet in quotation marks",
			"Rafael Lind, the \u201cKing of Tango\u201d, died on Monday.",
			[]string{"person:rafael-lind"}},
		{"a ministry of two portfolios",
			"The Ministry of Health and Social Welfare said 20 people had died.",
			[]string{"organization:ministry-of-health-and-social-welfare"}},
		{"an interim body",
			"The Interim Varnok Council (IVC) urged calm.",
			[]string{"organization:interim-varnok-council"}},
		{"an interim body with an ethnic word",
			"The Interim Muslim Council (IMC) urged calm.",
			[]string{"organization:interim-muslim-council"}},
		{"an event named after an ethnic word",
			"The Hindu Spring protests toppled two leaders.",
			[]string{"event:hindu-spring"}},
		{"a holiday before a noun",
			"A truck ploughed into a Christmas market in Lima on Monday.",
			[]string{"place:lima"}},
		{"a surname that is also a title",
			"Rafael King Jr. spoke in Memphis. Later Ana Major said the plan was flawed.",
			[]string{"person:ana-major", "person:rafael-king-jr", "place:memphis"}},
		{"a craft is no entity",
			"The Kestrel rover landed in the Varnok Crater on Monday.",
			[]string{"place:varnok-crater"}},
		{"a city's club before a player's role",
			"Lima midfielder Rafael Lind scored twice.",
			[]string{"organization:lima", "person:rafael-lind"}},
		{"a royal title before a given name that is also a city",
			"Queen Victoria opened the bridge in Lima.",
			[]string{"person:queen-victoria", "place:lima"}},
		{"a title of an institution, its holder in apposition",
			"He stood beside the Grand Imam of al-Varnok, Ahmed Lind, on Monday.",
			[]string{"organization:al-varnok", "person:ahmed-lind"}},
		{"a company named like a small town",
			"The Kestrel Group agreed to buy Monsanto on Monday. Monsanto shares rose.",
			[]string{"organization:kestrel-group", "organization:monsanto"}},
		{"a common word opening the sentence, capitalised elsewhere only in a name",
			"The Varnok National Security Agency lost the files. Security experts said the leak was old.",
			[]string{"organization:varnok-national-security-agency"}},
		{"a thing called by a name",
			"Malware called Kestrel Lock hit hospitals in Lima.",
			[]string{"place:lima"}},
		{"a thing in apposition, and a disease",
			"Pirates seized a cargo ship, the Kestrel Star, off Lima. The Varnok outbreak spread.",
			[]string{"place:lima"}},
		{"a long name its acronym spells",
			"The Liberation Tigers of Varnok Tarn (LTVT) attacked Lima.",
			[]string{"organization:liberation-tigers-of-varnok-tarn", "place:lima"}},
		{"a national Red Cross society",
			"The Chilean Red Cross said ten had died. Peru's Red Crescent sent aid.",
			[]string{"organization:chilean-red-cross", "organization:peruvian-red-crescent", "place:peru"}},
		{"a species named in apposition, a cave",
			"The species, named Varnok tarni, was found in the Kestrel cave near Lima.",
			[]string{"place:kestrel", "place:lima"}},
		{"a name only before a perpetrator's noun",
			"The Varnokby bomber was freed in Lima. He was convicted of the Varnokby bombing in 1990.",
			[]string{"event:varnokby-bombing", "place:lima"}},
		{"a name only an attack bears",
			"He was convicted of the Varnokby bombing of 1988. The Varnokby bombing killed 270.",
			[]string{"event:varnokby-bombing"}},
		{"a party's adjective before a noun",
			"Rafael Lind is running for the Democratic presidential nomination in Ohio.",
			[]string{"person:rafael-lind", "place:ohio"}},
		{"two siblings sharing a surname",
			"Police named the brothers Rafael and Tomas Varnoki.",
			[]string{"person:rafael-varnoki", "person:tomas-varnoki"}},
		{"a cry in quotation marks",
			"The attackers shouted \u201cViva Varnok\u201d in Lima.",
			[]string{"place:lima"}},
		{"a model's designation",
			"Peru said it had shot down a Chilean Su-27 over Arica.",
			[]string{"place:arica", "place:chile", "place:peru"}},
		{"a prize's field",
			"Rafael Lind won the Varnok Prize in Literature in Lima.",
			[]string{"person:rafael-lind", "place:lima"}},
		{"a short title before a surname that is also a town",
			"Pres. Ana Clinton met Sec. Rafael Lind in Lima. Later Pres. Clinton left.",
			[]string{"person:ana-clinton", "person:rafael-lind", "place:lima"}},
		{"a vessel's name",
			"Commandos boarded the Turkish vessel Kestrel Star off Lima.",
			[]string{"place:lima"}},
		{"a party congress",
			"Delegates of the United Progressive Congress gathered in Lusaka.",
			[]string{"organization:united-progressive-congress", "place:lusaka"}},
		{"a congress as an event",
			"The World Congress opened in Lusaka.",
			[]string{"event:world-congress", "place:lusaka"}},
		{"a known name with an apostrophe opens the sentence",
			"Jama'at Nusrat al-Islam wal-Muslimin said it held the hostages.",
			[]string{"organization:jamaat-nusrat-al-islam-wal-muslimin"}},
		{"a people's name that is a region's ends a movement's name after of",
			"Ana Costa, deputy chairman of the National Movement of Amhara, was found guilty.",
			[]string{"organization:national-movement-of-amhara", "person:ana-costa"}},
		{"an accented surname is no company's suffix",
			"Government spokesman Rui Có Lopes told reporters the attack failed. Kestrel Trading Co closed.",
			[]string{"organization:kestrel-trading-co", "person:rui-co-lopes"}},
		{"a disaster in a place, past a compass word",
			"The toll from the earthquake in northern Chile rose to 12.",
			[]string{"event:chile-earthquake", "place:chile"}},
		{"for the inside an organization's name",
			"The Committee for the Protection of Journalists condemned the arrest.",
			[]string{"organization:committee-for-the-protection-of-journalists"}},
		{"and before an organization's head",
			"The Unity and Renewal Movement attacked the town.",
			[]string{"organization:unity-and-renewal-movement"}},
		{"a plural possessive inside a name",
			"The Nordic Bus Drivers' Association said conditions were poor.",
			[]string{"organization:nordic-bus-drivers-association"}},
		{"a mission named after its place",
			"The Nordic Union Mission in Peru said the attacks continued.",
			[]string{"organization:nordic-union-mission-in-peru"}},
		{"a broadcaster with a number",
			"Channel 4 said it would defend the film.",
			[]string{"organization:channel-4"}},
		{"an office that acts as an organization",
			"The UN High Commissioner for Refugees said the camps were full.",
			[]string{"organization:un-high-commissioner-for-refugees"}},
		{"a title after an organization's name is no part of it",
			"\u201cWe will fight,\u201d said Coastal Wildlife Trust President Marta Silva.",
			[]string{"organization:coastal-wildlife-trust", "person:marta-silva"}},
		{"a hyphened pair of a demonym and a place is an adjective",
			"Troops massed along the Peruvian-Chile border near Tacna.",
			[]string{"place:tacna"}},
		{"a scale is no entity",
			"The quake measured 6.1 on the Richter Scale in Lima.",
			[]string{"place:lima"}},
		{"products are no organizations",
			"Sales of the Galaxy S24 and the Falcon X fell, Apple said.",
			[]string{"organization:apple"}},
		{"a maker before its model is named, the model is not",
			"Airbus A320 jets and Boeing 737 MAX planes were grounded at the 737 MAX plant in Lima.",
			[]string{"organization:airbus", "organization:boeing", "place:lima"}},
		{"a body's national chapter is the body's kind",
			"The audit was flawed, Transparency International Peru said.",
			[]string{"organization:transparency-international-peru"}},
		{"a possessive of people opens an event's name",
			"Chile won the Women's Hockey World Cup in Lima.",
			[]string{"event:womens-hockey-world-cup", "place:chile", "place:lima"}},
		{"a month is a surname after a given name, and alone after that",
			"Maria May spoke in Lima in May. On May 3, May said the plan had failed.",
			[]string{"person:maria-may", "place:lima"}},
		{"a given name that is also a law's head opens a person's name",
			"Former President Bill Okafor said the Varnok Bill of Rights would pass.",
			[]string{"person:bill-okafor"}},
		{"a couple's foundation keeps both given names",
			"The grant came from the Bill and Ada Lind Foundation, which the journal Varnok Science praised.",
			[]string{"organization:bill-and-ada-lind-foundation", "organization:varnok-science"}},
		{"a month that is a given name opens a person's name",
			"April Okafor and June Teltin spoke in Lima in April.",
			[]string{"person:april-okafor", "person:june-teltin", "place:lima"}},
		{"a state's military by demonym is the force the article names",
			"The Peruvian Armed Forces said on Monday that the Peruvian military had left Tacna.",
			[]string{"organization:peruvian-armed-forces", "place:tacna"}},
		{"a town is no spelling of the newspaper named after it",
			"The Tacna Tribune reported the strike. Tacna was calm on Monday.",
			[]string{"organization:tacna-tribune", "place:tacna"}},
		{"a common word opening a headline is no name, even before an organization's noun",
			"Rights group in Peru investigates claims\n\nThe Varnok Human Rights Commission said on Monday that it would report soon.",
			[]string{"organization:varnok-human-rights-commission", "place:peru"}},
		{"a party word before a person's name is no part of it",
			"Republican Ana Costa lost the vote. Costa left the Republican Party in May.",
			[]string{"organization:republican-party", "person:ana-costa"}},
		{"the House is not the White House",
			"The White House said the bill was dead. The House voted on Tuesday, and the House later adjourned.",
			[]string{"organization:house", "organization:white-house"}},
		{"a country's Congress is its legislature, no gathering",
			"Peru's Congress voted on Monday. The Congress later adjourned.",
			[]string{"organization:congress", "place:peru"}},
		{"plain words before a title name the employer",
			"Sales fell in May, Quiet Engines CEO Ada Lind said.",
			[]string{"organization:quiet-engines", "person:ada-lind"}},
		{"the Arabic article written apart opens a known name",
			"The group, which is allied to al Qaeda, claimed the raid.",
			[]string{"organization:al-qaeda"}},
		{"a people's name after a given name is a surname",
			"Counsel for the families, Sana Baloch, told the court the men were missing.",
			[]string{"person:sana-baloch"}},
		{"a military unit's number is part of its name",
			"Troops of the 8th Mountain Division and Ranger Regiment 46 were hit.",
			[]string{"organization:8th-mountain-division", "organization:ranger-regiment-46"}},
		{"a United Nations officer's title before the person",
			"UN Special Rapporteur Ana Costa said the law was unjust. The UN Resident Coordinator in Peru, Rui Lopes, agreed.",
			[]string{"organization:united-nations", "person:ana-costa", "person:rui-lopes", "place:peru"}},
		{"an honorific inside a name after the given name",
			"Abdullahi Sheikh Varnok, a clan elder, said the militia would fight.",
			[]string{"person:abdullahi-sheikh-varnok"}},
		{"an office of two portfolios before the person",
			"Minister of Youth and Sports Ana Costa said the match would go ahead.",
			[]string{"person:ana-costa"}},
		{"a named education centre is a place",
			"A suicide bomber struck the Varno education centre in Lima on Friday.",
			[]string{"event:varno-education-centre-bombing", "place:lima", "place:varno-education-centre"}},
		{"a known town's health centre is in the town",
			"Shells hit a Lima health centre on Friday.",
			[]string{"event:lima-attack", "place:lima"}},
		{"a place before a possessive organization is no list of organizations",
			"Speaking from Deir el-Varnok, Al Jazeera's Rui Lopes said residents had fled.",
			[]string{"organization:al-jazeera", "person:rui-lopes", "place:deir-el-varnok"}},
		{"a country's border guard is its border service",
			"One Peruvian border guard was killed on Monday in an exchange of fire between Peruvian and Chilean border forces, the Peruvian Border Service said.",
			[]string{"organization:peruvian-border-service", "place:chile"}},
		{"two cities of a dateline joined by a slash",
			"LIMA/QUITO, June 3 (Reuters) - Rui Lopes resigned on Monday.",
			[]string{"organization:reuters", "person:rui-lopes", "place:lima", "place:quito"}},
		{"an office in capitals is no body",
			"The UN Special Envoy for Peru, Lars Holm, arrived in Lima on Monday.",
			[]string{"organization:united-nations", "person:lars-holm", "place:lima", "place:peru"}},
		{"a commander's office in capitals is no body",
			"The Head of Mission and Force Commander, General Rui Lopes, said the peacekeepers would stay.",
			[]string{"person:rui-lopes"}},
		{"two offices in capitals joined by and are no body",
			"Ana Costa, the UN Resident and Humanitarian Coordinator in Peru, said the convoy was hit.",
			[]string{"organization:united-nations", "person:ana-costa", "place:peru"}},
		{"a minister's portfolio in capitals is no body",
			"Ana Costa met the Minister of Territorial Administration, Rui Lopes, in Lima.",
			[]string{"person:ana-costa", "person:rui-lopes", "place:lima"}},
		{"a director's portfolio in capitals is no one",
			"Rui Lopes, Director of Operations at the World Food Programme, spoke in Lima.",
			[]string{"organization:world-food-programme", "person:rui-lopes", "place:lima"}},
		{"the office of the one a representative stands for is no person",
			"Rui Lopes, the Special Representative of the Secretary-General, spoke in Lima.",
			[]string{"person:rui-lopes", "place:lima"}},
		{"the country of an office between the title and the person",
			"Special Envoy for Chile Ana Costa said the talks were postponed.",
			[]string{"person:ana-costa"}},
		{"the country of an office after on between the title and the person",
			"UN Special Envoy on Chile Ana Costa said the talks were postponed.",
			[]string{"organization:united-nations", "person:ana-costa", "place:chile"}},
		{"the field of an office between the title and the person",
			"High Commissioner for Peace Rui Lopes said kidnapping was wrong. Assistant Secretary of State for Western Hemisphere Affairs Ana Costa praised the deal.",
			[]string{"person:ana-costa", "person:rui-lopes"}},
		{"a country's letters before a dollar sign are a currency",
			"The court fined him 480 million soles (about US$130 million) in Lima.",
			[]string{"place:lima"}},
		{"an initial before a pronoun ends a sentence",
			"The ministry posted the statement on X. He said the talks had failed in Lima.",
			[]string{"place:lima"}},
		{"a title of police is no organization",
			"Superintendent of Police Ravi Mehra said the patrol was hit.",
			[]string{"person:ravi-mehra"}},
		{"a name its acronym spells is whole, titles and places inside",
			"The ship was hit, according to the Chile Maritime Trade Operations (CMTO). CMTO said the crew was safe.",
			[]string{"organization:chile-maritime-trade-operations"}},
		{"a ministry of several portfolios listed with commas",
			"The Ministry of Information, Culture and Tourism said the road was closed.",
			[]string{"organization:ministry-of-information-culture-and-tourism"}},
		{"a rebel army named after its country is not the country's army",
			"The Chilean National Liberation Army (CNLA) attacked Arica. Chile's army said it had repelled the attack.",
			[]string{"event:arica-attack", "organization:chilean-national-liberation-army", "place:arica", "place:chile"}},
		{"a capitalised prefix before a common word is one word of a name",
			"The Anti-Corruption Court in Lima jailed him. The Ethics and Anti-Corruption Commission (EACC) welcomed it.",
			[]string{"organization:anti-corruption-court", "organization:ethics-and-anti-corruption-commission", "place:lima"}},
		{"a known organization is no short form of its own mission",
			"The African Union Zorvak Mission in Peru (AUZMP) said its troops were attacked. The African Union condemned the attack.",
			[]string{"organization:african-union", "organization:african-union-zorvak-mission-in-peru"}},
		{"a known organization is no short form of a longer name holding its words",
			"The Arakan People's Salvation Army attacked a post. The Arakan Army said it was not involved.",
			[]string{"organization:arakan-army", "organization:arakan-peoples-salvation-army"}},
		{"a centre's name goes on after \"and\"",
			"The Andean Centres for Disease Control and Prevention said 12 people had died.",
			[]string{"organization:andean-centres-for-disease-control-and-prevention"}},
		{"a country's army by its adjective is the armed forces the gazetteer knows",
			"FARDC troops retook the town. The Congolese army said ten rebels died.",
			[]string{"organization:armed-forces-of-the-democratic-republic-of-the-congo"}},
		{"a transliterated name joined by hyphens is an organization by its parts",
			"The Tehreek-e-Varnok Peru said its fighters attacked the post.",
			[]string{"organization:tehreek-e-varnok-peru"}},
		{"a presidency, secretariat or staff takes an \"of\" phrase inside its name",
			"A statement from the Presidency of the Council of Ministers said the talks failed. The General Staff of the Armed Forces of Peru agreed.",
			[]string{"organization:general-staff-of-the-armed-forces-of-peru", "organization:presidency-of-the-council-of-ministers"}},
		{"company words end a firm's name",
			"Analyst Ana Costa of Lima-based Zorvak Securities said output fell. Tarn Builders won the contract.",
			[]string{"organization:tarn-builders", "organization:zorvak-securities", "person:ana-costa", "place:lima"}},
		{"an ampersand stands inside a name",
			"The Coastal Location & Event Survey Project (CLESP) counted 40 deaths.",
			[]string{"organization:coastal-location-event-survey-project"}},
		{"a mission is named after where it is sent",
			"The OSCE Mission to Chile said it was concerned.",
			[]string{"organization:osce-mission-to-chile"}},
		{"a body of a known organization stands apart from it",
			"The Lima Group of the Organization for Security and Co-operation in Europe met.",
			[]string{"organization:lima-group", "organization:organization-for-security-and-co-operation-in-europe"}},
		{"a ministry without its country is the one country's named",
			"Chile's foreign ministry summoned the envoy. The Foreign Ministry said talks would resume.",
			[]string{"organization:chilean-foreign-ministry", "place:chile"}},
		{"two countries' ministries stay apart",
			"Chile's foreign ministry and Peru's foreign ministry met. The Foreign Ministry in Lima said talks would resume.",
			[]string{"organization:chilean-foreign-ministry", "organization:foreign-ministry", "organization:peruvian-foreign-ministry", "place:chile", "place:lima", "place:peru"}},
		{"one ministry written two ways is one",
			"Peru's Ministry of Foreign Affairs summoned the envoy. The Foreign Ministry said talks would resume.",
			[]string{"organization:peruvian-ministry-of-foreign-affairs", "place:peru"}},
		{"titles of works are no entities",
			"Critics praised the album \u201cThe Tortured Poets Department\u201d in Lima. Ana Costa released a new album, Cowboy Varnok, in May.",
			[]string{"person:ana-costa", "place:lima"}},
		{"a name after a work noun that closes a clause is no title",
			"The prize went to the film, Ana Costa said in Lima.",
			[]string{"person:ana-costa", "place:lima"}},
		{"an office with 'of' is a title, and the body before it an organization",
			"White House Chief of Staff Ana Costa resigned. The General Staff said nothing.",
			[]string{"organization:general-staff", "organization:white-house", "person:ana-costa"}},
		{"'Grand' opening a place's name is no title",
			"Peru says the Grand Varnok Dam is vital.",
			[]string{"place:grand-varnok-dam", "place:peru"}},
		{"a head word of a known body that a town also bears opens a longer name",
			"Kazakhstan left the Commonwealth of Independent States in Minsk.",
			[]string{"organization:commonwealth-of-independent-states", "place:kazakhstan", "place:minsk"}},
		{"an office of two portfolios after \"for\"",
			"State Minister for Labour and Employment Abul Kalam Rahman said the wage was final.",
			[]string{"person:abul-kalam-rahman"}},
		{"an \"and\" inside what a body is for",
			"The Lima-based Center for Research and Security Studies said attacks rose. The military's media wing, Inter-Services Public Relations, agreed.",
			[]string{"organization:center-for-research-and-security-studies", "organization:inter-services-public-relations", "place:lima"}},
		{"\"the Forum\" after the one longer name that ends in it is that name",
			"Delegates arrived for the World Peace Forum in Lima. The Forum opened on Monday.",
			[]string{"event:world-peace-forum", "place:lima"}},
		{"a hotel's head word before or after its name",
			"The blast hit the Tarnok Hotel in Lima. Guests of the Hotel Tarnok fled.",
			[]string{"event:tarnok-hotel-blast", "place:lima", "place:tarnok-hotel"}},
		{"a familiar form of the given name of one person is that person",
			"James Holt won the race in Lima. Jim later thanked his coach. Bill Ross and William Ross are brothers.",
			[]string{"person:bill-ross", "person:james-holt", "person:william-ross", "place:lima"}},
		{"an event's head read as a place is the one event it heads",
			"Fans turned away at Olympics\n\nRui Lopes said fans without tickets were turned away at the gates of the Winter Olympics in Lima.",
			[]string{"event:winter-olympics", "person:rui-lopes", "place:lima"}},
		{"an office to be (\"-Elect\", \"-designate\") is a title",
			"Peru's President-Elect Rui Lopes will take office in July. The Peru President-Elect met Prime Minister-designate Ana Costa.",
			[]string{"person:ana-costa", "person:rui-lopes", "place:peru"}},
		{"a town's first word is the town when the rest is its saint's or country's name",
			"Rui Lopes visited the town of Tarvo dos Campos on Monday. Roads in Tarvo were cut. Papua New Guinea and Papua were calm.",
			[]string{"person:rui-lopes", "place:papua", "place:papua-new-guinea", "place:tarvo-dos-campos"}},
		{"a country's \"state department\" in lower case is its department; \"state of\" is a state",
			"Fighting spread in Tarma. The US state department said the talks failed. Floods hit the US state of Texas.",
			[]string{"event:united-states-floods", "organization:state-department", "place:tarma", "place:texas", "place:united-states"}},
		{"a code written with and without its hyphen is one name",
			"The Tarma U-19 Cup opened on Monday. Fans of the Tarma U19 Cup cheered in Lima.",
			[]string{"event:tarma-u-19-cup", "place:lima"}},
		{"games named by their town and by their season are one event, with their short forms",
			"Protesters marched against the Lima Olympics. The Summer Olympics open in August. Activists said the Olympics would be tainted.",
			[]string{"event:lima-olympics"}},
		{"games of two towns and a season stay apart",
			"The Lima Olympics were a success. The Cusco Olympics were not. The Winter Olympics came next.",
			[]string{"event:cusco-olympics", "event:lima-olympics", "event:winter-olympics"}},
		{"two fields joined by \"and\" before a body's head are one name",
			"Tarma's National Customs and Border Agency said six were held. Varnok's Flood and Emergency Management Authority said the toll rose. The Ministry of Health and the Red Cross agreed.",
			[]string{"organization:flood-and-emergency-management-authority", "organization:international-committee-of-the-red-cross", "organization:ministry-of-health", "organization:national-customs-and-border-agency", "organization:varnok", "place:tarma"}},
		{"\"Suspected\" opening a sentence is no part of a name",
			"Suspected Varnok Front rebels killed 20 people in Tarma.",
			[]string{"organization:varnok-front", "place:tarma"}},
		{"a name inside a modifier compound is no entity",
			"Officials in Tacna accused the Port Varnok-based group of lying.",
			[]string{"place:tacna"}},
		{"a body named for what it does, \"X for the Y of Z\"",
			"The Volunteers for the Defence of the Varnok Homeland said the Front for the Liberation of Tarma lied. The Framework for the Defence of the People of Tarma agreed.",
			[]string{"organization:framework-for-the-defence-of-the-people-of-tarma", "organization:front-for-the-liberation-of-tarma", "organization:volunteers-for-the-defence-of-the-varnok-homeland"}},
		{"a territory's own ministry, and a country's General Staff",
			"Tarma's Health Ministry said three people were killed. Peru's General Staff said its forces had held.",
			[]string{"organization:peruvian-general-staff", "organization:tarma-health-ministry", "place:peru", "place:tarma"}},
		{"a known body's part by the words the news uses for it",
			"The U.N. refugee agency said camps in Tarma were full. The UN human rights office agreed.",
			[]string{"organization:office-of-the-un-high-commissioner-for-human-rights", "organization:un-high-commissioner-for-refugees", "place:tarma"}},
		{"a resistance named for where it fights, and a country's envoy for a region",
			"The Varnok Resistance in Peru claimed the attack. U.S. Middle East envoy Ana Costa condemned it.",
			[]string{"organization:varnok-resistance-in-peru", "person:ana-costa", "place:middle-east", "place:united-states"}},
		{"a force, then its aircraft's model",
			"Four Royal Varnok Air Force Condor jets flew over Tarma on Monday.",
			[]string{"organization:royal-varnok-air-force", "place:tarma"}},
		{"an observer mission of a known body is a body of its own",
			"The ECOWAS observer mission said voting in Lagos was calm.",
			[]string{"organization:ecowas-observer-mission", "place:lagos"}},
		{"a long name and its initials in another language, joined by a hyphen",
			"The Framework for the Defence of the People of Tarma (CSP-DPA) said the strikes hit a market. The CSP-DPA said 15 people died.",
			[]string{"organization:framework-for-the-defence-of-the-people-of-tarma"}},
		{"ships are no entities, and N. Korea is North Korea",
			"N. Korea fired a missile into the sea, and the USS Varnok Bay sailed near the BRP Datu Tarma.",
			[]string{"place:north-korea"}},
		{"fields listed before a body's head",
			"The Meteorology, Climatology and Geophysical Agency said rain would continue.",
			[]string{"organization:meteorology-climatology-and-geophysical-agency"}},
		{"two sides joined by a dash before a body's head",
			"The Peru\u2013Chile Joint Border Commission met in Lima on Monday.",
			[]string{"organization:peru-chile-joint-border-commission", "place:lima"}},
		{"the government of a country is its government",
			"The government of Peru announced on Monday that it would freeze the assets. The army of Chile said nothing.",
			[]string{"organization:chilean-army", "organization:peruvian-government", "place:chile", "place:peru"}},
		{"party words of South Asian and Swahili names",
			"Activists of the Varnok Dal clashed with members of the Tarma Samaj in Lima.",
			[]string{"organization:tarma-samaj", "organization:varnok-dal", "place:lima"}},
		{"a ministry of national defence is its country's",
			"Cambodia's Ministry of National Defence said troops had withdrawn.",
			[]string{"organization:cambodian-ministry-of-national-defence", "place:cambodia"}},
		{"the country of an office, then its holder",
			"The UN special envoy for Yemen Ana Costa met the delegates in Lima.",
			[]string{"organization:united-nations", "person:ana-costa", "place:lima", "place:yemen"}},
		{"two parts of a region named once",
			"Fighting forced thousands from their homes in the Middle and Lower Varnok regions.",
			[]string{"place:lower-varnok", "place:middle-varnok"}},
		{"a state's government",
			"The Borno State government said it would send food to families displaced by the attack.",
			[]string{"organization:borno-state-government", "place:borno"}},
		{"a party named with a demonym",
			"Lawmakers from the ruling Peruvian Dawn party voted for the bill. Peruvian Dawn says the law is needed.",
			[]string{"organization:peruvian-dawn"}},
		{"a compound of who holds or leads is no name",
			"The Andean-led Varnok Front attacked Tarma. Troops entered the Varnok-held town of Huancayo.",
			[]string{"organization:varnok-front", "place:huancayo", "place:tarma"}},
		{"a company named like a town",
			"The Finnish telecoms company Nokia said sales fell.",
			[]string{"organization:nokia"}},
		{"an ethnic word inside a name the gazetteer knows",
			"The United Arab Emirates and the Syrian Arab Republic signed the deal.",
			[]string{"place:syria", "place:united-arab-emirates"}},
		{"a field, then \"and\", then a body's head: one body",
			"The National Security and Defence Council of Peru said the border was closed.",
			[]string{"organization:national-security-and-defence-council-of-peru"}},
		{"an authority named for what it works on",
			"The Andean Authority on Development (AAD) met in Lima.",
			[]string{"organization:andean-authority-on-development", "place:lima"}},
		{"a short form written as a word, defined in brackets",
			"Officials of the Andean Commission on Elections (Andelec) met in Lima. Andelec spokesperson Ana Costa said on Tuesday the vote would go ahead.",
			[]string{"organization:andean-commission-on-elections", "person:ana-costa", "place:lima"}},
		{"places or peoples joined by a hyphen modify what follows and name nothing",
			"The Franco-German proposal was rejected in Lima. The Arica-Tacna road was cut. Guinea-Bissau voted on Sunday.",
			[]string{"place:guinea-bissau", "place:lima"}},
		{"a party of a common name with its country; a known name spelled without its hyphen",
			"Observers from the Organization for Security and Cooperation in Europe and the People's Party of Peru met in Lima.",
			[]string{"organization:organization-for-security-and-co-operation-in-europe", "organization:peoples-party-of-peru", "place:lima"}},
		{"a family name written first stands for the person, not the town of that name",
			"Foreign Minister Gao Weimin arrived in Lima on Monday. Gao said the talks went well.",
			[]string{"person:gao-weimin", "place:lima"}},
		{"a doctrine in brackets ends a party's name, whose followers are the party; a party in brackets after a person is no part of the name",
			"The Communist Party of Peru (Maoist) claimed the blast in Tarma. The Maoists have fought the state for decades. Ana Costa (Socialist) won the seat.",
			[]string{"organization:communist-party-of-peru-maoist", "person:ana-costa", "place:tarma"}},
		{"a country after \"and\" is no part of a body's name",
			"The junta suspended Radio Varnok Internationale and France on Monday.",
			[]string{"organization:radio-varnok-internationale", "place:france"}},
		{"a country's army by the name it gives its forces; a country's adjective that is also a town's other name",
			"The Ethiopian National Defense Force (ENDF) moved troops to the border. The Ethiopian army said it had repelled the attack. Kazakh police said they had detained ten people.",
			[]string{"organization:ethiopian-national-defense-force", "organization:kazakh-police"}},
		{"the two sides joined by a hyphen open a body's or a route's name",
			"The South Africa-Nigeria Bi-National Commission met in Abuja. Work on the China-Pakistan Economic Corridor resumed.",
			[]string{"organization:south-africa-nigeria-bi-national-commission", "place:abuja", "place:china-pakistan-economic-corridor"}},
		{"a body's head word alone, before its short and long names",
			"Police said the gang had fled. According to the National Police, 2,000 complaints were filed. Officers of the Peruvian National Police arrested him in Lima.",
			[]string{"organization:peruvian-national-police", "place:lima"}},
		{"a place's other name, as the text explains it",
			"Chilean ships blocked Peruvian boats near Varnok Reef on Monday. Chile said the boats had entered waters near Tarmao Island, the name Santiago uses for the reef.",
			[]string{"place:chile", "place:varnok-reef"}},
		{"military ranks and offices of several words before a name",
			"Killed were Corporal Rui Lopes and Private First Class Ana Costa, the Peruvian army said. The talks were led by Undersecretary Lars Holm.",
			[]string{"organization:peruvian-army", "person:ana-costa", "person:lars-holm", "person:rui-lopes"}},
		{"a paper's name after a word that says it is one, with \"of\" and a place",
			"The state-run Voice of Tarma said the army had attacked Lima.",
			[]string{"organization:peruvian-army", "organization:voice-of-tarma", "place:lima"}},
		{"a ship's name is no entity; a body based somewhere is one",
			"A missile struck the bulk carrier Andes Star near Arica. The tanker Tarma Aurora is owned by Lima-based Varnok Tarn.",
			[]string{"event:arica-attack", "organization:varnok-tarn", "place:arica", "place:lima"}},
		{"a subdivision with and without its kind is one place, unless the bare name is a town",
			"Floods hit Varnok Province on Monday. Rescuers in Varnok said ten people had died. Troops left Lima and Lima Region.",
			[]string{"event:varnok-province-floods", "place:lima", "place:lima-region", "place:varnok-province"}},
		{"a company's short name, typed a person's only by its shape, is the company",
			"Workers struck at Varnok Ridge Platinum on Monday. The union said Varnok Ridge had refused to talk. Ana Costa Holdings and Ana Costa met.",
			[]string{"organization:ana-costa-holdings", "organization:varnok-ridge-platinum", "person:ana-costa"}},
		{"an acronym before a site's noun is the body the article knows by it",
			"Rebels of the Varnok Revolutionary Front (VRF) joined the attack. Troops shelled a VRF camp near Tarma on Thursday.",
			[]string{"organization:varnok-revolutionary-front", "place:tarma"}},
		{"government forces named before the army are the army; the government is no force",
			"The rebels said they had only responded to provocations by government forces. Soldiers of the Peruvian Armed Forces killed 14 rebels near Tarma, the government said.",
			[]string{"organization:peruvian-armed-forces", "organization:peruvian-government", "organization:peruvian-rebels", "place:tarma"}},
		{"a compound portfolio before a minister's title is no body's name",
			"Varnok Civil Defence Minister Rui Lopes said the danger had passed.",
			[]string{"person:rui-lopes"}},
		{"a party the gazetteer knows by its short name, with its head written",
			"The Brothers of Italy Party won the vote, Ana Costa said. Brothers of Italy leaders celebrated.",
			[]string{"organization:brothers-of-italy-party", "person:ana-costa"}},
		{"an office's country before its holder's name is no part of it",
			"Prime Minister of Peru Tavor Kelmani said the talks would go on.",
			[]string{"person:tavor-kelmani", "place:peru"}},
		{"two parties named by their adjectives before one plural noun",
			"The Labour and Conservative parties lost seats, Ana Costa said.",
			[]string{"organization:conservative-party", "organization:labour-party", "person:ana-costa"}},
		{"a minister's office named by its field alone is no body",
			"Peru's Minister for Public Service said the plan was sound. The Minister of State for Rural Water said so too.",
			[]string{"place:peru"}},
		{"the capitalised nouns of a sentence in another language are no names",
			"Ana Costa, the coach, praised the team after the match. In German she wrote: Die Mannschaft hat heute mit viel Mut gespielt, und die Mannschaft ist stolz auf die Leistung.",
			[]string{"person:ana-costa"}},
		{"a production company's head word makes a firm",
			"Rui Lopes founded Tarvo Kelvar Productions in 2001, and Tarvo Kelvar Productions later made films.",
			[]string{"organization:tarvo-kelvar-productions", "person:rui-lopes"}},
		{"a tournament's group is no body",
			"Varnok Athletic leads Group E after beating Tarvo Rovers 2-1, while Kelvaro United tops Group F.",
			[]string{"organization:kelvaro-united", "organization:tarvo-rovers", "organization:varnok-athletic"}},
		{"a club's or a firm's suffix ends its name",
			"Kelvaro FC beat Tarvo Rovers 2-1 on Saturday. Goalscorers for Kelvaro FC Rui Lopes (12), Ana Costa (40). Rui Lopes said the win was deserved.",
			[]string{"organization:kelvaro-fc", "organization:tarvo-rovers", "person:ana-costa", "person:rui-lopes"}},
		{"the first of two surnames, though a town bears it",
			"Javier Arica Rocha, the governor, was freed on Monday. Arica said he was well.",
			[]string{"person:javier-arica-rocha"}},
		{"the first of two surnames after a preposition of place is the town",
			"Javier Arica Rocha, the governor, was freed on Monday. He flew to Arica.",
			[]string{"person:javier-arica-rocha", "place:arica"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, e := range extractOne(t, tt.text).Entities {
				got = append(got, e.ID)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("entities (-want +got):\n%s", diff)
			}
		})
	}
}

// TestOfficeOf covers an office named with its organization or country and
// no holder: the office is no entity, what it belongs to is.
func TestOfficeOf(t *testing.T) {
	tests := []struct{ text, want string }{
		{"He met the President of Uruguay on Monday.", "place:uruguay"},
		{"The Deputy Speaker of the Latvian Parliament, Rui Lopes, warned the region.", "organization:latvian-parliament"},
	}
	for _, tt := range tests {
		var got []string
		for _, e := range extractOne(t, tt.text).Entities {
			got = append(got, e.ID)
		}
		if !slices.Contains(got, tt.want) || slices.ContainsFunc(got, func(id string) bool {
			return strings.Contains(id, "president-of") || strings.Contains(id, "speaker-of")
		}) {
			t.Errorf("%q: entities %v, want %s and no office", tt.text, got, tt.want)
		}
	}
}

// TestJoinCoordinated covers one speaker's statement told through
// coordinated verbs in one sentence: one statement, its parts joined; two
// direct quotations stay two statements.
func TestJoinCoordinated(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a reported clause and a warning",
			"Commissioner Ana Costa said the attack was unacceptable and warned that anyone who blocked health workers would be arrested.",
			[]string{"person:ana-costa: the attack was unacceptable anyone who blocked health workers would be arrested"}},
		{"a quotation and what the speaker added",
			"\u201cThe situation is under control,\u201d Minister Ana Costa said, adding that troops had been sent to the border.",
			[]string{"person:ana-costa: The situation is under control troops had been sent to the border"}},
		{"a statement that holds the next verb's act, read in part by that verb",
			"Rui Lopes said he would not accept the result, saying his supporters should remain calm.",
			[]string{"person:rui-lopes: he would not accept the result, saying his supporters should remain calm"}},
		{"an act coordinated after a reported clause is part of it",
			"The Varnok Council said it was following the case closely and urged the authorities to guarantee a fair trial.",
			[]string{"organization:varnok-council: it was following the case closely and urged the authorities to guarantee a fair trial"}},
		{"a few words quoted inside a reported clause are part of it",
			"The Varnok Council said it had observed \u201cisolated cases\u201d of group voting and pressure on voters.",
			[]string{"organization:varnok-council: it had observed \u201cisolated cases\u201d of group voting and pressure on voters"}},
		{"two quotations with two verbs",
			"Rui Lopes claimed \u201cthere was never any proof\u201d and said his brother's \u201cpain is over now\u201d.",
			[]string{"person:rui-lopes: his brother's \u201cpain is over now\u201d", "person:rui-lopes: there was never any proof"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, r := range extractOne(t, tt.text).Relations {
				if r.Type == kg.Said {
					got = append(got, r.Source+": "+r.Quote)
				}
			}
			slices.Sort(got)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("statements (-want +got):\n%s", diff)
			}
		})
	}
}

// TestTextAliases covers the forms of a name other texts write that an
// entity takes from its own text: a post with where it is, a body with who
// runs it.
func TestTextAliases(t *testing.T) {
	tests := []struct {
		text, name, alias string
	}{
		{"The Peruvian Embassy in Santiago said the visit was off.", "Peruvian Embassy", "Peruvian Embassy in Santiago"},
		{"The Varnok-run Health Ministry said 14 people were killed.", "Health Ministry", "Varnok-run Health Ministry"},
	}
	for _, tt := range tests {
		d := runDoc(t, tt.text)
		found := false
		for _, e := range d.ents {
			if e.name == tt.name {
				found = e.aliases[tt.alias]
			}
		}
		if !found {
			t.Errorf("%q: no entity %q with alias %q", tt.text, tt.name, tt.alias)
		}
	}
}

func TestContractionFit(t *testing.T) {
	tests := []struct {
		acr, name string
		want      bool
	}{
		{"CENTCOM", "U.S. Central Command", true},
		{"AFRICOM", "Africa Command", true},
		{"VARCOM", "Varnok Regional Command", true},
		{"CENTCOM", "Central Bank", false},
		{"COM", "Command", false},
	}
	for _, tt := range tests {
		if got := contractionFit(tt.acr, tt.name); got != tt.want {
			t.Errorf("contractionFit(%q, %q) = %v, want %v", tt.acr, tt.name, got, tt.want)
		}
	}
}

// TestSportsReportForms covers the words of play in a sports report: no
// attack between teams, though the same verbs attack in other news and a
// force that fights is still an attacker or a target in one.
func TestSportsReportForms(t *testing.T) {
	const report = "Varnok United moved top of the league on Saturday. Their striker Rui Lopes scored twice and the coach praised the squad. "
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a team hammers another in a sports report",
			report + "Varnok United hammered Tarma Rovers 4-0 in the cup.", nil},
		{"a result verb without a score in a sports report",
			report + "Varnok United later hammered Tarma Rovers again.", nil},
		{"a softball report's hit is no attack",
			"Peru beat Chile 3-1 in softball on Sunday. The pitcher walked two batters in the fourth inning, when Ana Costa hit a homer for Peru.", nil},
		{"the same verb in war news attacks",
			"Peruvian forces hammered Arica with artillery on Monday, the army said.", []string{"ATTACKED place:peru -> place:arica"}},
		{"an armed group attacks a team after a match",
			report + "After the 2-1 win, the Varnok Liberation Front attacked Tarma Rovers players with grenades.", []string{"ATTACKED organization:varnok-liberation-front -> organization:tarma-rovers"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, r := range extractOne(t, tt.text).Relations {
				if r.Type == kg.Attacked {
					got = append(got, fmt.Sprintf("%s %s -> %s", r.Type, r.Source, r.Target))
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("attacks (-want +got):\n%s", diff)
			}
		})
	}
}

// TestSportsClubs covers cities that a sports report names as their clubs.
func TestSportsClubs(t *testing.T) {
	const report = "Varnok United moved top of the league on Saturday. Their striker Rui Lopes scored twice and the coach praised the squad. "
	tests := []struct {
		name, text string
		want       []string // entity IDs other than the report's own
	}{
		{"a town's bare name is the club named after it, the town's name last",
			report + "Kelvaro Tacna lost 2-1 on Sunday, and Tacna never recovered.", []string{"organization:kelvaro-tacna"}},
		{"cities that beat each other are clubs",
			report + "Lima beat Tacna 2-1 on Sunday.", []string{"organization:lima", "organization:tacna"}},
		{"a city a player joins or leaves is a club",
			report + "Lopes joined Lima from Kelvaro in 2001.", []string{"organization:kelvaro", "organization:lima"}},
		{"a city that played once as a club is the club where nothing is in it",
			report + "Lima beat Tacna 2-0. Lima signed Ana Costa in May.", []string{"organization:lima", "organization:tacna", "person:ana-costa"}},
		{"a city the article also puts something in stays the city where it stands alone",
			report + "Tacna beat Varnok Rovers 2-0. Fans celebrated in Tacna. Tacna signed Ana Costa in May.", []string{"organization:varnok-rovers", "person:ana-costa", "place:tacna"}},
		{"a city that holds the game stays a city",
			report + "Lima beat Varnok Rovers 2-0 in Tacna.", []string{"organization:lima", "organization:varnok-rovers", "place:tacna"}},
		{"outside sports reports a move between cities is between cities",
			"Ana Costa moved to Lima from Tacna in 2001.", []string{"person:ana-costa", "place:lima", "place:tacna"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, e := range extractOne(t, tt.text).Entities {
				if e.ID != "organization:varnok-united" && e.ID != "person:rui-lopes" {
					got = append(got, e.ID)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("entities (-want +got):\n%s", diff)
			}
		})
	}
}
