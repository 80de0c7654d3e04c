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
