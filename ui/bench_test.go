package ui

import (
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/factpane/factpane/model"
	"github.com/factpane/factpane/parse"
	"github.com/factpane/factpane/samples"
)

// big is a 10 MB article: copies of the paris-attacks sample, with the
// facts parse.Extract finds in the whole of it. Built once per process.
var big struct {
	once sync.Once
	doc  Doc
}

func bigDoc(b *testing.B) Doc {
	big.once.Do(func() {
		text, ok := samples.Get(samples.Default)
		if !ok {
			b.Fatal("no default sample")
		}
		var sb strings.Builder
		for sb.Len() < 10<<20 {
			sb.WriteString(text)
			sb.WriteString("\n")
		}
		t := sb.String()
		big.doc = Doc{Article: parse.Extract(t), Text: t}
	})
	return big.doc
}

// mostMentioned is the fact with the most mentions: the costliest to select.
func mostMentioned(r *Reader) int {
	best := 0
	for i, f := range r.facts {
		if len(f.spans) > len(r.facts[best].spans) {
			best = i
		}
	}
	return best
}

// BenchmarkOpen10MB opens the 10 MB article to its first frame: facts
// listed, text wrapped, sidebar laid out, View drawn. live-MB is the heap
// the open reader keeps, text and facts included.
func BenchmarkOpen10MB(b *testing.B) {
	doc := bigDoc(b)
	st, km := asciiStyles(), DefaultKeyMap()
	b.ReportAllocs()
	b.ResetTimer()
	var r *Reader
	for i := 0; i < b.N; i++ {
		r = NewReader(doc, st, km)
		r.SetSize(120, 40)
		_ = r.View()
	}
	b.StopTimer()
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.HeapAlloc)/(1<<20), "live-MB")
	b.ReportMetric(float64(len(r.art.wrap.lines)), "rows")
	runtime.KeepAlive(r)
}

// BenchmarkSelect10MB changes the selection on the 10 MB article, as
// up/down in the sidebar do, and draws the frame: highlights for the newly
// selected fact's mentions (thousands of them), the jump, the live marks.
func BenchmarkSelect10MB(b *testing.B) {
	r := NewReader(bigDoc(b), ansiStyles(), DefaultKeyMap())
	r.SetSize(120, 40)
	press(r, "tab")
	if len(r.facts) < 2 {
		b.Skip("no facts extracted")
	}
	keys := []string{"down", "up"}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		press(r, keys[i%2])
		_ = r.View()
	}
	b.StopTimer()
	b.ReportMetric(float64(len(r.facts)), "facts")
	b.ReportMetric(float64(len(r.facts[mostMentioned(r)].spans)), "max-mentions")
}

// BenchmarkScroll10MB scrolls the 10 MB article by one row, with the most
// mentioned fact selected and highlighted, and draws the frame.
func BenchmarkScroll10MB(b *testing.B) {
	r := NewReader(bigDoc(b), ansiStyles(), DefaultKeyMap())
	r.SetSize(120, 40)
	r.selectFact(mostMentioned(r))
	r.art.scrollTo(r.art.maxTop() / 2)
	keys := []string{"j", "k"}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		press(r, keys[i%2])
		_ = r.View()
	}
}

// BenchmarkResize10MB re-wraps the 10 MB article to a new width.
func BenchmarkResize10MB(b *testing.B) {
	r := NewReader(bigDoc(b), asciiStyles(), DefaultKeyMap())
	r.SetSize(120, 40)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r.SetSize(100+i%2*40, 40)
		_ = r.View()
	}
}

// manyFactsDoc is an article with n facts, each mentioned once in its own
// sentence, spread over every category: a sidebar of tens of thousands of
// rows, which parse.Extract never yields from the samples (it merges the
// copies in bigDoc into 30 facts).
func manyFactsDoc(n int) Doc {
	cats := model.Categories()
	var b strings.Builder
	a := model.Article{Title: "many facts"}
	for i := 0; i < n; i++ {
		num := strconv.Itoa(i + 1)
		b.WriteString("On day ")
		start := b.Len()
		b.WriteString(num + " people")
		end := b.Len()
		b.WriteString(" were counted again by the officials of the district.\n")
		a.Figures = append(a.Figures, model.Figure{
			Value: float64(i + 1), Text: num, Category: cats[i%len(cats)], Label: "people counted",
			Mentions: []model.Mention{{Start: start, End: end, Text: num + " people"}},
		})
	}
	return Doc{Article: a, Text: b.String()}
}

// BenchmarkScrollManyFacts scrolls an article with 20,000 facts by one row
// and draws the frame: the on-screen facts and the sidebar's follow must
// cost what is in view, not what is in the article.
func BenchmarkScrollManyFacts(b *testing.B) {
	r := NewReader(manyFactsDoc(20000), ansiStyles(), DefaultKeyMap())
	r.SetSize(120, 40)
	r.art.scrollTo(r.art.maxTop() / 2)
	press(r, "j")
	keys := []string{"j", "k"}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		press(r, keys[i%2])
		_ = r.View()
	}
	b.StopTimer()
	b.ReportMetric(float64(len(r.facts)), "facts")
	b.ReportMetric(float64(len(r.side.layout)), "side-rows")
}

// BenchmarkSelectManyFacts moves the selection in the sidebar of an
// article with 20,000 facts and draws the frame.
func BenchmarkSelectManyFacts(b *testing.B) {
	r := NewReader(manyFactsDoc(20000), ansiStyles(), DefaultKeyMap())
	r.SetSize(120, 40)
	press(r, "tab")
	for i := 0; i < 50; i++ {
		press(r, "pgdown")
	}
	keys := []string{"down", "up"}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		press(r, keys[i%2])
		_ = r.View()
	}
}

// searchBig opens the 10 MB article with a search for query in effect.
func searchBig(b *testing.B, query string) *Reader {
	r := NewReader(bigDoc(b), ansiStyles(), DefaultKeyMap())
	r.SetSize(120, 40)
	r.art.scrollTo(r.art.maxTop() / 2)
	r.Update(keyMsg("/"))
	for _, c := range query {
		r.Update(keyMsg(string(c)))
	}
	_, cmd := r.Update(keyMsg("enter"))
	r.Update(cmd())
	if len(r.srch.matches) == 0 {
		b.Fatalf("no match for %q", query)
	}
	return r
}

// BenchmarkSearchKeys10MB presses keys on the 10 MB article with a search
// in effect (thousands of matches) and a fact selected: n and N move
// among the matches found, j and k scroll over them; each draws its
// frame. The search itself is not redone.
func BenchmarkSearchKeys10MB(b *testing.B) {
	r := searchBig(b, "police")
	r.selectFact(mostMentioned(r))
	typed := []string{"n", "j", "N", "k", "n", "n", "G", "g"}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		press(r, typed[i%len(typed)])
		_ = r.View()
	}
	b.StopTimer()
	b.ReportMetric(float64(len(r.srch.matches)), "matches")
}

// BenchmarkSearch10MB runs a search of the 10 MB article, as enter at the
// prompt does (in a command, off the event loop): the first one folds the
// text's case, which later ones reuse.
func BenchmarkSearch10MB(b *testing.B) {
	text := bigDoc(b).Text
	for _, tc := range []struct {
		name, query string
		fold        bool
	}{{"first", "police", true}, {"again", "police", false}, {"exact", "Paris", false}} {
		b.Run(tc.name, func(b *testing.B) {
			folded := foldCase(text)
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				f := folded
				if tc.fold {
					f = ""
				}
				msg := searchCmd(1, text, tc.query, f, 0)().(searchDoneMsg)
				if len(msg.matches) == 0 {
					b.Fatal("no matches")
				}
			}
		})
	}
}
