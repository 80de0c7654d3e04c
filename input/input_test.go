package input

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"
)

// utf16Bytes encodes s as UTF-16 with a byte-order mark.
func utf16Bytes(s string, bigEndian bool) []byte {
	var b bytes.Buffer
	units := append([]uint16{0xfeff}, utf16.Encode([]rune(s))...)
	for _, u := range units {
		if bigEndian {
			b.Write([]byte{byte(u >> 8), byte(u)})
		} else {
			b.Write([]byte{byte(u), byte(u >> 8)})
		}
	}
	return b.Bytes()
}

func writeFile(t *testing.T, name string, b []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestLoadText(t *testing.T) {
	const story = "Quake kills 40 in valley — 東京 report 🙂\nSecond line.\n"
	tests := []struct {
		name      string
		file      string
		in        []byte
		want      string
		converted bool
	}{
		{"utf-8", "a.txt", []byte(story), story, false},
		{"utf-8 bom", "a.txt", append([]byte{0xef, 0xbb, 0xbf}, story...), story, true},
		{"utf-16le bom", "a.txt", utf16Bytes(story, false), story, true},
		{"utf-16be bom", "a.txt", utf16Bytes(story, true), story, true},
		{"utf-16 crlf", "a.txt", utf16Bytes("one\r\ntwo\r\n", false), "one\ntwo\n", true},
		{"utf-16 unpaired surrogate", "a.txt", append(utf16Bytes("ab", false), 0x00, 0xd8, 'c', 0), "ab\uFFFDc", true},
		{"invalid utf-8", "a.txt", []byte("caf\xe9 \xff 12 killed\n"), "caf\uFFFD \uFFFD 12 killed\n", true},
		{"crlf", "a.txt", []byte("one\r\ntwo\r\n"), "one\ntwo\n", true},
		{"lone cr", "a.txt", []byte("one\rtwo\r"), "one\ntwo\n", true},
		{"tabs kept", "a.txt", []byte("a\tb\n"), "a\tb\n", false},
		{"empty", "a.txt", nil, "", false},
		{"whitespace only", "a.txt", []byte(" \n\t\n"), " \n\t\n", false},
		{"no extension, text", "article", []byte(story), story, false},
		{"bidi override removed", "a.txt", []byte("pay \u202eoxx\u202c 5\n"), "pay oxx 5\n", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Load(writeFile(t, tt.file, tt.in), nil, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if doc.Text != tt.want {
				t.Errorf("text = %q, want %q", doc.Text, tt.want)
			}
			if doc.Converted != tt.converted {
				t.Errorf("converted = %v, want %v", doc.Converted, tt.converted)
			}
			if doc.Title != "" {
				t.Errorf("a text file states no title, got %q", doc.Title)
			}
		})
	}
}

// Text that spells a short file signature by chance is an article: "BM"
// opens a bitmap, "ID3" an MP3, "LP" at byte 34 an embedded font.
func TestLoadTextThatSpellsASignature(t *testing.T) {
	for _, text := range []string{
		"BMW recalls 40,000 cars after 3 people were hurt.\n",
		"ID3 chips were found in 12 of the devices.\n",
		"Voters in the 2024 poll backed the LP by 9 points.\n", // "LP" at byte 34
		"OTTO group cut 300 jobs, the company said.\n",
		"wOFF and other font formats, a glossary\n",
		"BM\u00e9 " + strings.Repeat("é", 300) + "\n", // the sniffed head ends inside a character
	} {
		doc, err := Load(writeFile(t, "story.txt", []byte(text)), nil, Options{})
		if err != nil {
			t.Errorf("%q: %v", text, err)
			continue
		}
		if doc.Text != text {
			t.Errorf("%q read as %q", text, doc.Text)
		}
	}
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	png := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10")
	tests := []struct {
		name string
		path string
		opt  Options
		want string // the whole message, with the path as {}
		is   error
	}{
		{"missing", filepath.Join(dir, "nope.txt"), Options{}, "{}: no such file", nil},
		{"directory", dir, Options{}, "{}: is a directory", nil},
		{"nul bytes", writeFile(t, "bin.txt", []byte("text\x00more")), Options{}, "{}: not a text article", ErrBinary},
		{"png", writeFile(t, "pic.txt", png), Options{}, "{}: not a text article (image/png)", ErrBinary},
		{"pdf", writeFile(t, "doc.pdf", []byte("%PDF-1.7\n1 0 obj\n")), Options{}, "{}: not a text article (application/pdf)", ErrBinary},
		{"gzip", writeFile(t, "a.gz", []byte("\x1f\x8b\x08\x00abc")), Options{}, "{}: not a text article", ErrBinary},
		{"bitmap", writeFile(t, "pic.txt", []byte("BM\x36\x04\x00\x00\x00\x00\x00\x00\x36\x00")), Options{}, "{}: not a text article (image/bmp)", ErrBinary},
		{"utf-16 nul", writeFile(t, "u.txt", utf16Bytes("a\x00b", false)), Options{}, "{}: not a text article", ErrBinary},
		{"html with nul", writeFile(t, "p.html", []byte("<html>\x00</html>")), Options{}, "{}: not a text article", ErrBinary},
		{"over cap", writeFile(t, "big.txt", bytes.Repeat([]byte("a"), 3000)), Options{MaxSize: 2048}, "{}: 3000 bytes is over the size cap of 2 KiB (see --max-size)", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(tt.path, nil, tt.opt)
			if err == nil {
				t.Fatal("no error")
			}
			want := strings.ReplaceAll(tt.want, "{}", tt.path)
			if !strings.HasPrefix(err.Error(), want) {
				t.Errorf("error = %q, want %q", err, want)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error is not one line: %q", err)
			}
			if tt.is != nil && !errors.Is(err, tt.is) && !strings.Contains(err.Error(), tt.is.Error()) {
				t.Errorf("error %q does not say %q", err, tt.is)
			}
		})
	}
}

func TestLoadPermissionDenied(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads any file")
	}
	path := writeFile(t, "secret.txt", []byte("x"))
	if err := os.Chmod(path, 0); err != nil {
		t.Fatal(err)
	}
	_, err := Load(path, nil, Options{})
	if err == nil || err.Error() != path+": permission denied" {
		t.Fatalf("error = %v", err)
	}
}

// errReader fails the way a file without read permission does, so the
// message is checked even where the tests run as root.
type errReader struct{ err error }

func (r errReader) Read([]byte) (int, error) { return 0, r.err }

func TestReadErrorsNameTheCause(t *testing.T) {
	_, err := Read("notes.txt", errReader{&fs.PathError{Op: "read", Path: "notes.txt", Err: fs.ErrPermission}}, Options{})
	if err == nil || err.Error() != "notes.txt: permission denied" {
		t.Fatalf("error = %v", err)
	}
}

func TestReadRefusesOverCapWithoutReadingAll(t *testing.T) {
	// An endless stream: Read must stop at the cap, not run out of memory.
	endless := io.MultiReader(strings.NewReader("start "), zeroes{})
	_, err := Read("-", endless, Options{MaxSize: 1 << 20})
	if err == nil || !strings.Contains(err.Error(), "larger than the size cap of 1 MiB") {
		t.Fatalf("error = %v", err)
	}
}

// zeroes is an endless reader of the letter z.
type zeroes struct{}

func (zeroes) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'z'
	}
	return len(p), nil
}

func TestReadSniffsHTML(t *testing.T) {
	page, err := os.ReadFile("testdata/news-page.html")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Read("-", bytes.NewReader(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "Flooding forces 12,000 from their homes in river valley" {
		t.Errorf("title = %q", doc.Title)
	}
	if strings.Contains(doc.Text, "<p") || !strings.Contains(doc.Text, "More than 12,000 people") {
		t.Errorf("stdin HTML was not read as a page: %q", doc.Text)
	}
}

func TestLoadKeepsTextValid(t *testing.T) {
	for _, name := range []string{"news-page.html", "story.md"} {
		doc, err := Load(filepath.Join("testdata", name), nil, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if !doc.Converted || !utf8.ValidString(doc.Text) || Sanitize(doc.Text) != doc.Text {
			t.Errorf("%s: converted=%v, text not clean", name, doc.Converted)
		}
	}
}

func TestHumanSize(t *testing.T) {
	for n, want := range map[int64]string{
		32 << 20: "32 MiB", 3 << 19: "1.5 MiB", 2048: "2 KiB", 1000: "1000 bytes",
	} {
		if got := humanSize(n); got != want {
			t.Errorf("humanSize(%d) = %q, want %q", n, got, want)
		}
	}
}

// countingReader counts what is read through it.
type countingReader struct {
	r io.Reader
	n int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += n
	return n, err
}

func TestReadRefusesBinaryAtOnce(t *testing.T) {
	// /dev/urandom-like: binary from the first bytes, and endless.
	c := &countingReader{r: io.MultiReader(strings.NewReader("\x7fELF\x02\x01\x01\x00"), zeroes{})}
	_, err := Read("/dev/urandom", c, Options{})
	if !errors.Is(err, ErrBinary) {
		t.Fatalf("error = %v", err)
	}
	if c.n > 64<<10 {
		t.Errorf("read %d bytes of a binary stream before refusing it", c.n)
	}
}

func TestTitlesAreOneLine(t *testing.T) {
	doc, err := Load(writeFile(t, "s.md", []byte("Storm\\\nhits   coast\n===\n\nText.\n")), nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "Storm hits coast" {
		t.Errorf("title = %q", doc.Title)
	}
}

func TestNULAfterTextNamesNoType(t *testing.T) {
	in := strings.Repeat("Plain text for a while. ", 50) + "\x00"
	_, err := Read("x.txt", strings.NewReader(in), Options{})
	if err == nil || err.Error() != "x.txt: not a text article" {
		t.Fatalf("error = %v", err)
	}
}
