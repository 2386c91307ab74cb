package synth

// The pools. Countries and cities are real (general knowledge), given names
// are common ones from many languages, surnames are built from syllables so
// that there are tens of thousands of them, and organizations are built from
// places. None is taken from the evaluation articles.

type country struct {
	Name   string
	Adj    string   // "Polish" for Poland
	Cities []string // real cities of the country
}

// countries are real countries with their adjective and a few of their
// cities: general knowledge.
var countries = []country{
	{"Afghanistan", "Afghan", []string{"Kandahar", "Herat", "Jalalabad", "Kunduz"}},
	{"Albania", "Albanian", []string{"Tirana", "Durres", "Vlore", "Shkoder"}},
	{"Algeria", "Algerian", []string{"Algiers", "Oran", "Constantine", "Annaba"}},
	{"Argentina", "Argentine", []string{"Buenos Aires", "Cordoba", "Rosario", "Mendoza"}},
	{"Armenia", "Armenian", []string{"Yerevan", "Gyumri", "Vanadzor"}},
	{"Australia", "Australian", []string{"Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide"}},
	{"Austria", "Austrian", []string{"Vienna", "Graz", "Linz", "Salzburg"}},
	{"Azerbaijan", "Azerbaijani", []string{"Baku", "Ganja", "Sumqayit"}},
	{"Bangladesh", "Bangladeshi", []string{"Dhaka", "Chittagong", "Khulna", "Sylhet"}},
	{"Belarus", "Belarusian", []string{"Minsk", "Gomel", "Brest", "Vitebsk"}},
	{"Belgium", "Belgian", []string{"Brussels", "Antwerp", "Ghent", "Liege"}},
	{"Bolivia", "Bolivian", []string{"La Paz", "Santa Cruz", "Cochabamba", "Sucre"}},
	{"Bosnia", "Bosnian", []string{"Sarajevo", "Mostar", "Tuzla", "Banja Luka"}},
	{"Brazil", "Brazilian", []string{"Brasilia", "Recife", "Salvador", "Fortaleza", "Manaus"}},
	{"Bulgaria", "Bulgarian", []string{"Sofia", "Plovdiv", "Varna", "Burgas"}},
	{"Burkina Faso", "Burkinabe", []string{"Ouagadougou", "Bobo-Dioulasso", "Koudougou"}},
	{"Cambodia", "Cambodian", []string{"Phnom Penh", "Battambang", "Siem Reap"}},
	{"Cameroon", "Cameroonian", []string{"Yaounde", "Douala", "Bamenda", "Garoua"}},
	{"Canada", "Canadian", []string{"Ottawa", "Toronto", "Montreal", "Vancouver", "Calgary"}},
	{"Chad", "Chadian", []string{"N'Djamena", "Moundou", "Abeche"}},
	{"Chile", "Chilean", []string{"Santiago", "Valparaiso", "Concepcion", "Antofagasta"}},
	{"China", "Chinese", []string{"Beijing", "Shanghai", "Guangzhou", "Chengdu", "Wuhan"}},
	{"Croatia", "Croatian", []string{"Zagreb", "Split", "Rijeka", "Osijek"}},
	{"Cuba", "Cuban", []string{"Havana", "Santiago de Cuba", "Camaguey"}},
	{"Cyprus", "Cypriot", []string{"Nicosia", "Limassol", "Larnaca"}},
	{"Denmark", "Danish", []string{"Copenhagen", "Aarhus", "Odense", "Aalborg"}},
	{"Egypt", "Egyptian", []string{"Cairo", "Alexandria", "Giza", "Aswan", "Port Said"}},
	{"Estonia", "Estonian", []string{"Tallinn", "Tartu", "Narva"}},
	{"Finland", "Finnish", []string{"Helsinki", "Tampere", "Turku", "Oulu"}},
	{"Georgia", "Georgian", []string{"Tbilisi", "Batumi", "Kutaisi"}},
	{"Greece", "Greek", []string{"Athens", "Thessaloniki", "Patras", "Heraklion"}},
	{"Guatemala", "Guatemalan", []string{"Guatemala City", "Quetzaltenango", "Escuintla"}},
	{"Haiti", "Haitian", []string{"Port-au-Prince", "Cap-Haitien", "Gonaives"}},
	{"Hungary", "Hungarian", []string{"Budapest", "Debrecen", "Szeged", "Pecs"}},
	{"India", "Indian", []string{"New Delhi", "Mumbai", "Kolkata", "Chennai", "Bangalore"}},
	{"Indonesia", "Indonesian", []string{"Jakarta", "Surabaya", "Bandung", "Medan"}},
	{"Ireland", "Irish", []string{"Dublin", "Cork", "Limerick", "Galway"}},
	{"Jordan", "Jordanian", []string{"Amman", "Zarqa", "Irbid", "Aqaba"}},
	{"Kazakhstan", "Kazakh", []string{"Astana", "Almaty", "Shymkent", "Karaganda"}},
	{"Kosovo", "Kosovar", []string{"Pristina", "Prizren", "Peja"}},
	{"Kyrgyzstan", "Kyrgyz", []string{"Bishkek", "Osh", "Jalal-Abad"}},
	{"Laos", "Lao", []string{"Vientiane", "Luang Prabang", "Pakse"}},
	{"Latvia", "Latvian", []string{"Riga", "Daugavpils", "Liepaja"}},
	{"Lebanon", "Lebanese", []string{"Beirut", "Sidon", "Tyre"}},
	{"Lithuania", "Lithuanian", []string{"Vilnius", "Kaunas", "Klaipeda"}},
	{"Malaysia", "Malaysian", []string{"Kuala Lumpur", "Penang", "Johor Bahru", "Ipoh"}},
	{"Mali", "Malian", []string{"Bamako", "Timbuktu", "Gao", "Mopti"}},
	{"Mexico", "Mexican", []string{"Mexico City", "Guadalajara", "Monterrey", "Puebla", "Tijuana"}},
	{"Moldova", "Moldovan", []string{"Chisinau", "Balti", "Tiraspol"}},
	{"Mongolia", "Mongolian", []string{"Ulaanbaatar", "Erdenet", "Darkhan"}},
	{"Morocco", "Moroccan", []string{"Rabat", "Casablanca", "Marrakesh", "Fez", "Tangier"}},
	{"Myanmar", "Myanmar", []string{"Yangon", "Mandalay", "Naypyidaw"}},
	{"Nepal", "Nepali", []string{"Kathmandu", "Pokhara", "Biratnagar"}},
	{"Netherlands", "Dutch", []string{"Amsterdam", "Rotterdam", "The Hague", "Utrecht"}},
	{"Niger", "Nigerien", []string{"Niamey", "Zinder", "Maradi", "Agadez"}},
	{"Nigeria", "Nigerian", []string{"Abuja", "Lagos", "Kano", "Ibadan", "Maiduguri"}},
	{"Norway", "Norwegian", []string{"Oslo", "Bergen", "Trondheim", "Stavanger"}},
	{"Oman", "Omani", []string{"Muscat", "Salalah", "Sohar"}},
	{"Pakistan", "Pakistani", []string{"Islamabad", "Karachi", "Lahore", "Peshawar", "Quetta"}},
	{"Panama", "Panamanian", []string{"Panama City", "Colon"}},
	{"Paraguay", "Paraguayan", []string{"Asuncion", "Ciudad del Este", "Encarnacion"}},
	{"Peru", "Peruvian", []string{"Lima", "Arequipa", "Cusco", "Trujillo"}},
	{"Philippines", "Philippine", []string{"Manila", "Cebu", "Davao", "Zamboanga"}},
	{"Poland", "Polish", []string{"Warsaw", "Krakow", "Gdansk", "Wroclaw", "Poznan"}},
	{"Portugal", "Portuguese", []string{"Lisbon", "Porto", "Coimbra", "Braga"}},
	{"Qatar", "Qatari", []string{"Doha", "Al Wakrah", "Al Khor"}},
	{"Romania", "Romanian", []string{"Bucharest", "Cluj-Napoca", "Timisoara", "Iasi"}},
	{"Rwanda", "Rwandan", []string{"Kigali", "Butare", "Gisenyi"}},
	{"Senegal", "Senegalese", []string{"Dakar", "Thies", "Saint-Louis", "Ziguinchor"}},
	{"Serbia", "Serbian", []string{"Belgrade", "Novi Sad", "Nis", "Kragujevac"}},
	{"Slovakia", "Slovak", []string{"Bratislava", "Kosice", "Presov"}},
	{"Slovenia", "Slovenian", []string{"Ljubljana", "Maribor", "Celje"}},
	{"Spain", "Spanish", []string{"Madrid", "Barcelona", "Valencia", "Seville", "Bilbao"}},
	{"Sri Lanka", "Sri Lankan", []string{"Colombo", "Kandy", "Jaffna", "Galle"}},
	{"Sweden", "Swedish", []string{"Stockholm", "Gothenburg", "Malmo", "Uppsala"}},
	{"Switzerland", "Swiss", []string{"Bern", "Zurich", "Geneva", "Basel", "Lausanne"}},
	{"Tajikistan", "Tajik", []string{"Dushanbe", "Khujand", "Kulob"}},
	{"Thailand", "Thai", []string{"Bangkok", "Chiang Mai", "Phuket", "Hat Yai"}},
	{"Tunisia", "Tunisian", []string{"Tunis", "Sfax", "Sousse", "Bizerte"}},
	{"Turkey", "Turkish", []string{"Ankara", "Izmir", "Diyarbakir", "Gaziantep"}},
	{"Uruguay", "Uruguayan", []string{"Montevideo", "Salto", "Paysandu"}},
	{"Uzbekistan", "Uzbek", []string{"Tashkent", "Samarkand", "Bukhara", "Namangan"}},
	{"Vietnam", "Vietnamese", []string{"Hanoi", "Ho Chi Minh City", "Da Nang", "Haiphong"}},
	{"Yemen", "Yemeni", []string{"Sanaa", "Aden", "Taiz", "Hodeidah"}},
}

var maleNames = []string{
	"Adam", "Adrian", "Alan", "Alexei", "Amir", "Anders", "Andre", "Andrei", "Anton", "Antonio",
	"Arjun", "Arman", "Arturo", "Bernard", "Boris", "Bruno", "Carlos", "Cesar", "Chen", "Christian",
	"Dario", "Dmitri", "Eduardo", "Elias", "Emil", "Emmanuel", "Enrique", "Erik", "Fabian", "Farid",
	"Felipe", "Felix", "Fernando", "Florian", "Francis", "Frank", "Gabriel", "Gustavo", "Hamid", "Hans",
	"Hassan", "Hector", "Henrik", "Ibrahim", "Igor", "Ivan", "Jakob", "Javier", "Jean", "Johan",
	"Jonas", "Jorge", "Jose", "Joseph", "Juan", "Julian", "Kamal", "Karim", "Kenji", "Khalid",
	"Kofi", "Lars", "Leon", "Luca", "Lucas", "Luis", "Malik", "Marco", "Marcus", "Mario",
	"Mateo", "Mehmet", "Miguel", "Mikhail", "Milan", "Mohammed", "Nabil", "Nikolai", "Noah", "Omar",
	"Oscar", "Pablo", "Patrick", "Paul", "Pavel", "Pedro", "Peter", "Rahul", "Ramon", "Rashid",
	"Raul", "Ricardo", "Robert", "Roberto", "Samir", "Samuel", "Sergei", "Simon", "Stefan", "Tariq",
	"Thomas", "Tomas", "Victor", "Vikram", "Walter", "Zoran",
}

var femaleNames = []string{
	"Adriana", "Aisha", "Alejandra", "Alina", "Amara", "Amina", "Ana", "Anna", "Astrid", "Beatriz",
	"Camila", "Carla", "Carmen", "Catherine", "Chiara", "Clara", "Claudia", "Daria", "Diana", "Elena",
	"Elif", "Elisa", "Emma", "Eva", "Fatima", "Fiona", "Gabriela", "Greta", "Hana", "Helena",
	"Ines", "Irina", "Isabel", "Julia", "Karin", "Katarina", "Laila", "Lara", "Laura", "Leila",
	"Lena", "Lina", "Lucia", "Maja", "Malika", "Margaret", "Maria", "Marina", "Marta", "Maya",
	"Mei", "Miriam", "Monica", "Nadia", "Natalia", "Nina", "Noor", "Olga", "Paula", "Priya",
	"Rania", "Rosa", "Sara", "Selin", "Silvia", "Sofia", "Sonia", "Svetlana", "Tamara", "Tanya",
	"Teresa", "Valentina", "Vera", "Victoria", "Yasmin", "Yelena", "Zainab", "Zara",
}

// Surnames are onset + middle + ending: 44 × 16 × 36 = 25,344 of them.
var (
	surnameOnsets = []string{
		"Ab", "Al", "Bar", "Bel", "Bor", "Cal", "Dar", "Del", "Dor", "Es",
		"Fal", "Fer", "Gal", "Gor", "Hal", "Hov", "Is", "Jan", "Kal", "Kar",
		"Kes", "Lan", "Lor", "Mal", "Mar", "Mor", "Nal", "Nov", "Or", "Pal",
		"Per", "Ral", "Ros", "Sal", "Sor", "Tal", "Tor", "Ul", "Val", "Ver",
		"Vol", "Yar", "Zal", "Zor",
	}
	surnameMiddles = []string{
		"a", "e", "i", "o", "u", "an", "en", "in", "on", "ar", "er", "or",
		"am", "el", "ov", "is",
	}
	surnameEndings = []string{
		"ovic", "enko", "sson", "ez", "ani", "ides", "berg", "ton", "ley",
		"ari", "ski", "escu", "elli", "ov", "ura", "aki", "oglu", "dze",
		"yan", "ova", "etti", "sen", "mann", "ero", "ado", "ic", "as",
		"opoulos", "inen", "ek", "ai", "umi", "ewa", "anu", "ord", "ell",
	}
)

// Ministries, armed services, parties and councils: organizations are a
// country or city followed by one of these.
var (
	ministries = []string{
		"Ministry of Defence", "Ministry of Foreign Affairs", "Ministry of the Interior",
		"Ministry of Health", "Ministry of Finance", "Ministry of Energy", "Ministry of Justice",
	}
	countryBodies = []string{
		"Army", "Navy", "Air Force", "Central Bank", "National Council",
		"Democratic Party", "Labour Party", "Liberation Front", "Border Guard",
	}
	cityBodies = []string{"City Council", "Regional Council", "Workers' Party"}
	// armedGroups are followed by a word made of syllables: "the Talor Brigade".
	armedGroups = []string{"Brigade", "Movement", "Front", "Battalion"}
)
