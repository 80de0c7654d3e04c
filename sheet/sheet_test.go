package sheet

import (
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
