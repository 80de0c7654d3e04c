package parse

import (
	"strings"
	"testing"
)

// TestLabelGrammar: a label says what the number is, read from the
// clause: the counted noun and what happened to it, or the noun an amount
// belongs to. Each row is one sentence; want maps a number as written to
// its label.
func TestLabelGrammar(t *testing.T) {
	tests := []struct {
		in   string
		want map[string]string
	}{
		// a count: the counted noun and the verb after it, auxiliaries dropped
		{"Five men were detained in Lyon over the weekend.", map[string]string{"Five": "men detained in Lyon"}},
		{"More than 70 searches were made late on Tuesday.", map[string]string{"70": "searches made"}},
		{"Three workers died during the night shift.", map[string]string{"Three": "workers died"}},
		{"At least 30 homes have been destroyed, officials said.", map[string]string{"30": "homes destroyed"}},
		{"Some 20 were later released.", map[string]string{"20": "later released"}},
		// a copula or a modal with no participle after it ends the noun
		// phrase: what follows is said of the thing counted
		{"Two pills was a fatal dose, the coroner said.", map[string]string{"Two": "pills"}},
		// a number in another noun's prepositional phrase counts its own
		// noun; the verb after it is the other noun's
		{"Officials said 120 suspects in 9 countries were detained.", map[string]string{"9": "countries"}},
		{"Storms in 4 provinces killed 30 people.", map[string]string{"4": "provinces"}},
		// a span of time after "in" says when, not what the amount is
		{"The agency has invested more than $2 billion in the past five years.", map[string]string{"$2 billion": "agency has invested"}},
		{"The port spent $80 million in recent years.", map[string]string{"$80 million": "port spent"}},
		// a rate's time after an amount says how often, not what; a
		// phrase after the money says what it went on, with the verb
		{"The town's living wage is $14.20 an hour.", map[string]string{"$14.20": "town's living wage"}},
		{"The board spends $45 million a year on roads.", map[string]string{"$45 million": "spent on roads"}},
		{"Each driver earns $38,000 as a courier.", map[string]string{"$38,000": "earned as a courier"}},
		{"Revenue reached $3 billion a year.", map[string]string{"$3 billion": "Revenue reached"}},
		{"Lenders offered thousands each month to the scheme.", map[string]string{"thousands": "offered to the scheme"}},
		// elected with a share: the vote's, whoever won it
		{"In 2010 she was re-elected with 64%.", map[string]string{"64%": "share of the vote"}},
		{"Mayor Ann Lee was elected with 58%.", map[string]string{"58%": "Ann Lee's share"}},
		// a brand after a participle modifies the noun to come; a name
		// after a plural noun is an apposition
		{"The chain runs 14 automated Zip corner shops.", map[string]string{"14": "automated Zip corner shops"}},
		{"The party fielded two veteran candidates Lee Chan and Mary Ho.", map[string]string{"two": "veteran candidates fielded"}},
		// a verb's particle before an amount is no change
		{"The shop racked up $4 million in sales last year.", map[string]string{"$4 million": "sales"}},
		// a price in brackets after a quoted title is the title's
		{"Try “Star Lanes: Night Run” ($25) first.", map[string]string{"$25": "Star Lanes Night Run"}},
		// a quoted word before the preposition is read past its marks
		{"The law makes firms keep so-called ‘call logs’ for two years.", map[string]string{"two years": "keep so-called call logs"}},
		// a time word before a noun is its adjective
		{"Critics opposed three earlier drafts of the bill.", map[string]string{"three": "opposed earlier drafts of the bill"}},
		{"By 2030, $700 billion in loan repayments will be due annually.", map[string]string{"$700 billion": "loan repayments due annually"}},
		{"Up to 6,000 refugees may be currently at sea.", map[string]string{"6,000": "refugees at sea"}},
		{"Of the dead, three were from abroad and five deaths were of infants.", map[string]string{"five": "deaths of infants"}},
		{"By Friday, 28 members had agreed to the plan.", map[string]string{"28": "members had agreed to the plan"}},
		{"For nine years she was head of the clinic.", map[string]string{"nine years": "she was head of the clinic"}},
		// a difference counts the noun of the number it is compared with
		{"The clinic saw 90 patients, 15 more than last year.", map[string]string{"15": "patients"}},
		// a partitive whose whole has an owner without a determiner
		{"Crews said 14 of yesterday's 60 trains were cancelled.", map[string]string{"14": "trains cancelled"}},
		// an initial's full stop may end the sentence: the label stops there
		{"Thousands marched in Portland, Maine, and Washington D.C. The police watched.",
			map[string]string{"Thousands": "marched in Portland"}},
		{"Hundreds rallied in Washington D.C. The police watched.", map[string]string{"Hundreds": "rallied in Washington D.C."}},
		// before a number a preposition takes, the label is what it measures
		{"The survey logged 3000 hours of recordings spread out over the past 12 years.", map[string]string{"12 years": "recordings spread out"}},
		{"He stayed with the Rangers for 14 years.", map[string]string{"14 years": "stayed with the Rangers"}},
		// an abbreviation or a name inside the noun phrase does not end it
		{"Women make up 21% of the U.S. army reserve.", map[string]string{"21%": "U.S. army reserve"}},
		{"The vote comes three weeks before the current Brexit deadline.", map[string]string{"three weeks": "before the current Brexit deadline"}},
		{"Medics treated 40 people Tuesday night.", map[string]string{"40": "people treated"}},
		{"Six other U.S. diplomats fled to the embassy.", map[string]string{"Six": "other U.S. diplomats fled"}},
		{"The growth curves in 100% argon gas environments were nearly the same.", map[string]string{"100%": "argon gas environments"}},
		// ... or the verb before it, as a participle
		{"Police arrested 23 people on Monday.", map[string]string{"23": "people arrested"}},
		{"The flood wrecked at least 150 houses in the south.", map[string]string{"150": "houses wrecked"}},
		{"Hospitals treated 40 people for burns.", map[string]string{"40": "people treated"}},
		// money and spans: what the amount is of, per or for
		{"The court set bail yesterday at 90,000 lari.", map[string]string{"90,000 lari": "court set bail"}},
		{"He must pay damages to the city council in the amount of $2.5 million.", map[string]string{"$2.5 million": "must pay damages"}},
		{"The agency pays roughly $40 million per seat.", map[string]string{"$40 million": "agency pays per seat"}},
		{"Buyers wait, at roughly $40 million per seat.", map[string]string{"$40 million": "amount per seat"}},
		{"Sales showed a 12% increase from last year.", map[string]string{"12%": "increase"}},
		{"The bank posted a net profit of €2.4bn, up 9% from a year earlier.", map[string]string{"9%": "net profit up"}},
		{"The offence carries a maximum of five years in prison.", map[string]string{"five years": "prison term"}},
		{"He spent 20 years in prison before his release.", map[string]string{"20 years": "time in prison"}},
		{"The dealer put the value of the vase in the range of two to three million US dollars.", map[string]string{"two to three million US dollars": "value of the vase"}},
		{"Default rates have been at least 5%, as high as 30%, and averaged around 12% in the past.",
			map[string]string{"5%": "Default rates", "30%": "Default rates", "12%": "Default rates"}},
		// a definite count of things that points back to no figure is news
		{"Along with the votes from abroad, the six primaries yesterday gave 300 delegates.", map[string]string{"six": "primaries"}},
		// how often: a count of occurrences, labelled with the act
		{"He was stabbed five times in the chest.", map[string]string{"five": "times stabbed"}},
		{"Police raided the house three times.", map[string]string{"three": "times raided the house"}},
		{"She twice served as mayor of the town.", map[string]string{"twice": "times served as mayor"}},
		{"He was re-elected twice, in 2014 and 2018.", map[string]string{"twice": "times re-elected"}},
		// an aside counts the noun before it
		{"Divers found several of the wrecks — four by some counts — last year.", map[string]string{"four": "several of the wrecks"}},
		{"The mudslide struck at night, killing 12 people and injuring more than 80, officials said.",
			map[string]string{"12": "people killed", "80": "people injured"}},
		{"The blast killed two reporters and injured twenty more.", map[string]string{"two": "reporters killed", "twenty": "more injured"}},
		// a reporting verb takes a clause, not a count
		{"Organisers estimated 900 people were outside.", map[string]string{"900": "people"}},
		// a number with no noun borrows the noun of its list or of "of them"
		{"The motion passed with 12 votes in favour and 3 against.", map[string]string{"12": "votes in favour", "3": "votes against"}},
		{"He was convicted on four counts of fraud and two of perjury.", map[string]string{"four": "counts of fraud", "two": "counts of perjury"}},
		{"The virus has infected 4,000 people and killed 112 in the region.", map[string]string{"112": "people killed in the region"}},
		{"Three of the four suspects were arrested in Marseille.", map[string]string{"Three": "suspects arrested in Marseille"}},
		// the whole of a partitive is what it describes, not the part's verb
		{"Five of the 20 passengers were killed.", map[string]string{"Five": "passengers killed", "20": "passengers"}},
		{"Four of the 12 people killed were children.", map[string]string{"12": "people killed"}},
		{"Of the 1.6 million who took part, 72% said yes.", map[string]string{"1.6 million": "people who took part"}},
		{"Of the 90,000 who voted in the poll, 61% said no.", map[string]string{"90,000": "voters in the poll"}},
		{"Some 4,000 who attended were sent home early.", map[string]string{"4,000": "attendees sent home"}},
		{"Nine out of 10 residents were evacuated.", map[string]string{"Nine": "residents evacuated", "10": "residents"}},
		{"Gunmen kidnap 30, kill 12 in Nigeria", map[string]string{"30": "kidnapped"}},
		{"About 500 residents signed the petition and 40 of them spoke at the hearing.", map[string]string{"40": "residents spoke"}},
		{"Nine people were arrested, four of them were charged on Sunday.", map[string]string{"four": "people charged"}},
		{"At least 23 people drowned and 50 were rescued.", map[string]string{"50": "people rescued"}},
		{"Forty people were injured, 12 of them children.", map[string]string{"12": "children injured"}},
		{"Investigators recovered 18 bodies from the wreckage.", map[string]string{"18": "bodies recovered from the wreckage"}},
		{"The ruling party lost 30 of its 120 seats.", map[string]string{"30": "seats lost"}},
		// a list shares the verb that ends it, unless a member says its own
		{"The attack left 14 dead and dozens wounded.", map[string]string{"14": "dead", "dozens": "wounded"}},
		{"About 800 soldiers and 120 medics have been deployed.", map[string]string{"800": "soldiers deployed", "120": "medics deployed"}},
		// a name after the counted noun is an apposition
		{"Two veteran lawmakers Ann Lee and Tom Ford lost their seats.", map[string]string{"Two": "veteran lawmakers"}},
		// a hyphenated unit names the noun after it
		{"A 40-strong crowd gathered.", map[string]string{"40-strong": "crowd"}},
		// money: the noun it modifies or is linked to, the verb it is the object of
		{"The board approved a $2 billion budget late on Friday.", map[string]string{"$2 billion": "budget"}},
		{"He took kickbacks worth $400,000 in return for permits.", map[string]string{"$400,000": "kickbacks"}},
		{"The deal is worth $4.5 billion.", map[string]string{"$4.5 billion": "deal"}},
		{"The court imposed a fine of €300,000.", map[string]string{"€300,000": "fine"}},
		{"The firm was told to pay $3 million within 30 days.", map[string]string{"$3 million": "to pay", "30 days": "deadline to pay"}},
		{"The government released 20 million euros in emergency aid.", map[string]string{"20 million euros": "emergency aid released"}},
		{"The city set aside $85 million for bridge repairs.", map[string]string{"$85 million": "for bridge repairs"}},
		// a span a court gave is a sentence; a span in office is not
		{"The judge sentenced him to eight years in jail.", map[string]string{"eight years": "prison sentence"}},
		{"The tribunal sentenced her to 18 months.", map[string]string{"18 months": "sentence"}},
		{"He served six years as mayor.", map[string]string{"six years": "as mayor"}},
		{"Fraud can carry a sentence up to nine years in Danish law.", map[string]string{"nine years": "sentence"}},
		{"She spent eight years at the bank before the merger.", map[string]string{"eight years": "time at the bank"}},
		{"She was given a suspended sentence of 18 months after she testified.", map[string]string{"18 months": "suspended sentence"}},
		// a span within which something must be done
		{"The city has 14 days to appeal.", map[string]string{"14 days": "deadline to appeal"}},
		{"The new law gives landlords 60 days to make repairs.", map[string]string{"60 days": "deadline to make repairs"}},
		{"Crews battled the fire for nine hours before bringing it under control.", map[string]string{"nine hours": "fire battled"}},
		// a change: what changed, not the words after it
		{"The scheme inflated the price of 40 contracts by 20 per cent.", map[string]string{"20 per cent": "price inflated"}},
		{"Fares rose by 5% last year.", map[string]string{"5%": "Fares rose"}},
		{"Shares in the carmaker plunged 18% after the announcement.", map[string]string{"18%": "Shares plunged"}},
		{"The minister announced a 25% cut in the defence budget.", map[string]string{"25%": "cut in defence budget"}},
		{"Prices have climbed 12% in three years.", map[string]string{"12%": "Prices climbed", "three years": "Prices climbed"}},
		// a level a change reached or left, and the one before it
		{"Inflation rose by 0.3 percentage points to 6.1%.", map[string]string{"0.3 percentage points": "Inflation rose", "6.1%": "Inflation rose to"}},
		{"Unemployment fell to 4.2% in March.", map[string]string{"4.2%": "Unemployment fell to"}},
		{"Inflation eased to 3.1% in May from 3.4% in April.", map[string]string{"3.1%": "Inflation eased to", "3.4%": "earlier level"}},
		{"Turnout was 67%, up from 58% at the last election.", map[string]string{"58%": "earlier level"}},
		// a noun phrase ends at a preposition, wherever the verb is
		{"Police arrested 45 protesters outside parliament.", map[string]string{"45": "protesters arrested"}},
		{"Customs seized 2.3 tonnes of cocaine worth $60 million.", map[string]string{"2.3 tonnes": "cocaine", "$60 million": "cocaine"}},
		{"The government has pledged $500 million in aid to the region.", map[string]string{"$500 million": "aid pledged"}},
		// a span measures the act it follows
		{"Protesters blocked three major roads for six hours.", map[string]string{"six hours": "major roads blocked"}},
		{"The firm will cut 3,000 jobs over the next two years.", map[string]string{"two years": "jobs cut"}},
		{"The rebels must stop the shelling within 48 hours.", map[string]string{"48 hours": "deadline to stop the shelling"}},
		{"Forms must be returned within ten working days.", map[string]string{"ten working days": "deadline to be returned"}},
		{"The log had no record of the boat within the last 40 days.", map[string]string{"40 days": "no record of the boat"}},
		{"The repairs will take three months.", map[string]string{"three months": "time needed for repairs"}},
		{"The civil war has been ongoing for seventeen years.", map[string]string{"seventeen years": "civil war ongoing"}},
		{"The crash came ten days before the festival.", map[string]string{"ten days": "before the festival"}},
		// what changed, past a relative, a reporting verb, a time phrase or an expectation
		{"He cited money for schools, which he said had fallen by 8 per cent.", map[string]string{"8 per cent": "schools fallen"}},
		{"Turnout was down by 2% of the electorate.", map[string]string{"2%": "Turnout down"}},
		{"Hunger would increase by either 49 percent or by 27 percent.", map[string]string{"49 percent": "Hunger increase", "27 percent": "Hunger increase"}},
		{"Its winds are only predicted to reach 90 mph.", map[string]string{"90 mph": "winds reach"}},
		{"The minister stated 92% had been reached.", map[string]string{"92%": "share reached"}},
		{"The party's seats in the upper house increased from 9 to 10.", map[string]string{"10": "party's seats increased"}},
		// a margin, a tally, a rate, a place people live in
		{"Ho won the seat, defeating Lee by 3,000 votes.", map[string]string{"3,000": "margin of votes"}},
		{"Reed secured the most delegates, at 14, followed by Lin, with 12.", map[string]string{"14": "delegates", "12": "delegates"}},
		{"The rate is nine deaths per 100,000 people.", map[string]string{"nine": "deaths per 100,000 people"}},
		{"Leeds had the lowest rate, which was two per 100,000 people.", map[string]string{"two": "rate per 100,000 people"}},
		{"A judge sentenced a nurse based in Leeds to prison for 12 years for theft.", map[string]string{"12 years": "prison sentence"}},
		{"Nine of the region's twelve district capitals sent teams.", map[string]string{"Nine": "district capitals sent teams"}},
		{"I was lucky enough to spend nearly three months at the station.", map[string]string{"three months": "time at the station"}},
		{"The toll could rise to over 9,000 as more villages are reached.", map[string]string{"9,000": "toll"}},
		{"Reported casualties rose to 240 from a previous 120 hurt.", map[string]string{"240": "casualties"}},
		// a share a candidate leads or wins with is the candidate's
		{"Early returns show Petra Lind leading with 53% to the mayor's 41%.", map[string]string{"53%": "Petra Lind's share"}},
		// a clause after a span says what came next: the label is before
		{"The ferry drifted off the coast for six hours before reaching port.", map[string]string{"six hours": "drifted off the coast"}},
		// "as" opening a clause ends the label
		{"Aid reached 9,000 families as the rains eased.", map[string]string{"9,000": "families"}},
		// a verb whose participle is its own form ("cut", "shed")
		{"The carmaker will cut 1,200 jobs in Spain.", map[string]string{"1,200": "jobs cut"}},
		{"The bank will shed 400 jobs.", map[string]string{"400": "jobs shed"}},
		// a change's object or subject is what the numbers it takes count
		{"The city cut the number of ferry routes from 40 to 12, angering riders.", map[string]string{"40": "ferry routes", "12": "ferry routes"}},
		{"The number of food banks rose to 65 this year.", map[string]string{"65": "food banks"}},
		// an abbreviation alone shares the noun of the next member
		{"The broadcaster ran 18 FM and five AM radio stations.", map[string]string{"18": "FM radio stations", "five": "AM radio stations"}},
		// "N strong" counts the noun after it; a plural title is counted
		{"The group bought the 250 strong Kwik chain.", map[string]string{"250": "Kwik chain bought"}},
		{"The bill was backed by two different Senators last week.", map[string]string{"two": "different Senators"}},
		{"Shops cut limits to two and one package per transaction.", map[string]string{"two": "package per transaction", "one": "package per transaction"}},
		{"The old mill was home to 300 people.", map[string]string{"300": "people in the mill"}},
		{"It is a remote town with a population of around eighty people.", map[string]string{"eighty": "population"}},
		{"The tanker, gross tonnage around 2,300 and loaded with oil, sank.", map[string]string{"2,300": "gross tonnage"}},
		{"A crowd of 5,000 people gathered.", map[string]string{"5,000": "crowd gathered"}},
		// the verb after a relative aside, a named agent, what befell a toll
		{"Five people, who were all crew, were rescued.", map[string]string{"Five": "people rescued"}},
		{"The Coast Guard rescued 12 fishermen.", map[string]string{"12": "fishermen rescued by Coast Guard"}},
		{"The blaze caused the death of all 14 guests.", map[string]string{"14": "guests killed"}},
		{"The team won the cup and $20,000.", map[string]string{"$20,000": "amount won"}},
		{"Profit fell 9% to $2.1bn.", map[string]string{"9%": "Profit fell", "$2.1bn": "Profit fell to"}},
		{"The board voted 7 to 2 to sell.", map[string]string{"7": "votes for", "2": "votes against"}},
		{"It passed by 310 votes to 250.", map[string]string{"310": "votes for", "250": "votes against"}},
		{"The side has won 7 of its last 9 games.", map[string]string{"7": "games won"}},
		// a span or a measure: what it is of, what lasted it, where
		{"Officials declared five days of mourning.", map[string]string{"five days": "mourning"}},
		{"Senators will vote to prolong for six months the ban imposed after the floods.", map[string]string{"six months": "ban"}},
		{"The talks lasted 48 hours.", map[string]string{"48 hours": "talks lasted"}},
		{"The quake struck at a depth of 12 kilometres.", map[string]string{"12 kilometres": "depth"}},
		{"The two villages lie within four miles of one another.", map[string]string{"four miles": "apart"}},
		{"The epicentre was 40 km (25 miles) south of the city.", map[string]string{"40 km": "south of the city"}},
		{"A 6.1 magnitude earthquake causing nine deaths hit the coast.", map[string]string{"6.1 magnitude": "earthquake"}},
		// never only a verb, an adverbial or function words: the subject of
		// the verb the number completes, the figure a pronoun points back
		// to, else the word for the kind of amount
		{"Attendance was 48% this time.", map[string]string{"48%": "Attendance"}},
		{"The garage has 800 spaces. Officials said about half of them were filled.", map[string]string{"half": "spaces filled"}},
		{"The delay meant officials got one day to check it.", map[string]string{"one day": "time to check it"}},
		{"Attendance was down by 3% on the last match, with this time about 52%.", map[string]string{"52%": "Attendance"}},
		// a list of one verb said again names its noun once
		{"Lee won 9 seats, Park won 5, and Cho won the remaining 2.", map[string]string{"5": "seats won by Park", "2": "seats won by Cho"}},
		{"Guards fired 12 shells near posts 40 and 41.", map[string]string{"12": "shells fired"}},
		{"Starting in 2015 and continuing for nine years, the scheme paid out.", map[string]string{"nine years": "period"}},
		{"She was taken to a room where she waited for 14 hours.", map[string]string{"14 hours": "time in a room"}},
		{"The fair drew 8,000 to the showground.", map[string]string{"8,000": "people at the showground"}},
		{"The clip was shared more than two million times.", map[string]string{"two million": "times shared"}},
		{"About 60,000 fans attended the final. The club says that number is closer to 75,000.",
			map[string]string{"75,000": "fans attended the final"}},
		{"In May, 30 percent of members backed the plan. A year earlier it was 45 percent.",
			map[string]string{"45 percent": "members backed the plan"}},
		{"It has got better: it was about 9 percent.", map[string]string{"9 percent": "share"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := map[string]string{}
			for _, f := range figuresOf(t, tt.in) {
				got[f.Mentions[0].Text] = f.Label
			}
			for num, label := range tt.want {
				l, ok := got[num]
				if !ok {
					t.Errorf("no figure %q in %v", num, got)
				} else if l != label {
					t.Errorf("%s: label %q, want %q", num, l, label)
				}
			}
		})
	}
}

// TestLabelShape: whatever the sentence, a label never ends on a function
// word, never runs past maxLabelWords, and never just repeats the unit.
func TestLabelShape(t *testing.T) {
	for _, in := range []string{
		"The court ordered her to repay $1.8 million within 90 days.",
		"He took bribes worth $2.3 million in exchange for contracts.",
		"The council approved a $1.4 billion budget early on Wednesday.",
		"Five of the dead came from one village in the eastern part of the region.",
		"More than 90 searches were carried out late on Friday in every part of the state and beyond.",
		"A bloc larger than a quarter can block any laws featuring large tax rises.",
		"Some 4,500 people spent the night in tents after 870 homes were destroyed or badly damaged.",
	} {
		for _, f := range figuresOf(t, in) {
			words := strings.Fields(f.Label)
			if len(words) > maxLabelWords {
				t.Errorf("%q: %s label %q is too long", in, f.Text, f.Label)
			}
			if len(words) > 0 {
				switch last := strings.ToLower(words[len(words)-1]); last {
				case "in", "on", "at", "of", "for", "within", "the", "a", "an", "and", "or", "to", "by", "were", "was", "exchange", "early":
					t.Errorf("%q: %s label %q ends on %q", in, f.Text, f.Label, last)
				}
				if strings.Contains(strings.ToLower(f.Text), strings.ToLower(f.Label)) {
					t.Errorf("%q: %s label %q repeats the number", in, f.Text, f.Label)
				}
			}
		}
	}
}

// TestLabelSentenceHolder: a sentence given to a named person is theirs.
func TestLabelSentenceHolder(t *testing.T) {
	text := "Contractors jailed\n\nThe court convicted Tom Ford and Ann Lee of fraud. Ford, 39, received four years; Lee was given a suspended sentence of 18 months.\n"
	var found bool
	for _, f := range Extract(text).Figures {
		if f.Text == "four years" {
			found = true
			if f.Label != "Ford's sentence" {
				t.Errorf("four years: label %q, want %q", f.Label, "Ford's sentence")
			}
		}
	}
	if !found {
		t.Fatalf("no figure for four years in %+v", Extract(text).Figures)
	}
	// the holder is the object before "to", past an age aside and a
	// name of two words
	for text, want := range map[string]string{
		"Judge Ann Wells sentenced Tom Hale, 34, to six years in prison.": "Hale's prison sentence",
		"A judge sentenced Tom Hale to nine years.":                       "Hale's sentence",
	} {
		figs := Extract(text).Figures
		if len(figs) != 1 || figs[0].Label != want {
			t.Errorf("%q: figures %+v, want one labelled %q", text, figs, want)
		}
	}
}

// TestFractions: "a third of", "two-thirds", "half of" and a bare
// fraction after a bound or a change are percentages; an ordinal ("a
// third time") or a part of a unit ("a quarter of an hour") is not.
func TestFractions(t *testing.T) {
	tests := []struct {
		in    string
		text  string
		value float64
		label string
	}{
		{"Nearly a third of the homes were damaged.", "a third", 33.3, "homes damaged"},
		{"Two-thirds of voters backed the deal.", "Two-thirds", 66.7, "voters backed the deal"},
		{"Half of the staff were sent home.", "Half", 50, "staff sent home"},
		{"A quarter of the town flooded.", "A quarter", 25, "town flooded"},
		{"Three quarters of the crops failed.", "Three quarters", 75, "crops failed"},
		{"Rents have climbed nearly a third in five years.", "a third", 33.3, "Rents climbed"},
		{"Fares rose by a quarter.", "a quarter", 25, "Fares rose"},
		{"Output fell by half last year.", "half", 50, "Output fell"},
		{"More than a third voted against the bill.", "a third", 33.3, ""},
		{"The motion needs more than a third to succeed.", "a third", 33.3, "to succeed"},
	}
	for _, tt := range tests {
		figs := figuresOf(t, tt.in)
		var ok bool
		for _, f := range figs {
			if f.Mentions[0].Text != tt.text {
				continue
			}
			ok = true
			if f.Unit != "%" || f.Value != tt.value || f.Category != "percent" {
				t.Errorf("%q: %s is %v %q %s, want %v %%", tt.in, tt.text, f.Value, f.Unit, f.Category, tt.value)
			}
			if tt.label != "" && f.Label != tt.label {
				t.Errorf("%q: label %q, want %q", tt.in, f.Label, tt.label)
			}
		}
		if !ok {
			t.Errorf("%q: no figure %q in %+v", tt.in, tt.text, figs)
		}
	}
	for _, in := range []string{
		"He was arrested a third time.",
		"The striker scored a third goal.",
		"The wait was a quarter of an hour.",
		"They paid about half as much.",
		"The first half finished scoreless.",
		"It was a third-rate hotel.",
	} {
		for _, f := range figuresOf(t, in) {
			if f.Unit == "%" || f.Category == "duration" {
				t.Errorf("%q: %q taken for a %s", in, f.Text, f.Category)
			}
		}
	}
	// spans, not shares: the time between two events, half an hour
	for in, want := range map[string]string{
		"The war ended two years after the coup.": "two years",
		"The match lasted nearly half an hour.":   "half an hour",
	} {
		figs := figuresOf(t, in)
		if len(figs) != 1 || figs[0].Text != want || figs[0].Category != "duration" {
			t.Errorf("%q: got %+v, want the duration %q", in, figs, want)
		}
	}
}
