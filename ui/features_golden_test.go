package ui

import (
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/factpane/factpane/model"
)

// TestFeatureGoldens draws the reader at 100x20 in each of its states and
// compares the View with testdata/TestFeatureGoldens/*.golden (Ascii:
// the layout and words; the styles are checked with an ANSI profile
// elsewhere). go test ./ui -run TestFeatureGoldens -update rewrites them.
func TestFeatureGoldens(t *testing.T) {
	withCopy := WithTerm(Term{Copy: func(string) error { return nil }})
	for _, tc := range []struct {
		name string
		doc  Doc
		opts []Option
		do   func(r *Reader)
	}{
		{"search", storyDoc(), nil, func(r *Reader) { searchFor(r, "/", "rescue"); typeKeys(r, "n") }},
		{"search-prompt", storyDoc(), nil, func(r *Reader) { typeKeys(r, "?", "w", "o", "u") }},
		{"search-not-found", storyDoc(), nil, func(r *Reader) { searchFor(r, "/", "tsunami") }},
		{"copied", storyDoc(), []Option{withCopy}, func(r *Reader) { typeKeys(r, "n", "y") }},
		{"tour", storyDoc(), nil, func(r *Reader) { typeKeys(r, "t"); nextStep(r); nextStep(r) }},
		{"header-links", linkedDoc(), nil, func(r *Reader) {}},
		{"waiting", Doc{Article: model.Article{Source: "https://news.example/a"}}, nil, func(r *Reader) {
			r.Update(LoadingMsg{What: "fetching https://news.example/a"})
		}},
		{"finding-facts", storyDoc(), nil, func(r *Reader) {
			d := storyDoc()
			d.Article.Figures, d.Article.People = nil, nil
			r.Update(ContentMsg{Doc: d, Done: true, FactsPending: true})
		}},
		{"help", storyDoc(), nil, func(r *Reader) { typeKeys(r, "h") }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := NewReader(tc.doc, asciiStyles(), DefaultKeyMap(), tc.opts...)
			r.SetSize(100, 20)
			tc.do(r)
			out := r.View()
			checkFrame(t, out, 100, 20)
			golden.RequireEqual(t, []byte(out+"\n"))
		})
	}
}
