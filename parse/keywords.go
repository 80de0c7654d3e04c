package parse

import (
	"strings"

	"github.com/factpane/factpane/model"
	"github.com/factpane/factpane/parse/lexicons"
)

// figWord is what the figure finder knows about one lower-case word, its
// keyword. The keywords are built once, with the lexicon, from
// lexicons/keywords.txt and the number words below; a word may play
// several parts ("dead" is a casualty word and a counted noun).
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
	fcSpared                            // rescued, evacuated, treated: what befell people who are counted, not casualties
)

// figClassNames are the names keywords.txt gives the classes.
var figClassNames = map[string]figClass{
	"month": fcMonth, "weekday": fcWeekday, "timezone": fcTimeZone, "duration": fcDuration, "measure": fcMeasure,
	"currency": fcCurrency, "casualty": fcCasualty, "casualty-noun": fcCasualtyNoun, "transitive": fcTransitive,
	"arrest": fcArrest, "raid": fcRaid, "personnel": fcPersonnel, "identifier": fcIdent, "street": fcStreet,
	"sport": fcSport, "relative": fcRelative, "clause-end": fcStop, "change": fcChange, "level": fcLevel, "age": fcAge,
	"skip": fcSkip, "generic": fcGeneric, "phrase-end": fcStopNP, "auxiliary": fcAux, "plural": fcPlural,
	"fraction": fcOrdinalWord, "aside": fcAside, "above": fcAbove, "number-lead": fcNumLead, "time": fcTimeAdv,
	"report": fcReport, "determiner": fcDet, "person": fcPerson, "persons": fcPersons, "causative": fcCausative,
	"spared": fcSpared,
}

// figSubtypes are the subtypes keywords.txt may name with sub=.
var figSubtypes = map[string]string{
	model.Killed: model.Killed, model.Wounded: model.Wounded, model.Missing: model.Missing,
	model.Arrested: model.Arrested, model.Detained: model.Detained, model.Charged: model.Charged,
	model.Released: model.Released, model.Convicted: model.Convicted,
}

// buildKeywords makes the figure finder's keywords: the number words of
// the number grammar, the lists of keywords.txt, and what follows from
// them (the last word of each qualifier, the role nouns of classes.txt as
// person nouns, the plural of each person noun).
func buildKeywords(roles []string) map[string]*figWord {
	m := make(map[string]*figWord, 1024)
	get := func(w string) *figWord {
		fw := m[w]
		if fw == nil {
			fw = &figWord{}
			m[w] = fw
		}
		return fw
	}
	for v, w := range numberWords {
		fw := get(w)
		fw.isNum, fw.num = true, float64(v)
	}
	// "twice", "thrice": how often, read like "two times" (classify)
	for w, v := range map[string]float64{"twice": 2, "thrice": 3} {
		fw := get(w)
		fw.isNum, fw.num = true, v
	}
	for w, v := range tensWords {
		fw := get(w)
		fw.isNum, fw.isTens, fw.num = true, true, v
	}
	for w, s := range scaleWords {
		get(w).scale = s
	}
	for w, v := range vagueWords {
		get(w).vague = v
	}
	for _, list := range lexicons.Lists("keywords.txt") {
		var cls figClass
		var sub, unit, pp string
		for _, h := range list.Head {
			name, value, attr := strings.Cut(h, "=")
			switch {
			case !attr:
				c, ok := figClassNames[name]
				if !ok {
					panic("parse: keywords.txt: unknown class " + name)
				}
				cls |= c
			case name == "sub" && figSubtypes[value] != "":
				sub = value
			case name == "unit":
				unit = value
			case name == "pp":
				pp = value
			default:
				panic("parse: keywords.txt: unknown attribute " + h)
			}
		}
		for _, w := range list.Words() {
			fw := get(w)
			fw.cls |= cls
			if fw.sub == "" {
				fw.sub = sub
			}
			if unit != "" {
				fw.unit = unit
			}
			if pp != "" {
				fw.pp = pp
			}
		}
	}
	for _, q := range qualifiers {
		get(q[len(q)-1]).cls |= fcQualEnd
	}
	for _, w := range roles {
		get(w).cls |= fcPerson
	}
	var persons []string // collected first: the loop below adds to m
	for w, fw := range m {
		if fw.cls&fcPerson != 0 {
			persons = append(persons, w)
		}
	}
	for _, w := range persons {
		get(pluralNoun(w)).cls |= fcPersons
	}
	return m
}

// pluralNoun is the plural of a person noun: "men", "children", "wives",
// "bodies", "witnesses", "suspects".
func pluralNoun(w string) string {
	switch {
	case strings.HasSuffix(w, "man"):
		return w[:len(w)-3] + "men"
	case strings.HasSuffix(w, "child"):
		return w + "ren"
	case strings.HasSuffix(w, "wife"):
		return w[:len(w)-2] + "ves"
	case strings.HasSuffix(w, "y") && !strings.HasSuffix(w, "ey") && !strings.HasSuffix(w, "oy"):
		return w[:len(w)-1] + "ies"
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "sh") || strings.HasSuffix(w, "ch"):
		return w + "es"
	}
	return w + "s"
}

// The number words: the units by value, the tens, the scales and the
// vague amounts with their conventional lower bound ("dozens" is 12).
var (
	numberWords = strings.Fields("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen")
	tensWords   = map[string]float64{"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
	scaleWords  = map[string]float64{"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
		"mn": 1e6, "bn": 1e9, "tn": 1e12, "lakh": 1e5, "crore": 1e7}
	vagueWords = map[string]float64{"dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000, "millions": 1e6, "billions": 1e9, "trillions": 1e12}
)
