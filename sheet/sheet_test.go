package sheet

import (
	"strings"
	"testing"

	"github.com/factpane/factpane/model"
)

func TestHeadlinesOnePerKind(t *testing.T) {
	a := model.Article{Figures: []model.Figure{
		{Text: "115,000", Value: 115000, Category: model.Personnel},
		{Text: "128", Value: 128, Category: model.Raids},
		{Text: "129", Value: 129, Category: model.Casualties, Subtype: model.Killed},
		{Text: "400", Value: 400, Qualifier: "more than", Category: model.Casualties, Subtype: model.Wounded},
		{Text: "Two", Value: 2, Category: model.Casualties, Subtype: model.Killed},
		{Text: "160", Value: 160, Category: model.Raids},
	}}
	for n, want := range map[int]string{
		3: "129 killed · 400+ wounded · 128 raids",
		4: "129 killed · 400+ wounded · 128 raids · 115,000 personnel",
		1: "129 killed",
		0: "",
	} {
		if got := Headlines(a, n); got != want {
			t.Errorf("Headlines(%d) = %q, want %q", n, got, want)
		}
	}
	if got := Headlines(model.Article{}, 3); got != "" {
		t.Errorf("no figures: %q", got)
	}
}

func TestGroups(t *testing.T) {
	figs := []model.Figure{
		{Text: "3", Category: model.Count},
		{Text: "129", Category: model.Casualties, Subtype: model.Killed},
		{Text: "9", Category: "votes"}, // a category from a newer schema
		{Text: "128", Category: model.Raids},
		{Text: "400", Category: model.Casualties, Subtype: model.Wounded},
	}
	var got []string
	for _, g := range Groups(figs) {
		var texts []string
		for _, f := range g.Figures {
			texts = append(texts, f.Text)
		}
		got = append(got, g.Category.Heading()+": "+strings.Join(texts, ","))
	}
	want := []string{"Casualties: 129,400", "Raids: 128", "Other figures: 3,9"}
	if strings.Join(got, " | ") != strings.Join(want, " | ") {
		t.Errorf("Groups = %q, want %q", got, want)
	}
}

// fig is a figure mentioned once, at start.
func fig(text string, value float64, cat model.Category, sub string, start int) model.Figure {
	return model.Figure{Text: text, Value: value, Category: cat, Subtype: sub,
		Mentions: []model.Mention{{Start: start, End: start + len(text), Text: text}}}
}

// TestLead: the main figure is the title's, else the toll a story about
// one gives early, else its first count or amount; never the largest.
func TestLead(t *testing.T) {
	for _, tt := range []struct {
		name string
		a    model.Article
		want string
	}{
		{"the title states an amount", model.Article{Title: "Refinery fined $5 million over spill", Figures: []model.Figure{
			fig("$5 million", 5e6, model.Money, "", 18),
			fig("3", 3, model.Casualties, model.Killed, 60),
		}}, "$5 million"},
		{"the title states a count of the rescued, not a toll", model.Article{Title: "Twenty rescued from flooded mine", Figures: []model.Figure{
			fig("Twenty", 20, model.Count, "", 0),
			fig("2", 2, model.Casualties, model.Killed, 300),
		}}, "Twenty"},
		{"the title's toll leads the title's other figures", model.Article{Title: "Heat hits 44C as 3 die", Figures: []model.Figure{
			fig("44C", 44, model.Measure, "", 10),
			fig("3", 3, model.Casualties, model.Killed, 19),
		}}, "3 killed"},
		{"a toll in the lede leads", model.Article{Title: "Storm hits coast", Figures: []model.Figure{
			fig("40,000", 40000, model.Count, "", 40),
			fig("12", 12, model.Casualties, model.Killed, 90),
		}}, "12 killed"},
		{"a toll late in a story about something else does not", model.Article{Title: "Plant to close", Figures: []model.Figure{
			fig("2,000", 2000, model.Count, "", 30),
			fig("40%", 40, model.Percent, "", 80),
			fig("$300 million", 3e8, model.Money, "", 120),
			fig("1", 1, model.Casualties, model.Killed, 900),
		}}, "2,000"},
		{"a span leads only when nothing else comes early", model.Article{Title: "Strike ends", Figures: []model.Figure{
			fig("three weeks", 3, model.Duration, "", 20),
			fig("5%", 5, model.Percent, "", 70),
		}}, "5%"},
	} {
		lead, ok := Lead(tt.a)
		if !ok || lead.Short() != tt.want {
			t.Errorf("%s: lead %q, want %q", tt.name, lead.Short(), tt.want)
		}
		if got := Headlines(tt.a, 1); got != tt.want {
			t.Errorf("%s: Headlines(1) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestWriteLeadsWithTheMainFigure(t *testing.T) {
	a := model.Article{Title: "Refinery fined $5 million over spill", Figures: []model.Figure{
		fig("3", 3, model.Casualties, model.Killed, 60),
		fig("$5 million", 5e6, model.Money, "", 18),
	}}
	var b strings.Builder
	if err := Write(&b, a); err != nil {
		t.Fatal(err)
	}
	if want := "Refinery fined $5 million over spill\n\nMain figure: $5 million\n"; !strings.HasPrefix(b.String(), want) {
		t.Errorf("sheet starts %q, want %q", b.String(), want)
	}
}

// TestSheetLinesAreOneLine: a title, source, label or name with line
// breaks stays on its line of the sheet.
func TestSheetLinesAreOneLine(t *testing.T) {
	a := model.Article{
		Title:   "Quiet day\n\nCasualties",
		Source:  "evil\n\nCasualties\n  999 killed.txt",
		Figures: []model.Figure{{Text: "3", Value: 3, Category: model.Raids, Label: "raids\nPeople\n  Fake Person"}},
		People:  []model.Person{{Name: "Ann\nLee"}},
	}
	var b strings.Builder
	if err := Write(&b, a); err != nil {
		t.Fatal(err)
	}
	want := "Quiet day Casualties\nsource: evil Casualties 999 killed.txt\n\nMain figure: 3 raids · raids People Fake Person\n\nRaids\n  3 raids · raids People Fake Person\n\nPeople\n  Ann Lee\n"
	if b.String() != want {
		t.Errorf("sheet:\n%s\nwant:\n%s", b.String(), want)
	}
	if h := Headlines(a, 3); strings.Contains(h, "\n") {
		t.Errorf("Headlines %q", h)
	}
}
