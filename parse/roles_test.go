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
		{"said Interior Minister Bernard Cazeneuve.", "Bernard Cazeneuve", "Interior Minister"},
		{"while Chelyabinsk regional Deputy Governor Oleg Klimov said", "Oleg Klimov", "Chelyabinsk regional Deputy Governor"},
		{"came as US Secretary of State John Kerry visited", "John Kerry", "US Secretary of State"},
		{"from Organisation of Islamic Cooperation (OIC) head Yousef Al-Othaimeen,", "Yousef Al-Othaimeen", "Organisation of Islamic Cooperation (OIC) head"},
		{"killed Abu Dhabi TV photojournalist Ziad al-Sharabi", "Ziad al-Sharabi", "Abu Dhabi TV photojournalist"},
		{"the manager of Abu Dhabi Media, Dr Ali bin Tamim", "Ali bin Tamim", ""}, // an honorific is no role
		{"met Francois Hollande", "Francois Hollande", ""},
		{"a major Andy Warhol exhibit", "Andy Warhol", ""},
		{"Polaroids of actor Dennis Hopper", "Dennis Hopper", "actor"},
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
		{"Salah Abdeslam, 26, a student, fled", "Salah Abdeslam", "student", ""},
		{"Arnel dela Vega of the army's Western Mindanao Command said", "Arnel dela Vega", "army's Western Mindanao Command", ""},
		{"Dennis Hopper of Hollywood fame", "Dennis Hopper", "", ""},
		{"Brahim Abdeslam, killed during the attacks, and", "Brahim Abdeslam", "", ""},
		{"Mark Rathbun, a detective for the sheriff's office was provided with", "Mark Rathbun", "detective for the sheriff's office", ""},
		{"The mayor of London, Sadiq Khan, tweeted", "Sadiq Khan", "", "mayor of London"},
		{"One activist, Nur Khan Liton, on Sunday told", "Nur Khan Liton", "", "activist"},
		{"In Paris, John Roe said", "John Roe", "", ""},
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
		{"Salah Abdeslam, 26 – urgently sought", "Salah Abdeslam", 26},
		{"Bilal Hadfi, 20\nSamy", "Bilal Hadfi", 20},
		{"Omar Mostefai, 29, from near Paris", "Omar Mostefai", 29},
		{"Jane Roe, aged 67, of Leeds", "Jane Roe", 67},
		{"Richard Hale (61) said", "Richard Hale", 61},
		{"the 21-year-old Jane Roe", "Jane Roe", 21},
		{"the 21-year-old student Jane Roe", "Jane Roe", 21},
		{"Jane Roe, 2,000 people", "Jane Roe", 0},        // a count, not an age
		{"Jane Roe, 26 people were hurt", "Jane Roe", 0}, // a figure after the name
		{"Jane Roe, 150, was", "Jane Roe", 0},            // no one is 150
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
		{"Cazeneuve said 128 raids", "Cazeneuve", true},
		{"Roe has said so", "Roe", true},
		{"“We won,” said Roe.", "Roe", true},
		{"according to Valls, intelligence", "Valls", true},
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
