package library

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factpane/factpane/input"
	"github.com/factpane/factpane/model"
	"github.com/factpane/factpane/samples"
)

func write(t *testing.T, dir, name, text string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestLoadSamplesOnly(t *testing.T) {
	lib, skipped, err := Load(Options{})
	if err != nil || len(skipped) != 0 {
		t.Fatalf("Load: %v %v", err, skipped)
	}
	names := samples.Names()
	if lib.Len() != len(names) {
		t.Fatalf("got %d entries, want %d", lib.Len(), len(names))
	}
	for i, e := range lib.Entries() {
		if e.Name != names[i] {
			t.Errorf("entry %d = %q, want %q", i, e.Name, names[i])
		}
		if e.Article.Source != "sample:"+e.Name {
			t.Errorf("%s: source %q", e.Name, e.Article.Source)
		}
		if e.Title() == "" || e.Text == "" {
			t.Errorf("%s: empty title or text", e.Name)
		}
	}
	e, err := lib.Lookup(samples.Default)
	if err != nil {
		t.Fatal(err)
	}
	if want, _ := samples.Get(samples.Default); e.Text != want {
		t.Error("default sample text differs from the embedded file")
	}
}

func TestLoadDirClashesAndKinds(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, samples.Default+".txt", "A local copy\n\nPolice said 12 people were killed.\n")
	write(t, dir, "budget.txt", "Budget\n\nThe council cut 40 jobs.\n")
	write(t, dir, "budget.md", "# Budget notes\n\nThe council cut 40 jobs.\n")
	write(t, dir, "notes.pdf", "not an article kind")
	write(t, dir, ".hidden.txt", "hidden")
	if err := os.Mkdir(filepath.Join(dir, "sub.txt"), 0o755); err != nil {
		t.Fatal(err)
	}
	lib, skipped, err := Load(Options{Dir: dir})
	if err != nil || len(skipped) != 0 {
		t.Fatalf("Load: %v %v", err, skipped)
	}
	got := map[string]Entry{}
	for _, e := range lib.Entries() {
		if _, dup := got[e.Name]; dup {
			t.Errorf("duplicate name %q", e.Name)
		}
		got[e.Name] = e
	}
	// The sample keeps its name; the clashing file is known by its file name.
	if e := got[samples.Default]; e.Article.Source != "sample:"+samples.Default {
		t.Errorf("%s is %q, want the sample", samples.Default, e.Article.Source)
	}
	if e, ok := got[samples.Default+".txt"]; !ok || e.Title() != "A local copy" || e.Article.Source != samples.Default+".txt" {
		t.Errorf("clashing file entry = %+v", e)
	}
	// Two files with one stem: both reachable by full file name.
	for _, n := range []string{"budget.txt", "budget.md"} {
		if _, ok := got[n]; !ok {
			t.Errorf("missing %q in %v", n, keys(got))
		}
	}
	if _, ok := got["budget"]; ok {
		t.Error("ambiguous stem \"budget\" should not name either file")
	}
	for _, n := range []string{"notes", ".hidden", "sub"} {
		if _, ok := got[n]; ok {
			t.Errorf("%q should not be in the library", n)
		}
	}
	if want := len(samples.Names()) + 3; lib.Len() != want {
		t.Errorf("Len = %d, want %d (%v)", lib.Len(), want, keys(got))
	}
	// Source never reveals the server's directory.
	for _, e := range lib.Entries() {
		if strings.Contains(e.Article.Source, dir) {
			t.Errorf("%s: source %q reveals the directory", e.Name, e.Article.Source)
		}
	}
}

func TestLookupNeverReadsPaths(t *testing.T) {
	dir := t.TempDir()
	outside := filepath.Join(t.TempDir(), "secret.txt")
	write(t, filepath.Dir(outside), "secret.txt", "Secret\n\n99 people were killed.\n")
	write(t, dir, "local.txt", "Local\n")
	lib, _, err := Load(Options{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{
		"../secret", "../secret.txt", outside, "/etc/passwd", "..", "local/../local",
		"nope", "", "LOCAL", "local.txt\x00", "\x1b]0;x\x07",
	} {
		e, err := lib.Lookup(name)
		if err == nil {
			t.Errorf("Lookup(%q) = %q, want an error", name, e.Name)
			continue
		}
		if !errors.Is(err, ErrNotFound) {
			t.Errorf("Lookup(%q) error %v does not wrap ErrNotFound", name, err)
		}
		if strings.ContainsAny(err.Error(), "\x1b\x07\x00") {
			t.Errorf("Lookup(%q) error echoes control bytes: %q", name, err)
		}
	}
	if _, err := lib.Lookup("../secret"); !strings.Contains(err.Error(), "not by path") {
		t.Errorf("path-like name error = %v, want it to say names are not paths", err)
	}
	if e, err := lib.Lookup("local"); err != nil || e.Title() != "Local" {
		t.Errorf("Lookup(local) = %+v, %v", e, err)
	}
}

func TestLoadErrors(t *testing.T) {
	if _, _, err := Load(Options{Dir: filepath.Join(t.TempDir(), "missing")}); err == nil {
		t.Error("missing directory: want an error")
	}
	empty := t.TempDir()
	if _, _, err := Load(Options{Dir: empty, NoSamples: true}); err == nil || !strings.Contains(err.Error(), "no articles") {
		t.Errorf("empty directory: err = %v", err)
	}
	dir := t.TempDir()
	write(t, dir, "big.txt", strings.Repeat("x", 2000))
	write(t, dir, "ok.txt", "Fine\n")
	lib, skipped, err := Load(Options{Dir: dir, NoSamples: true, Input: inputOpts(1000)})
	if err != nil {
		t.Fatal(err)
	}
	if len(skipped) != 1 || !strings.Contains(skipped[0].Error(), "big.txt") {
		t.Errorf("skipped = %v, want big.txt over the cap", skipped)
	}
	if lib.Len() != 1 || lib.Entries()[0].Name != "ok" {
		t.Errorf("entries = %v", lib.Entries())
	}
}

func TestHostileNamesAndTitles(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "evil\x1b[2J\x07.txt", "\x1b]0;pwned\x07Title \x9b31m here\n\n3 people were killed.\n")
	lib, skipped, err := Load(Options{Dir: dir, NoSamples: true})
	if err != nil || len(skipped) != 0 {
		t.Fatalf("Load: %v %v", err, skipped)
	}
	e := lib.Entries()[0]
	for what, s := range map[string]string{"name": e.Name, "title": e.Title(), "headlines": e.Headlines, "text": e.Text} {
		if i := input.ControlAt(s); i >= 0 {
			t.Errorf("%s carries a control byte: %q", what, s)
		}
	}
}

// TestLoadDirOpensWhatTheCommandLineOpens: every extension a single file
// is read by is picked up from a directory too (.text and .xhtml were
// not), and the name of an article stays a title when it has none.
func TestLoadDirOpensWhatTheCommandLineOpens(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a.txt", "b.text", "c.md", "d.markdown", "e.html", "f.htm", "g.xhtml", "h.TXT"} {
		if !input.IsArticleFile(name) {
			t.Errorf("IsArticleFile(%q) = false", name)
		}
		write(t, dir, name, "Police said 12 people were killed.\n")
	}
	write(t, dir, "notes.pdf", "not an article")
	write(t, dir, "blank.txt", "\n")
	lib, skipped, err := Load(Options{Dir: dir, NoSamples: true})
	if err != nil || len(skipped) != 0 {
		t.Fatalf("Load: %v %v", err, skipped)
	}
	if lib.Len() != 9 {
		var names []string
		for _, e := range lib.Entries() {
			names = append(names, e.Name)
		}
		t.Errorf("loaded %v, want the 8 kinds and blank.txt", names)
	}
	if e, err := lib.Lookup("blank"); err != nil || e.Title() != "blank" {
		t.Errorf("an article without a title: %q, %v; want its name", e.Title(), err)
	}
}

// TestLoadSurvivesPanics: a bug that one article trips on a loader
// goroutine skips that article with a one-line error; it does not end the
// process (no recover of the caller's can catch a worker's panic).
func TestLoadSurvivesPanics(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "good.txt", "Good\n\n3 people were killed.\n")
	write(t, dir, "bad.txt", "Bad\n\nThis one trips the bug.\n")
	orig := extract
	t.Cleanup(func() { extract = orig })
	extract = func(doc input.Doc) model.Article {
		if strings.Contains(doc.Text, "trips the bug") {
			panic("index out of range")
		}
		return orig(doc)
	}
	lib, skipped, err := Load(Options{Dir: dir, NoSamples: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(skipped) != 1 || !strings.Contains(skipped[0].Error(), "bad.txt: internal error: index out of range") {
		t.Errorf("skipped = %v, want bad.txt's panic", skipped)
	}
	if lib.Len() != 1 || lib.Entries()[0].Name != "good" {
		t.Errorf("entries = %v, want good only", lib.Entries())
	}
	write(t, dir, "good.txt", "Also trips the bug.\n")
	if _, skipped, err := Load(Options{Dir: dir, NoSamples: true}); err == nil || len(skipped) != 2 {
		t.Errorf("every article failing: err %v, skipped %v", err, skipped)
	}
}

func keys(m map[string]Entry) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

func inputOpts(max int64) input.Options { return input.Options{MaxSize: max} }
