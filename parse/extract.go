// Package parse turns article text into a model.Article: the title, the
// figures the article reports and the people it names. It is pure and
// deterministic: the same text always gives the same result, nothing is read
// from disk or the network, and every mention is a byte span of the input.
//
// The pipeline reads one token slice, made once per text:
//
//	text ─ tokenize ─▶ tokens: words, numbers, punctuation, line breaks,  tokens.go
//	   │               each word looked up once in the lexicon            lexicon.go, lexicons/
//	   ├─▶ people:  name runs, on lines read for their style ─▶           names.go, linestyle.go
//	   │            candidates, weighed by the evidence of titles,        candidates.go, evidence.go, things.go
//	   │            roles, ages, speech ─▶ linked to people, then         roles.go, ages.go, link.go, mentions.go
//	   │            ages, roles and capitals attached                     attach.go
//	   ├─▶ figures: per line: the number grammar, its unit and range      numbers.go, units.go, ranges.go
//	   │            ─▶ non-figures dropped                                nonfigures.go, scores.go
//	   │            ─▶ what each counts, read from its clause and list    categories.go, clause.go, lists.go
//	   │            ─▶ a label for each, a weak one repaired              labels.go, unitlabels.go, repair.go
//	   │            ─▶ the same fact grouped into one figure              figures.go
//	   └─▶ title:   the first line, when it reads as a headline           title.go
//
// People come before figures: a number right after a person's name is an
// age, not a figure. figline.go holds the questions the figure stages ask
// of a line's tokens, keywords.go the figure finder's words, tables.go the
// lines that are not prose (table rows, results lists, web addresses),
// chars.go the character helpers.
package parse

import (
	"math"
	"strconv"
	"strings"
	"sync"

	"github.com/factpane/factpane/model"
)

// Extract reads an article and returns its title, figures and people.
// Mention offsets are byte offsets into text. Source is left for the caller.
func Extract(text string) model.Article {
	text = text[:readable(text)]
	tb := tokenPool.Get().(*tokenBuf)
	tb.toks = tokenize(tb.toks, text)
	hl := titleSpan(text)
	people := peopleIn(text, tb.toks, hl)
	headlineRole(text, tb.toks, people, hl)
	numbers := collectFigures(text, tb.toks, people, hl, defaultLimits)
	// The tokens are no longer needed: a long text's can be collected
	// while its figures are made.
	tb.release()
	figures := finite(numbers.figures(text))
	for i := range figures {
		figures[i].ID = seqID(figureIDs, "f", i+1)
	}
	for i := range people {
		people[i].ID = seqID(personIDs, "p", i+1)
	}
	if figures == nil {
		figures = []model.Figure{}
	}
	if people == nil {
		people = []model.Person{}
	}
	return model.Article{Title: titleOf(text, hl), Figures: figures, People: people}
}

// figureIDs and personIDs are the first IDs ("f1", "p1", ...), made
// once: made for each figure and person they were a tenth of an
// article's allocations.
var figureIDs, personIDs = seqIDs("f"), seqIDs("p")

func seqIDs(prefix string) []string {
	ids := make([]string, 100)
	for n := range ids {
		ids[n] = prefix + strconv.Itoa(n)
	}
	return ids
}

// seqID is the ID prefix+n, from ids when it holds it.
func seqID(ids []string, prefix string, n int) string {
	if n < len(ids) {
		return ids[n]
	}
	return prefix + strconv.Itoa(n)
}

// readable is how much of text Extract reads: all of it, or for a text
// over 4 GiB (token offsets are 32 bits) up to the last line break before.
func readable(text string) int {
	if len(text) <= maxText {
		return len(text)
	}
	if i := strings.LastIndexByte(text[:maxText], '\n'); i > 0 {
		return i
	}
	return 0
}

// tokenBuf holds a text's tokens between calls: a news article's token
// slice was allocated and cleared afresh on every call, a fifth of the
// time. Tokens hold offsets only, so a pooled slice keeps no text alive.
type tokenBuf struct{ toks []token }

var tokenPool = sync.Pool{New: func() any { return new(tokenBuf) }}

// maxPooledTokens bounds what the pool keeps: the tokens of a 32 MiB
// text (128 MiB), the most factpane reads by default. A long text's
// buffer is worth keeping too: allocating and clearing 40 MB of tokens
// afresh was a few percent of extracting a 10 MB text. The pool does not
// pin it for the process: an idle buffer is dropped after two garbage
// collections, and a larger one is never kept.
const maxPooledTokens = 32 << 20 / 4

func (tb *tokenBuf) release() {
	if cap(tb.toks) > maxPooledTokens {
		tb.toks = nil
	}
	tokenPool.Put(tb)
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
