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
	want := "Quiet day Casualties\nsource: evil Casualties 999 killed.txt\n\nRaids\n  3 raids · raids People Fake Person\n\nPeople\n  Ann Lee\n"
	if b.String() != want {
		t.Errorf("sheet:\n%s\nwant:\n%s", b.String(), want)
	}
	if h := Headlines(a, 3); strings.Contains(h, "\n") {
		t.Errorf("Headlines %q", h)
	}
}
