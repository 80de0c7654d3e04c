// Package library is the set of articles factpane offers to pick from: the
// embedded samples plus the articles of a directory. The SSH server and the
// local directory picker both read from it.
//
// Everything is read and extracted once, when the library is loaded. After
// that a client's string is only ever compared with the names in the list:
// it is never joined to a path, so no request can make the server read a
// file the operator did not put in the library.
package library

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"syscall"

	"github.com/factpane/factpane/input"
	"github.com/factpane/factpane/model"
	"github.com/factpane/factpane/parse"
	"github.com/factpane/factpane/samples"
	"github.com/factpane/factpane/sheet"
)

// headlineFigures is how many figures an entry's one-line summary shows.
const headlineFigures = 3

// Entry is one article of the library, extracted and ready to show.
type Entry struct {
	// Name is the short name users type: the file stem, or the whole file
	// name when two articles share a stem.
	Name string
	// Article is the extraction, with Source and Title filled in. Its
	// Source says where the article came from: "sample:NAME" or the file's
	// name inside the directory (never the server's full path).
	Article model.Article
	// Text is the text the article's mention offsets index. (Article.Text
	// holds it too, but only for converted input: see Extract.)
	Text string
	// Headlines summarises the article in a few figures:
	// "129 killed · 400+ wounded · 128 raids".
	Headlines string
}

// Title is the article's title on one line (from its format, else its
// first line), or its name when it has none.
func (e Entry) Title() string {
	if t := input.OneLine(e.Article.Title); t != "" {
		return t
	}
	return e.Name
}

// Library is a loaded, read-only list of articles. It is safe for
// concurrent use because nothing changes it after Load.
type Library struct {
	entries []Entry
}

// Options say what to load.
type Options struct {
	// Dir is a directory of articles to add to the samples; "" for none.
	Dir string
	// NoSamples leaves the embedded samples out (a local directory picker
	// shows only the directory).
	NoSamples bool
	// OutsideLinks also loads the files that symbolic links in Dir point
	// to outside it. Without it only files whose resolved path lies in Dir
	// are loaded: the server shows its library to anyone, and a link to
	// /etc/passwd must not put the server's own files in front of them.
	OutsideLinks bool
	// Input bounds each file read from Dir.
	Input input.Options

	// extract stands in for Extract in tests.
	extract func(input.Doc) model.Article
}

// SkipError says why an entry of the directory is not in the library: it
// could not be read or extracted, or it is not a file the library serves
// (a FIFO, a device, a link loop, a link to nothing or to outside the
// directory). Its message is one sanitised line.
type SkipError struct {
	// Name is the entry's name in the directory, on one line: what a
	// watcher would key its "already reported" set by.
	Name string
	err  error
}

func (e *SkipError) Error() string { return input.OneLine(e.err.Error()) }
func (e *SkipError) Unwrap() error { return e.err }

func skip(name string, format string, args ...any) *SkipError {
	n := input.OneLine(name)
	return &SkipError{Name: n, err: fmt.Errorf("%s: "+format, append([]any{n}, args...)...)}
}

// Load reads the samples and the articles in opt.Dir and extracts their
// facts, on every core (see parallel), in a fixed order: samples first,
// then the directory's files by name. A directory that cannot be read is
// an error; an entry of it that is not loaded is reported in skipped (as
// a *SkipError), once, so one bad file does not keep the rest of the
// library offline.
func Load(opt Options) (lib *Library, skipped []error, err error) {
	extract := opt.extract
	if extract == nil {
		extract = Extract
	}
	type item struct {
		name, path string // path is "" for a sample
		doc        input.Doc
	}
	var items []item
	if !opt.NoSamples {
		for _, n := range samples.Names() {
			if text, ok := samples.Get(n); ok {
				items = append(items, item{name: n, doc: input.Doc{Source: "sample:" + n, Text: text}})
			}
		}
	}
	if opt.Dir != "" {
		files, skips, err := articleFiles(opt.Dir, opt.OutsideLinks)
		if err != nil {
			return nil, nil, err
		}
		skipped = append(skipped, skips...)
		for _, f := range files {
			items = append(items, item{name: f.name, path: f.path})
		}
	}

	// Each item is read (a file) and extracted on a worker; results keep
	// the items' order.
	entries := make([]Entry, len(items))
	failed := make([]error, len(items))
	parallel(len(items), func(i int) {
		it := items[i]
		failed[i] = safely(input.OneLine(it.name), func() (err error) {
			doc := it.doc
			if it.path != "" {
				if doc, err = input.Load(it.path, nil, opt.Input); err != nil {
					return err
				}
				// The file's name in the directory, on one line: it is
				// shown to every client, in sheets, lists and logs.
				doc.Source = input.OneLine(it.name)
			}
			a := extract(doc)
			entries[i] = Entry{Article: a, Text: doc.Text, Headlines: sheet.Headlines(a, headlineFigures)}
			return nil
		})
	})
	var kept []Entry
	var sampleNames, fileNames []string
	for i, it := range items {
		if failed[i] != nil {
			skipped = append(skipped, &SkipError{Name: input.OneLine(it.name), err: failed[i]})
			continue
		}
		kept = append(kept, entries[i])
		if it.path == "" {
			sampleNames = append(sampleNames, it.name)
		} else {
			fileNames = append(fileNames, it.name)
		}
	}
	for i, n := range append(sampleNames, uniqueNames(sampleNames, fileNames)...) {
		kept[i].Name = n
	}
	if len(kept) == 0 {
		if len(items) == 0 {
			return nil, skipped, fmt.Errorf("%s: no articles (.txt, .md, .html)", input.OneLine(opt.Dir))
		}
		return nil, skipped, fmt.Errorf("%s: no articles could be read", input.OneLine(opt.Dir))
	}
	return &Library{entries: kept}, skipped, nil
}

// Extract turns a loaded input into its article: the facts parse finds,
// where the text came from, the format's own title when it has one, and the
// text itself when it differs from the input's bytes (so the JSON's offsets
// can be checked). It is what `factpane FILE` does to a single input.
func Extract(doc input.Doc) model.Article {
	found := parse.Extract(doc.Text)
	a := describe(doc, found.Title)
	a.Figures, a.People = found.Figures, found.People
	return a
}

// Describe is the article doc holds before its facts are found: what the
// reader shows at once while a long article is still being extracted.
// Its figures and people are empty lists.
func Describe(doc input.Doc) model.Article {
	return describe(doc, parse.Title(doc.Text))
}

// describe fills in all but the facts; title is the text's own, used
// when the input's format states none.
func describe(doc input.Doc, title string) model.Article {
	a := model.Article{Source: doc.Source, Title: title, Figures: []model.Figure{}, People: []model.Person{}}
	if doc.Title != "" {
		a.Title = doc.Title
	}
	if doc.Converted {
		a.Text = doc.Text
	}
	a.URL, a.Byline, a.Date, a.Site = doc.URL, doc.Byline, doc.Date, doc.Site
	a.Links, a.Headings = doc.Links, doc.Headings
	return a
}

// Entries lists the library in order: samples first (the default sample
// leading), then the directory's files by name. The slice is shared; do not
// modify it.
func (l *Library) Entries() []Entry { return l.entries }

// Len is the number of articles.
func (l *Library) Len() int { return len(l.entries) }

// ErrNotFound is wrapped by Lookup's error for a name not in the library.
var ErrNotFound = errors.New("no such article")

// Lookup finds an article by its name. The name is compared with the list,
// never used as a path; a name that looks like a path gets an error saying
// so, because names never contain a path.
func (l *Library) Lookup(name string) (Entry, error) {
	for _, e := range l.entries {
		if e.Name == name {
			return e, nil
		}
	}
	shown := input.OneLine(name)
	if len(shown) > 80 {
		shown = shown[:77] + "..."
	}
	if strings.ContainsAny(name, `/\`) || strings.HasPrefix(name, "..") {
		return Entry{}, fmt.Errorf("%q: %w: articles are known by name, not by path (try `list`)", shown, ErrNotFound)
	}
	return Entry{}, fmt.Errorf("%q: %w in the library (try `list`)", shown, ErrNotFound)
}

// file is an article file of the directory: its name there, and the path
// to read it by.
type file struct{ name, path string }

// articleFiles lists the article files directly inside dir, by name.
// Hidden entries, subdirectories and names that are not articles' are
// left out without a word; entries with an article's name that are not
// served are reported in skipped: FIFOs and devices (reading one could
// block, or never end), symbolic link loops, links to nothing and, unless
// outside is set, links to files outside dir.
//
// A link is read by its resolved path, the one checked. (input.Load opens
// it by name, so someone who can write to dir while it is read could still
// swap a checked file for a link; the directory is the operator's.)
func articleFiles(dir string, outside bool) (files []file, skipped []error, err error) {
	des, err := os.ReadDir(dir)
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, nil, fmt.Errorf("%s: %v", input.OneLine(dir), err)
	}
	base, err := filepath.EvalSymlinks(dir)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %v", input.OneLine(dir), err)
	}
	for _, de := range des {
		name := de.Name()
		if strings.HasPrefix(name, ".") || !input.IsArticleFile(name) {
			continue
		}
		path := filepath.Join(dir, name)
		if de.Type()&fs.ModeSymlink != 0 {
			// Stat tells loops and links to nothing apart (EvalSymlinks
			// does not); EvalSymlinks gives the path to check and read.
			_, err := os.Stat(path)
			var resolved string
			if err == nil {
				resolved, err = filepath.EvalSymlinks(path)
			}
			switch {
			case errors.Is(err, syscall.ELOOP):
				skipped = append(skipped, skip(name, "a symbolic link loop"))
				continue
			case errors.Is(err, fs.ErrNotExist):
				target, _ := os.Readlink(path)
				skipped = append(skipped, skip(name, "a symbolic link to %s, which does not exist", target))
				continue
			case err != nil:
				skipped = append(skipped, skip(name, "%v", unwrapPath(err)))
				continue
			case !outside && !within(base, resolved):
				skipped = append(skipped, skip(name, "a symbolic link to %s, outside the library (pass --outside-links to serve it)", resolved))
				continue
			}
			path = resolved
		}
		st, err := os.Stat(path)
		switch {
		case err != nil:
			skipped = append(skipped, skip(name, "%v", unwrapPath(err)))
		case st.IsDir():
			// A subdirectory named like an article: not read, by design.
		case !st.Mode().IsRegular():
			skipped = append(skipped, skip(name, "not a regular file (%s)", kind(st.Mode())))
		default:
			files = append(files, file{name: name, path: path})
		}
	}
	return files, skipped, nil
}

// within reports whether path lies inside dir (both resolved).
func within(dir, path string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

// kind names a file mode that is not a regular file's.
func kind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a FIFO"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a device"
	}
	return m.Type().String()
}

// unwrapPath drops an *fs.PathError's path, which names the server's
// directory: the entry's name says which it is.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// uniqueNames gives each file its stem as a name unless the stem is taken
// (by a sample or by another file): then every file with that stem is known
// by its whole file name, so both articles stay reachable and it is plain
// which is which. Names are made printable first: a file name is operator
// input, but it is shown to every client.
func uniqueNames(taken []string, files []string) []string {
	used := make(map[string]bool, len(taken)+len(files))
	for _, n := range taken {
		used[n] = true
	}
	stems := make(map[string]int, len(files))
	for _, f := range files {
		stems[stem(f)]++
	}
	names := make([]string, len(files))
	for i, f := range files {
		n := stem(f)
		if used[n] || stems[n] > 1 {
			n = input.OneLine(f)
		}
		for k := 2; used[n]; k++ {
			n = fmt.Sprintf("%s-%d", input.OneLine(f), k)
		}
		used[n] = true
		names[i] = n
	}
	return names
}

func stem(file string) string {
	return input.OneLine(strings.TrimSuffix(file, filepath.Ext(file)))
}

// safely runs f, turning a panic in it into an error about the article
// named what. Load runs on worker goroutines, where a panic would escape
// any recover of the caller's and end the process: a bug one file trips
// must skip that file, as an unreadable one is, and not take the server or
// the picker down.
func safely(what string, f func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s: internal error: %v (please report this)", what, r)
		}
	}()
	return f()
}

// parallel runs f(0..n-1) on up to GOMAXPROCS goroutines.
func parallel(n int, f func(int)) {
	workers := min(runtime.GOMAXPROCS(0), n)
	var wg sync.WaitGroup
	next := make(chan int)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				f(i)
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}
