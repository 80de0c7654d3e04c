// Package parse turns article text into a model.Article: the title, the
// figures the article reports and the people it names. It is pure and
// deterministic: the same text always gives the same result, nothing is read
// from disk or the network, and every mention is a byte span of the input.
package parse

import (
	"math"
	"strconv"

	"github.com/factpane/factpane/model"
)

// Extract reads an article and returns its title, figures and people.
// Mention offsets are byte offsets into text. Source is left for the caller.
func Extract(text string) model.Article {
	people := findPeople(text)
	figures := finite(findFigures(text, people))
	for i := range figures {
		figures[i].ID = "f" + strconv.Itoa(i+1)
	}
	for i := range people {
		people[i].ID = "p" + strconv.Itoa(i+1)
	}
	if figures == nil {
		figures = []model.Figure{}
	}
	if people == nil {
		people = []model.Person{}
	}
	return model.Article{Title: Title(text), Figures: figures, People: people}
}

// finite drops figures whose value overflowed ("1e400" written out in
// digits, "trillion trillion ..."): no article reports such an amount, and
// JSON cannot carry ±Inf or NaN, so one would make --json fail.
func finite(figs []model.Figure) []model.Figure {
	out := figs[:0]
	for _, f := range figs {
		if ok(f.Value) && (f.Max == nil || ok(*f.Max)) {
			out = append(out, f)
		}
	}
	return out
}

func ok(v float64) bool { return !math.IsInf(v, 0) && !math.IsNaN(v) }
