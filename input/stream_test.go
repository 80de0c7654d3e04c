package input

import (
	"bytes"
	"io"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"
)

type update struct {
	doc  Doc
	done bool
}

// startStream runs Stream on a pipe and hands back the writing end, the
// updates and Stream's result.
func startStream(t *testing.T, opt Options) (*io.PipeWriter, chan update, chan error) {
	t.Helper()
	pr, pw := io.Pipe()
	updates := make(chan update, 100)
	result := make(chan error, 1)
	go func() {
		err := Stream("-", pr, opt, func(d Doc, done bool) { updates <- update{d, done} })
		pr.CloseWithError(err)
		result <- err
	}()
	return pw, updates, result
}

func next(t *testing.T, updates chan update) update {
	t.Helper()
	select {
	case u := <-updates:
		return u
	case <-time.After(5 * time.Second):
		t.Fatal("no update within 5s")
	}
	return update{}
}

func TestStreamShowsTextAsItArrives(t *testing.T) {
	pw, updates, result := startStream(t, Options{})
	pw.Write([]byte("Storm hits coast\n\nFour people were killed"))
	u := next(t, updates)
	if u.done || u.doc.Text != "Storm hits coast\n\n" {
		t.Fatalf("first update = %+v; want the complete lines so far", u)
	}
	pw.Write([]byte(" and 30 injured.\r\nA second "))
	u = next(t, updates)
	if u.done || u.doc.Text != "Storm hits coast\n\nFour people were killed and 30 injured.\n" || !u.doc.Converted {
		t.Fatalf("second update = %+v", u)
	}
	pw.Write([]byte("line without an end"))
	pw.Close()
	u = next(t, updates)
	want := "Storm hits coast\n\nFour people were killed and 30 injured.\nA second line without an end"
	if !u.done || u.doc.Text != want || u.doc.Source != "-" {
		t.Fatalf("final update = %+v", u)
	}
	if err := <-result; err != nil {
		t.Fatal(err)
	}
}

func TestStreamEndsLikeRead(t *testing.T) {
	page, err := os.ReadFile("testdata/news-page.html")
	if err != nil {
		t.Fatal(err)
	}
	inputs := map[string][]byte{
		"empty":        nil,
		"whitespace":   []byte("  \n \n"),
		"no newline":   []byte("one line"),
		"utf-16":       utf16Bytes("Zwölf Tote.\r\nZweite Zeile.\n", true),
		"html":         page,
		"hostile":      []byte("T\x1b]0;x\x07\n\x1b[2J\x9b1m\x08\n"),
		"invalid utf8": []byte("\xff\xfe\xfdabc\n"),
		"big":          bytes.Repeat([]byte("Line of text with 12 killed.\n"), 4000),
	}
	for name, in := range inputs {
		t.Run(name, func(t *testing.T) {
			want, err := Read("-", bytes.NewReader(in), Options{})
			if err != nil {
				t.Fatal(err)
			}
			var last Doc
			var seen []Doc
			err = Stream("-", iotestHalf(in), Options{}, func(d Doc, done bool) {
				seen = append(seen, d)
				if done {
					last = d
				}
			})
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(last, want) {
				t.Errorf("stream ended with %+.80v, Read gives %+.80v", last, want)
			}
			for _, d := range seen {
				if !strings.HasPrefix(want.Text, d.Text) {
					t.Errorf("an update is not a prefix of the article: %.80q", d.Text)
				}
				checkSafe(t, d.Text)
			}
		})
	}
}

// iotestHalf reads b a few bytes at a time, as a slow pipe delivers it.
func iotestHalf(b []byte) io.Reader {
	return &slowReader{b: b}
}

type slowReader struct{ b []byte }

func (r *slowReader) Read(p []byte) (int, error) {
	if len(r.b) == 0 {
		return 0, io.EOF
	}
	n := min(len(p), 7, len(r.b))
	copy(p, r.b[:n])
	r.b = r.b[n:]
	return n, nil
}

func TestStreamWaitsForAWholePage(t *testing.T) {
	pw, updates, result := startStream(t, Options{})
	pw.Write([]byte("<!DOCTYPE html><html><head><title>Fire</title></head><body><p>"))
	select {
	case u := <-updates:
		t.Fatalf("a page was shown before it ended: %+v", u)
	case <-time.After(decideAfter + 2*minEmitGap):
	}
	pw.Write([]byte("Two injured.</p></body></html>"))
	pw.Close()
	u := next(t, updates)
	if !u.done || u.doc.Title != "Fire" || u.doc.Text != "Fire\n\nTwo injured." {
		t.Fatalf("update = %+v", u)
	}
	if err := <-result; err != nil {
		t.Fatal(err)
	}
}

func TestStreamErrors(t *testing.T) {
	tests := []struct {
		name string
		in   io.Reader
		opt  Options
		want string
	}{
		{"binary", strings.NewReader("text\x00binary"), Options{}, "-: not a text article"},
		{"binary later", io.MultiReader(strings.NewReader(strings.Repeat("text\n", 20000)), strings.NewReader("\x00")), Options{}, "-: not a text article"},
		{"pdf", strings.NewReader("%PDF-1.4\nstuff\n"), Options{}, "-: not a text article (application/pdf)"},
		{"over cap", zeroes{}, Options{MaxSize: 1 << 20}, "-: larger than the size cap of 1 MiB (see --max-size)"},
		{"read error", errReader{io.ErrUnexpectedEOF}, Options{}, "-: unexpected EOF"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var done bool
			err := Stream("-", tt.in, tt.opt, func(_ Doc, d bool) { done = done || d })
			if err == nil || err.Error() != tt.want {
				t.Fatalf("error = %v, want %q", err, tt.want)
			}
			if done {
				t.Error("a failed stream must not report done")
			}
		})
	}
}
