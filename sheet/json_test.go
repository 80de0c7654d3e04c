package sheet

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"runtime"
	"strings"
	"testing"

	"github.com/factpane/factpane/internal/memtest"
	"github.com/factpane/factpane/model"
	"github.com/factpane/factpane/parse"
	"github.com/factpane/factpane/samples"
)

func TestWriteJSONEscapesControls(t *testing.T) {
	a := model.Article{
		Source:  "x.txt",
		Title:   "a <b> \x1b]0;t\x07 \u009b31m \u0085 é ¢",
		Text:    "\u009b2J",
		Figures: []model.Figure{},
		People:  []model.Person{},
	}
	var buf bytes.Buffer
	if err := WriteJSON(&buf, a); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, r := range out {
		if r < 0x20 && r != '\n' || r >= 0x80 && r < 0xa0 {
			t.Fatalf("raw control %U in %q", r, out)
		}
	}
	if !strings.Contains(out, "<b>") || !strings.Contains(out, `\u009b31m`) || !strings.Contains(out, "é ¢") {
		t.Errorf("unexpected encoding: %s", out)
	}
	var back model.Article
	if err := json.Unmarshal(buf.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	if back.Title != a.Title || back.Text != a.Text {
		t.Errorf("round trip changed the strings: %q %q", back.Title, back.Text)
	}
	if !strings.HasPrefix(out, "{\n  \"source\"") {
		t.Errorf("not indented by two spaces: %q", out[:20])
	}
}

func TestWriteJSONLine(t *testing.T) {
	a := model.Article{Source: "x.txt", Title: "two\nlines \u0085", Figures: []model.Figure{}, People: []model.Person{}}
	var buf bytes.Buffer
	for i := 0; i < 2; i++ {
		if err := WriteJSONLine(&buf, a); err != nil {
			t.Fatal(err)
		}
	}
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("want 2 lines, got %q", buf.String())
	}
	for _, line := range lines {
		var back model.Article
		if err := json.Unmarshal([]byte(line), &back); err != nil || back.Title != a.Title {
			t.Errorf("line %q: %v, title %q", line, err, back.Title)
		}
		if !strings.Contains(line, `\u0085`) {
			t.Errorf("C1 control not escaped: %q", line)
		}
	}
}

// encoderJSON is what WriteJSON wrote before it streamed: the whole
// document from one json.Encoder, then its C1 controls escaped. The
// streamed output must stay byte-identical to it.
func encoderJSON(t testing.TB, a model.Article, indent string) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", indent)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(a); err != nil {
		t.Fatal(err)
	}
	var out []byte
	b := buf.Bytes()
	for i := 0; i < len(b); i++ {
		if b[i] == 0xc2 && i+1 < len(b) && b[i+1] >= 0x80 && b[i+1] < 0xa0 {
			out = fmt.Appendf(out, `\u%04x`, b[i+1])
			i++
			continue
		}
		out = append(out, b[i])
	}
	return out
}

// TestWriteJSONIsTheEncodersOutput: streamed, the JSON is byte for byte
// what the encoder wrote for every shape an article takes: samples,
// hostile strings (C1 controls cut across a piece boundary, invalid
// UTF-8, U+2028, HTML), long lists and a figure with more mentions than
// a batch, empty and nil lists, compact and indented.
func TestWriteJSONIsTheEncodersOutput(t *testing.T) {
	var articles []model.Article
	for _, n := range samples.Names() {
		text, _ := samples.Get(n)
		a := parse.Extract(text)
		a.Source, a.Text = "sample:"+n, text
		articles = append(articles, a)
	}
	long := "x" + strings.Repeat("é", stringPiece/2-1) + "\u0085" + strings.Repeat("a\xe2\x82 <&> \u2028\x1b", stringPiece/5)
	high := 3.5
	age := 41
	many := model.Figure{ID: "f1", Value: 12, Max: &high, Text: "12", Category: model.Casualties, Subtype: model.Killed, Label: "killed \u009b"}
	for i := range 3*bigList + 7 {
		many.Mentions = append(many.Mentions, model.Mention{Start: i, End: i + 2, Text: "12"})
	}
	figs := []model.Figure{many}
	for i := range 2*batch + 3 {
		figs = append(figs, model.Figure{ID: fmt.Sprint("g", i), Value: float64(i), Text: "x", Mentions: []model.Mention{{Start: i, End: i + 1, Text: "x"}}})
	}
	articles = append(articles,
		model.Article{Source: "long", Title: "t", Text: long, URL: "https://example.org/?a=1&b=<2>",
			Figures: figs, People: []model.Person{{ID: "p1", Name: "Ann \u0085", Age: &age, Mentions: many.Mentions}},
			Links: []model.Link{{N: 1, URL: "https://example.org/", Start: 0, End: 2}}},
		model.Article{Source: "empty"},
		model.Article{Source: "lists", Figures: []model.Figure{}, People: []model.Person{}, Text: "\xff"},
	)
	for _, a := range articles {
		for _, indent := range []string{"  ", ""} {
			var got bytes.Buffer
			var err error
			if indent == "" {
				err = WriteJSONLine(&got, a)
			} else {
				err = WriteJSON(&got, a)
			}
			if err != nil {
				t.Fatal(err)
			}
			if want := encoderJSON(t, a, indent); !bytes.Equal(got.Bytes(), want) {
				i := 0
				for i < min(got.Len(), len(want)) && got.Bytes()[i] == want[i] {
					i++
				}
				t.Errorf("%s (indent %q): differs at byte %d of %d/%d: got %q, want %q", a.Source, indent, i, got.Len(), len(want),
					got.Bytes()[max(0, i-40):min(got.Len(), i+40)], want[max(0, i-40):min(len(want), i+40)])
			}
		}
	}
}

// BenchmarkWriteJSONMemory writes the JSON of a 32 MiB one-line article
// dense with numbers and names (the most figures per byte) and reports
// what writing it allocates and the most heap it adds, per byte of the
// article's text; the extraction is made before. Run it with -benchtime
// 1x.
func BenchmarkWriteJSONMemory(b *testing.B) {
	var sb strings.Builder
	for i := 0; sb.Len() < 32<<20; i++ {
		fmt.Fprintf(&sb, "12 apples, 3-4 pears, 5.5 magnitude, %d won 2-1 and killed John Smith%d, 45, said. ", i, i%1000)
	}
	text := sb.String()[:32<<20]
	a := parse.Extract(text)
	a.Text = text
	in := float64(len(text))
	for _, mode := range []struct {
		name  string
		write func(io.Writer, model.Article) error
	}{{"indented", WriteJSON}, {"line", WriteJSONLine}} {
		b.Run(mode.name, func(b *testing.B) {
			runtime.GC()
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			var n countWriter
			peak := memtest.HeapPeak(func() {
				for i := 0; i < b.N; i++ {
					if err := mode.write(&n, a); err != nil {
						b.Fatal(err)
					}
				}
			})
			runtime.ReadMemStats(&after)
			b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/float64(b.N)/in, "alloc-B/B")
			b.ReportMetric(float64(peak-min(peak, before.HeapAlloc))/in, "peak-heap-B/B")
			b.ReportMetric(float64(n)/float64(b.N)/in, "out-B/B")
		})
	}
}

// countWriter counts what is written to it.
type countWriter int64

func (c *countWriter) Write(p []byte) (int, error) { *c += countWriter(len(p)); return len(p), nil }

// failAfter accepts n bytes, then fails every write, as a connection does
// when its client goes away.
type failAfter struct{ n int }

func (f *failAfter) Write(p []byte) (int, error) {
	if f.n <= 0 {
		return 0, errors.New("connection closed")
	}
	k := min(len(p), f.n)
	f.n -= k
	if k < len(p) {
		return k, errors.New("connection closed")
	}
	return k, nil
}

// TestWriteJSONWriterFails: a writer that fails part way (an SSH client
// gone during `json`) ends the write with its error at any point: inside
// a long text, a long list or a short value, never with a panic.
func TestWriteJSONWriterFails(t *testing.T) {
	a := model.Article{Source: "long.md", Title: "Long", Text: strings.Repeat("The council said 12 were hurt. ", 20000)}
	for i := 0; i < 3000; i++ {
		a.Figures = append(a.Figures, model.Figure{ID: "f", Text: "12", Category: model.Count,
			Mentions: []model.Mention{{Start: 17, End: 19, Text: "12"}}})
	}
	for _, write := range []func(io.Writer, model.Article) error{WriteJSON, WriteJSONLine} {
		var full bytes.Buffer
		if err := write(&full, a); err != nil {
			t.Fatal(err)
		}
		for _, n := range []int{0, 10, 70 << 10, 300 << 10, 700 << 10, full.Len() - 100} {
			if err := write(&failAfter{n: n}, a); err == nil {
				t.Errorf("writer failing after %d of %d bytes: no error", n, full.Len())
			}
		}
	}
}
