package parse

import (
	"encoding/json"
	"testing"
	"unicode/utf8"

	"github.com/factpane/factpane/input"
	"github.com/factpane/factpane/model"
	"github.com/factpane/factpane/samples"
)

// fuzzSeeds are the awkward inputs FuzzExtract starts from (beside the
// samples); the output pin covers them too.
var fuzzSeeds = []string{
	"", "\n\n", "12", "1,000,000,000,000,000,000,000 killed", "between 20 and 30 people were hurt",
	"Mr Smith, 45, said. Smith's wife, 44, said 3 were killed.", "£1.5bn $3m €2 25% 3 hours 12km",
	"dozens arrested; hundreds wounded; a handful detained", "At least 129 people killed, 352 injured\r\n",
	"Born 1999. On 13 November 2015 at 21:20, flight 9525 on Route 66 scored 3-1.",
	"\xff\xfe 12 \xc3 killed", "Zwölf Menschen 東京 12人 🙂 7 killed", "1.2.3.4 killed 0x1F 1e10 -5 +3 .5",
}

// FuzzExtract checks that Extract never panics and that every mention it
// reports is a real span of the text: in bounds, on rune boundaries (for
// the text factpane passes it, which input has made valid UTF-8), and
// holding exactly the bytes it claims.
func FuzzExtract(f *testing.F) {
	for _, name := range samples.Names() {
		text, _ := samples.Get(name)
		f.Add(text)
	}
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		// Any string: no panic, every mention its own bytes.
		checkMentions(t, raw, Extract(raw), false)
		// What factpane really passes: sanitised text, where mentions must
		// also fall on rune boundaries.
		text := input.Sanitize(raw)
		checkMentions(t, text, Extract(text), true)
	})
}

func checkMentions(t *testing.T, text string, a model.Article, runes bool) {
	t.Helper()
	if a.Figures == nil || a.People == nil {
		t.Fatal("figures and people must be empty lists, not null")
	}
	if _, err := json.Marshal(a); err != nil {
		t.Fatalf("--json could not print it: %v", err)
	}
	for _, f := range a.Figures {
		if f.Qualifier != "" && !model.KnownQualifier(f.Qualifier) {
			t.Fatalf("figure %q: qualifier %q has no bound in model", f.Text, f.Qualifier)
		}
	}
	check := func(what string, ms []model.Mention) {
		if len(ms) == 0 {
			t.Fatalf("%s has no mention", what)
		}
		for _, m := range ms {
			if m.Start < 0 || m.Start > m.End || m.End > len(text) {
				t.Fatalf("%s: mention [%d,%d) out of bounds (len %d)", what, m.Start, m.End, len(text))
			}
			if text[m.Start:m.End] != m.Text {
				t.Fatalf("%s: mention [%d,%d) is %q, says %q", what, m.Start, m.End, text[m.Start:m.End], m.Text)
			}
			if runes && (!boundary(text, m.Start) || !boundary(text, m.End)) {
				t.Fatalf("%s: mention [%d,%d) %q splits a character", what, m.Start, m.End, m.Text)
			}
		}
	}
	for _, fig := range a.Figures {
		check("figure "+fig.ID, fig.Mentions)
	}
	for _, p := range a.People {
		check("person "+p.ID, p.Mentions)
	}
}

func boundary(s string, i int) bool {
	return i == len(s) || utf8.RuneStart(s[i])
}
