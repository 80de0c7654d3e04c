package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"runtime/debug"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"github.com/factpane/factpane/input"
	"github.com/factpane/factpane/library"
	"github.com/factpane/factpane/ui"
)

// The --json schema, field for field. Decoding with DisallowUnknownFields
// catches a field added; checkKeys catches one missing.
type jsonMention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

type jsonFigure struct {
	ID        string        `json:"id"`
	Value     float64       `json:"value"`
	Max       *float64      `json:"max"`
	Text      string        `json:"text"`
	Qualifier string        `json:"qualifier"`
	Approx    bool          `json:"approx"`
	Unit      string        `json:"unit"`
	Category  string        `json:"category"`
	Subtype   string        `json:"subtype"`
	Label     string        `json:"label"`
	Mentions  []jsonMention `json:"mentions"`
}

type jsonPerson struct {
	ID       string        `json:"id"`
	Name     string        `json:"name"`
	Role     string        `json:"role"`
	Age      *int          `json:"age"`
	Mentions []jsonMention `json:"mentions"`
}

type jsonLink struct {
	N     int    `json:"n"`
	URL   string `json:"url"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

type jsonArticle struct {
	Source string  `json:"source"`
	Title  string  `json:"title"`
	Text   *string `json:"text"` // only for converted inputs
	// What the input states of itself, when it does.
	URL     *string      `json:"url"`
	Byline  *string      `json:"byline"`
	Date    *string      `json:"date"`
	Site    *string      `json:"site"`
	Links   []jsonLink   `json:"links"`
	Figures []jsonFigure `json:"figures"`
	People  []jsonPerson `json:"people"`
}

// factpane runs the command in-process.
func factpane(t *testing.T, stdin string, args ...string) (status int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	status = run(args, strings.NewReader(stdin), &out, &errOut)
	return status, out.String(), errOut.String()
}

// decodeArticle decodes --json output strictly and checks every mention
// against the text it indexes: the "text" field when present, else the
// input's bytes.
func decodeArticle(t *testing.T, out string, input []byte) jsonArticle {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(out))
	dec.DisallowUnknownFields()
	var a jsonArticle
	if err := dec.Decode(&a); err != nil {
		t.Fatalf("--json output does not match the schema: %v\n%.300s", err, out)
	}
	checkKeys(t, out)
	text := string(input)
	if a.Text != nil {
		text = *a.Text
	}
	check := func(what string, ms []jsonMention) {
		if len(ms) == 0 {
			t.Errorf("%s has no mentions", what)
		}
		for _, m := range ms {
			if m.Start < 0 || m.Start > m.End || m.End > len(text) {
				t.Fatalf("%s: mention [%d,%d) outside the text (%d bytes)", what, m.Start, m.End, len(text))
			}
			if got := text[m.Start:m.End]; got != m.Text {
				t.Errorf("%s: bytes [%d,%d) are %q, mention says %q", what, m.Start, m.End, got, m.Text)
			}
		}
	}
	for _, l := range a.Links {
		mark := fmt.Sprintf(" [%d]", l.N)
		if l.Start < 0 || l.Start >= l.End || l.End > len(text) || !strings.HasPrefix(text[l.End:], mark) {
			t.Errorf("link %d: [%d,%d) is not an anchor followed by %q", l.N, l.Start, l.End, mark)
		}
	}
	for _, f := range a.Figures {
		check("figure "+f.ID, f.Mentions)
	}
	for _, p := range a.People {
		check("person "+p.ID, p.Mentions)
	}
	return a
}

// checkKeys fails when an object of the output lacks a schema field.
func checkKeys(t *testing.T, out string) {
	t.Helper()
	var raw struct {
		Figures []map[string]json.RawMessage
		People  []map[string]json.RawMessage
	}
	var top map[string]json.RawMessage
	if err := json.Unmarshal([]byte(out), &top); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(out), &raw); err != nil {
		t.Fatal(err)
	}
	want := func(obj map[string]json.RawMessage, keys ...string) {
		t.Helper()
		got := make([]string, 0, len(obj))
		for k := range obj {
			got = append(got, k)
		}
		sort.Strings(got)
		sort.Strings(keys)
		if !reflect.DeepEqual(got, keys) {
			t.Fatalf("keys %v, want %v", got, keys)
		}
	}
	top = maps(top, "text", "url", "byline", "date", "site", "links")
	want(top, "source", "title", "figures", "people")
	for _, f := range raw.Figures {
		want(f, "id", "value", "max", "text", "qualifier", "approx", "unit", "category", "subtype", "label", "mentions")
		var ms []map[string]json.RawMessage
		json.Unmarshal(f["mentions"], &ms)
		for _, m := range ms {
			want(m, "start", "end", "text")
		}
	}
	for _, p := range raw.People {
		want(p, "id", "name", "role", "age", "mentions")
	}
}

// maps returns m without the optional keys.
func maps(m map[string]json.RawMessage, optional ...string) map[string]json.RawMessage {
	for _, k := range optional {
		delete(m, k)
	}
	return m
}

func TestJSONSample(t *testing.T) {
	path := filepath.Join("samples", "paris-attacks.txt")
	file, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	status, out, errOut := factpane(t, "", "--json", path)
	if status != 0 || errOut != "" {
		t.Fatalf("exit %d: %s", status, errOut)
	}
	a := decodeArticle(t, out, file)
	if a.Source != path || a.Title == "" {
		t.Errorf("source %q, title %q", a.Source, a.Title)
	}
	if a.Text != nil {
		t.Error("the sample is plain UTF-8: its offsets index the file, so no text field")
	}
	if len(a.Figures) == 0 || len(a.People) == 0 {
		t.Errorf("the sample reports figures and people; got %d and %d", len(a.Figures), len(a.People))
	}
	categories := []string{"casualties", "raids", "arrests", "personnel", "money", "percent", "duration", "measure", "count"}
	for _, f := range a.Figures {
		if !slices.Contains(categories, f.Category) {
			t.Errorf("figure %s: category %q is not in the schema", f.ID, f.Category)
		}
	}
}

func TestJSONConvertedInputs(t *testing.T) {
	dir := t.TempDir()
	page, err := os.ReadFile("input/testdata/news-page.html")
	if err != nil {
		t.Fatal(err)
	}
	utf16 := []byte{0xff, 0xfe}
	for _, r := range "Twelve killed, 30 hurt, police chief Anna Berg said.\r\n" {
		utf16 = append(utf16, byte(r), byte(r>>8))
	}
	inputs := map[string][]byte{
		"news.html": page,
		"story.md":  []byte("# Storm hits coast\n\n**Four** people were killed and *30* injured, Mayor Ann Lee said.\n"),
		"utf16.txt": utf16,
		"crlf.txt":  []byte("Storm hits coast\r\n\r\nFour people were killed and 30 injured.\r\n"),
		"bad.txt":   []byte("Caf\xe9 fire: 3 people were killed.\n"),
	}
	for name, b := range inputs {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(dir, name)
			if err := os.WriteFile(path, b, 0o644); err != nil {
				t.Fatal(err)
			}
			status, out, errOut := factpane(t, "", "--json", path)
			if status != 0 {
				t.Fatalf("exit %d: %s", status, errOut)
			}
			a := decodeArticle(t, out, b)
			if a.Text == nil {
				t.Fatal("a converted input's JSON must carry the text its offsets index")
			}
			if len(a.Figures) == 0 {
				t.Errorf("no figures found in %q", *a.Text)
			}
		})
	}
}

func TestJSONStdin(t *testing.T) {
	status, out, _ := factpane(t, "Four people were killed and 30 injured.\n", "--json", "-")
	if status != 0 {
		t.Fatal(status)
	}
	a := decodeArticle(t, out, []byte("Four people were killed and 30 injured.\n"))
	if a.Source != "-" || len(a.Figures) != 2 {
		t.Errorf("source %q, %d figures", a.Source, len(a.Figures))
	}
}

func TestUsage(t *testing.T) {
	tests := []struct {
		args       []string
		status     int
		out, err   string // substrings
		emptyOut   bool
		emptyError bool
	}{
		{args: []string{"--help"}, status: 0, out: "Usage:", emptyError: true},
		{args: []string{"-h"}, status: 0, out: "-max-size bytes", emptyError: true},
		{args: []string{"--version"}, status: 0, out: "factpane ", emptyError: true},
		{args: []string{"--bogus"}, status: 2, err: "flag provided but not defined: -bogus", emptyOut: true},
		{args: []string{"--bogus"}, status: 2, err: "Usage:", emptyOut: true},
		{args: []string{"a.txt", "b.txt"}, status: 2, err: "one article at a time", emptyOut: true},
		{args: []string{"--max-size", "-1", "a.txt"}, status: 2, err: "must be positive", emptyOut: true},
		{args: []string{"--tour-delay", "0s", "a.txt"}, status: 2, err: "must be positive", emptyOut: true},
		{args: []string{"--max-size", "lots"}, status: 2, err: "invalid value", emptyOut: true},
	}
	for _, tt := range tests {
		status, out, errOut := factpane(t, "", tt.args...)
		if status != tt.status || !strings.Contains(out, tt.out) || !strings.Contains(errOut, tt.err) {
			t.Errorf("factpane %v: exit %d, stdout %.80q, stderr %.120q", tt.args, status, out, errOut)
		}
		if tt.emptyOut && out != "" || tt.emptyError && errOut != "" {
			t.Errorf("factpane %v: output on the wrong stream: stdout %.80q, stderr %.80q", tt.args, out, errOut)
		}
	}
}

func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	empty := filepath.Join(dir, "empty-dir")
	os.Mkdir(empty, 0o755)
	noArticles := filepath.Join(dir, "no-articles")
	os.Mkdir(noArticles, 0o755)
	os.WriteFile(filepath.Join(noArticles, "photo.jpg"), []byte("\xff\xd8\xff"), 0o644)
	binary := write("a.bin", []byte("\x7fELF\x02\x01\x01\x00\x00\x00"))
	big := write("big.txt", bytes.Repeat([]byte("word "), 1000))
	tests := []struct {
		name   string
		args   []string
		stdin  string
		status int
		err    string // the whole stderr
	}{
		{"missing", []string{filepath.Join(dir, "nope.txt")}, "", 1, "factpane: " + filepath.Join(dir, "nope.txt") + ": no such file\n"},
		{"empty dir", []string{empty}, "", 1, "factpane: " + empty + ": no articles (.txt, .md, .html)\n"},
		{"dir without articles", []string{noArticles}, "", 1, "factpane: " + noArticles + ": no articles (.txt, .md, .html)\n"},
		{"binary", []string{binary}, "", 1, "factpane: " + binary + ": not a text article\n"},
		{"binary stdin", []string{"--json"}, "PK\x03\x04\x00\x00", 1, "factpane: -: not a text article (application/zip)\n"},
		{"over cap", []string{"--max-size", "1024", big}, "", 1, "factpane: " + big + ": 5000 bytes is over the size cap of 1 KiB (see --max-size)\n"},
		{"stdin over cap", []string{"--max-size", "1024", "-"}, strings.Repeat("x", 2000), 1, "factpane: -: larger than the size cap of 1 KiB (see --max-size)\n"},
		{"bad url", []string{"http://"}, "", 1, "factpane: http://: not a valid URL\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, out, errOut := factpane(t, tt.stdin, tt.args...)
			if status != tt.status || errOut != tt.err {
				t.Errorf("exit %d, stderr %q; want %d, %q", status, errOut, tt.status, tt.err)
			}
			if out != "" {
				t.Errorf("stdout %q", out)
			}
		})
	}
}

func TestEmptyArticle(t *testing.T) {
	dir := t.TempDir()
	for _, body := range []string{"", " \n\t\n  \r\n"} {
		path := filepath.Join(dir, "empty.txt")
		os.WriteFile(path, []byte(body), 0o644)
		status, out, errOut := factpane(t, "", "--json", path)
		if status != 0 || errOut != "" {
			t.Fatalf("exit %d: %s", status, errOut)
		}
		a := decodeArticle(t, out, []byte(body))
		if a.Figures == nil || a.People == nil || len(a.Figures)+len(a.People) != 0 {
			t.Errorf("want empty lists, got %s", out)
		}
		if !strings.Contains(out, `"figures": []`) || !strings.Contains(out, `"people": []`) {
			t.Errorf("empty lists must be [], not null: %s", out)
		}
		status, out, _ = factpane(t, "", "--plain", path)
		if status != 0 || !strings.Contains(out, "No figures or people found.") {
			t.Errorf("--plain on an empty article: exit %d, %q", status, out)
		}
	}
}

func TestDirectory(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Storm hits coast\n\nFour people were killed.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "b.md"), []byte("# Fire\n\nTwo people were injured.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "c.txt"), []byte("\x00binary"), 0o644)

	status, out, errOut := factpane(t, "", "--plain", dir)
	if status != 0 || !strings.Contains(out, "Storm hits coast") || !strings.Contains(out, "Fire") {
		t.Errorf("--plain DIR: exit %d, %q", status, out)
	}
	if !strings.Contains(errOut, "factpane: skipped "+filepath.Join(dir, "c.txt")+": not a text article") {
		t.Errorf("a skipped file is not reported: %q", errOut)
	}

	// JSON Lines: each line one whole article, in the --json schema.
	status, out, _ = factpane(t, "", "--json", dir)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	for _, line := range lines {
		var a jsonArticle
		dec := json.NewDecoder(strings.NewReader(line))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&a); err != nil || dec.More() {
			t.Fatalf("--json DIR: line %.120q is not one JSON object: %v", line, err)
		}
	}
	if status != 0 || len(lines) != 2 || !strings.HasSuffix(out, "}\n") {
		t.Errorf("--json DIR: exit %d, %d lines: %q", status, len(lines), out)
	}
}

// hostile is an article that tries to drive the terminal: retitle the
// window, clear the screen, write the clipboard, colour text through an
// 8-bit CSI, plant a hyperlink, ring the bell and back over text.
const hostile = "Storm\x1b]0;pwned\x07 hits coast\n\n" +
	"Four people\x1b[2J\x1b[H were killed\x1b]52;c;cm0gLXJmIH4=\x07 and 30 injured, said Mayor Ann Lee.\n" +
	"\x9b31mRed\x9b0m \u009b1mbold\u009b0m \x1b]8;;http://evil.example\x1b\\link\x1b]8;;\x1b\\ ding\x07 ab\x08\x08cd\r\n"

// terminalControls finds what must never reach the terminal from an
// article: ESC, BEL, backspace, and C1 controls, raw or UTF-8 encoded.
func terminalControls(s string) []string {
	var found []string
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1 && s[i] >= 0x80 && s[i] < 0xa0:
			found = append(found, "raw C1 byte")
		case r == 0x1b || r == 0x07 || r == 0x08:
			found = append(found, strings.ToUpper(string(rune('@'+r))))
		case r >= 0x80 && r < 0xa0:
			found = append(found, "C1 "+string(rune('@'+r-0x80)))
		}
		i += size
	}
	return found
}

func TestHostileArticle(t *testing.T) {
	if c := terminalControls(hostile); len(c) < 10 {
		t.Fatalf("the detector misses the hostile article's controls: %v", c)
	}
	path := filepath.Join(t.TempDir(), "hostile.txt")
	if err := os.WriteFile(path, []byte(hostile), 0o644); err != nil {
		t.Fatal(err)
	}

	t.Run("plain", func(t *testing.T) {
		status, out, _ := factpane(t, "", "--plain", path)
		if status != 0 || !strings.Contains(out, "Mayor") {
			t.Fatalf("exit %d: %s", status, out)
		}
		if c := terminalControls(out); len(c) > 0 {
			t.Errorf("--plain lets %v through:\n%q", c, out)
		}
	})

	t.Run("json", func(t *testing.T) {
		status, out, _ := factpane(t, "", "--json", path)
		if status != 0 {
			t.Fatal(status)
		}
		if c := terminalControls(out); len(c) > 0 {
			t.Errorf("--json lets %v through raw", c)
		}
		a := decodeArticle(t, out, []byte(hostile))
		if a.Text == nil {
			t.Fatal("sanitised text must be in the JSON")
		}
	})

	t.Run("stdin", func(t *testing.T) {
		status, out, _ := factpane(t, hostile, "--plain", "-")
		if status != 0 || len(terminalControls(out)) > 0 {
			t.Errorf("exit %d, controls %v", status, terminalControls(out))
		}
	})

	doc, err := input.Load(path, nil, input.Options{})
	if err != nil {
		t.Fatal(err)
	}
	art := library.Extract(doc)
	keys := []tea.KeyMsg{
		{Type: tea.KeyTab}, {Type: tea.KeyDown}, {Type: tea.KeyEnter},
		{Type: tea.KeyRunes, Runes: []rune("n")}, {Type: tea.KeyRunes, Runes: []rune("?")},
	}
	for _, profile := range []termenv.Profile{termenv.Ascii, termenv.ANSI256} {
		t.Run("tui "+[]string{"truecolor", "ansi256", "ansi", "ascii"}[profile], func(t *testing.T) {
			r := lipgloss.NewRenderer(io.Discard)
			r.SetColorProfile(profile)
			reader := ui.NewReader(ui.Doc{Article: art, Text: doc.Text}, ui.DefaultStyles(r), ui.DefaultKeyMap())
			var m tea.Model = reader
			m, _ = m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
			views := []string{m.View()}
			for _, k := range keys {
				m, _ = m.Update(k)
				views = append(views, m.View())
			}
			for i, v := range views {
				if !strings.Contains(v, "Mayor") {
					t.Fatalf("view %d does not show the article", i)
				}
				// The reader's own styling is SGR (ESC [ ... m) and only
				// that; take it out and nothing may drive the terminal.
				rest := sgr.ReplaceAllString(v, "")
				if c := terminalControls(rest); len(c) > 0 {
					t.Errorf("view %d lets %v through: %q", i, c, rest)
				}
				if profile == termenv.Ascii && rest != v {
					t.Errorf("view %d has escapes under the Ascii profile", i)
				}
			}
		})
	}
}

// sgr matches a Select Graphic Rendition sequence: colours and attributes,
// which move nothing and set no title, clipboard or link.
var sgr = regexp.MustCompile("\x1b\\[[0-9;:]*m")

// TestStreamFillsTheReader follows stdin into the reader the way
// runStreamTUI does, minus the terminal: the article and its facts appear
// while the input is still open, and "loading" goes once it ends.
func TestStreamFillsTheReader(t *testing.T) {
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.Ascii)
	empty := input.Doc{Source: "-"}
	var m tea.Model = ui.NewReader(ui.Doc{Article: library.Extract(empty)}, ui.DefaultStyles(r), ui.DefaultKeyMap())
	m, _ = m.Update(tea.WindowSizeMsg{Width: 100, Height: 12})
	m, _ = m.Update(contentMsg(empty, false))

	pr, pw := io.Pipe()
	msgs := make(chan ui.ContentMsg, 10)
	go func() {
		err := input.Stream("-", pr, input.Options{}, func(d input.Doc, done bool) { msgs <- contentMsg(d, done) })
		if err != nil {
			t.Error(err)
		}
		close(msgs)
	}()
	pw.Write([]byte("Storm hits coast\n\nFour people were killed, said Mayor Ann Lee.\n"))
	m, _ = m.Update(<-msgs)
	view := m.View()
	for _, want := range []string{"Four people were killed", "Four killed", "Ann Lee", "loading"} {
		if !strings.Contains(view, want) {
			t.Errorf("while streaming, the view lacks %q:\n%s", want, view)
		}
	}
	pw.Write([]byte("Later, 200 homes lost power."))
	pw.Close()
	for msg := range msgs {
		m, _ = m.Update(msg)
	}
	view = m.View()
	if !strings.Contains(view, "200 homes lost power") || strings.Contains(view, "loading") {
		t.Errorf("after the end:\n%s", view)
	}
}

// panicReader stands for a bug deep in a load.
type panicReader struct{}

func (panicReader) Read([]byte) (int, error) { panic("boom") }

func TestPanicEndsInOneLine(t *testing.T) {
	var out, errOut bytes.Buffer
	status := run([]string{"--json", "-"}, panicReader{}, &out, &errOut)
	if status != 1 || errOut.String() != "factpane: internal error: boom (please report this)\n" {
		t.Errorf("exit %d, stderr %q", status, errOut.String())
	}
}

// buggy is a model with a bug: a key makes Update panic, and after that
// View panics too.
type buggy struct{ broken bool }

func (b *buggy) Init() tea.Cmd { return nil }
func (b *buggy) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, ok := msg.(tea.KeyMsg); ok {
		b.broken = true
		panic("index out of range")
	}
	return b, nil
}
func (b *buggy) View() string {
	if b.broken {
		panic("nil map")
	}
	return "fine"
}

// TestGuardEndsTheProgramCleanly: a bug in the UI (see ui.Guard) ends
// factpane with the terminal restored and one line, not a stack trace.
func TestGuardEndsTheProgramCleanly(t *testing.T) {
	var screen, errOut bytes.Buffer
	status := runProgram(&buggy{}, func(p *tea.Program) func() {
		go p.Send(tea.KeyMsg{Type: tea.KeyEnter})
		return nil
	}, &errOut, tea.WithInput(nil), tea.WithOutput(&screen), tea.WithoutSignalHandler())
	if status != 1 || errOut.String() != "factpane: internal error: index out of range (please report this)\n" {
		t.Errorf("exit %d, stderr %q", status, errOut.String())
	}
}

// TestHostileFileNames: a file's name reaches the status line, the fact
// sheet and error messages, so it is held to the same rule as the text.
func TestHostileFileNames(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "a\x1b]0;pwned\x07.txt")
	bad := filepath.Join(dir, "b\x1b[2J.txt")
	os.WriteFile(good, []byte("Four people were killed.\n"), 0o644)
	os.WriteFile(bad, []byte("\x00binary"), 0o644)
	for _, args := range [][]string{
		{"--plain", good}, {"--plain", dir}, {"--plain", bad}, {"--json", dir},
		{filepath.Join(dir, "missing\x9b2J\x07")}, {"--bogus\x1b[2J"},
	} {
		_, out, errOut := factpane(t, "", args...)
		if c := terminalControls(out + errOut); len(c) > 0 {
			t.Errorf("factpane %q lets %v through:\n%q\n%q", args, c, out, errOut)
		}
	}
}

func TestFlagsAfterTheArticle(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.txt")
	os.WriteFile(path, []byte("Storm hits coast\n\nFour people were killed.\n"), 0o644)
	status, out, errOut := factpane(t, "", path, "--plain")
	if status != 0 || errOut != "" || !strings.Contains(out, "Four killed") {
		t.Errorf("factpane FILE --plain: exit %d, stdout %q, stderr %q", status, out, errOut)
	}
	status, out, _ = factpane(t, "", path, "--json")
	if status != 0 {
		t.Fatalf("factpane FILE --json: exit %d", status)
	}
	decodeArticle(t, out, []byte("Storm hits coast\n\nFour people were killed.\n"))
}

func TestVersionString(t *testing.T) {
	vcs := func(rev, when, modified string) []debug.BuildSetting {
		return []debug.BuildSetting{{Key: "vcs", Value: "git"}, {Key: "vcs.revision", Value: rev},
			{Key: "vcs.time", Value: when}, {Key: "vcs.modified", Value: modified}}
	}
	tests := []struct {
		stamped string
		info    *debug.BuildInfo
		want    string
	}{
		{"v9.9.9", &debug.BuildInfo{Main: debug.Module{Version: "v1.0.0"}}, "v9.9.9"},
		{"", nil, "devel"},
		// go install github.com/factpane/factpane@v1.2.0: no VCS settings.
		{"", &debug.BuildInfo{Main: debug.Module{Version: "v1.2.0"}}, "v1.2.0"},
		// go build in a checkout.
		{"", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"},
			Settings: vcs("18ac1e6b0c9d2e3f4a5b6c7d8e9f00112233aabb", "2026-01-02T03:04:05Z", "true")},
			"devel (revision 18ac1e6b0c9d, 2026-01-02T03:04:05Z, modified)"},
		{"", &debug.BuildInfo{Main: debug.Module{Version: "v0.0.0-20260102030405-18ac1e6b0c9d"},
			Settings: vcs("18ac1e6b0c9d2e3f4a5b6c7d8e9f00112233aabb", "2026-01-02T03:04:05Z", "false")},
			"v0.0.0-20260102030405-18ac1e6b0c9d (revision 18ac1e6b0c9d, 2026-01-02T03:04:05Z)"},
	}
	for _, tt := range tests {
		if got := versionString(tt.stamped, tt.info); got != tt.want {
			t.Errorf("versionString(%q, %+v) = %q, want %q", tt.stamped, tt.info, got, tt.want)
		}
	}
}
