package library

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/factpane/factpane/input"
	"github.com/factpane/factpane/model"
	"github.com/factpane/factpane/samples"
	"github.com/factpane/factpane/sheet"
)

func write(t testing.TB, dir, name, text string) {
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
	buggy := func(doc input.Doc) model.Article {
		if strings.Contains(doc.Text, "trips the bug") {
			panic("index out of range")
		}
		return Extract(doc)
	}
	lib, skipped, err := Load(Options{Dir: dir, NoSamples: true, extract: buggy})
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
	if _, skipped, err := Load(Options{Dir: dir, NoSamples: true, extract: buggy}); err == nil || len(skipped) != 2 {
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

// TestLinksAndSpecialFiles: only files whose resolved path is in the
// directory are served; links to outside it, loops, links to nothing and
// FIFOs are skipped, each reported once on one line, and a FIFO does not
// hang the load. OutsideLinks lets outside links in.
func TestLinksAndSpecialFiles(t *testing.T) {
	root := t.TempDir()
	dir := filepath.Join(root, "articles")
	outside := filepath.Join(root, "outside")
	for _, d := range []string{dir, outside} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	const secret = "SECRET-7f3a"
	write(t, outside, "secret.txt", secret+"\n\n12 people were killed.\n")
	write(t, dir, "inside.txt", "Inside\n\n3 people were killed.\n")
	links := map[string]string{
		"alias.txt":    "inside.txt",                         // relative, inside
		"abs.txt":      filepath.Join(dir, "inside.txt"),     // absolute, inside
		"secret.txt":   "../outside/secret.txt",              // relative, outside
		"absecret.txt": filepath.Join(outside, "secret.txt"), // absolute, outside
		"loop.txt":     "loop.txt",
		"gone.txt":     "nowhere.txt",
		"null.txt":     "/dev/null",
	}
	for name, target := range links {
		if err := os.Symlink(target, filepath.Join(dir, name)); err != nil {
			t.Fatal(err)
		}
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "fifo.txt"), 0o644); err != nil {
		t.Fatal(err)
	}
	load := func(opt Options) (map[string]Entry, map[string]string) {
		t.Helper()
		done := make(chan struct{})
		var lib *Library
		var skipped []error
		var err error
		go func() { lib, skipped, err = Load(opt); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Fatal("Load hangs (on the FIFO?)")
		}
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]Entry{}
		for _, e := range lib.Entries() {
			got[e.Name] = e
			if !opt.OutsideLinks && strings.Contains(e.Text, secret) {
				t.Errorf("%s serves the file outside the library", e.Name)
			}
		}
		why := map[string]string{}
		for _, err := range skipped {
			var se *SkipError
			if !errors.As(err, &se) {
				t.Errorf("skipped %v is not a *SkipError", err)
				continue
			}
			if _, dup := why[se.Name]; dup {
				t.Errorf("%s reported twice", se.Name)
			}
			why[se.Name] = err.Error()
			if strings.Contains(err.Error(), "\n") || !strings.HasPrefix(err.Error(), se.Name+": ") {
				t.Errorf("skip message %q: want one line naming the entry", err.Error())
			}
		}
		return got, why
	}

	got, why := load(Options{Dir: dir, NoSamples: true})
	if len(got) != 3 || got["inside"].Title() != "Inside" || got["alias"].Title() != "Inside" || got["abs"].Title() != "Inside" {
		t.Errorf("served %v, want inside and its two links", keys(got))
	}
	for name, reason := range map[string]string{
		"secret.txt":   "outside the library",
		"absecret.txt": "outside the library",
		"null.txt":     "outside the library",
		"loop.txt":     "symbolic link loop",
		"gone.txt":     "nowhere.txt, which does not exist",
		"fifo.txt":     "not a regular file (a FIFO)",
	} {
		if !strings.Contains(why[name], reason) {
			t.Errorf("%s: skipped with %q, want %q", name, why[name], reason)
		}
	}
	if len(why) != 6 {
		t.Errorf("skipped %v, want 6", why)
	}

	// With OutsideLinks the outside file is served; the rest stay out.
	got, why = load(Options{Dir: dir, NoSamples: true, OutsideLinks: true})
	if e, ok := got["secret"]; !ok || !strings.Contains(e.Text, secret) {
		t.Errorf("OutsideLinks: served %v, want the outside file too", keys(got))
	}
	if !strings.Contains(why["null.txt"], "not a regular file (a character device)") || len(why) != 4 {
		t.Errorf("OutsideLinks: skipped %v", why)
	}

	// The directory itself may be a link: what is inside it is inside.
	linked := filepath.Join(root, "linked")
	os.Symlink(dir, linked)
	if got, _ := load(Options{Dir: linked, NoSamples: true}); len(got) != 3 {
		t.Errorf("through a linked directory: served %v", keys(got))
	}
}

// TestNamesAreOneLine: a file name with line breaks cannot forge lines in
// the fact sheet (a fake Casualties section), a list or a log.
func TestNamesAreOneLine(t *testing.T) {
	dir := t.TempDir()
	evil := "evil\n\nCasualties\n  999 killed\r\u2028.txt"
	write(t, dir, evil, "Quiet day\n\nNothing happened.\n")
	write(t, dir, "big\nname.txt", strings.Repeat("x", 2000))
	lib, skipped, err := Load(Options{Dir: dir, NoSamples: true, Input: inputOpts(1000)})
	if err != nil {
		t.Fatal(err)
	}
	e := lib.Entries()[0]
	for what, s := range map[string]string{"name": e.Name, "source": e.Article.Source, "title": e.Title()} {
		if strings.ContainsAny(s, "\n\r\u2028") {
			t.Errorf("%s %q is not one line", what, s)
		}
	}
	if e.Name != "evil Casualties 999 killed" {
		t.Errorf("name %q", e.Name)
	}
	var out strings.Builder
	if err := sheet.Write(&out, e.Article); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out.String(), "\nCasualties") || !strings.Contains(out.String(), "\nsource: evil Casualties 999 killed .txt\n") {
		t.Errorf("the sheet carries the name's lines:\n%s", out.String())
	}
	if len(skipped) != 1 || strings.Contains(skipped[0].Error(), "\n") {
		t.Errorf("skipped %q: want one line", skipped)
	}
}
