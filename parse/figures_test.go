package parse

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/factpane/factpane/model"
)

// TestGrouping: the same fact stated twice is one figure with several
// mentions; different facts with the same value stay apart.
func TestGrouping(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []int // mentions per figure, in order
	}{
		{"repeated in the body", "Searches go on\n\nPolice said 64 more raids were conducted. Later, 64 raids were confirmed.", []int{2}},
		{"died and killed", "Toll\n\nA crash in which 84 people died. Names of the 84 people killed.", []int{2}},
		{"coordinated security nouns", "Security\n\nSpain deployed 80,000 security personnel. \"We deployed 80,000 police, guards and military.\"", []int{2}},
		{"headline and body", "Blaze kills seven, injures dozens in market\n\nThe blaze killed seven people and hurt at least 40 more.", []int{2, 2}},
		{"headline vague amounts", "Thousands march in protest\n\nOn Saturday thousands of people marched.", []int{2}},
		{"different counted nouns", "Clashes\n\nPolice said four people died. A witness said four attackers were killed.", []int{1, 1}},
		{"different categories", "Talks\n\nThe talks lasted 48 hours. Police held 48 of them.", []int{1, 1}},
		{"killed and injured twelve", "Ambush\n\nThe ambush killed eleven and injured eleven more.", []int{1, 1}},
		{"a conversion in brackets", "Quake\n\nThe epicentre lay 64 km (40 miles) west. Losses could exceed 2 billion reais ($380 million).", []int{2, 2}},
		{"rescuers and residents", "Collapse\n\nThe tower housed over 2,000 people. Over 2,000 rescuers arrived.", []int{1, 1}},
		{"passengers and people on board", "Ferry\n\nThe ferry carried 41 passengers. A caller said: there's 41 people on board.", []int{2}},
		{"a pronoun after the noun", "Raids\n\nAgents searched homes in 17 states. Officials named the 17 states they visited.", []int{2}},
		{"murders in headline and body", "Man admits six murders\n\nThe man admitted his guilt in six murders.", []int{2}},
		// a definite count that points back is the fact again, unless it names another noun
		{"the eight again", "Robberies\n\nThe gang admitted eight robberies. The last of the eight was in May.", []int{2}},
		// ... and "the two explosions", pointing back to no figure, are a
		// count of their own (firstDefinite), not "two charged"
		{"the two other things", "Trial\n\nTwo men were charged on Monday. Police say the two explosions were linked.", []int{1, 1}},
		{"the two men again", "Trial\n\nThe two men met in Paris.", nil},
		// a bracket of conversions joined by "or" is the amount again
		{"conversions in a bracket", "Prize\n\nThey share SEK9 million (about GBP738 thousand or USD910 thousand).", []int{3}},
		// two shares of one value that their labels tell apart
		{"two shares", "Robins\n\nJuveniles had a 21% survival rate. Females are about 21% lighter than males.", []int{1, 1}},
		{"one share again", "Vote\n\nTurnout was 61%. The 61% turnout was a record.", []int{2}},
		// a vague amount in the body is the exact one of the same noun
		{"vague and exact of one noun", "Birds\n\nThey ringed tens of thousands of gulls. In all, 38,000 gulls were ringed.", []int{2}},
		{"vague headline, body and exact", "Millions don't come\n\nMillions of fans were to come. More than two million fans had signed up.", []int{3}},
		{"vague and exact of two nouns", "Birds\n\nThey ringed tens of thousands of gulls. In all, 38,000 terns were ringed.", []int{1, 1}},
		// "six due to", "six following the flood": no counted noun, the toll again
		{"a toll after a preposition", "Flood\n\nThe toll rose to nine due to a mudslide. The agency raised the toll to nine following the flood.", []int{2}},
		// a definite count that restates a count in other words is no new one
		{"restated", "Leak\n\nResearchers found two databases online. Both of the two instances were open.", []int{1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			figs := findFigures(tt.text, tokenize(nil, tt.text), nil)
			var got []int
			for _, f := range figs {
				got = append(got, len(f.Mentions))
				for _, m := range f.Mentions {
					if tt.text[m.Start:m.End] != m.Text {
						t.Errorf("mention %+v does not match its text", m)
					}
				}
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got figures %v (%+v), want %v", got, figs, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("got figures %v, want %v", got, tt.want)
				}
			}
		})
	}
}

// TestHeadlineVagueJoinsExact: a headline's "dozens dead" is the body's
// exact toll, and the figure reads as the exact number.
func TestHeadlineVagueJoinsExact(t *testing.T) {
	text := "Tower collapses, dozens dead\n\nIn all 46 are confirmed dead. Two people died in a later fire."
	figs := findFigures(text, tokenize(nil, text), nil)
	if len(figs) != 2 {
		t.Fatalf("got %+v, want 2 figures", figs)
	}
	f := figs[0]
	if f.Value != 46 || f.Approx || len(f.Mentions) != 2 || f.Mentions[0].Text != "dozens" || f.Category != model.Casualties {
		t.Errorf("got %+v, want 46 killed with the headline's dozens as its first mention", f)
	}
}

// TestHeadlineBoundJoinsExact: a headline's "more than 20 dead" is the
// body's toll of 22, which keeps its own value, qualifier and label.
func TestHeadlineBoundJoinsExact(t *testing.T) {
	text := "Gunman opens fire at mall; more than 20 dead\n\nThe death toll rose to 23 people, with 31 others injured."
	figs := findFigures(text, tokenize(nil, text), nil)
	if len(figs) != 2 {
		t.Fatalf("got %+v, want 2 figures", figs)
	}
	f := figs[0]
	if f.Value != 23 || f.Qualifier != "" || len(f.Mentions) != 2 || f.Subtype != model.Killed || strings.Contains(f.Label, "injured") {
		t.Errorf("got %+v, want 23 killed, no qualifier, the headline's 20 as its first mention", f)
	}
}

// TestExtractFiguresOnSample checks the sample end to end through Extract:
// ids are numbered, spans are the text's bytes, ages are not figures.
func TestExtractFiguresOnSample(t *testing.T) {
	text := readTestdata(t, "dev/texts/paris-attacks.txt")
	art := Extract(text)
	if len(art.Figures) == 0 {
		t.Fatal("no figures in the sample")
	}
	for i, f := range art.Figures {
		if f.ID != "f"+strconv.Itoa(i+1) {
			t.Errorf("figure %d has id %q", i, f.ID)
		}
		for _, m := range f.Mentions {
			if text[m.Start:m.End] != m.Text {
				t.Errorf("%s: mention %+v does not match the text", f.ID, m)
			}
		}
		for _, age := range []string{"Abdeslam, 26", "Abdeslam, 31", "Mostefai, 29", "Hadfi, 20", "al-Mohammad, 25", "Amimour, 28"} {
			at := strings.Index(text, age) + len(age) - 2
			for _, m := range f.Mentions {
				if m.Start <= at && at < m.End {
					t.Errorf("the age in %q taken for a figure: %+v", age, f)
				}
			}
		}
		if strings.TrimSpace(f.Label) == "" {
			t.Errorf("%s %q has no label", f.ID, f.Text)
		}
	}
}

func readTestdata(t testing.TB, path string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", path))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestRevision: a revised toll gives both values; the earlier one says so.
func TestRevision(t *testing.T) {
	for _, in := range []string{
		"The death toll rose from 45 to 61.",
		"The death toll rose from 29 on Wednesday to 34 on Thursday.",
	} {
		figs := figuresOf(t, in)
		if len(figs) != 2 {
			t.Fatalf("%q: got %+v, want two figures", in, figs)
		}
		for _, f := range figs {
			if f.Category != model.Casualties || f.Subtype != model.Killed {
				t.Errorf("%q: %s is %s/%s, want casualties/killed", in, f.Text, f.Category, f.Subtype)
			}
		}
		if !strings.Contains(figs[0].Label, "earlier") || strings.Contains(figs[1].Label, "earlier") {
			t.Errorf("%q: labels %q, %q: the first should be marked earlier", in, figs[0].Label, figs[1].Label)
		}
	}
}
