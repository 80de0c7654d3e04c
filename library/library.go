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
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

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
	// Input bounds each file read from Dir.
	Input input.Options
}

// Load reads the samples and the articles in opt.Dir and extracts their
// facts, in parallel. A directory that cannot be read is an error; a file
// in it that cannot be loaded is skipped and reported in skipped, so one bad
// file does not keep the rest of the library offline.
func Load(opt Options) (lib *Library, skipped []error, err error) {
	var docs []input.Doc
	var names []string
	if !opt.NoSamples {
		for _, n := range samples.Names() {
			text, ok := samples.Get(n)
			if !ok {
				continue
			}
			docs = append(docs, input.Doc{Source: "sample:" + n, Text: text})
			names = append(names, n)
		}
	}
	var files []string
	if opt.Dir != "" {
		files, err = articleFiles(opt.Dir)
		if err != nil {
			return nil, nil, err
		}
	}
	fileDocs := make([]input.Doc, len(files))
	fileErrs := make([]error, len(files))
	parallel(len(files), func(i int) {
		fileErrs[i] = safely(input.OneLine(filepath.Base(files[i])), func() (err error) {
			fileDocs[i], err = input.Load(files[i], nil, opt.Input)
			return err
		})
	})
	var fileNames []string
	for i, f := range files {
		if fileErrs[i] != nil {
			skipped = append(skipped, fileErrs[i])
			continue
		}
		d := fileDocs[i]
		d.Source = input.Sanitize(filepath.Base(f)) // a file name must not drive the terminal
		docs = append(docs, d)
		fileNames = append(fileNames, filepath.Base(f))
	}
	names = append(names, uniqueNames(names, fileNames)...)
	if len(docs) == 0 {
		return nil, skipped, fmt.Errorf("%s: no articles (.txt, .md, .html)", opt.Dir)
	}

	entries := make([]Entry, len(docs))
	failed := make([]error, len(docs))
	parallel(len(docs), func(i int) {
		failed[i] = safely(docs[i].Source, func() error {
			a := extract(docs[i])
			entries[i] = Entry{
				Name:      names[i],
				Article:   a,
				Text:      docs[i].Text,
				Headlines: sheet.Headlines(a, headlineFigures),
			}
			return nil
		})
	})
	kept := entries[:0]
	for i, e := range entries {
		if failed[i] != nil {
			skipped = append(skipped, failed[i])
			continue
		}
		kept = append(kept, e)
	}
	if len(kept) == 0 {
		return nil, skipped, fmt.Errorf("%s: no articles could be read", opt.Dir)
	}
	return &Library{entries: kept}, skipped, nil
}

// Extract turns a loaded input into its article: the facts parse finds,
// where the text came from, the format's own title when it has one, and the
// text itself when it differs from the input's bytes (so the JSON's offsets
// can be checked). It is what `factpane FILE` does to a single input.
func Extract(doc input.Doc) model.Article {
	return extract(doc)
}

// extract is Extract for Load; a test swaps it for one that panics, to
// check that a bug on one article skips that article only.
var extract = func(doc input.Doc) model.Article {
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

// articleFiles lists the article files directly inside dir, by name.
// Hidden files and subdirectories are left out.
func articleFiles(dir string) ([]string, error) {
	des, err := os.ReadDir(dir)
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, fmt.Errorf("%s: %v", dir, err)
	}
	var files []string
	for _, de := range des {
		name := de.Name()
		if strings.HasPrefix(name, ".") || !input.IsArticleFile(name) {
			continue
		}
		path := filepath.Join(dir, name)
		if st, err := os.Stat(path); err != nil || !st.Mode().IsRegular() {
			continue
		}
		files = append(files, path)
	}
	return files, nil
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
