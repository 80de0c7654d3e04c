package parse

import (
	"strings"

	"github.com/factpane/factpane/model"
)

// figWord is what the figure finder knows about one lower-case word. The
// table is built once at start-up from the word lists below; a word may
// play several parts ("dead" is a casualty word and a counted noun).
type figWord struct {
	// num is the value of a number word ("seven" 7, "twenty" 20).
	num    float64
	isNum  bool
	isTens bool // twenty..ninety: may take a unit ("twenty-three")
	// scale multiplies what comes before ("million"); hundred is a scale too.
	scale float64
	// vague is the conventional lower bound of a vague amount ("dozens").
	vague float64
	cls   figClass
	// sub is the subtype a casualty or arrest word implies.
	sub string
	// unit is the normalised unit a unit word stands for: an ISO currency
	// code, a duration unit or a measure unit.
	unit string
	// pp is the past participle of a verb that takes a count as its
	// object ("killing" killed, "injures" injured), so a label can say
	// "people killed" whatever tense the sentence used.
	pp string
}

// figClass is a set of roles a word plays around numbers.
type figClass uint64

const (
	fcMonth        figClass = 1 << iota // January, Jan
	fcWeekday                           // Monday
	fcTimeZone                          // GMT, UTC: "0117 GMT" is a time
	fcDuration                          // hours, weeks: unit of a duration
	fcMeasure                           // km, mph, hectares: unit of a measure
	fcCurrency                          // dollars, euros, USD
	fcCasualty                          // killed, dead, injured, missing...
	fcCasualtyNoun                      // deaths, bodies, injuries: the counted noun says the casualty
	fcTransitive                        // kills, injured, arrested: "killed five"
	fcArrest                            // arrested, detained, charged...
	fcRaid                              // raids, searches, strikes
	fcPersonnel                         // police, troops, rescuers
	fcIdent                             // article, flight, route: "Article 50" is a name
	fcStreet                            // Street, Road: "10 Downing Street"
	fcSport                             // won, beat, match: "2-1" is a score
	fcRelative                          // who, which: a new clause starts
	fcStop                              // said, but, according: the clause about the number ends
	fcChange                            // rose, increased: "rose from 45 to 61" is a revision
	fcLevel                             // of, to, at, was, exceeded: "death toll of 27"
	fcAge                               // aged, age
	fcSkip                              // the, another, reportedly: between a verb and its number
	fcGeneric                           // others, more: a counted noun that names nothing
	fcStopNP                            // words that end a noun phrase (prepositions, auxiliaries)
	fcAux                               // were, was, are, have been
	fcPlural                            // people, persons: plural nouns without an -s
	fcOrdinalWord                       // third, quarter: fractions when "a third of"
	fcAside                             // according, including: a comma aside inside a clause
	fcAbove                             // exceeded, topped: the number is a lower bound
	fcNumLead                           // a, half, tens, several: may open a number ("a dozen")
	fcQualEnd                           // least, than, about: the last word of a qualifier
	fcTimeAdv                           // earlier, overnight, during: a time phrase starts, a label ends
	fcReport                            // reported, estimated: a verb whose object is a clause, not a count
	fcDet                               // the, its, these: a noun phrase opens
	fcPerson                            // suspect, woman, driver: one person, whose ", 34," is an age
	fcPersons                           // suspects, women: people, whose ", 24 and 31," are ages
	fcCausative                         // left, leave: "left thousands homeless", the complement says what befell them
)

// figWords maps lower-case words to what they mean around numbers.
var figWords = buildFigWords()

func buildFigWords() map[string]*figWord {
	m := make(map[string]*figWord, 1024)
	get := func(w string) *figWord {
		fw := m[w]
		if fw == nil {
			fw = &figWord{}
			m[w] = fw
		}
		return fw
	}
	add := func(c figClass, words string) {
		for _, w := range strings.Fields(words) {
			get(w).cls |= c
		}
	}
	addSub := func(c figClass, sub string, words string) {
		for _, w := range strings.Fields(words) {
			fw := get(w)
			fw.cls |= c
			if fw.sub == "" {
				fw.sub = sub
			}
		}
	}
	addUnit := func(c figClass, unit string, words string) {
		for _, w := range strings.Fields(words) {
			fw := get(w)
			fw.cls |= c
			fw.unit = unit
		}
	}

	units := strings.Fields("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen")
	for v, w := range units {
		fw := get(w)
		fw.isNum, fw.num = true, float64(v)
	}
	for v, w := range strings.Fields("twenty thirty forty fifty sixty seventy eighty ninety") {
		fw := get(w)
		fw.isNum, fw.isTens, fw.num = true, true, float64(20+10*v)
	}
	get("fourty").isNum, get("fourty").isTens, get("fourty").num = true, true, 40
	for w, s := range map[string]float64{"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
		"mn": 1e6, "bn": 1e9, "tn": 1e12, "lakh": 1e5, "crore": 1e7} {
		get(w).scale = s
	}
	for w, v := range map[string]float64{"dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000,
		"millions": 1e6, "billions": 1e9} {
		get(w).vague = v
	}

	add(fcMonth, "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec")
	add(fcWeekday, "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun")
	add(fcTimeZone, "gmt utc bst est edt cst cdt pst pdt cet cest ist jst aest hrs hours' o'clock")

	addUnit(fcDuration, "seconds", "second seconds secs")
	addUnit(fcDuration, "minutes", "minute minutes mins")
	addUnit(fcDuration, "hours", "hour hours hrs")
	addUnit(fcDuration, "days", "day days")
	addUnit(fcDuration, "weeks", "week weeks")
	addUnit(fcDuration, "fortnights", "fortnight fortnights")
	addUnit(fcDuration, "months", "month months")
	addUnit(fcDuration, "years", "year years yr yrs")
	addUnit(fcDuration, "decades", "decade decades")
	addUnit(fcDuration, "centuries", "century centuries")

	addUnit(fcMeasure, "km", "km kilometre kilometres kilometer kilometers")
	addUnit(fcMeasure, "miles", "mile miles")
	addUnit(fcMeasure, "m", "m metre metres meter meters")
	addUnit(fcMeasure, "cm", "cm centimetre centimetres centimeter centimeters")
	addUnit(fcMeasure, "mm", "mm millimetre millimetres millimeter millimeters")
	addUnit(fcMeasure, "feet", "ft foot feet")
	addUnit(fcMeasure, "inches", "inch inches")
	addUnit(fcMeasure, "yards", "yard yards")
	addUnit(fcMeasure, "mph", "mph")
	addUnit(fcMeasure, "km/h", "kph kmh")
	addUnit(fcMeasure, "knots", "knot knots")
	addUnit(fcMeasure, "hectares", "hectare hectares ha")
	addUnit(fcMeasure, "acres", "acre acres")
	addUnit(fcMeasure, "tonnes", "tonne tonnes ton tons")
	addUnit(fcMeasure, "lb", "lb lbs")
	addUnit(fcMeasure, "kg", "kg kilogram kilograms kilogramme kilogrammes kilo kilos")
	addUnit(fcMeasure, "degrees", "degree degrees °c °f celsius fahrenheit")
	addUnit(fcMeasure, "litres", "litre litres liter liters")
	addUnit(fcMeasure, "gallons", "gallon gallons")
	addUnit(fcMeasure, "barrels", "barrel barrels")
	addUnit(fcMeasure, "MW", "mw megawatt megawatts")
	addUnit(fcMeasure, "GW", "gw gigawatt gigawatts")
	addUnit(fcMeasure, "magnitude", "magnitude richter")

	addUnit(fcCurrency, "USD", "dollar dollars usd")
	addUnit(fcCurrency, "GBP", "pound pounds sterling gbp")
	addUnit(fcCurrency, "EUR", "euro euros eur")
	addUnit(fcCurrency, "JPY", "yen jpy")
	addUnit(fcCurrency, "CNY", "yuan renminbi cny rmb")
	addUnit(fcCurrency, "INR", "rupee rupees inr")
	addUnit(fcCurrency, "RUB", "rouble roubles ruble rubles")
	addUnit(fcCurrency, "TRY", "lira liras lire")
	addUnit(fcCurrency, "VND", "dong vnd")
	addUnit(fcCurrency, "MXN", "peso pesos mxn")
	addUnit(fcCurrency, "ZAR", "rand zar")
	addUnit(fcCurrency, "NGN", "naira ngn")
	addUnit(fcCurrency, "KES", "shilling shillings kes")
	addUnit(fcCurrency, "CHF", "franc francs chf")
	addUnit(fcCurrency, "SEK", "krona kronor sek")
	addUnit(fcCurrency, "NOK", "krone kroner nok")
	addUnit(fcCurrency, "KRW", "won krw")
	addUnit(fcCurrency, "THB", "baht thb")
	addUnit(fcCurrency, "MYR", "ringgit myr")
	addUnit(fcCurrency, "IDR", "rupiah idr")
	addUnit(fcCurrency, "SAR", "riyal riyals sar")
	addUnit(fcCurrency, "AED", "dirham dirhams aed")
	addUnit(fcCurrency, "ILS", "shekel shekels ils")
	addUnit(fcCurrency, "UAH", "hryvnia hryvnias uah")
	addUnit(fcCurrency, "PLN", "zloty zlotys pln")
	addUnit(fcCurrency, "HUF", "forint forints huf")
	addUnit(fcCurrency, "BRL", "reais brl")
	addUnit(fcCurrency, "PKR", "pkr")
	addUnit(fcCurrency, "BDT", "taka bdt")
	addUnit(fcCurrency, "EGP", "egp")
	addUnit(fcCurrency, "AUD", "aud")
	addUnit(fcCurrency, "CAD", "cad")
	addUnit(fcCurrency, "HKD", "hkd")
	addUnit(fcCurrency, "NZD", "nzd")
	addUnit(fcCurrency, "SGD", "sgd")

	// Casualties: what happened to the people counted.
	addSub(fcCasualty|fcTransitive, model.Killed, "kill kills killing killed slay slays slew slain")
	addSub(fcCasualty, model.Killed, "died die dies dying dead perished drowned lives fatally toll tolls")
	// "executed 12", "murdered three": verbs that take the dead as their object
	addSub(fcCasualty|fcTransitive, model.Killed, "executed executes executing murdered murders murdering")
	addSub(fcCasualty|fcCasualtyNoun, model.Killed, "deaths death bodies body fatalities fatality deceased corpses victims casualties dead")
	addSub(fcCasualty|fcTransitive, model.Wounded, "injure injures injuring injured wound wounds wounding wounded hurt hurting")
	addSub(fcCasualty, model.Wounded, "hospitalisation hospitalization hospital")
	// "hospitalised 40" takes its count as an object like "injured 40"
	addSub(fcCasualty|fcTransitive, model.Wounded, "hospitalised hospitalized hospitalises hospitalizes hospitalising hospitalizing")
	addSub(fcCasualty|fcTransitive, model.Wounded, "treated")
	addSub(fcCasualty|fcCasualtyNoun, model.Wounded, "injuries injury")
	addSub(fcCasualty, model.Missing, "missing unaccounted trapped rubble disappeared")
	get("hospital").cls &^= fcCasualty // "in hospital" alone is not a casualty word
	get("body").cls &^= fcCasualty

	addSub(fcArrest|fcTransitive, model.Arrested, "arrest arrests arrested arresting apprehended recaptured nabbed")
	addSub(fcArrest|fcTransitive, model.Detained, "detain detains detained detaining")
	addSub(fcArrest, model.Detained, "detainees detention custody held")
	addSub(fcArrest|fcTransitive, model.Charged, "charged charges indicted prosecuted")
	addSub(fcArrest|fcTransitive, model.Released, "released freed acquitted")
	addSub(fcArrest|fcTransitive, model.Convicted, "convicted sentenced jailed imprisoned")
	get("arrest").cls &^= fcTransitive
	get("charges").cls &^= fcTransitive

	add(fcRaid, "raids raid searches strikes airstrikes air-strikes sorties operations")
	add(fcPersonnel, "police policemen policewomen officers officer troops soldiers gendarmes military firefighters firemen fire-fighters "+
		"rescuers personnel forces agents guard guards guardsmen marines paratroopers peacekeepers paramedics medics responders "+
		"reservists servicemen commandos gendarmerie army sailors airmen")

	add(fcIdent, "article articles section sections clause paragraph chapter page pages flight flights route routes highway interstate "+
		"gate gates platform terminal line tram bus no number room floor level grade version model rule amendment resolution "+
		"bill act track row lot unit ward block district zone phase stage episode season round game lane exit pier channel "+
		"apartment suite cell code category class item post posts")
	add(fcStreet, "street st road rd avenue ave lane boulevard blvd drive way place square court terrace highway")
	add(fcSport, "beat beats won win wins lost lose loses defeated defeat draw drew match game score scored goal goals final victory league cup set sets")
	add(fcRelative, "who which whom whose that where when")
	add(fcStop, "said says say told tell according but while whereas although though because since after before until unless if")
	add(fcChange, "rose risen rising rise rises increased increasing increase increases climbed climbing jumped grew growing "+
		"fell fallen falling dropped dropping declined declining decreased decreasing revised raised lowered went soared surged "+
		"up down cut reduced lifted boosted")
	add(fcLevel, "of to at is are was were be been exceeded exceeding exceeds reached reaching hit hits topped tops surpassed stood stands "+
		"stand totalled totaled totals total passed rose risen climbed now")
	add(fcAge, "aged age ages")
	add(fcSkip, "the another a an all only just reportedly also some further additional estimated total of least at")
	add(fcGeneric, "others other more")
	add(fcStopNP, "overnight yesterday today tonight earlier later ago now again still already also alone "+
		"in on at of from for by with during after before over under near since into onto across around against aboard off "+
		"within without outside inside along behind beyond throughout towards toward amid amidst between through upon via despite "+
		"beneath underneath worth "+
		"and or but were was are is be been being have has had will would could should may might can do does did "+
		"who which whom whose that than as to per each")
	add(fcAux, "were was are is be been being have has had will would could should may might")
	add(fcPlural, "people persons men women children police military personnel staff deer sheep fish")
	add(fcNumLead, "a an half tens several many few")
	add(fcAside, "according including all both among mostly most many reportedly")
	add(fcAbove, "exceeded exceeding exceeds topped tops surpassed surpassing passed")
	add(fcOrdinalWord, "third thirds quarter quarters fifth fifths tenth tenths half")
	for _, q := range qualifiers {
		get(q[len(q)-1]).cls |= fcQualEnd
	}
	// Time phrases say when, not what: a label stops before them ("raids
	// were made earlier on Monday" is "raids made").
	add(fcTimeAdv, "overnight yesterday today tonight earlier later ago early late last next during since until meanwhile "+
		"monday tuesday wednesday thursday friday saturday sunday")
	add(fcDet, "a an the its his her their our this that these those each every")
	// Verbs that put their object in a state named after it: "left
	// thousands homeless", "left 12 dead", "rendered 300 families homeless".
	add(fcCausative, "leave leaves leaving left render renders rendered rendering")
	// Nouns for one person: news gives a person's age set off by commas
	// right after them ("The suspect, 34, was arrested", "a woman, 62,"),
	// the same way it does after a name. The role nouns of roles.go are
	// people too; titles are left out, as some are adjectives ("general").
	add(fcPerson, "man woman boy girl child baby toddler infant teenager teen youth girlfriend boyfriend "+
		"mother father son daughter wife husband brother sister grandmother grandfather grandson granddaughter "+
		"uncle aunt nephew niece cousin widow widower mum dad fiancé fiancée "+
		"victim suspect resident passenger pedestrian motorist patient worker employee pensioner neighbour neighbor "+
		"shopkeeper landlord tenant gunman attacker assailant killer shooter robber thief accomplice fugitive "+
		"inmate prisoner detainee hostage survivor witness defendant accused "+
		"spokesman spokeswoman officer policeman policewoman constable detective")
	for w := range roleNouns {
		add(fcPerson, w)
	}
	var persons []string // collected first: the loop below adds to m
	for w, fw := range m {
		if fw.cls&fcPerson != 0 {
			persons = append(persons, w)
		}
	}
	for _, w := range persons {
		switch {
		case strings.HasSuffix(w, "man"):
			add(fcPersons, w[:len(w)-3]+"men")
		case strings.HasSuffix(w, "child"):
			add(fcPersons, w+"ren")
		case strings.HasSuffix(w, "wife"):
			add(fcPersons, w[:len(w)-2]+"ves")
		case strings.HasSuffix(w, "y") && !strings.HasSuffix(w, "ey") && !strings.HasSuffix(w, "oy"):
			add(fcPersons, w[:len(w)-1]+"ies")
		case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "sh") || strings.HasSuffix(w, "ch"):
			add(fcPersons, w+"es")
		default:
			add(fcPersons, w+"s")
		}
	}
	add(fcPersons, "people couple pair brothers sisters twins parents")
	add(fcReport, "said reported confirmed estimated claimed announced added stated noted revealed indicated suggested "+
		"believed thought expected feared warned showed estimates claims reports says")
	// The participles of the verbs that count people: each line is the
	// participle, then its other forms.
	for _, forms := range []string{
		"killed kill kills killing", "slain slay slays slaying slew", "injured injure injures injuring",
		"wounded wound wounds wounding", "hurt hurts hurting", "arrested arrest arrests arresting",
		"detained detain detains detaining", "charged charging", "released releases releasing", "freed frees freeing",
		"convicted convicts convicting", "jailed jails jailing", "treated treats treating", "evacuated evacuate evacuates evacuating",
		"rescued rescue rescues rescuing", "displaced displace displaces displacing", "deployed deploy deploys deploying",
		"destroyed destroy destroys destroying", "seized seize seizes seizing",
		// headlines write these in the present: "Outbreak sickens 4,000",
		// "Gunmen kidnap 30, kill 12"
		"infected infect infects infecting", "affected affect affects affecting", "sickened sicken sickens sickening",
		"kidnapped kidnap kidnaps kidnapping", "abducted abduct abducts abducting", "stranded strand strands stranding",
		"hospitalised hospitalises hospitalising", "hospitalized hospitalizes hospitalizing",
		"executed executes executing", "murdered murders murdering",
	} {
		f := strings.Fields(forms)
		for _, w := range f {
			get(w).pp = f[0]
		}
	}
	return m
}
