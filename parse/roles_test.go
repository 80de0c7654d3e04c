package parse

import "testing"

// nameAt returns the token indices of the words of name in text.
func nameAt(t *testing.T, toks []token, text, name string) (first, last int) {
	t.Helper()
	for i, tok := range toks {
		if int(tok.start) == indexOf(text, name) {
			first = i
		}
		if tok.wordEnd(text) == indexOf(text, name)+len(name) {
			return first, i
		}
	}
	t.Fatalf("%q not in %q", name, text)
	return 0, 0
}

func indexOf(text, s string) int {
	for i := 0; i+len(s) <= len(text); i++ {
		if text[i:i+len(s)] == s {
			return i
		}
	}
	return -1
}

// classified tokenizes text, which gives every word its classes.
func classified(text string) []token { return tokenize(nil, text) }

func TestRoleBefore(t *testing.T) {
	for _, tc := range []struct{ text, name, want string }{
		{"said Interior Minister Jean Moreau.", "Jean Moreau", "Interior Minister"},
		{"while Tver regional Deputy Governor Ivan Sorokin said", "Ivan Sorokin", "Tver regional Deputy Governor"},
		{"began after US Secretary of State Mark Dalton arrived", "Mark Dalton", "US Secretary of State"},
		{"from Organisation of African Unity (OAU) head Hassan Al-Rashidi,", "Hassan Al-Rashidi", "Organisation of African Unity (OAU) head"},
		{"injured Dubai Radio photojournalist Samir al-Hakim", "Samir al-Hakim", "Dubai Radio photojournalist"},
		{"the director of Doha Media, Dr Omar bin Khalid", "Omar bin Khalid", ""}, // an honorific is no role
		{"met Paul Girard", "Paul Girard", ""},
		// a time that opens the clause is no part of the title
		{"Last night President Leo Hart spoke.", "Leo Hart", "President"},
		{"On Monday Chancellor Ruth Adler spoke.", "Ruth Adler", "Chancellor"},
		{"Yesterday Governor Ann Lee spoke.", "Ann Lee", "Governor"},
		// a verb before the title: after a pronoun, an infinitive, a headline's
		{"It shows the range he gives head coach Nick Lund.", "Nick Lund", "head coach"},
		{"They hoped to save Rep. Mark Lane from defeat.", "Mark Lane", "Rep."},
		{"Meet Street Artist Alma Reyes", "Alma Reyes", "Street Artist"},
		// a sentence's first word set in capitals
		{"AS Opposition Leader Bill Shore said more.", "Bill Shore", "Opposition Leader"},
		// a county's office
		{"said Supervisor Alfredo Ruiz of Napa County.", "Alfredo Ruiz", "Supervisor"},
		// Ireland's deputy prime minister
		{"Speaking later, Tánaiste Sean Kerr said more.", "Sean Kerr", "Tánaiste"},
		{"Leeds University pop culture professor Robert Lane remarked", "Robert Lane", "Leeds University pop culture professor"},
		{"There he met bassist Tom Reed.", "Tom Reed", "bassist"},
		{"The inquiry will be led by Board Member Anna Holm.", "Anna Holm", "Board Member"},
		{"The letter was signed by Baker Anna Holm.", "Anna Holm", ""},
		{"Dutch singer, painter, and author Anna Holm dies at 90", "Anna Holm", "Dutch singer, painter, and author"},
		{"The film starred actor and singer Jo Roe.", "Jo Roe", "actor and singer"},
		{"the party's candidate, veteran politician Jo Roe, said", "Jo Roe", "veteran politician"},
		{"US Ambassador to Spain Mark Gould alleged that.", "Mark Gould", "US Ambassador to Spain"},
		{"while Senator from Ohio Mark Gould has earned 900.", "Mark Gould", "Senator from Ohio"},
		{"on Monday, Dutch inventor Pieter Maas flew", "Pieter Maas", "Dutch inventor"},
		{"the crash killed motorcyclist Dan Hale near", "Dan Hale", "motorcyclist"},
		{"a major Andy Warhol exhibit", "Andy Warhol", ""},
		{"Portraits of actor Glenn Walsh", "Glenn Walsh", "actor"},
	} {
		toks := classified(tc.text)
		first, _ := nameAt(t, toks, tc.text, tc.name)
		if got := roleBefore(toks, tc.text, first); got != tc.want {
			t.Errorf("roleBefore(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestRoleAfterAndApposedBefore(t *testing.T) {
	for _, tc := range []struct{ text, name, after, before string }{
		{"Jane Roe, the interior minister, said", "Jane Roe", "interior minister", ""},
		{"Karim Benali, 26, a student, fled", "Karim Benali", "student", ""},
		{"Ramon dela Cruz of the army's Northern Luzon Command said", "Ramon dela Cruz", "army's Northern Luzon Command", ""},
		{"Glenn Walsh of Hollywood fame", "Glenn Walsh", "", ""},
		{"Samir Benali, shot during the raid, and", "Samir Benali", "", ""},
		{"Rosa Imhof, a retired teacher, said", "Rosa Imhof", "retired teacher", ""},
		{"Nils Ekberg, a self-described futurist, said", "Nils Ekberg", "self-described futurist", ""},
		{"Keith Ward, who served as Finance Minister for several years, said", "Keith Ward", "Finance Minister", ""},
		{"Maria Ruiz, a busy young mother of two whom I met, said", "Maria Ruiz", "busy young mother", ""},
		// what one calls oneself, whatever its noun
		{"Ezra Pike, a self-described Neo-Luddite, said", "Ezra Pike", "self-described Neo-Luddite", ""},
		{"Ezra Pike, a self-proclaimed Tory rebel, said", "Ezra Pike", "self-proclaimed Tory rebel", ""},
		// a body's name at the length bound runs on over "and" a place
		{"Ada Vance, then the deputy executive director of the Harbour Authority of Ohio and New Mexico, resigned", "Ada Vance",
			"former deputy executive director of the Harbour Authority of Ohio and New Mexico", ""},
		{"Ivo Marsh, the club's captain for six years, retired", "Ivo Marsh", "club's captain", ""},
		{"Ivo Marsh, the club's captain for Leeds, retired", "Ivo Marsh", "club's captain for Leeds", ""},
		{"Paul Hensley, a detective for the sheriff's office was given", "Paul Hensley", "detective for the sheriff's office", ""},
		{"The mayor of Leeds, Amir Hussain, posted", "Amir Hussain", "", "mayor of Leeds"},
		{"One activist, Abul Kalam Azad, on Monday told", "Abul Kalam Azad", "", "activist"},
		{"In Paris, John Roe said", "John Roe", "", ""},
		{"after Ann Lowe, a United States District judge, ruled", "Ann Lowe", "United States District judge", ""},
		{"Chancellor Ana Lind's spokesperson, Tomas Berg, said", "Tomas Berg", "", "Chancellor Ana Lind's spokesperson"},
		{"According to Elm Falls' first selectman, Jo Roe, the", "Jo Roe", "", "Elm Falls' first selectman"},
		{"After Lind's arrest, Tomas Berg said", "Tomas Berg", "", ""},
	} {
		toks := classified(tc.text)
		first, last := nameAt(t, toks, tc.text, tc.name)
		if got := roleAfter(toks, tc.text, last); got != tc.after {
			t.Errorf("roleAfter(%q) = %q, want %q", tc.text, got, tc.after)
		}
		if got := roleApposedBefore(toks, tc.text, first); got != tc.before {
			t.Errorf("roleApposedBefore(%q) = %q, want %q", tc.text, got, tc.before)
		}
	}
}

func TestAges(t *testing.T) {
	for _, tc := range []struct {
		text, name string
		want       int
	}{
		{"Karim Benali, 26 – still sought", "Karim Benali", 26},
		{"Nabil Saadi, 20\nRami", "Nabil Saadi", 20},
		{"Omar Haddad, 29, from near Lyon", "Omar Haddad", 29},
		{"Jane Roe, aged 67, of Leeds", "Jane Roe", 67},
		{"Richard Hale (61) said", "Richard Hale", 61},
		{"the 21-year-old Jane Roe", "Jane Roe", 21},
		{"the 21-year-old student Jane Roe", "Jane Roe", 21},
		{"the four-year-old son of Jane Roe", "Jane Roe", 0},
		{"the city's six-year-old Office of Tania Reyes", "Tania Reyes", 0},
		{"The twenty-one-year-old Jane Roe won", "Jane Roe", 21},
		{"Jane Roe, 2,000 people", "Jane Roe", 0},        // a count, not an age
		{"Jane Roe, 26 people were hurt", "Jane Roe", 0}, // a figure after the name
		{"Jane Roe, 150, was", "Jane Roe", 0},            // no one is 150
		{"Lena Holt, now 36, coaches", "Lena Holt", 36},
		{"Ana Ruiz, who is 19, won", "Ana Ruiz", 19},
		{"Ian Roe is 44.", "Ian Roe", 44},
		{"Ian Roe is 5 points clear", "Ian Roe", 0}, // not the end of a clause
		{"Tom Cole, aged seven, was", "Tom Cole", 7},
		{"Tom Cole, aged twenty-one, was", "Tom Cole", 21},
		{"Grace Ohene (29 years) said", "Grace Ohene", 29},
		{"Grace Ohene (aged 29) said", "Grace Ohene", 29},
		{"Grace Ohene (29 years old) said", "Grace Ohene", 29},
		{"Grace Ohene (29 km) said", "Grace Ohene", 0},
		{"Grace Ohene, age 29, said", "Grace Ohene", 29},
		{"Harry Roe, a 19-year-old motorcyclist, was hit", "Harry Roe", 19},
		{"The Ann Hale R0 is about 12–18.", "Ann Hale R0", 0}, // a range, not an age
		{"on board were Tom Cole aged 41 and", "Tom Cole", 41},
		{"Tom Cole dies aged 86", "Tom Cole", 86},
		{"Tom Cole, a landscape painter, died at 86.", "Tom Cole", 86},
		{"Tom Cole, the band's drummer, has died aged 71.", "Tom Cole", 71},
		{"Tom Cole, a painter, said 80 people came.", "Tom Cole", 0},
		{"Tom Cole, the former party leader, was 90.", "Tom Cole", 90},
		{"Tom Cole, the party leader, was 5 points ahead.", "Tom Cole", 0},
		{"Tom Cole died at the age of 86.", "Tom Cole", 86},
		{"Tom Cole died on Monday at the age of 86.", "Tom Cole", 86},
		{"Tom Cole, who was 45, died.", "Tom Cole", 45},
		{"Tom Cole was 45 when he died.", "Tom Cole", 45},
		{"Tom Cole was 45 minutes late.", "Tom Cole", 0},
		{"Tom Cole, who turned 45 last week, won.", "Tom Cole", 45},
		{"Tom Cole, who is aged 45, won.", "Tom Cole", 45},
		{"Tom Cole and Jane Roe, aged 45 and 32, were held.", "Tom Cole", 45},
		{"Tom Cole and Jane Roe, aged 45 and 32, were held.", "Jane Roe", 32},
		{"Tom Cole died Saturday, aged 86, at home.", "Tom Cole", 86},
		{"Tom Cole has died at 86.", "Tom Cole", 86},
		{"Singer Tom Cole dies, aged 86", "Tom Cole", 86},
		{"Tom Cole died on Monday at the hospital.", "Tom Cole", 0},
		{"Yesterday Tom Cole, who is 23 years old, won gold.", "Tom Cole", 23},
		{"Tom Cole died at 86.", "Tom Cole", 86},
		{"Tom Cole died at home.", "Tom Cole", 0},
		{"54-year-old Metropolitan Police sergeant Ann Hale", "Ann Hale", 54},
		{"from the 21-year-old to Facebook creator Ann Hale", "Ann Hale", 0}, // a verb's object, not her role
	} {
		toks := classified(tc.text)
		first, last := nameAt(t, toks, tc.text, tc.name)
		got, ok := ageAfter(toks, tc.text, last)
		if !ok {
			got, _ = ageBefore(toks, tc.text, first)
		}
		if got != tc.want {
			t.Errorf("age in %q = %d, want %d", tc.text, got, tc.want)
		}
	}
}

func TestSpoken(t *testing.T) {
	for _, tc := range []struct {
		text, name string
		want       bool
	}{
		{"Moreau said 40 raids", "Moreau", true},
		{"Roe has said so", "Roe", true},
		{"“We won,” said Roe.", "Roe", true},
		{"according to Girard, the police", "Girard", true},
		{"according to Elm Falls' first selectman, Jo Roe, the", "Elm Falls", false},
		{"the company said Azure remained strong", "Azure", false},
		{"Roe arrived", "Roe", false},
	} {
		toks := classified(tc.text)
		first, last := nameAt(t, toks, tc.text, tc.name)
		if got := spoken(toks, tc.text, first, last); got != tc.want {
			t.Errorf("spoken(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestPeopleRolesAndAges: the role and age each person is shown with,
// from whole sentences through the people pass.
func TestPeopleRolesAndAges(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []wantPerson
	}{
		{"EU trade policy chief Anna Lindqvist said all 27 agreed.", []wantPerson{{name: "Anna Lindqvist", role: "EU trade policy chief"}}},
		{"The talks began after US Secretary of State Mark Dalton reached Rome.", []wantPerson{{name: "Mark Dalton", role: "US Secretary of State"}}},
		{"Mayor of Gdynia Marek Nowicki called a day of mourning.", []wantPerson{{name: "Marek Nowicki", role: "Mayor of Gdynia"}}},
		{"Adam Sobczak, a fire brigade spokesman, spoke to the press.", []wantPerson{{name: "Adam Sobczak", role: "fire brigade spokesman"}}},
		{"Nasir Rahimi, spokesperson for the district governor, said the blast killed nine.", []wantPerson{{name: "Nasir Rahimi", role: "spokesperson for the district governor"}}},
		{"The mayor of Leeds, Amir Hussain, posted.", []wantPerson{{name: "Amir Hussain", role: "mayor of Leeds"}}},
		{"Karim Nazari, of the Helmand provincial council, spoke.", []wantPerson{{name: "Karim Nazari", role: "Helmand provincial council"}}},
		// "and" inside the body's name, which goes on after its head word
		{"Lena Holt of the Fire and Rescue Service said the roof fell.", []wantPerson{{name: "Lena Holt", role: "Fire and Rescue Service"}}},
		{"Writing on Monday, Omar Saleh of The Globe and Mail disagreed.", []wantPerson{{name: "Omar Saleh", role: "Globe and Mail"}}},
		{"Green MP (Member of Parliament) Ann Fowler spoke.", []wantPerson{{name: "Ann Fowler", role: "Green MP (Member of Parliament)"}}},
		{"Karim Benali, 26 – still sought by police", []wantPerson{{name: "Karim Benali", age: 26}}},
		{"Omar Ismail Haddad, 29, from near Lyon – died", []wantPerson{{name: "Omar Ismail Haddad", age: 29}}},
		{"The victim was named as Jane Roe, aged 67, of Leeds.", []wantPerson{{name: "Jane Roe", role: "victim", age: 67}}},
		{"Police arrested the 21-year-old Jane Roe on Friday.", []wantPerson{{name: "Jane Roe", age: 21}}},
		{"The victim, 63-year-old Maria Roe, died in hospital.", []wantPerson{{name: "Maria Roe", role: "victim", age: 63}}},
		// a relative's noun before "of" is not the named person's role
		{"The first speaker was Walter Ruiz, the grandson of Texas Congressman Hal Dorn.", []wantPerson{
			{name: "Walter Ruiz", role: "grandson of Texas Congressman Hal Dorn"}, {name: "Hal Dorn", role: "Texas Congressman"}}},
		{"Striker Marcus Lyle scored twice.", []wantPerson{{name: "Marcus Lyle", role: "Striker"}}},
		{"PM Modi visited the site on Monday.", []wantPerson{{name: "Modi", role: "PM"}}},
		{"Professor Ann Hale said more.", []wantPerson{{name: "Ann Hale", role: "Professor"}}},
		{"Soviet cosmonaut Alexei Lenin walked in space.", []wantPerson{{name: "Alexei Lenin", role: "Soviet cosmonaut"}}},
		// a surname that is an everyday word after a titled given name
		{"Commissioner Stephen Mold spoke.", []wantPerson{{name: "Stephen Mold", role: "Commissioner"}}},
		// a middle name left out or initialled is the same person
		{"Mathematician Richard K. Guy dies at 103\n\nRichard Kenneth Guy died on Monday. Richard Guy wrote books.",
			[]wantPerson{{name: "Richard Kenneth Guy", role: "Mathematician", age: 103, mentions: []string{"Richard K. Guy", "Richard Kenneth Guy", "Richard Guy"}}}},
		// ... unless the two are given roles that say two people
		{"Banker Anna Lind died. Her widowed mother, Anna Marie Lind, sued.",
			[]wantPerson{{name: "Anna Lind", role: "Banker", mentions: []string{"Anna Lind"}}, {name: "Anna Marie Lind", role: "widowed mother", mentions: []string{"Anna Marie Lind"}}}},
		// an outlet's name inside a person's is no outlet
		{"Michael Bloomberg said he would run. Bloomberg later spoke.", []wantPerson{{name: "Michael Bloomberg", mentions: []string{"Michael Bloomberg", "Bloomberg"}}}},
		{"Professor Greg Lund, a terrorism expert, said so.", []wantPerson{{name: "Greg Lund", role: "terrorism expert"}}},
		// a plural role apposed to a list of names
		{"The agency chose two astronauts, Doug Hale and Bob Lind, for the flight.", []wantPerson{{name: "Doug Hale", role: "astronaut"}, {name: "Bob Lind", role: "astronaut"}}},
		{"Police seek one of the suspects, Karim Benali.", []wantPerson{{name: "Karim Benali", role: "suspect"}}},
		// ... a counted plural with its capital, or a phrase before the list
		{"The bill was signed by both Governors, Ann Hale and Rob Lind.", []wantPerson{{name: "Ann Hale", role: "Governor"}, {name: "Rob Lind", role: "Governor"}}},
		{"The league banned two referees in its history, Ann Hale and Rob Lind.", []wantPerson{{name: "Ann Hale", role: "referee"}, {name: "Rob Lind", role: "referee"}}},
		{"The league banned two referees in the history of the Premier League, Ann Hale and Rob Lind.", []wantPerson{{name: "Ann Hale", role: "referee"}, {name: "Rob Lind", role: "referee"}}},
		{"Police arrested two men in the city, Ann Hale said.", []wantPerson{{name: "Ann Hale"}}},
		// appositions: kin with "ex-" and "-in-law", a former role, one of
		// a role's holders, a place or body before a role in lower case
		{"He assaulted Ana Ruiz, his ex-wife.", []wantPerson{{name: "Ana Ruiz", role: "ex-wife"}}},
		{"The news came from his son-in-law, Paul Roe, on Monday.", []wantPerson{{name: "Paul Roe", role: "son-in-law"}}},
		{"Reporters quoted Tim Hale, formerly a deputy director at the agency, on Monday.", []wantPerson{{name: "Tim Hale", role: "former deputy director at the agency"}}},
		{"We reached Ivan Petrov, one of the maintainers of the library, on Monday.", []wantPerson{{name: "Ivan Petrov", role: "maintainer of the library"}}},
		{"Ada Roe, US sport columnist from ESPN, said the team had left.", []wantPerson{{name: "Ada Roe", role: "US sport columnist from ESPN"}}},
		{"Wrestling sportswriter Dave Lund tweeted the news.", []wantPerson{{name: "Dave Lund", role: "Wrestling sportswriter"}}},
		// a surname that is also an event's word ("Day"), after a role
		{"Singer Doris Day died on Monday.", []wantPerson{{name: "Doris Day", role: "Singer"}}},
		{"Police identified the suspect as 21-year-old Tom Rusk of Leeds.", []wantPerson{{name: "Tom Rusk", role: "suspect", age: 21}}},
		{"Ana Holt, fiancée of journalist Omar Saleh, spoke.", []wantPerson{{name: "Ana Holt", role: "fiancée of journalist Omar Saleh"}, {name: "Omar Saleh", role: "journalist"}}},
		{"Member of parliament (MP) Kevin Lund said no.", []wantPerson{{name: "Kevin Lund", role: "Member of parliament (MP)"}}},
		{"Fiancée of murdered Saudi journalist speaks", nil},
		{"Tom Rusk said so. Rusk is about 20 years old.", []wantPerson{{name: "Tom Rusk", age: 20}}},
		// a title "of" a two-word place before the name; "then-" and ", then
		// the ..." say a role held at the time
		{"Today, Chief Executive of New Zealand Anna Tane gave her speech.", []wantPerson{{name: "Anna Tane", role: "Chief Executive of New Zealand"}}},
		{"In 2008, then-governor of Utah Ann Hale was chosen.", []wantPerson{{name: "Ann Hale", role: "then-governor of Utah"}}},
		{"Tom Baro, then the deputy director of the agency, was charged.", []wantPerson{{name: "Tom Baro", role: "former deputy director of the agency"}}},
		// a relative clause's verb is no part of the title after it
		{"Aides met Jo Roe, who advises Attorney-General Tom Hale on crime.", []wantPerson{{name: "Jo Roe"}, {name: "Tom Hale", role: "Attorney-General"}}},
		// a long role ends with the name it reads, or before a phrase it
		// would cut
		{"Ann Hale, senior policy director at the Council for a Fair National Budget, said so.", []wantPerson{{name: "Ann Hale", role: "senior policy director at the Council for a Fair National Budget"}}},
		{"Tom Vale, chairman of the Board of Economic Advisers in the last administration, said so.", []wantPerson{{name: "Tom Vale", role: "chairman of the Board of Economic Advisers"}}},
		// a plural noun modifying the head is no plural head
		{"Tom Hale, sales director at Orex, said so.", []wantPerson{{name: "Tom Hale", role: "sales director at Orex"}}},
		// the same possessive after the next comma makes a list, no apposition
		{"Tom Lorenz, his secretary, his programmer and his students shared one room.", []wantPerson{{name: "Tom Lorenz"}}},
		{"Ann Hale, his secretary, said the plan was off.", []wantPerson{{name: "Ann Hale", role: "secretary"}}},
		// a thing noun after a possessive is the owner's ("her character")
		{"The dummy was named Ripley for Ann Hale's character in the film.", []wantPerson{{name: "Ann Hale"}}},
		// a place after "in", though a given name too, then a name
		{"The cabaret in Paris Jean Vidal Roux opened in 1889, said Ann Hale.", []wantPerson{{name: "Jean Vidal Roux"}, {name: "Ann Hale"}}},
		// a compound of two everyday words, capitalised in a headline
		{"'Biased' Verity Fact-Checker Ann Hale: 'Is Anyone Calm?'\n\nAnn Hale posted the question on Friday.", []wantPerson{{name: "Ann Hale"}}},
		// a prefixed word in a headline opens no name
		{"Are There Any Un-Angry Jones Voters?\n\nVoters cheered when President Jones spoke. Jones smiled.", []wantPerson{{name: "Jones", role: "President"}}},
		// a noun in -ing after "of" is part of the remit; a verb in -ing
		// with its object ends the role
		{"Ann Hale, vice president of mining and planning at Orex, said so.", []wantPerson{{name: "Ann Hale", role: "vice president of mining and planning at Orex"}}},
		{"Ann Hale, director of the mill running the plant, said so.", []wantPerson{{name: "Ann Hale", role: "director of the mill"}}},
		// "The 89-year-old retired general": the one person named before
		{"The order reached Gen. Tom Hale's home. The 89-year-old retired general is ill.", []wantPerson{{name: "Tom Hale", role: "Gen.", age: 89}}},
		// an age said of a role "of" something goes to its holder
		{"Ann Hale, the mayor of Leeds, resigned. The 64-year-old mayor left.", []wantPerson{{name: "Ann Hale", role: "mayor of Leeds", age: 64}}},
		// a role said by a copula after an age apposition; associates
		{"Attackers beat Tom Hale to death. Mr. Hale, 51 years old, was an employee of the mill.", []wantPerson{{name: "Tom Hale", role: "employee of the mill", age: 51}}},
		{"He toured with close associates Tom Hale and Ann Ray.", []wantPerson{{name: "Tom Hale", role: "associate"}, {name: "Ann Ray", role: "associate"}}},
		// a title's remit after "for", but not a title of the name's own
		{"Assistant Secretary of the Navy for Research Tom Hale said so.", []wantPerson{{name: "Tom Hale", role: "Assistant Secretary of the Navy for Research"}}},
		{"A spokesperson for President Tom Hale said so.", []wantPerson{{name: "Tom Hale", role: "President"}}},
		// a title in lower case "to" the place it serves, before the name
		{"He met the Dutch ambassador to Chile Tom Hale in May.", []wantPerson{{name: "Tom Hale", role: "Dutch ambassador to Chile"}}},
		// "director of the Red Cross": the name completes the role
		{"For six years she was the director of the Blue Crescent in Peru.", nil},
		// a month that is a given name opens a name, but not after a time word
		{"June Hale said the plan had failed.", []wantPerson{{name: "June Hale"}}},
		{"UN relief coordinator Jan Egeland said aid was coming.", []wantPerson{{name: "Jan Egeland", role: "UN relief coordinator"}}},
		{"In April Tom Hale said the plan had failed.", []wantPerson{{name: "Tom Hale"}}},
		// a particle in lower case inside a name ("arap", Kalenjin "son of")
		{"The envoy met Daniel arap Kiprop. Kiprop left.", []wantPerson{{name: "Daniel arap Kiprop", mentions: []string{"Daniel arap Kiprop", "Kiprop"}}}},
		// a marriage said of a pronoun: her husbands, his wife
		{"She was also married in turn to Al Lind and Bo Rusk, whom she divorced.", []wantPerson{{name: "Al Lind", role: "husband"}, {name: "Bo Rusk", role: "husband"}}},
		{"He married Ann Ray in 1950.", []wantPerson{{name: "Ann Ray", role: "wife"}}},
		{"Lund married Ann Ray in 1950.", []wantPerson{{name: "Ann Ray"}}},
		// an age in words opens the sentence, not the name
		{"Twelve-year-old Mia, who was on the bus, said it shook.", []wantPerson{{name: "Mia", age: 12}}},
		// an unnamed person's age goes to the one "named as" next
		{"A 31-year-old man was held overnight. Officers named him on Friday as Derby resident Karl Odom.", []wantPerson{{name: "Karl Odom", role: "Derby resident", age: 31}}},
		{"A 31-year-old man was held. Sergeant Ann Hale said he was named as Karl Odom.", []wantPerson{{name: "Ann Hale", role: "Sergeant"}, {name: "Karl Odom"}}},
		// the fuller spelling names the person: accents, a regnal number
		{"Jaroslaw Kaczynski spoke.\n\nOn Sunday Jarosław Kaczyński said more.", []wantPerson{{name: "Jarosław Kaczyński"}}},
		{"Queen Elizabeth spoke.\n\nQueen Elizabeth II said more.", []wantPerson{{name: "Queen Elizabeth II", role: "Queen"}}},
		{"Later, DI Sarah Jones of the Met spoke.", []wantPerson{{name: "Sarah Jones", role: "DI"}}},
		// a role stated by a copula, once the name is a person's
		{"Andrea Lutz said sales fell. Lutz is the company's founder.", []wantPerson{{name: "Andrea Lutz", role: "company's founder"}}},
		// a nickname in quotes inside the name
		// (shown without it, and one person with the nickname's form)
		{`Sergeant Tane "Tom" Rewiti, 41, was shot. Rewiti died later.`,
			[]wantPerson{{name: "Tane Rewiti", role: "Sergeant", age: 41, mentions: []string{`Tane "Tom" Rewiti`, "Rewiti"}}}},
		{`She married talent agent Pasquale "Pat" Di Lello in 1941.`,
			[]wantPerson{{name: "Pasquale Di Lello", role: "talent agent"}}},
		{"Officer Tom Rewiti shot dead\n\nSergeant Tane \u201cTom\u201d Rewiti, 41, was shot. Rewiti died later.",
			[]wantPerson{{name: "Tane Rewiti", role: "Sergeant", age: 41, mentions: []string{"Tom Rewiti", "Tane \u201cTom\u201d Rewiti", "Rewiti"}}}},
		// ... after two given names, before a surname with a particle
		{"Painter Bobby De Vries dies\n\nRobert Jan \"Bobby\" De Vries, a landscape painter, died at 80.",
			[]wantPerson{{name: "Robert Jan De Vries", role: "landscape painter", age: 80, mentions: []string{"Bobby De Vries", `Robert Jan "Bobby" De Vries`}}}},
		// an event's name: "Olympiad", "Expo", "Forum" end one
		{"This was the second consecutive student Olympiad in surgery. The Olympiad drew 40 teams.", nil},
		// a body's first word alone names it too
		{"On Friday Dalton Motor Company announced a recall. Dalton said in a filing that it would cooperate.", nil},
		// places listed after a preposition, and their later mentions
		{"Samples came from sites at Abydos, Qarnak, and Tuna el-Gebel with permission. Tuna el-Gebel is old.", nil},
		// a given name written as a place, with nothing of a person's
		{"Tombs were found in Noemi and Tarsa. Pots came from sites at Abydos, Noemi, and Tarsa.", nil},
		{"For Kevin Allton, a teacher in English, Warhol was also a legend, Allton said.", []wantPerson{{name: "Kevin Allton", role: "teacher in English"}, {name: "Warhol"}}},
		// a place apposed to a place a preposition takes
		{"He was detained earlier in an area near Kelby, Marsh Hill, for theft.", nil},
		{"The suspect was held in Leeds, Tom Hale said.", []wantPerson{{name: "Tom Hale"}}},
		// a firm's name after "law firm", "the airline"; not a clause
		// about the firm ("the company Jo Roe founded")
		{"Ford hired law firm Sidley Carter, according to The Verge.", nil},
		{"He joined the company Jo Roe founded in 1990, Roe said.", []wantPerson{{name: "Jo Roe"}}},
		// a name before a thing noun is the thing's
		{"Cases were found on the navy's Sergeant Lindo supply vessel that visited the base.", nil},
		{"A Redline North bus hit the bridge at dawn.", nil},
		// "show" after a plural subject is a verb, not a work's noun
		{"Early results show Petra Lind leading the count.", []wantPerson{{name: "Petra Lind"}}},
		{"The show Blue Harbour aired on Monday.", nil},
		// a headline's "a New ...": no name takes an indefinite article
		{"Index reaches a New All-time High\n\nThe index closed higher.", nil},
		// sides of a match or a case; a thing apposed; a name after "a new"
		{"Draw: Real Hale v. Juventus Ray, then Leeds v. York.", nil},
		{"The court ruled in Ann Lowe v. United States that no fraud took place.", nil},
		{"Koda Stream, a site that tracks links to files, was sued. Koda Stream's popularity grew.", nil},
		{"Shares closed at a new All-time High of 412.", nil},
		{"The gallery held an Edward Steichen and Tom Hale exhibit.", []wantPerson{{name: "Edward Steichen"}, {name: "Tom Hale"}}},
		// a thing noun before an abbreviation and a name; the thing speaks
		{"The security company MX Gordon reported that spam rose.", nil},
		{"He joined the company Tom Hale founded.", []wantPerson{{name: "Tom Hale"}}},
		// a publication credited by its bare name
		{"In an interview with Rolling Stone, he said the tour was over.", nil},
		{"Ann Hale, a lawyer and contributor to Slate, wrote a post.", []wantPerson{{name: "Ann Hale", role: "lawyer"}}},
		{"Professor Eastwood says manufacturers could help, Eastwood said.", []wantPerson{{name: "Eastwood", role: "Professor"}}},
		// an adjective's shape before a word in lower case
		{"Male Patagonic penguins pine for mates.", nil},
		{"Luka Modric passes well.", []wantPerson{{name: "Luka Modric"}}},
		// "The 45-year-old was charged": the one person named just before
		{"Police arrested Tom Cole on Monday. The 45-year-old was charged with theft.", []wantPerson{{name: "Tom Cole", age: 45}}},
		{"Police arrested Tom Cole and Jane Roe. The 45-year-old was charged.", []wantPerson{{name: "Tom Cole"}, {name: "Jane Roe"}}},
		{"Greta Lund named 2019 Time Person of the Year\n\nThe magazine chose her. Lund said so.", []wantPerson{{name: "Greta Lund"}}},
		{"On Wednesday, Time magazine announced its choice. Time said the vote was close.", nil},
		{"Time named activist Greta Lund its person of the year. The 16-year-old Swede is the youngest.",
			[]wantPerson{{name: "Greta Lund", role: "activist", age: 16}}},
		{"Time named activist Greta Lund its person of the year. The sixteen-year-old Swede is the youngest.",
			[]wantPerson{{name: "Greta Lund", role: "activist", age: 16}}},
		// a firm whose name ends in "Investment" or "Properties"
		{"Buyers included property developer Echo Investment and Lark Properties.", nil},
		// a birth name opening the sentence
		{"Born Tom Burns in Dayton, he later took a new name.", nil},
		// a ring or stage name is an alias of the person it is given to
		{"Wrestler Tom Baird, who fought under the ring name Luke Harrow, died. As Luke Harrow he won twice, Baird said.",
			[]wantPerson{{name: "Tom Baird", role: "Wrestler", mentions: []string{"Tom Baird", "Luke Harrow", "Luke Harrow", "Baird"}}}},
		{"Singer Ann Lowe, better known as Max Quill, sang. Max Quill said so.",
			[]wantPerson{{name: "Ann Lowe", role: "Singer", mentions: []string{"Ann Lowe", "Max Quill", "Max Quill"}}}},
		// a body's name with its head word first
		{"Staff at the Institut Pasteur de Lille said so.", nil},
		{"Council Leader John Smith said so.", []wantPerson{{name: "John Smith", role: "Council Leader"}}},
		// a player before set scores, a team before a match score
		{"Anna Holm beat Maria Lindqvist 6-1 6-2 on Friday.", []wantPerson{{name: "Anna Holm"}, {name: "Maria Lindqvist"}}},
		{"Real Sociedad beat Aston Villa 2-1 on Sunday.", nil},
		// "The victim, named locally as Jo Roe,"
		{"The victim, named locally as Tom Reed, 19, died at the scene.", []wantPerson{{name: "Tom Reed", role: "victim", age: 19}}},
		// "by a prisoner, suspected to be Jo Roe"
		{"The officer was shot by a prisoner, suspected to be 22-year-old Dean Furlow, police said.",
			[]wantPerson{{name: "Dean Furlow", role: "prisoner", age: 22}}},
		// a quoted title of an award or office, and a quotation closed
		// before a name
		{`He received the "Hero of the Russian Federation", its highest honour.`, nil},
		{`"We won," she said. "It is over." Ann Lowe of the DAB agreed, Lowe said.`, []wantPerson{{name: "Ann Lowe"}}},
		// the words before a body's head name it alone too
		{"Leader proposes converting Kariye Sophia Museum to mosque\n\nHe pledged converting Kariye Sophia, formerly a Greek church and now a museum, to a mosque.", nil},
		{"The Bill Gates Foundation gave $5m. Bill Gates said so.", []wantPerson{{name: "Bill Gates"}}},
		// the items of a list a thing noun opens
		{"German firms including Nordbahn, Daimler, and Siemens have left.", nil},
		{"She wrote the memoirs Once Upon a Time and Red Rook, White Rook.", nil},
		{"Speakers including John Smith and Ann Lee spoke.", []wantPerson{{name: "John Smith"}, {name: "Ann Lee"}}},
		// a surname with a saint's prefix after a given name
		{"Comic artist Jenn St-Onge told of her start.", []wantPerson{{name: "Jenn St-Onge", role: "Comic artist"}}},
		{"Fans of Paris Saint-Germain cheered.", nil},
		// a title with "to" and a place: "Ambassador to Spain"
		{"US Ambassador to Spain Mark Gould alleged that.", []wantPerson{{name: "Mark Gould", role: "US Ambassador to Spain"}}},
		// a plural role is apposed to a list, not to one name after it
		{"Acting via his lawyers, Pavel Orlov, 23, pleaded not guilty.", []wantPerson{{name: "Pavel Orlov", age: 23}}},
		// a rank with what the person is of
		{"Professor Michael Stern of Leeds University, co-author of a study, said so.",
			[]wantPerson{{name: "Michael Stern", role: "Professor at Leeds University"}}},
		// a counted plural role before a colon and a list
		{"Only three governors have resigned: Ana Ruiz and Peter Vance.",
			[]wantPerson{{name: "Ana Ruiz", role: "governor"}, {name: "Peter Vance", role: "governor"}}},
		// an office given: "sworn in ... as", "appointed", "elected"
		{"Pedro Lindqvist was sworn in at 5 p.m. local time (2100 UTC) as Ohio's new governor. Lindqvist said he was ready.",
			[]wantPerson{{name: "Pedro Lindqvist", role: "Ohio's new governor"}}},
		{"The board said Maria Olsen has been appointed chief executive, Olsen said.", []wantPerson{{name: "Maria Olsen", role: "chief executive"}}},
		{"Tom Hale was elected mayor of Leeds in May, Hale said.", []wantPerson{{name: "Tom Hale", role: "mayor of Leeds"}}},
		{"Jane Roe was named in the report, Roe said.", []wantPerson{{name: "Jane Roe"}}},
		{"Andrea Lutz said so. Lutz was the center of the Zeitgeist.", []wantPerson{{name: "Andrea Lutz"}}},
		{"The court heard from Richard Hale (61) on Monday.", []wantPerson{{name: "Richard Hale", age: 61}}},
		// an age on a list line, and the next line is another person
		{"Nabil Saadi, 20 – named as gunman\nRami Bouzid, 28, from near Lyon", []wantPerson{{name: "Nabil Saadi", age: 20}, {name: "Rami Bouzid", age: 28}}},
		// a list of titled names is not an apposition
		{"Messages came from Hassan Al-Rashidi, Pope Francis, and others.", []wantPerson{{name: "Hassan Al-Rashidi"}, {name: "Pope Francis", role: "Pope"}}},
		{"UN Secretary-General Antonio Guterres called for a ceasefire.", []wantPerson{{name: "Antonio Guterres", role: "UN Secretary-General"}}},
		{"Mohammed bin Salman, Saudi Arabia's crown prince, spoke.", []wantPerson{{name: "Mohammed bin Salman", role: "Saudi Arabia's crown prince"}}},
		{"The Supreme Court's chief justice, Rosa Weber, urged calm.", []wantPerson{{name: "Rosa Weber", role: "Supreme Court's chief justice"}}},
		{"The United Nations envoy, Volker Perthes, resigned.", []wantPerson{{name: "Volker Perthes", role: "United Nations envoy"}}},
		{"On Monday the Federal Reserve chair Jerome Powell spoke.", []wantPerson{{name: "Jerome Powell", role: "Federal Reserve chair"}}},
		{"Police named the alleged gunman John Roe on Friday.", []wantPerson{{name: "John Roe", role: "alleged gunman"}}},
		// an infinitive ends an apposition
		{"Ana Ruiz, the opposition candidate for the election to be held in May, spoke.", []wantPerson{{name: "Ana Ruiz", role: "opposition candidate for the election"}}},
		// an apposition owned by an organisation
		{"Jamie Dimon, JPMorgan's chief executive, said the economy was resilient.", []wantPerson{{name: "Jamie Dimon", role: "JPMorgan's chief executive"}}},
		// a name before the comma is no role of the next one
		{"Sen. Ted Cruz, R-Texas, criticised the order.", []wantPerson{{name: "Ted Cruz", role: "Sen."}}},
		// not a role: an adjective, a description of things
		{"The museum held a major Andy Warhol exhibit.", []wantPerson{{name: "Andy Warhol"}}},
		// person nouns beyond titles: trades, kin, positions; nouns by suffix
		{"Film star Ada Lennox arrived late.", []wantPerson{{name: "Ada Lennox", role: "Film star"}}},
		{"Police detained ophthalmologist Chen Bao for a post.", []wantPerson{{name: "Chen Bao", role: "ophthalmologist"}}},
		{"Mira Solis, wife of Tomas Solis, a candidate, spoke.", []wantPerson{{name: "Mira Solis", role: "wife of Tomas Solis"}, {name: "Tomas Solis", role: "candidate"}}},
		{"Scott Varner, a member of the legal team, said so.", []wantPerson{{name: "Scott Varner", role: "member of the legal team"}}},
		// "of the" inside a title
		{"Minister of the Interior Ana Lopes said 20 were held.", []wantPerson{{name: "Ana Lopes", role: "Minister of the Interior"}}},
		// the body a person is of, with no head word, after a full name; an
		// apposition with a role after the body wins
		{"Arne Lund of Nordvik Marine told reporters the signal stopped.", []wantPerson{{name: "Arne Lund", role: "Nordvik Marine"}}},
		{"Dr Ines Varga of Kingsford College, a shipping researcher, said so.", []wantPerson{{name: "Ines Varga", role: "shipping researcher"}}},
		// a relative clause, a dash, two roles joined by "and"
		{"Ana Ruiz, who is the party's treasurer, resigned.", []wantPerson{{name: "Ana Ruiz", role: "party's treasurer"}}},
		{"Li Wei — who has been the regional manager (RM) for two years — spoke.", []wantPerson{{name: "Li Wei", role: "regional manager"}}},
		{"The vote went to Ana Ruiz — former Foreign Secretary, and a lawyer.", []wantPerson{{name: "Ana Ruiz", role: "former Foreign Secretary"}}},
		{"A historian and former border official, Zeto Marrak, said it.", []wantPerson{{name: "Zeto Marrak", role: "historian and former border official"}}},
		// "of the" inside a role set before the name
		{"The Prime Minister of the United Kingdom, Keir Starmer, met him.", []wantPerson{{name: "Keir Starmer", role: "Prime Minister of the United Kingdom"}}},
		{"In the words of the chief prosecutor, Mark Teller, it was planned.", []wantPerson{{name: "Mark Teller", role: "chief prosecutor"}}},
		// "identified as", "named as"
		{"The injured sailor was identified as Piet Dekker by the coastguard.", []wantPerson{{name: "Piet Dekker", role: "injured sailor"}}},
		{"Police named the victim as Jana Roe on Sunday.", []wantPerson{{name: "Jana Roe", role: "victim"}}},
		// the name completes the role: no role of its own
		{"She is the daughter of Tomas Solis, 60.", []wantPerson{{name: "Tomas Solis", age: 60}}},
		// a preposition opens no apposition
		{"She launched her novel, with illustrator Jo Marrak.", []wantPerson{{name: "Jo Marrak", role: "illustrator"}}},
		// a verb whose object is the person ends the role
		{"The president sent Secretary of State Dana Kerr to the talks.", []wantPerson{{name: "Dana Kerr", role: "Secretary of State"}}},
		{"He flew to Rome to meet energy minister Dana Kerr on Monday.", []wantPerson{{name: "Dana Kerr", role: "energy minister"}}},
		{"Crowds came to witness city mayor Dana Kerr open the fair.", []wantPerson{{name: "Dana Kerr", role: "city mayor"}}},
		// a team position before the name, of one word or two
		{"Harbour half back Tomas Verrin kicked the winner.", []wantPerson{{name: "Tomas Verrin", role: "Harbour half back"}}},
		{"Chargers wide receiver Lio Bramley caught two passes.", []wantPerson{{name: "Lio Bramley", role: "Chargers wide receiver"}}},
		{"Wasps flanker Tomas Verrin was sent off.", []wantPerson{{name: "Tomas Verrin", role: "Wasps flanker"}}},
		// a Spanish honorific written without its tilde is no part of the name
		{"The mass was said by archbishop Monsenor Tomas Ruiz Vela.", []wantPerson{{name: "Tomas Ruiz Vela", role: "archbishop"}}},
		// what a firm does is no person's role
		{"The fuel producer Vantor signed a supply deal. Vantor said output would rise.", nil},
		// an office given by a verb, with "to", and a time phrase after it
		{"Tessa Brandt was promoted to head coach last season.", []wantPerson{{name: "Tessa Brandt", role: "head coach"}}},
		{"Tessa Brandt was reelected mayor this week.", []wantPerson{{name: "Tessa Brandt", role: "mayor"}}},
		{"Tessa Brandt was nominated ambassador to Peru last month.", []wantPerson{{name: "Tessa Brandt", role: "ambassador to Peru"}}},
		// a title and a place's name: a person unless written as a place
		{"Prince George waved from the balcony.", []wantPerson{{name: "Prince George", role: "Prince"}}},
		// an honorific after a capitalised adjectival title is an office
		{"First Lady Rosa Marin opened the clinic.", []wantPerson{{name: "Rosa Marin", role: "First Lady"}}},
		{"Lady Rosa Marin opened the clinic.", []wantPerson{{name: "Rosa Marin"}}},
		// a plural role before "including" gives each named its role
		{"Several senators, including Rosa Marin and Piet Brandt, abstained.", []wantPerson{{name: "Rosa Marin", role: "senator"}, {name: "Piet Brandt", role: "senator"}}},
		{"Rival firms, including Rosa Marin, bid.", []wantPerson{{name: "Rosa Marin"}}},
		// a thing noun that is no head of the complement makes no thing
		{"Rosa Marin is a firm believer in luck, she said.", []wantPerson{{name: "Rosa Marin"}}},
		{"Rosa Marin was the company's founder.", []wantPerson{{name: "Rosa Marin", role: "company's founder"}}},
		// a rank says where a person stands; a role in words, what they do
		{"She wrote to her commanding officer Captain Rosa Marin twice.", []wantPerson{{name: "Rosa Marin", role: "commanding officer"}}},
		{"Lt. Piet Brandt, an army surgeon who saw him, disagreed.", []wantPerson{{name: "Piet Brandt", role: "army surgeon"}}},
		{"Sgt. Piet Brandt said so.", []wantPerson{{name: "Piet Brandt", role: "Sgt."}}},
		{"The deputy director General Piet Brandt resigned.", []wantPerson{{name: "Piet Brandt", role: "deputy director General"}}},
		// a person's name before an institution after a determiner, or
		// possessive, is the person's
		{"It shows its Rosa Marin collection. Rosa Marin's house was sold, she said.", []wantPerson{{name: "Rosa Marin"}}},
		// a band's members by the part they play
		{"Skyline frontman Dario Pell cancelled the tour.", []wantPerson{{name: "Dario Pell", role: "Skyline frontman"}}},
		{"The band's bassist, Joe Weld, left in May.", []wantPerson{{name: "Joe Weld", role: "band's bassist"}}},
		// what a person noun is called is a person
		{"A guy named Rob Hale phoned, and a 24-year-old called Ann Pell.", []wantPerson{{name: "Rob Hale"}, {name: "Ann Pell", age: 24}}},
		// what stands before a team's role is the team
		{"Aston Vale beat the Lions 2-1. Aston Vale manager Dale Finch said the win mattered.",
			[]wantPerson{{name: "Dale Finch", role: "Aston Vale manager"}}},
		{"Maxwell Harding CEO Ana Ruiz resigned. Maxwell Harding shares fell, Ruiz said.",
			[]wantPerson{{name: "Ana Ruiz", role: "Maxwell Harding CEO"}}},
		{"General Paz said the troops left.", []wantPerson{{name: "Paz", role: "General"}}},
		// a list's plural role past short asides after its names
		{"The panel heard two former senators, Ada Greer, in 1975, and Ruth Mallow, in 1999.",
			[]wantPerson{{name: "Ada Greer", role: "senator"}, {name: "Ruth Mallow", role: "senator"}}},
		// a surname that is a title ends a name after a title or role
		// and a given name
		{"Prime Minister John Major said so.", []wantPerson{{name: "John Major", role: "Prime Minister"}}},
		{"Physicist Pierre Mayor spoke first.", []wantPerson{{name: "Pierre Mayor", role: "Physicist"}}},
		// the grade of a rank is the title's, not the name's
		{"Sergeant First Class Lena Ortiz said so.", []wantPerson{{name: "Lena Ortiz", role: "Sergeant First Class"}}},
		// a list's role gives way to one the person is given alone
		{"Singers such as Amy Ruiz and Tom Hale sang. Her album was by folk singer Amy Ruiz, she said.",
			[]wantPerson{{name: "Amy Ruiz", role: "folk singer"}, {name: "Tom Hale", role: "singer"}}},
		// a headline's role to the body's fuller spelling of it, not to
		// a shorter one or another role
		{"US Senator Jo Roe quits\n\nYesterday, the United States Senator Jo Roe resigned. Roe said so.",
			[]wantPerson{{name: "Jo Roe", role: "United States Senator"}}},
		{"Texas student Jo Roe wins prize\n\nThe student Jo Roe won. Roe said so.",
			[]wantPerson{{name: "Jo Roe", role: "Texas student"}}},
		{"Wikinews interviews mayoral candidate Ana Ruiz\n\nAna Ruiz, a former teacher, spoke. Ruiz said so.",
			[]wantPerson{{name: "Ana Ruiz", role: "mayoral candidate"}}},
		// "co-", a field's "fellow", an adjective before a list of roles
		{"It was found by study co-author Lena Berg, she said.", []wantPerson{{name: "Lena Berg", role: "study co-author"}}},
		{"Staff including research fellow Lena Berg left.", []wantPerson{{name: "Lena Berg", role: "research fellow"}}},
		{"He thanked his fellow Democrat Lena Berg, she said.", []wantPerson{{name: "Lena Berg"}}},
		{"We spoke with postdoctoral researcher and study co-author Lena Berg, she said.",
			[]wantPerson{{name: "Lena Berg", role: "postdoctoral researcher and study co-author"}}},
		// a lone lower-case role before the name gives way to an
		// apposition after it, not to what the person is "of"
		{"The case is federal, according to prosecutor Jo Roe, the U.S. Attorney for the district.",
			[]wantPerson{{name: "Jo Roe", role: "U.S. Attorney for the district"}}},
		{"It was found by researcher Jo Roe, of the University of Leeds.", []wantPerson{{name: "Jo Roe", role: "researcher"}}},
		{"The song is by musician Nick Vale of Arrow Lake, she said.", []wantPerson{{name: "Nick Vale", role: "musician"}}},
		{"Dutch female professional cyclist and team owner Lena Berg, 30, has retired, she said.",
			[]wantPerson{{name: "Lena Berg", role: "female professional cyclist and team owner", age: 30}}},
		{"Police detained activist and author Lena Berg, she said.", []wantPerson{{name: "Lena Berg", role: "activist and author"}}},
		// "both" opens no role, and a second role cut off by the bound
		// is dropped rather than left without its complement
		{"Ivo Marsh, who is both co-chairman of the organizing committee and head of the academic department, spoke.",
			[]wantPerson{{name: "Ivo Marsh", role: "co-chairman of the organizing committee"}}},
	} {
		checkPeople(t, tc.text, tc.want)
	}
}
