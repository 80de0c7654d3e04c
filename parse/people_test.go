package parse

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/factpane/factpane/model"
)

// person is what a table test expects of one found person.
type wantPerson struct {
	name     string
	role     string // "" means no role
	age      int    // 0 means no age
	mentions []string
}

func checkPeople(t *testing.T, text string, want []wantPerson) {
	t.Helper()
	got := findPeople(text, tokenize(nil, text))
	for _, p := range got {
		for _, m := range p.Mentions {
			if text[m.Start:m.End] != m.Text {
				t.Errorf("mention %q does not equal text[%d:%d]=%q", m.Text, m.Start, m.End, text[m.Start:m.End])
			}
		}
	}
	if len(got) != len(want) {
		t.Fatalf("%q:\n got %d people %v\nwant %d %v", text, len(got), names(got), len(want), want)
	}
	for i, w := range want {
		g := got[i]
		if g.Name != w.name {
			t.Errorf("%q: person %d name %q, want %q", text, i, g.Name, w.name)
		}
		if g.Role != w.role {
			t.Errorf("%q: %s role %q, want %q", text, w.name, g.Role, w.role)
		}
		age := 0
		if g.Age != nil {
			age = *g.Age
		}
		if age != w.age {
			t.Errorf("%q: %s age %d, want %d", text, w.name, age, w.age)
		}
		if w.mentions != nil {
			var ms []string
			for _, m := range g.Mentions {
				ms = append(ms, m.Text)
			}
			if strings.Join(ms, "|") != strings.Join(w.mentions, "|") {
				t.Errorf("%q: %s mentions %q, want %q", text, w.name, ms, w.mentions)
			}
		}
	}
}

func names(ps []model.Person) []string {
	var s []string
	for _, p := range ps {
		s = append(s, p.Name)
	}
	return s
}

func TestPeopleNameShapes(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []wantPerson
	}{
		{"The ship was hit, said Ahmad al-Mohammad on Friday.", []wantPerson{{name: "Ahmad al-Mohammad"}}},
		{"The talks were led by Ali bin Tamim and others.", []wantPerson{{name: "Ali bin Tamim"}}},
		{"Later Kevin De Bruyne scored a second goal.", []wantPerson{{name: "Kevin De Bruyne"}}},
		{"The unit was led by Arnel dela Vega at the time.", []wantPerson{{name: "Arnel dela Vega"}}},
		{"A header from Kim Shin-Wook went wide.", []wantPerson{{name: "Kim Shin-Wook"}}},
		{"The leader Kim Jong-un watched the launch.", []wantPerson{{name: "Kim Jong-un", role: "leader"}}},
		{"The doctrine of L. Ron Hubbard was discussed.", []wantPerson{{name: "L. Ron Hubbard"}}},
		{"Photos were taken by K.C. Maurer last year.", []wantPerson{{name: "K.C. Maurer"}}},
		{"Crowds filled the square. Photo: K.Madsen.", []wantPerson{{name: "K.Madsen"}}},
		{"A statement came from Gérald Darmanin on Monday.", []wantPerson{{name: "Gérald Darmanin"}}},
		{"A goal from Farouk Ben Mustapha was disallowed.", []wantPerson{{name: "Farouk Ben Mustapha"}}},
		{"The coach Hernan Dario Gomez was unhappy.", []wantPerson{{name: "Hernan Dario Gomez", role: "coach"}}},
		{"He met Andrés Manuel López Obrador in Mexico City.", []wantPerson{{name: "Andrés Manuel López Obrador"}}},
		// a given name that is also a town, before a particle
		{"A review is due. Marino De Santis, undersecretary to the interior minister, agreed.", []wantPerson{{name: "Marino De Santis", role: "undersecretary to the interior minister"}}},
		{"The message was passed on by Seán O'Brien yesterday.", []wantPerson{{name: "Seán O'Brien"}}},
		{"The rebels are led by Iyad Ag Ghaly, officials said.", []wantPerson{{name: "Iyad Ag Ghaly"}}},
		{"The speech by Omar Ismail Haddad was filmed.", []wantPerson{{name: "Omar Ismail Haddad"}}},
		{"Residents fled. Umm Ahmed, 45, said she had lost her home.", []wantPerson{{name: "Umm Ahmed", age: 45}}},
		// a middle name used as the common name
		{"Luiz Inácio Lula da Silva won. Lula, 76, thanked voters.", []wantPerson{{name: "Luiz Inácio Lula da Silva", age: 76, mentions: []string{"Luiz Inácio Lula da Silva", "Lula"}}}},
		// generational and regnal suffixes stay in the name as written
		{"Robert F. Kennedy Jr. said he would run. Kennedy's campaign grew.", []wantPerson{{name: "Robert F. Kennedy Jr.", mentions: []string{"Robert F. Kennedy Jr.", "Kennedy"}}}},
		{"Martin Luther King Jr. was born in Atlanta.", []wantPerson{{name: "Martin Luther King Jr."}}},
		{"Harold Ford III, a banker, agreed.", []wantPerson{{name: "Harold Ford III", role: "banker"}}},
		{"King Charles III met Queen Elizabeth II's family.", []wantPerson{{name: "King Charles III", role: "King"}, {name: "Queen Elizabeth II", role: "Queen"}}},
		{"In a letter, Governor of Oregon Laura Brennan said so.", []wantPerson{{name: "Laura Brennan", role: "Governor of Oregon"}}},
		// name syllables that are also English words
		{"Nguyen Van An, 52, was rescued.", []wantPerson{{name: "Nguyen Van An", age: 52}}},
		{"Pro-democracy lawmaker James To was re-elected.", []wantPerson{{name: "James To", role: "Pro-democracy lawmaker"}}},
		// a surname that is also a place
		{"Greta London grew up in Norway. London says she was never told.", []wantPerson{{name: "Greta London", mentions: []string{"Greta London", "London"}}}},
		// given names that are also cities
		{"Lawmaker Elizabeth Quat won again.", []wantPerson{{name: "Elizabeth Quat", role: "Lawmaker"}}},
		{"The former prime minister David Cameron spoke.", []wantPerson{{name: "David Cameron", role: "former prime minister"}}},
		// an unknown given name opening the sentence before a surname that
		// name lists know as a given name too
		{"Oyelaran Jafari, a nurse, said the ward was full.", []wantPerson{{name: "Oyelaran Jafari", role: "nurse"}}},
		// after "of", the place words before a name are the body's
		{"A biology major at University of Texas Arlington Xoliswa Okonjo said it was hard.", []wantPerson{{name: "Xoliswa Okonjo"}}},
		// initials written without dots before a surname; not a title or a
		// body written so
		{"The essay was written by KT Varga in 2001. Varga, 30, said so.", []wantPerson{{name: "KT Varga", age: 30, mentions: []string{"KT Varga", "Varga"}}}},
		{"Shares in JP Morgan rose on Monday.", nil},
		{"Police said PC Varga was hurt.", nil},
	} {
		checkPeople(t, tc.text, tc.want)
	}
}

func TestPeopleRejection(t *testing.T) {
	for _, text := range []string{
		"Lyon, France (BBN)-France has sent troops.",
		"Morgan Stanley said profits rose. Analysts at Goldman Sachs agreed.",
		"She was taken to Johns Hopkins Hospital in Baltimore.",
		"The final was played at the Félix Houphouët-Boigny Stadium.",
		"Hurricane Maria hit Puerto Rico.",
		// given names capitalised only where sentences start, and
		// nothing else of a person's (words of a Spanish text)
		"La reunión terminó tarde. La policía llegó. Pero nadie habló. Pero todos esperan.",
		// a title that opens a region's name, written as a place
		"Floods closed the roads of Corrientes, General Paz, on Monday.",
		"Schools reopened in General Paz after the storm.",
		// an acronym in the plural
		"The proxy hides client IPs from the logs.",
		"Tory MPs demanded a vote and Labour MPs agreed.",
		// a scale of degrees
		"The lake warmed by 2 degrees Celsius, or 3.6 degrees Fahrenheit.",
		// what a noun for no person is called is a thing
		"The block has a preschool called Lin Tam and a bakery.",
		"She joined a startup named Zora Kell last year.",
		// a place whose name opens with a title, written as a place
		"Two shops burned in Sultan Kudarat on Monday.",
		// "which" after a name makes it a thing's, in every mention
		"Investors left Fenwick, which closed 40 stores. Fenwick said sales fell.",
		// a copula whose complement is a thing makes the name a thing's
		"Fenwick Grey will be the first airline to fly there. Fenwick Grey said fares would fall.",
		"Hartley is a retailer based in Leeds. Hartley said sales fell.",
		// a firm named after its founder, written alone
		"A recall cost Daimler a large order.",
		// a firm by what it does; a feast is a time of year
		"Players reported the flaw to game developer Kelvane. Kelvane did not reply.",
		"Sales peak before Easter, the baker said. After Easter they fall.",
		// an institution's head in lower case after the name; a body apposed
		"The boy was flown to Royal Dunmore hospital on Friday.",
		"Police blamed Jamaat Nasr, an armed group, for the blast.",
		"Police blamed Ansar Bayt, a militant organisation, for the blast.",
		// a capitalised article inside a sentence opens a title
		"She is the author of The Vellmar Kitchen and of A Hartwell Summer.",
		// a greeting after an article heads no noun: no person
		"The choir wished the town a Merry Christmas.",
		"Censorship led to a Streisand effect. Streisand effect is when it backfires.",
		"The league, World Wonder Ring Stardom (Stardom), announced a tour.",
		"Critics across Britain said no. They want Britain out.",
		"Day was born Doris Mary Ann Kappelhoff in Ohio.",
		"The phone was last seen in Seoul, the Korea Herald reported.",
		"He ran for Mayor of Las Vegas in 2019 and lost.",
		"The Boeing airframe company builds craft. A contract with Boeing is large.",
		"A contract with Boeing is large. The Boeing company builds craft.",
		"Videos on Wikimedia Commons are uploaded by a tool.",
		"Al Jazeera reported that the minister was hurt.",
		"The judge said the rule violated the Due Process Clause of the constitution.",
		"The birds were offered to the god Thoth, who judged the dead.",
		"The files were secured after Bloomberg contacted the firm.",
		"The crew of HMS Victory were honoured.",
		"The Taliban denied any role.",
		"Anonymous ‘vows revenge’ on Islamic State.",
		"Thousands of Rohingya fled to Bangladesh.",
		"IS says it was behind the bombing. The UN and NATO responded.",
		"Currently only those living outside Spain can vote by post.",
		"Meanwhile Italy has cited a clause of the Lisbon Treaty.",
		"Marchers walked from Marble Arch past Hyde Park Corner.",
		"Both fires broke out on Simon Bolivar Avenue.",
		"The Black Sea port town of Poti lies in Georgia.",
		"The talks were held in New Delhi and Hong Kong.",
		"On Tuesday and in March the Sky News Arabia team reported.",
		"Muslim-majority Mindanao voted in favour.",
		"Dutch police have shared footage.",
		"The Toronto Star and the Edmonton Sun ran the story.",
		"The Abu Sayyaf Group claimed the attack.",
		"A fire broke out in La Llagosta overnight.",
		"People in North America watched.",
		"Rescuers reached Quang Nam province on Monday.",
		"Residents of Khan Younis fled south.",
		// everyday words after a given name, a place before unknown words
		"We saw the Silver Clouds installation.",
		"Cal Fire said the blaze had burned 42,000 hectares.",
		"Johnson & Johnson and Procter & Gamble reported on Easter Sunday.",
		"Officials from Inter Milan and Paris Saint-Germain met.",
		"Tropical Storm Hilary moved north. Hurricane Otis had struck Acapulco.",
		"The Velvet Underground played; the Ontario Ghostbusters came.",
		"Residents told the Daily Nation that help was slow.",
		"The Space Shuttle Challenger exploded.",
		// a brand, a party tag, the tail of a company's name
		"JPMorgan Chase reported results and PayPal said it agreed.",
		"The bill was backed by Democrats, D-N.Y., and opposed, R-Texas.",
		// "said X" is no evidence when X starts a reported clause
		"The company said Azure remained strong.",
		// organisations and places the knowledge lists hold: agencies,
		// brands, divisions, named like people and speaking like them
		"Doctors from Médecins Sans Frontières said the ward was full.",
		"Kyodo reported the fire. Sinopec said output would fall.",
		"Volunteers from the British Red Cross said they were ready.",
		"Residents of Jefferson Parish were told to leave; Jefferson Parish officials agreed.",
		"Shares in Nike fell after Nike warned on sales.",
		"The Lisbon Metro closed its red line.",
		"Typhoon Lekima hit the coast; Operation Sentinel began.",
		"Jornal de Notícias reported that the road was shut, and Corriere della Sera agreed.",
		// a headline's words, seen in no other line
		"Firefighters Battle Blaze Near Old Mill\nCrews fought a fire near the old mill on Tuesday.",
		// a body apposed with a compound adjective before its noun
		"Police blamed Ansar Dawla, an al-Qaeda-linked organization, for the attack.",
		// a plural role before a list with an outlet in it: a list of bodies
		"She and other Verax writers, CBC News, and Factline are trusted.",
		// a given name that is an everyday word, repeated with nothing of
		// a person's, is a firm's or a thing's ("Apple shipped ...")
		"Critics liked the phone. Apple shipped it in May, and Apple has partnered with a lens maker. The photo is from Apple.",
		// after "a" or "an", a role noun then a lone word is a relative
		// clause's subject ("an optometrist Amber had")
		"I handed my glasses to an optometrist Amber had on site.",
		// a character is no person
		"Fans built fake legs for the character Lana Voss at her station.",
		// what has a price is a product
		"The $1,200 Vega Quest Pro has a sharper screen than the old model, reviewers said.",
		// an apposition headed by a plural says what many are
		"Critics say the design failed. First, builders in general were never asked.",
		"The team studied Kalvor, clouds of marine dust, for years.",
		// a role noun before a headline's verb ("Veteran Hugs Puppy"); a
		// headline ending in an abbreviation; its everyday word opening a
		// body sentence, or after a capitalised preposition
		"Veteran Hugs Puppy in Park\nA photo of the puppy spread on Tuesday.",
		"How Autumn Sparks Chaos Under N.Y.C.\n\nAutumn can also block the drains. The print headline was A War Against Autumn.",
		// a page's code
		"The story ran on Page A12 of the Sunday edition.",
		// a run that ends in an everyday word names a thing, outside headlines
		"The ruling came from the Directorate General of Civil Aviation on Friday.",
		"Ships carry a Long Range Identification system.",
		"Funding for the National Iodine Nutrition study was cut.",
		// storms, ships, works and bands, and their later bare mentions
		"Hurricane Lorna hit the coast on Sunday. Lorna then weakened. Forecasters said Lorna would reach land.",
		"Storm Ciara brought floods, and Ciara's winds reached 90 mph.",
		"The cargo ship Kesra Mandiri vanished in May. Kesra Mandiri was last seen off Java.",
		"The wreck of the U.S.S. Tarpon was found last June.",
		"She came to launch her novel Angel Catbird on Friday.",
		"The robot, named “Silent Harbour,” won the prize.",
		"His staging of \"The Cherry Orchard\" toured. Critics loved him.",
		"She sang *Blue Moon* and _Silver Lining_ to close the show.",
		"The band Duran Duran played first.",
		// a name used as a modifier, a numeral before an English word
		"Crews flew to the Olav Brekke oil field on Monday.",
		"A World War II-era wreck was found.",
		// a word the article uses for a place or a facility
		"Flights at Mira Airport were cut. Mira reopened and Mira will be busy.",
		"Officials in Marlow Province said roads were shut.",
		// a make and model, a faith, a heading, an institution's place, a
		// title before a continent
		"The aircraft was a Boeing 737 bound for Delhi.",
		"Pilgrims travelled to Mecca, Islam's holiest site.",
		"Costumes\nDisney\nCrowds queued for hours.",
		"He came dressed as Captain America.",
		// a weekday after a given name is a day, and a month before a date
		"Crowds came out on Black Friday and Easter Sunday.",
		"The contract was signed by Roberto January 12 in Rome.",
		// a sentence adverb that is a name too
		"Rather, the leader of the largest party becomes prime minister.",
		"Even Harbour Yard was rebuilt in Lisbon.",
		// a body's name after a role in lower case ends in a lone word
		"Last year the managing director of Precision Dataworks said profits fell.",
		"The prayer came from the president of the Tulalip Tribal Nation.",
		"It was close, said the managing editor of Ohio Evening Ledger on Monday.",
	} {
		if got := findPeople(text, tokenize(nil, text)); len(got) != 0 {
			t.Errorf("%q: found %v, want no one", text, names(got))
		}
	}
}

func TestPeopleLinking(t *testing.T) {
	checkPeople(t,
		"Interior Minister Jean Moreau has spoken. Moreau said 40 raids were made.",
		[]wantPerson{{name: "Jean Moreau", role: "Interior Minister", mentions: []string{"Jean Moreau", "Moreau"}}})
	checkPeople(t,
		"French President Paul Girard met them. President Girard told the senate. Girard's plan was backed.",
		[]wantPerson{{name: "Paul Girard", role: "French President", mentions: []string{"Paul Girard", "Girard", "Girard"}}})
	// a surname that is also an institution's head word ("Day",
	// "Hall"), alone, mentions the person named so; "Hall 3" does not
	checkPeople(t,
		"Singer Nora Hall died on Monday. Hall made many albums. The critic said Hall loved the stage. Hall 3 was shut.",
		[]wantPerson{{name: "Nora Hall", role: "Singer", mentions: []string{"Nora Hall", "Hall", "Hall"}}})
	// a month that is the surname of a person named in full, out of a
	// date, mentions the person
	checkPeople(t,
		"Minister Ana May quit on 4 May. Critics opposed May's plan. In June, May said she would stay. May I add that in May it rained?",
		[]wantPerson{{name: "Ana May", role: "Minister", mentions: []string{"Ana May", "May", "May"}}})
	// a title that is the surname of a person named in full, before no
	// name and after no article, mentions the person
	checkPeople(t,
		"The prize went to Pierre Mayor and Ana Ruiz. Ruiz and Mayor, both Swiss, spoke. The Mayor thanked them.",
		[]wantPerson{{name: "Pierre Mayor", mentions: []string{"Pierre Mayor", "Mayor"}}, {name: "Ana Ruiz", mentions: []string{"Ana Ruiz", "Ruiz"}}})
	// a quoted nickname between the given name and the surname, after a
	// role
	checkPeople(t,
		"Actor Tom \"Tiny\" Lister died on Monday. Lister was 61.",
		[]wantPerson{{name: "Tom Lister", role: "Actor", age: 61, mentions: []string{"Tom \"Tiny\" Lister", "Lister"}}})
	// a particle and a surname that end a full name, said of with a
	// role, mention that person (not the relative named since)
	checkPeople(t,
		"Guitarist Eddie Van Dorn died on Tuesday. It was confirmed by his son, Lex Van Dorn. Van Dorn was a native of Leiden.",
		[]wantPerson{{name: "Eddie Van Dorn", role: "Guitarist", mentions: []string{"Eddie Van Dorn", "Van Dorn"}}, {name: "Lex Van Dorn", role: "son", mentions: []string{"Lex Van Dorn"}}})
	// ... and when the surname alone would be a lone word
	checkPeople(t,
		"A retired US veteran, Sergeant Dale \"Red\" Hume reports that he saw it. Hume said so.",
		[]wantPerson{{name: "Dale Hume", role: "Sergeant", mentions: []string{"Dale \"Red\" Hume", "Hume"}}})
	// a bare surname is not the relative's who shares it
	checkPeople(t,
		"Drummer Cal Reyes has died. His daughter Mia Reyes confirmed it. On Monday, Reyes was taken to hospital.",
		[]wantPerson{{name: "Cal Reyes", role: "Drummer", mentions: []string{"Cal Reyes", "Reyes"}}, {name: "Mia Reyes", role: "daughter", mentions: []string{"Mia Reyes"}}})
	// "at" after a verb aimed at someone is no place's
	checkPeople(t,
		"Mayor Ana Lam spoke first. Protesters shouted at Lam and left.",
		[]wantPerson{{name: "Ana Lam", role: "Mayor", mentions: []string{"Ana Lam", "Lam"}}})
	// a surname written with its article, later without
	checkPeople(t,
		"Charges were brought against Sudan's president, Omar Hassan el-Tahir. Officials said Mr. Tahir must answer them.",
		[]wantPerson{{name: "Omar Hassan el-Tahir", role: "Sudan's president", mentions: []string{"Omar Hassan el-Tahir", "Tahir"}}})
	// a product named after a person keeps the person's own name
	checkPeople(t,
		"Margaret Hale wrote the code. In 2017 she got an honour: a Margaret Hale Lego figure. Hale smiled.",
		[]wantPerson{{name: "Margaret Hale", mentions: []string{"Margaret Hale", "Margaret Hale Lego", "Hale"}}})
	// "the Bill", "a new Bill": a law's name, no mention of a man called Bill
	checkPeople(t,
		"A new Bill would limit data use. Opposition leader Bill Carter said the Bill was rushed.",
		[]wantPerson{{name: "Bill Carter", role: "Opposition leader", mentions: []string{"Bill Carter"}}})
	// the title stays out of the mention span
	checkPeople(t, "Mr Roe arrived. Jane Roe, the interior minister, said so.",
		[]wantPerson{{name: "Jane Roe", role: "interior minister", mentions: []string{"Roe", "Jane Roe"}}})
	// a shared surname goes to the nearest person named before it
	checkPeople(t,
		"Police seek Karim Benali. They failed to find Benali.\n"+
			"Youssef Benali, the cousin of Samir Benali, was freed. Benali said nothing.",
		[]wantPerson{
			{name: "Karim Benali", mentions: []string{"Karim Benali", "Benali"}},
			{name: "Youssef Benali", role: "cousin of Samir Benali", mentions: []string{"Youssef Benali"}},
			{name: "Samir Benali", mentions: []string{"Samir Benali", "Benali"}},
		})
	// a headline in title case: its verb drops off the name
	checkPeople(t, "Hunt For Karim Benali Continues\nPolice seek Karim Benali, 26.",
		[]wantPerson{{name: "Karim Benali", age: 26, mentions: []string{"Karim Benali", "Karim Benali"}}})
	// a surname that is also an institution word, in a person's context
	checkPeople(t, "“Sarah brings deep experience,” said David Park, Acme's CEO. They met in Victoria Park.",
		[]wantPerson{{name: "David Park", role: "Acme's CEO", mentions: []string{"David Park"}}})
	checkPeople(t, "Acme was founded by David Park in 2015. “We grow,” said David Park, the CEO.",
		[]wantPerson{{name: "David Park", role: "CEO", mentions: []string{"David Park", "David Park"}}})
	// an alias after a full name, and its later mentions
	checkPeople(t, "Indonesian President Joko Widodo, known as Jokowi, opened it. Jokowi said it was ready.",
		[]wantPerson{{name: "Joko Widodo", role: "Indonesian President", mentions: []string{"Joko Widodo", "Jokowi", "Jokowi"}}})
	// a list of victims, ages after each
	checkPeople(t, "The dead included Ana Ruiz, 34, her son Pablo, 8, and neighbour Luis Gómez, 61.",
		[]wantPerson{{name: "Ana Ruiz", age: 34}, {name: "Pablo", role: "son", age: 8}, {name: "Luis Gómez", role: "neighbour", age: 61}})
	// a surname used as a modifier is still a mention of the person
	checkPeople(t, "Andy Warhol took thousands of photos. The Warhol Polaroid shows were popular.",
		[]wantPerson{{name: "Andy Warhol", mentions: []string{"Andy Warhol", "Warhol"}}})
	// accents do not split a person
	checkPeople(t, "Minister Joachim Brudziński spoke. Brudzinski also ordered checks.",
		[]wantPerson{{name: "Joachim Brudziński", role: "Minister", mentions: []string{"Joachim Brudziński", "Brudzinski"}}})
	// a given name alone, named as such, and its possessive
	checkPeople(t, "A girl, identified only as Mira, was found. Mira's health is good.",
		[]wantPerson{{name: "Mira", mentions: []string{"Mira", "Mira"}}})
}

// TestPeopleSample checks the sample article against its gold people: all
// fourteen, no one else, with roles and ages and linked surnames.
func TestPeopleSample(t *testing.T) {
	b, err := os.ReadFile("../samples/paris-attacks.txt")
	if err != nil {
		t.Skip("sample not present:", err)
	}
	text := string(b)
	got := findPeople(text, tokenize(nil, text))
	want := map[string]struct {
		role string
		age  int
		n    int
	}{
		"Bernard Cazeneuve": {"Interior Minister", 0, 3}, "Salah Abdeslam": {"suspect", 26, 4},
		"Federica Mogherini": {"EU foreign policy chief", 0, 1}, "John Kerry": {"US Secretary of State", 0, 1},
		"Francois Hollande": {"French President", 0, 3}, "Abdelhamid Abaaoud": {"key suspect", 0, 1},
		"George Osborne": {"UK Chancellor", 0, 1}, "Manuel Valls": {"Prime Minister", 0, 1},
		"Mohammed Abdeslam": {"brother of two suspects", 0, 1}, "Brahim Abdeslam": {"", 31, 2},
		"Omar Ismail Mostefai": {"", 29, 1}, "Bilal Hadfi": {"", 20, 1},
		"Ahmad al-Mohammad": {"", 25, 1}, "Samy Amimour": {"", 28, 1},
	}
	if len(got) != len(want) {
		t.Fatalf("found %d people %v, want %d", len(got), names(got), len(want))
	}
	for _, p := range got {
		w, ok := want[p.Name]
		if !ok {
			t.Errorf("unexpected person %q", p.Name)
			continue
		}
		age := 0
		if p.Age != nil {
			age = *p.Age
		}
		if p.Role != w.role || age != w.age || len(p.Mentions) != w.n {
			t.Errorf("%s: role %q age %d mentions %d, want %q %d %d", p.Name, p.Role, age, len(p.Mentions), w.role, w.age, w.n)
		}
	}
}

// TestPeopleLongRun: a text that is one endless capitalised run (a
// headline-case dump) yields bounded names, not one name of every word.
func TestPeopleLongRun(t *testing.T) {
	text := strings.Repeat("John Smith ", 5000) + "said."
	for _, p := range findPeople(text, tokenize(nil, text)) {
		if n := len(strings.Fields(p.Name)); n > maxNameWords {
			t.Errorf("name of %d words", n)
		}
		for _, m := range p.Mentions {
			if text[m.Start:m.End] != m.Text {
				t.Fatalf("mention %q is not its bytes", m.Text)
			}
		}
	}
}

// BenchmarkFindPeople measures the people finder on the sample, on about
// 1 MB of copies of it joined by blank lines and on one endless
// capitalised run (the lexicons are loaded before timing: that happens
// once per process).
func BenchmarkFindPeople(b *testing.B) {
	data, err := os.ReadFile("../samples/paris-attacks.txt")
	if err != nil {
		b.Skip(err)
	}
	loadLexicon()
	for _, bc := range []struct {
		name string
		text string
	}{
		{"sample", string(data)},
		{"1MB", strings.Repeat(string(data)+"\n\n", 200)},
		// one endless capitalised run: must stay linear
		{"1MB-one-run", strings.Repeat("John Smith ", 100000)},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(bc.text)))
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				findPeople(bc.text, tokenize(nil, bc.text))
			}
		})
	}
}

// TestPeopleEvidence: a name is a person's when something in the article
// says so, weighed over all its mentions; a name seen once with nothing
// to say so is not shown.
func TestPeopleEvidence(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []wantPerson
	}{
		// no evidence: two unknown capitalised words, once
		{"A fire started in a parked Varno Teska on Monday.", nil},
		{"Signals from Kessin Marvel stopped on Friday.", nil},
		// an interjection or a greeting opens the sentence, not the name
		{"Welcome Amy! Amy Ruiz joins the search team.", []wantPerson{{name: "Amy Ruiz"}}},
		{"Ah Bartleby! Ah humanity! Tom Bartleby was a clerk.", []wantPerson{{name: "Tom Bartleby", role: "clerk"}}},
		// a make and model before the vehicle's noun; the noun before a
		// name is the person's
		{"The bus was hit by a Nissan Corvel motor car, police said.", nil},
		{"He later sold the car Jo Roe drove to work.", []wantPerson{{name: "Jo Roe"}}},
		// a later surname-only mention, a pronoun that follows, a relative clause
		{"Work by Zeto Vasko was shown. Vasko painted it in 1990.", []wantPerson{{name: "Zeto Vasko", mentions: []string{"Zeto Vasko", "Vasko"}}}},
		{"The award went to Zuri Lenaro last year, and he kept it at home.", []wantPerson{{name: "Zuri Lenaro"}}},
		{"Questions were put to Zeto Marrak, who declined to answer.", []wantPerson{{name: "Zeto Marrak"}}},
		// speech after an apposition between commas
		{"A historian and former border official, Zeto Marrak, said the route was closed.", []wantPerson{{name: "Zeto Marrak", role: "historian and former border official"}}},
		// a name the lists know as a brand is a person when the article says so
		{"The court convicted Tom Ford of fraud. Ford, 39, was jailed.", []wantPerson{{name: "Tom Ford", age: 39, mentions: []string{"Tom Ford", "Ford"}}}},
		// a storm that shares a given name is no mention of the person
		{"Hurricane Lorna hit the coast. Lorna's winds peaked at 185 mph. Resident Lorna Diaz, 72, said her home flooded. Diaz stayed.",
			[]wantPerson{{name: "Lorna Diaz", role: "Resident", age: 72, mentions: []string{"Lorna Diaz", "Diaz"}}}},
		// a given name that is a place too, before a surname that is a town
		// and an everyday word too
		{"The count ended at noon. Adelaide Warren won eight seats, and Warren thanked voters.",
			[]wantPerson{{name: "Adelaide Warren", mentions: []string{"Adelaide Warren", "Warren"}}}},
		// a titled place word is no person by itself, but mentions one
		// named so in full
		{"Coast Guard Captain Lena Rochester spoke first. Later, Captain Rochester said the crew was tired.",
			[]wantPerson{{name: "Lena Rochester", role: "Coast Guard Captain", mentions: []string{"Lena Rochester", "Rochester"}}}},
		{"Fans dressed as Captain America said it was fun.", nil},
		// a place that shares a surname is no mention of the person
		{"Mayor Tom Jackson won. A woman from Jackson, Mississippi, was pleased. Jackson thanked voters.",
			[]wantPerson{{name: "Tom Jackson", role: "Mayor", mentions: []string{"Tom Jackson", "Jackson"}}}},
		// a role noun by its suffix, written with a capital before the name
		{"The video featuring Scientologist Dana Kerr was removed.", []wantPerson{{name: "Dana Kerr", role: "Scientologist"}}},
		{"Nick Rhodes of Duran Duran said it was great.", []wantPerson{{name: "Nick Rhodes", role: "Duran Duran"}}},
		// surnames that are common words after a title or a given name
		{"Captain Hale said the ship was safe.", []wantPerson{{name: "Hale", role: "Captain"}}},
		{"Former minister Gordon Brown spoke. Brown added that rates would rise.", []wantPerson{{name: "Gordon Brown", role: "Former minister", mentions: []string{"Gordon Brown", "Brown"}}}},
		// the names notable people are known by alone: by themselves when no
		// everyday word, place or firm shares them, else with the context
		{"Crowds cheered Mandela in the square. Mandela waved.", []wantPerson{{name: "Mandela", mentions: []string{"Mandela", "Mandela"}}}},
		{"Crowds cheered Merkel in the square.", []wantPerson{{name: "Merkel"}}},
		{"Churchill said the war would be long.", []wantPerson{{name: "Churchill"}}},
		{"Lincoln was shot in 1865. Lincoln had led the Union.", []wantPerson{{name: "Lincoln", mentions: []string{"Lincoln", "Lincoln"}}}},
		{"The museum in Lincoln opened on Monday.", nil},
		// a notable person's surname that is a town too, after a given name
		{"Artists such as Walker Evans used the camera.", []wantPerson{{name: "Walker Evans", role: "artist"}}},
		{"Play began at ten. Openers Tom Hale and Ann Ray got off to a flying start.", []wantPerson{{name: "Tom Hale", role: "opener"}, {name: "Ann Ray", role: "opener"}}},
		{"Former Chilean dictator Tom Hale was placed under arrest.", []wantPerson{{name: "Tom Hale", role: "Former Chilean dictator"}}},
		// a notable person's name before what they led
		{"The tax was brought in by the Monti government in 2012.", []wantPerson{{name: "Monti"}}},
		// an age the text gives the role of the one person with it
		{"Leeds florist Jon Marsh pleaded guilty. The 67-year-old florist kept a notebook.",
			[]wantPerson{{name: "Jon Marsh", role: "Leeds florist", age: 67}}},
		// post-nominal letters are no part of the name
		{"His lawyer, Sarah Jennings QC, said he was ashamed.", []wantPerson{{name: "Sarah Jennings", role: "lawyer"}}},
		// a month that is a surname, after a given name
		{"Guitarist Brian May played on.", []wantPerson{{name: "Brian May", role: "Guitarist"}}},
		{"Jenny March, 40, was hurt.", []wantPerson{{name: "Jenny March", age: 40}}},
		// misspellings: a surname, a given name beside the same surname
		{"Lydia Buchtmann spoke first. Ms Bauchtman said the dose was small.",
			[]wantPerson{{name: "Lydia Buchtmann", mentions: []string{"Lydia Buchtmann", "Bauchtman"}}}},
		{"Kristin Wilkins curated it. Kristen Wilkins said the show was popular.",
			[]wantPerson{{name: "Kristin Wilkins", mentions: []string{"Kristin Wilkins", "Kristen Wilkins"}}}},
		// among three of one surname, a near name is another person
		{"Police held Karim Benali, Karin Benali and Omar Benali.",
			[]wantPerson{{name: "Karim Benali"}, {name: "Karin Benali"}, {name: "Omar Benali"}}},
		// East Asian names, family name first
		{"Park Ji Sung scored twice. Park said it was his best game.", []wantPerson{{name: "Park Ji Sung", mentions: []string{"Park Ji Sung", "Park"}}}},
		{"Moon Jae In met Xi Jinping in Beijing.", []wantPerson{{name: "Moon Jae In"}, {name: "Xi Jinping"}}},
		// a word after an institution word belongs to the institution
		{"Ines Varga of University College London spoke.", []wantPerson{{name: "Ines Varga", role: "University College London"}}},
		// a plural role noun before a list of names
		{"Guests included athletes Zeto Marrak and Kessin Vasko.", []wantPerson{{name: "Zeto Marrak", role: "athlete"}, {name: "Kessin Vasko", role: "athlete"}}},
		{"Tests were negative for Senior Advisors Zeto Marrak and Kessin Vasko.", []wantPerson{{name: "Zeto Marrak", role: "Advisor"}, {name: "Kessin Vasko", role: "Advisor"}}},
		{"The team included top runners and Olympic champions.", nil},
		{"Rock musicians such as Zeto Marrak and Kessin Vasko paid tribute.", []wantPerson{{name: "Zeto Marrak", role: "musician"}, {name: "Kessin Vasko", role: "musician"}}},
		{"Veteran singers such as Kessin Vasko paid tribute.", []wantPerson{{name: "Kessin Vasko", role: "singer"}}},
		// a name before a work that shows the person is the person's; before
		// anything else, a thing's
		{"The gallery sold the Greta Mora portrait for a record sum.", []wantPerson{{name: "Greta Mora"}}},
		{"The gallery sold the Greta Mora silk print on Friday.", []wantPerson{{name: "Greta Mora"}}},
		{"Drilling began at the Greta Mora oil field.", nil},
		// an everyday word in capitals before a lone given name: a game's
		// or a character's name
		{"Fans queued all day to play Crazy Lucy at the fair. Crazy Lucy sold out by noon.", nil},
		{"She wore her new Mighty Lucy costume to the fair, and a friend wore his Mighty Lucy mask.", nil},
		// a place before a hyphenated nickname: a costume, no name
		{"Ottawa Spider-Kate posed at the booth.", nil},
	} {
		checkPeople(t, tc.text, tc.want)
	}
}

// TestPeopleLayouts: tables, link lists, lines in capitals, results and
// price lines, interviews: the layouts of converted pages and of sports,
// business and Q&A pieces.
func TestPeopleLayouts(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []wantPerson
	}{
		// a table's column headings give no one, laid out or in Markdown
		{"Donor │ Aid pledged │ Paid\n──────┼─────────────┼─────\nNorway │ 12 │ 10\n", nil},
		{"| Donor | Aid pledged |\n|---|---|\n| Norway | 12 |\n", nil},
		// a cell still holds people
		{"Player │ Goals\n───────┼──────\nKarim Benali │ 12\n", []wantPerson{{name: "Karim Benali"}}},
		// a link's address names no one
		{"Photos by Kim Lund [1].\n\nLinks\n\n[1] https://photos.example.net/Kim_Lund/Jane-Roe-floods\n",
			[]wantPerson{{name: "Kim Lund", mentions: []string{"Kim Lund"}}}},
		{"See www.example.org/Jane-Roe for more.", nil},
		// a headline in capitals mentions the people the body names
		{"MAYOR JACKSON WINS SECOND TERM\nMayor Tom Jackson was re-elected on Tuesday.",
			[]wantPerson{{name: "Tom Jackson", role: "Mayor", mentions: []string{"JACKSON", "Tom Jackson"}}}},
		{"TOM JACKSON RE-ELECTED\nMayor Tom Jackson won again.",
			[]wantPerson{{name: "Tom Jackson", role: "Mayor", mentions: []string{"TOM JACKSON", "Tom Jackson"}}}},
		// results and prices give no one, but a scorer is a person
		{"Rovers 2 United 1\nWheat 212.5 210.0\nCorn 150.2 149.8\n", nil},
		{"Rovers 2 (Okafor 34th, Lindqvist 78th) United 1 (Mensah 90th)\n",
			[]wantPerson{{name: "Okafor"}, {name: "Lindqvist"}, {name: "Mensah"}}},
		// scorers in brackets, with the minute
		{"Results: Arsenal 3 Chelsea 1 (Saka 12, Havertz 40; Palmer 55)\n",
			[]wantPerson{{name: "Saka"}, {name: "Havertz"}, {name: "Palmer"}}},
		// a team before its score, a firm's name with a word after it
		{"Rovers beat Aston Villa 2-1 on Saturday.", nil},
		{"Siemens Energy fell. Its wind unit, Siemens Gamesa, was sold.", nil},
		// speaker labels of an interview
		{"Q: When did you start?\nHale: In 2010. I was a student then.\nQ: And now?\nHale: Now I teach.\n",
			[]wantPerson{{name: "Hale", mentions: []string{"Hale", "Hale"}}}},
		{"((WN)) How did it start?\n((Zeto Marrak)) We began in May.\n", []wantPerson{{name: "Zeto Marrak"}}},
		// a Q&A: the headline's verb is no part of the role, labels in
		// capitals mention the speaker, the interviewer names no one
		{"Wikinews interviews climate scientist Maria Lindqvist\n\nClimate scientist Maria Lindqvist spoke to Wikinews.\n\n" +
			"Wikinews: When did the work start?\n\nLINDQVIST: In 2019.\n\nWikinews: Who led it?\n\n" +
			"LINDQVIST: Professor Omar Haddad. Haddad built the models.\n\nLindqvist: Thank you.\n",
			[]wantPerson{
				{name: "Maria Lindqvist", role: "climate scientist", mentions: []string{"Maria Lindqvist", "Maria Lindqvist", "LINDQVIST", "LINDQVIST", "Lindqvist"}},
				{name: "Omar Haddad", role: "Professor", mentions: []string{"Omar Haddad", "Haddad"}},
			}},
		// the speaker's labels stay the interviewee's after an answer names
		// a relative of the same surname
		{"Reporters spoke with geologist Ines Varga about the cave.\n\nQ: How did it start?\n\n" +
			"Varga: My uncle, Pal Varga, took me there.\n\nQ: And now?\n\nVarga: I go back every year.\n",
			[]wantPerson{
				{name: "Ines Varga", role: "geologist", mentions: []string{"Ines Varga", "Varga", "Varga"}},
				{name: "Pal Varga", mentions: []string{"Pal Varga"}},
			}},
	} {
		checkPeople(t, tc.text, tc.want)
	}
}

// TestHeadlineRole checks the role a headline gives the article's main
// person: only when the headline names no one and opens with the role,
// and the person is the first the body names and the most mentioned.
func TestHeadlineRole(t *testing.T) {
	for _, tc := range []struct{ text, name, role string }{
		{"Driver in motorway crash pleads not guilty\n\nThrough his lawyers, Ivan Petrov, 23, pleaded not guilty. Petrov was driving a van.", "Ivan Petrov", "driver"},
		{"Greek prime minister praises pipeline\n\nKostas Lamb said the pipeline was open. Lamb spoke in Athens.", "Kostas Lamb", "Greek prime minister"},
		// the headline's verb comes first: no role in it
		{"Police arrest doctor in Leeds\n\nOfficers held Jo Roe on Monday. Roe is 40.", "Jo Roe", ""},
		// the player is not the one freed
		{"Brazilian player's mother freed\n\nRosa Marin was freed on Monday. Marin is well.", "Rosa Marin", ""},
		// someone else is the article's main person
		{"Nurse wins award\n\nJo Roe said the prize went to Ana Lutz. Lutz thanked her staff. Lutz cried.", "Jo Roe", ""},
		// a role the body gives stays
		{"Driver pleads not guilty\n\nBus driver Ivan Petrov pleaded not guilty. Petrov is 23.", "Ivan Petrov", "Bus driver"},
	} {
		got := Extract(tc.text).People
		if len(got) == 0 || got[0].Name != tc.name || got[0].Role != tc.role {
			t.Errorf("%q:\n got %+v\nwant %s with role %q first", tc.text, got, tc.name, tc.role)
		}
	}
}

// TestFirmShapesFitEveryFirm: the shapes isEponymousFirm rules words out
// by let every firm's name through, in any case.
func TestFirmShapesFitEveryFirm(t *testing.T) {
	for w := range eponymousFirms {
		for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
			if isASCII(v) && !isEponymousFirm(v) {
				t.Errorf("isEponymousFirm(%q) = false", v)
			}
		}
	}
	for _, w := range []string{"Boeings", "Boeinf", "Doeing", "Smith", "Jo", ""} {
		if isEponymousFirm(w) {
			t.Errorf("isEponymousFirm(%q) = true", w)
		}
	}
}

// TestNthField: nthField says what strings.Fields would.
func TestNthField(t *testing.T) {
	for _, s := range []string{"", " ", "Jo", "Jo Roe", " Jo  Roe ", "Jo\tRoe", "Jo\u00a0Roe", "Jo\u2003Roe", "Inácio Lula da Silva", "\xff Jo", "Jo \xff"} {
		f := strings.Fields(s)
		for k := 0; k <= len(f); k++ {
			w, n := nthField(s, k)
			want := ""
			if k < len(f) {
				want = f[k]
			}
			if w != want || n != len(f) {
				t.Errorf("nthField(%q, %d) = %q, %d, want %q, %d", s, k, w, n, want, len(f))
			}
		}
	}
}

// BenchmarkExtractTexts runs Extract once over each dev and gum-news
// text, an op being all of them: the people pass's rarer paths
// (misspelt surnames, name variants, ages by role) that the sample
// article does not take show in its allocations.
func BenchmarkExtractTexts(b *testing.B) {
	var names []string
	for _, glob := range []string{"testdata/dev/texts/*.txt", "testdata/gum-news/texts/*.txt"} {
		n, _ := filepath.Glob(glob)
		names = append(names, n...)
	}
	sort.Strings(names)
	texts := make([]string, len(names))
	size := 0
	for i, n := range names {
		texts[i] = readTestdata(b, strings.TrimPrefix(n, "testdata/"))
		size += len(texts[i])
	}
	loadLexicon()
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			Extract(t)
		}
	}
}

// TestFoldKey: foldKey and appendFold say what fold does, beyond ASCII
// and in broken UTF-8 too.
func TestFoldKey(t *testing.T) {
	for _, w := range []string{"Roe", "Brudziński", "JAROSŁAW", "Citroën", "O’Brien", "İzmir", "\u212Aelvin", "Ⱥnna", "Jo\xffRoe", "\xff", "Nestlé", strings.Repeat("é", 40)} {
		if got, want := foldKey(w), exactHash(fold(w)); got != want {
			t.Errorf("foldKey(%q) = %x, want %x", w, got, want)
		}
		if got := string(appendFold(nil, w)); !isASCII(w) && got != fold(w) {
			t.Errorf("appendFold(%q) = %q, want %q", w, got, fold(w))
		}
		if got, want := isEponymousFirm(w), eponymousFirms[fold(w)]; got != want {
			t.Errorf("isEponymousFirm(%q) = %v, want %v", w, got, want)
		}
	}
}
