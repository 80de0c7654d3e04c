package parse

import (
	"math"
	"testing"

	"github.com/factpane/factpane/model"
)

// num is what a table test expects of one figure's number.
type num struct {
	text   string // the mention as written
	value  float64
	max    float64 // 0: no range
	qual   string
	approx bool
	unit   string
}

// figuresOf runs the figure finder on one body line (after a blank title).
func figuresOf(t *testing.T, sentence string) []model.Figure {
	t.Helper()
	text := "\n" + sentence
	figs := findFigures(text, tokenize(nil, text), nil)
	for _, f := range figs {
		for _, m := range f.Mentions {
			if text[m.Start:m.End] != m.Text {
				t.Fatalf("%q: mention %+v does not match the text %q", sentence, m, text[m.Start:m.End])
			}
		}
	}
	return figs
}

func TestNumberGrammar(t *testing.T) {
	tests := []struct {
		in   string
		want []num
	}{
		// digits, separators, decimals
		{"The firm hired 1,250 workers.", []num{{text: "1,250", value: 1250}}},
		{"The storm destroyed 2000 homes.", []num{{text: "2000", value: 2000}}},
		{"Yields fell to 90% of 2000 levels.", []num{{text: "90%", value: 90, unit: "%"}}},
		{"Every day 500 people cross the border.", []num{{text: "500", value: 500}}},
		{"The firm hired more than 2000 staff.", []num{{text: "2000", value: 2000, qual: "more than"}}},
		{"Prices rose by 12.5 points and 0.45 of them fell.", []num{{text: "12.5", value: 12.5}, {text: "0.45", value: 0.45}}},
		// a range in one hyphenated word, its scale applying to both ends
		{"An estimated one-to-two hundred people showed up.", []num{{text: "one-to-two hundred", value: 100, max: 200, qual: "an estimated"}}},
		{"Some two-to-three thousand fans came.", []num{{text: "two-to-three thousand", value: 2000, max: 3000, qual: "some"}}},
		{"He drank two-to-three cups.", []num{{text: "two-to-three", value: 2, max: 3}}},
		{"They said two-to-three", []num{{text: "two-to-three", value: 2, max: 3}}}, // (the last token: no scale to read)
		// a height in feet and inches is one length, in inches
		{"The guard, standing six feet five inches tall, waited.", []num{{text: "six feet five inches", value: 77, unit: "inches"}}},
		{"The wall is 10 ft high and 3 inches thick.", []num{{text: "10 ft", value: 10, unit: "feet"}, {text: "3 inches", value: 3, unit: "inches"}}},
		// an "AM" station is no hour
		{"The group owns five AM radio stations.", []num{{text: "five", value: 5}}},
		// "a hundred and ...": the number words go on after the article
		{"Families earning a hundred and twelve thousand qualify.", []num{{text: "a hundred and twelve thousand", value: 112000}}},
		{"About a hundred and five guests came.", []num{{text: "a hundred and five", value: 105, qual: "about"}}},
		{"A hundred guests and five hosts came.", []num{{text: "A hundred", value: 100}, {text: "five", value: 5}}},
		// an amount or share written as an adjective
		{"A 3-million-dollar grant was approved.", []num{{text: "3-million-dollar", value: 3e6, unit: "USD"}}},
		{"He backed a six-hundred-million-dollar plan.", []num{{text: "six-hundred-million-dollar", value: 6e8, unit: "USD"}}},
		{"A 30-percent cut and a twenty-per-cent rise followed.", []num{{text: "30-percent", value: 30, unit: "%"}, {text: "twenty-per-cent", value: 20, unit: "%"}}},
		// "and a half" after a scale is half the scale
		{"A million and a half people voted.", []num{{text: "A million and a half", value: 1500000}}},
		{"An additional million-and-a-half people came.", []num{{text: "million-and-a-half", value: 1500000}}},
		// the year whose money an amount is valued in is no amount
		{"Sales reached $3 billion (2010 dollars) that decade.", []num{{text: "$3 billion", value: 3e9, unit: "USD"}}},
		{"The dam cost 80 million pounds in 1990 prices.", []num{{text: "80 million pounds", value: 8e7, unit: "GBP"}}},
		// a capital before a number names a model, but not with a thousands
		// separator, nor a place after "in"
		{"In Moldova 60 people were hurt.", []num{{text: "60", value: 60}}},
		{"Tesco 1,400 jobs went.", []num{{text: "1,400", value: 1400}}},
		{"They aired a thirty-second advert.", []num{{text: "thirty-second", value: 30, unit: "seconds"}}},
		{"The race drew 4K runners.", []num{{text: "4K", value: 4000}}},
		// a subject that is an amount keeps its number
		{"The number of patients was 104.", []num{{text: "104", value: 104}}},
		// scales and money
		{"The state lent 1.2 million people money.", []num{{text: "1.2 million", value: 1.2e6}}},
		{"Shares lost 3bn overnight.", []num{{text: "3bn", value: 3e9}}},
		{"The deal is worth $4.5 billion.", []num{{text: "$4.5 billion", value: 4.5e9, unit: "USD"}}},
		{"The club paid £45m for him.", []num{{text: "£45m", value: 45e6, unit: "GBP"}}},
		{"A fine of €300,000 was imposed.", []num{{text: "€300,000", value: 300000, unit: "EUR"}}},
		{"The bank lost 2.5 billion lira.", []num{{text: "2.5 billion lira", value: 2.5e9, unit: "TRY"}}},
		{"The budget is 85 billion dong.", []num{{text: "85 billion dong", value: 85e9, unit: "VND"}}},
		{"Each victim gets one million rubles.", []num{{text: "one million rubles", value: 1e6, unit: "RUB"}}},
		{"The fund raised US$20,000 in bail.", []num{{text: "US$20,000", value: 20000, unit: "USD"}}},
		{"Costs reached NZ$26 million.", []num{{text: "NZ$26 million", value: 26e6, unit: "NZD"}}},
		{"They spent 3 trillion yen.", []num{{text: "3 trillion yen", value: 3e12, unit: "JPY"}}},
		{"A test kit costs 75 cents.", []num{{text: "75 cents", value: 0.75}}},
		{"Bail was set at 90,000 Georgian lari.", []num{{text: "90,000 Georgian lari", value: 90000, unit: "GEL"}}},
		{"The sale price is 700 million złotys.", []num{{text: "700 million złotys", value: 700000000, unit: "PLN"}}},
		{"They paid 5,000 Hungarian forints.", []num{{text: "5,000 Hungarian forints", value: 5000, unit: "HUF"}}},
		{"She was an All-Star 18 times.", []num{{text: "18", value: 18}}},
		// number words
		{"Officials counted seven boats.", []num{{text: "seven", value: 7}}},
		{"Officials counted twenty-three boats.", []num{{text: "twenty-three", value: 23}}},
		{"Forty-six boats sank.", []num{{text: "Forty-six", value: 46}}},
		{"Officials counted one hundred and five boats.", []num{{text: "one hundred and five", value: 105}}},
		{"About two million people voted.", []num{{text: "two million", value: 2e6, qual: "about"}}},
		{"A dozen boats sank.", []num{{text: "A dozen", value: 12, approx: true}}},
		{"A handful of boats sank.", []num{{text: "A handful", value: 5, approx: true}}},
		// vague amounts
		{"Dozens of boats sank.", []num{{text: "Dozens", value: 12, approx: true}}},
		{"Scores of boats sank.", []num{{text: "Scores", value: 20, approx: true}}},
		{"Hundreds of boats sank.", []num{{text: "Hundreds", value: 100, approx: true}}},
		{"Thousands of boats sank.", []num{{text: "Thousands", value: 1000, approx: true}}},
		{"Tens of thousands of workers marched.", []num{{text: "Tens of thousands", value: 10000, approx: true}}},
		{"Hundreds of thousands of workers marched.", []num{{text: "Hundreds of thousands", value: 100000, approx: true}}},
		// qualifiers as written
		{"At least 20 boats sank.", []num{{text: "20", value: 20, qual: "at least"}}},
		{"More than 160 boats sank.", []num{{text: "160", value: 160, qual: "more than"}}},
		{"Over 1,000 boats sank.", []num{{text: "1,000", value: 1000, qual: "over"}}},
		{"Nearly 30 boats sank.", []num{{text: "30", value: 30, qual: "nearly"}}},
		{"Around twenty boats sank.", []num{{text: "twenty", value: 20, qual: "around"}}},
		{"Some 2,000 boats sank.", []num{{text: "2,000", value: 2000, qual: "some"}}},
		{"Up to 500 boats sank.", []num{{text: "500", value: 500, qual: "up to"}}},
		{"It owes a fee of up to a $2 million sum.", []num{{text: "$2 million", value: 2e6, qual: "up to", unit: "USD"}}},
		{"As many as 1,000 boats sank.", []num{{text: "1,000", value: 1000, qual: "as many as"}}},
		{"Fewer than 20 boats sank.", []num{{text: "20", value: 20, qual: "fewer than"}}},
		{"An estimated 200 boats sank.", []num{{text: "200", value: 200, qual: "an estimated"}}},
		// ranges
		{"Between 20 and 30 boats sank.", []num{{text: "20 and 30", value: 20, max: 30, qual: "between"}}},
		{"The storm sank 30-40 boats.", []num{{text: "30-40", value: 30, max: 40}}},
		{"Seven to 11 boats sank.", []num{{text: "Seven to 11", value: 7, max: 11}}},
		{"Two or three boats sank.", []num{{text: "Two or three", value: 2, max: 3}}},
		{"They play a thirty or forty minute game.", []num{{text: "thirty or forty minute", value: 30, max: 40, unit: "minutes"}}},
		{"Prices rose 20 to 30 per cent.", []num{{text: "20 to 30 per cent", value: 20, max: 30, unit: "%"}}},
		{"Tickets cost between $5 and $10.", []num{{text: "$5 and $10", value: 5, max: 10, qual: "between", unit: "USD"}}},
		{"Between 2 and 3 million people fled.", []num{{text: "2 and 3 million", value: 2e6, max: 3e6, qual: "between"}}},
		{"The firm expects 5-10 million users.", []num{{text: "5-10 million", value: 5e6, max: 10e6}}},
		// revisions: both values
		{"The toll rose from 45 to 61.", []num{{text: "45", value: 45}, {text: "61", value: 61}}},
		{"The toll rose from 29 on Wednesday to 34 on Thursday.", []num{{text: "29", value: 29}, {text: "34", value: 34}}},
		// percentages and fractions
		{"Support fell 17 per cent.", []num{{text: "17 per cent", value: 17, unit: "%"}}},
		{"Support fell to 52.3%.", []num{{text: "52.3%", value: 52.3, unit: "%"}}},
		{"Support fell 3.5 percent.", []num{{text: "3.5 percent", value: 3.5, unit: "%"}}},
		{"Support fell 4 percentage points.", []num{{text: "4 percentage points", value: 4, unit: "percentage points"}}},
		{"A third of the boats sank.", []num{{text: "A third", value: 33.3, unit: "%"}}},
		{"Nearly half of the boats sank.", []num{{text: "half", value: 50, qual: "nearly", unit: "%"}}},
		{"Two-thirds of the boats sank.", []num{{text: "Two-thirds", value: 66.7, unit: "%"}}},
		{"One in five boats sank.", []num{{text: "One in five", value: 20, unit: "%"}}},
		// durations
		{"The strike lasted three months.", []num{{text: "three months", value: 3, unit: "months"}}},
		{"Rescuers worked for 48 hours.", []num{{text: "48 hours", value: 48, unit: "hours"}}},
		{"He faces a 14-week trial.", []num{{text: "14-week", value: 14, unit: "weeks"}}},
		{"They declared a 60-day truce.", []num{{text: "60-day", value: 60, unit: "days"}}},
		{"The war has lasted seventeen years.", []num{{text: "seventeen years", value: 17, unit: "years"}}},
		{"The bridge fell eight days before the festival.", []num{{text: "eight days", value: 8, unit: "days"}}},
		{"After half an hour the match resumed.", []num{{text: "half an hour", value: 0.5, unit: "hours"}}},
		// measures
		{"A magnitude 6.3 quake hit the coast.", []num{{text: "6.3", value: 6.3, unit: "magnitude"}}},
		{"A 7.1-magnitude quake hit the coast.", []num{{text: "7.1-magnitude", value: 7.1, unit: "magnitude"}}},
		{"A magnitude-7.1 quake hit the coast.", []num{{text: "magnitude-7.1", value: 7.1, unit: "magnitude"}}},
		{"Winds reached 185 mph.", []num{{text: "185 mph", value: 185, unit: "mph"}}},
		{"The fire burned 42,000 hectares.", []num{{text: "42,000 hectares", value: 42000, unit: "hectares"}}},
		{"The town lies 73 km away.", []num{{text: "73 km", value: 73, unit: "km"}}},
		{"A 10m wall fell.", []num{{text: "10m", value: 10, unit: "m"}}},
		{"Temperatures hit 45°C.", []num{{text: "45°C", value: 45, unit: "°C"}}},
		{"The bank raised rates by 25 basis points.", []num{{text: "25 basis points", value: 25, unit: "basis points"}}},
		{"Rates rose to 8.25 percent.", []num{{text: "8.25 percent", value: 8.25, unit: "%"}}},
		// units glued to the number
		{"The laptop ships with 256GB of storage.", []num{{text: "256GB", value: 256, unit: "GB"}}},
		{"The van has a 22kW motor.", []num{{text: "22kW", value: 22, unit: "kW"}}},
		{"The village gets 50Mbps broadband.", []num{{text: "50Mbps", value: 50, unit: "Mbps"}}},
		{"Patients took a 500mg tablet.", []num{{text: "500mg", value: 500, unit: "mg"}}},
		{"The engine makes 180bhp.", []num{{text: "180bhp", value: 180, unit: "hp"}}},
		{"Each bar weighs 40g.", []num{{text: "40g", value: 40, unit: "g"}}},
		{"The mast stands 35m (115ft) high.", []num{{text: "35m", value: 35, unit: "m"}}},
		// currency codes and prefixes, pence
		{"The start-up raised USD12m.", []num{{text: "USD12m", value: 12e6, unit: "USD"}}},
		{"The club spent EUR 30m on players.", []num{{text: "EUR 30m", value: 30e6, unit: "EUR"}}},
		{"A meal costs RM45 there.", []num{{text: "RM45", value: 45, unit: "MYR"}}},
		{"A ticket costs Rs 250 there.", []num{{text: "Rs 250", value: 250, unit: "INR"}}},
		{"The house sold for A$1.2 million.", []num{{text: "A$1.2 million", value: 1.2e6, unit: "AUD"}}},
		{"Shares ended the day at 84.5p.", []num{{text: "84.5p", value: 84.5, unit: "GBX"}}},
		{"Shares ended the day at 1,845p.", []num{{text: "1,845p", value: 1845, unit: "GBX"}}},
		{"The charger gives 65W.", []num{{text: "65W", value: 65, unit: "W"}}},
		{"Seville reached 43C (109F).", []num{{text: "43C", value: 43, unit: "°C"}}},
		{"They built a 900-square-metre hall.", []num{{text: "900-square-metre", value: 900, unit: "square m"}}},
		{"The bank sees \"between 1 and 2 per cent\" growth.", []num{{text: "1 and 2 per cent", value: 1, max: 2, qual: "between", unit: "%"}}},
		{"The coach said she lost 12 pounds.", []num{{text: "12 pounds", value: 12, unit: "lb"}}},
		// negative values
		{"Output changed by -1.8% last month.", []num{{text: "-1.8%", value: -1.8, unit: "%"}}},
		{"The night fell to minus 25 degrees.", []num{{text: "minus 25 degrees", value: -25, unit: "degrees"}}},
		// vague money, weights, halves
		{"The flood did millions of dollars of damage.", []num{{text: "millions of dollars", value: 1e6, approx: true, unit: "USD"}}},
		{"The reform would cut costs by trillions of dollars.", []num{{text: "trillions of dollars", value: 1e12, approx: true, unit: "USD"}}},
		// an index's points and close are its level (a measure, in points)
		{"The index rose 100 points to 25,000.", []num{{text: "100 points", value: 100, unit: "points"}, {text: "25,000", value: 25000}}},
		{"The Kospi closed at a record of 3,105.5, up 12.4 points.", []num{{text: "3,105.5", value: 3105.5, unit: "points"}, {text: "12.4 points", value: 12.4, unit: "points"}}},
		{"The team won by 12 points.", []num{{text: "12", value: 12}}},
		{"The deal is worth tens of millions of pounds.", []num{{text: "tens of millions of pounds", value: 1e7, approx: true, unit: "GBP"}}},
		{"She went from 150 pounds to 128 in a year.", []num{{text: "150 pounds", value: 150, unit: "lb"}, {text: "128", value: 128, unit: "lb"}}},
		{"The sack weighed 60 pounds.", []num{{text: "60 pounds", value: 60, unit: "lb"}}},
		{"Rent rose from 900 pounds to 950.", []num{{text: "900 pounds", value: 900, unit: "GBP"}, {text: "950", value: 950, unit: "GBP"}}},
		// a text that writes money in dollars, never in "£", weighs in
		// pounds, unless they are converted into dollars or sterling
		{"The catch is capped at 12.5 million pounds; a permit costs $300.", []num{{text: "12.5 million pounds", value: 12.5e6, unit: "lb"}, {text: "$300", value: 300, unit: "USD"}}},
		{"A 200-pound hatch blew off; repairs cost $90.", []num{{text: "200-pound", value: 200, unit: "lb"}, {text: "$90", value: 90, unit: "USD"}}},
		{"It paid 3 billion pounds ($3.9 billion) for the stake.", []num{{text: "3 billion pounds", value: 3e9, unit: "GBP"}}},
		{"It paid 3 million pounds sterling, or $3.9 million.", []num{{text: "3 million pounds", value: 3e6, unit: "GBP"}, {text: "$3.9 million", value: 3.9e6, unit: "USD"}}},
		{"The ship carried 4.5 metric tons of grain.", []num{{text: "4.5 metric tons", value: 4.5, unit: "tonnes"}}},
		// a fraction glyph after a whole number, glued or spaced
		{"The probe went silent 7½ minutes after launch.", []num{{text: "7½ minutes", value: 7.5, unit: "minutes"}}},
		{"The probe went silent 7 ½ minutes after launch.", []num{{text: "7 ½ minutes", value: 7.5, unit: "minutes"}}},
		{"Half a million fans came.", []num{{text: "Half a million", value: 5e5}}},
		{"A quarter of a million fans came.", []num{{text: "A quarter of a million", value: 2.5e5}}},
		{"The wait was two and a half hours.", []num{{text: "two and a half hours", value: 2.5, unit: "hours"}}},
		// ranges whose scale or currency the high end says
		{"The bill is between $6 and $8 billion.", []num{{text: "$6 and $8 billion", value: 6e9, max: 8e9, qual: "between", unit: "USD"}}},
		{"He asked for 10–20 million dollars.", []num{{text: "10–20 million dollars", value: 10e6, max: 20e6, unit: "USD"}}},
		{"Growth will be between 1 and 2 per cent.", []num{{text: "1 and 2 per cent", value: 1, max: 2, qual: "between", unit: "%"}}},
		// spans written as a clock or in parts
		{"The winner finished in 2:11:05.", []num{{text: "2:11:05", value: 7865, unit: "seconds"}}},
		{"She ran the mile in 4:12.5.", []num{{text: "4:12.5", value: 252.5, unit: "seconds"}}},
		{"The record is 2 hours 3 minutes 9 seconds.", []num{{text: "2 hours 3 minutes 9 seconds", value: 7389, unit: "seconds"}}},
		{"He served four years and six months.", []num{{text: "four years and six months", value: 54, unit: "months"}}},
		// a rate: the base is no figure of its own
		{"The disease kills 12 people per 100,000 each year.", []num{{text: "12", value: 12}}},
		// four digits with a unit are an amount, not a year
		{"The 1800 km road opened.", []num{{text: "1800 km", value: 1800, unit: "km"}}},
		{"A 2100 km pipeline is planned.", []num{{text: "2100 km", value: 2100, unit: "km"}}},
		// a count in digits
		{"The Greens won 1 seat.", []num{{text: "1", value: 1}}},
		{"A six-member crew sailed.", []num{{text: "six-member", value: 6}}},
		{"Shops set a two-pack limit.", []num{{text: "two-pack", value: 2}}},
		{"Shops set a one-pack limit.", []num{{text: "one-pack", value: 1}}},
		{"The nine - member jury retired.", []num{{text: "nine - member", value: 9}}},
		{"Officials plan to sell the four remaining ferries.", []num{{text: "four", value: 4}}},
		{"Forms must be sent back within ten working days.", []num{{text: "ten working days", value: 10, unit: "days"}}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			figs := figuresOf(t, tt.in)
			if len(figs) != len(tt.want) {
				t.Fatalf("got %d figures %+v, want %d", len(figs), figs, len(tt.want))
			}
			for i, w := range tt.want {
				f := figs[i]
				if f.Mentions[0].Text != w.text {
					t.Errorf("text %q, want %q", f.Mentions[0].Text, w.text)
				}
				if math.Abs(f.Value-w.value) > 1e-9*math.Max(1, w.value) {
					t.Errorf("%q: value %v, want %v", w.text, f.Value, w.value)
				}
				switch {
				case w.max == 0 && f.Max != nil:
					t.Errorf("%q: max %v, want none", w.text, *f.Max)
				case w.max != 0 && (f.Max == nil || *f.Max != w.max):
					t.Errorf("%q: max %v, want %v", w.text, f.Max, w.max)
				}
				if f.Qualifier != w.qual {
					t.Errorf("%q: qualifier %q, want %q", w.text, f.Qualifier, w.qual)
				}
				if f.Approx != w.approx {
					t.Errorf("%q: approx %v, want %v", w.text, f.Approx, w.approx)
				}
				if f.Unit != w.unit {
					t.Errorf("%q: unit %q, want %q", w.text, f.Unit, w.unit)
				}
			}
		})
	}
}

// TestNonFigures lists what looks like a number but is not a figure.
func TestNonFigures(t *testing.T) {
	tests := []string{
		// years and year ranges
		"The law was passed in 2015.",
		// a date written "Mon, D, YYYY"; a gallery's counter; an age group's bounds
		"In this photo dated Friday, Oct, 14, 2022 the ship sails.",
		"Photos 2 / 8 Crews clear the road.",
		"The field can now hold values up to 2^32.",
		"She knows a thing or two about mergers.",
		// a year before 1800 after a time preposition
		"In 1642, Abel Tasman reached the coast.",
		"The abbey has stood since 1150 and was rebuilt in 1320.",
		// a number word with a capital in a name; a juvenile's age
		"The Six Roads police said the man had fled.",
		"A male juvenile, 15, of Leeds, was arrested for theft.",
		// a reference's volume, issue and pages; an identifier after its scheme
		"Lee, A. (2011). Mapping rivers. Water Science. 41 (3): 112–130.",
		"Lee, A. Mapping rivers. Journal of Hydrology. 7: 415–433.",
		"Proceedings of the Annual Meeting, pp. 77–85.",
		"Preprint at arXiv:2104.00321 and doi:10.5555/abc.",
		// a team position with a number word
		"They picked a young five eighth from the academy.",
		"Hale starts at number eight for the Lions.",
		"Their pick was a five eighth",
		// an hour in words
		"They were still out at three or four a.m. that night.",
		"He phoned at six o'clock and again at nine pm.",
		"Tom Vale with his son Ari (8 months) in the garden.",
		"The study took workers between the ages of 30 and 64.",
		"Funding fell in 2007-12.",
		"The plan ran from 2007 to 2012.",
		"The 1973 building collapsed.",
		"Prices rose between 2016 and 2018.",
		"The election came after the 2014 protests.",
		"The bridge was built around 1900.",
		"Music of the 1990s played.",
		// an age limit, then a participle that says more of the group
		"Infants under two infected with the virus were treated at home.",
		"Residents over 70 living alone got a visit.",
		// an age a copula gives a person's noun at the end of a sentence
		"The band's former guitarist was 81.",
		"Its oldest patient is 104.",
		// a code of laws: its title and section
		"The claim cites 17 U.S. Code § 512 and 47 U.S.C. 230.",
		// a tens word glued to an ordinal
		"The thirty-second season begins soon.",
		// a year with its century left unsaid; a screen's resolution
		"The class of ’89 met again.",
		"Stream it in 4K on a new TV.",
		// hyphenated modifiers that describe a thing
		"Talks on a two-state solution resumed.",
		"The phone has an 8-core chip.",
		"She took a six-figure job.",
		// a knockout stage named by the size of its field
		"The club went out in the round of 16.",
		"Both sides reached the last 32 on Sunday.",
		// an age range names a group of people
		"Suicides by 10–19 year olds rose.",
		"It studied 15- to 24-year-olds in Ohio.",
		// a name's particle that is a number word
		"Manager Erik ten Hag said the team was tired.",
		// a race's distance names its event
		"Lind won the 400 m hurdles final.",
		"She took gold in the 200m freestyle.",
		"He won the 200m and the 100m in Rome.",
		// dates, times, days
		"The attack happened on March 3.",
		"They met on 4 January.",
		"The blast came at 14:30.",
		"The blast came at 3 p.m.",
		"The blast came at 3 P.M. on Monday.",
		"The blast came at 6am.",
		"The blast came at 0117 GMT.",
		"The blast came at 15:00 local time.",
		"Officials met on Friday, January 4, 2019.",
		"The 9/11 attacks changed everything.",
		// ordinals
		"It was the third attack.",
		"He scored in the 90th minute.",
		"She finished 1st.",
		// ages
		"The 21-year-old suspect fled.",
		"The suspect, aged 67, fled.",
		"An eleven-month-old boy survived.",
		"He is 34 years old.",
		"An 11-month old baby found the bag.",
		"Her 11-month daughter found the bag.",
		"The actor died at 97 in her sleep.",
		"Prices are twice as high as last year.",
		"She trains twice a week.",
		"It is twice the size of the old one.",
		"You should think twice.",
		"Anyone with information should call 101 or dial 0800.",
		"Ana Ruiz, 34, fled the scene.",
		"Ana Ruiz (34) fled the scene.",
		"She moved to London when she was six.",
		"Officials banned children under 17 from gatherings.",
		"Mr Smith, who is 45, pleaded guilty.",
		// an age set off by commas or brackets after a noun for one person
		"The suspect, 34, was arrested on Friday.",
		"Police said the driver, 45, was killed.",
		"A woman, 62, was injured in the blast.",
		"The teacher, 51, and her son, 12, were hurt.",
		"The boy (7) was rescued.",
		"The victim's mother, 44, spoke to reporters.",
		"The two suspects, 24 and 31, were arrested.",
		"Police named the brothers, 19 and 22.",
		"The victims, aged 24, 31 and 45, were named.",
		"Children aged between 8 and 12 were evacuated.",
		"The study covers 2000 - 2050.",
		"Scores from day six of the tournament.",
		// list numbers, references, clock times with a point
		"1. The first point.",
		"The report [3] says so.",
		"The march starts at 8.30 tonight.",
		// street, route, gate, tram line numbers
		"The shop at 10 Downing Street closed.",
		"Traffic stopped on Route 66.",
		"Passengers waited at Gate 5.",
		"Tram line 3 was suspended.",
		// phone numbers
		"Call 555-1234 for help.",
		"Call +44 20 7946 0958 for help.",
		// scores
		"Barcelona beat Madrid 2-1.",
		"Norway defeated North Macedonia 2 – 1.",
		// model and flight numbers
		"Flight 302 crashed.",
		"The airline grounded its Boeing 737 fleet.",
		"The gunman used an AR-15 rifle.",
		"The F-16 jets returned.",
		// article and section numbers
		"Britain invoked Article 50.",
		"Under section 3 of the act, talks began.",
		// "one of the"
		"Police are hunting one of the suspects.",
		// numbers inside names
		"COVID-19 cases rose.",
		"Fans watched Formula One.",
		"Officials defend the \"one country, two systems\" formula.",
		"The G20 summit opened.",
		"Apollo 11 veterans watched.",
		// points in time told from another
		"Nine minutes later, Haaland scored.",
		"The law changed three years ago.",
		"He scored two minutes into the game.",
		"She scored ten minutes in the second half.",
		// multipliers
		"Traffic increased 18-fold.",
		"Traffic increased a thousand fold.",
		// a bare "one" is a determiner
		"One activist told reporters the news.",
		// terminal control sequences neutralised by input.Sanitize
		"The page said ␛]52;c;aGVsbG8=␇ and ␛[31mred␛[0m things.",
		"Clear ␛[2J the screen.",
		// ages written with a space
		"A 52 year-old driver was questioned.",
		// descriptions, not counts
		"The car has an eight-speed gearbox.",
		"They bought a three-bed flat.",
		"A twelve-storey tower stood there.",
		"It was a seven-goal thriller.",
		// generations, resolutions, clock times
		"The 5G network opened.",
		"The film streams in 720p.",
		"The train left at 14:30:15.",
		// results and price lists
		"Rovers 3 Athletic 1",
		"Barley 180.5 178.0",
		"Hartley beat Dunmore 38 points to 21 in the league.",
		"They trailed at the break, 9 points to 7.",
		"Reed was stumped for 61 and Lowe dismissed for 4; Cole is not out on 112.",
		// adjectives in -ed, eras, a plan named by a section, age ranges
		"He was famed for two-handed tapping.",
		"The temple stood from about 480 BC to 120 c.e. in the valley.",
		"Savers moved money into 401(k) plans.",
		"Guests ranging in age from nine to 80 attended.",
		// web addresses and link lists
		"See https://example.org/story?id=77&page=2 for more.",
		"[4] https://example.org/2020/05/17/item-991",
		"Visit www.example.org/page/12 today.",
		"It was founded [in 19]85-86 in a small room.",
		// a name with a number, named again; one victim with no toll
		"The Deep 40 Project found it; later Deep 40 sailed on.",
		"Police kept a notebook from one victim.",
		// a model named by its number, a speaker's enumeration, what did not happen
		"Pilots loved the 757, which flew for decades.",
		"She said she learned three things that week.",
		"We could've won two or three more games.",
		"The storm would have flooded 500 homes without the wall.",
	}
	for _, in := range tests {
		t.Run(in, func(t *testing.T) {
			if figs := figuresOf(t, in); len(figs) != 0 {
				t.Errorf("got %d figures, want none: %+v", len(figs), figs)
			}
		})
	}
}

// TestAgesFromPeople: a number right after a person mention and a comma is
// that person's age as the people finder reads it (ageAfter): the clause
// closes after it, or an adverb follows ("26 urgently sought").
func TestAgesFromPeople(t *testing.T) {
	text := "\nSalah Abdeslam, 26 urgently sought by police, fled with 3 others."
	start := len("\n")
	end := start + len("Salah Abdeslam")
	people := []model.Person{{Name: "Salah Abdeslam", Mentions: []model.Mention{{Start: start, End: end, Text: text[start:end]}}}}
	figs := findFigures(text, tokenize(nil, text), people)
	if len(figs) != 1 || figs[0].Value != 3 {
		t.Fatalf("got %+v, want only the 3 others", figs)
	}
}

// TestAgesAreNoFigures: an age the people finder reads after a name is no
// figure of the whole extraction (the figure finder alone cannot tell).
func TestAgesAreNoFigures(t *testing.T) {
	for _, text := range []string{
		"Tom Cole was 45 when he died.",
		"Tom Cole, who turned 45 last week, won.",
		"Tom Cole, who was 45, died.",
		"Tom Cole and Jane Roe, aged 45 and 32, were held.",
		"Tom Cole, the former party leader, was 90.",
		"Tom Cole, a retired painter, died at 80 in Leeds.",
		"Tom Cole and Jane Roe, who were 22 and 24 years old, were held.",
	} {
		if a := Extract(text); len(a.Figures) != 0 {
			t.Errorf("%q: figures %+v, want none", text, a.Figures)
		}
	}
	// an amount after "was" is still one
	if a := Extract("Tom Cole was 45 minutes late."); len(a.Figures) != 1 {
		t.Errorf("45 minutes late: figures %+v, want one", a.Figures)
	}
}
