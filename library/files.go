package library

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/factpane/factpane/input"
	"github.com/factpane/factpane/model"
	"github.com/factpane/factpane/samples"
)

// fileState is what the library knows of its directory.
type fileState struct {
	// reported holds the skip message last reported for each of the
	// directory's entries, so each is told once.
	reported map[string]string
	// names are the names in use by samples and items, which a file's
	// stem yields to; fileNames those files go by, which a new item's
	// name avoids.
	names, fileNames map[string]bool
}

// stamp is what a file was when it was read: a change to it is a reason
// to read it again.
type stamp struct {
	path string
	size int64
	mod  time.Time
}

// addSamples lists the embedded samples and queues their extraction.
func (l *Library) addSamples() {
	for i, n := range samples.Names() {
		if _, ok := samples.Get(n); !ok {
			continue
		}
		s := &slot{kind: kindSample, pos: i, entry: Entry{
			Name: n, Key: "sample:" + n, Pending: true,
			Article: model0("sample:" + n),
		}}
		l.slots[s.entry.Key] = s
		l.useName(n, true)
		l.newJobLocked(s)
	}
	l.reorder = true
}

func (l *Library) sampleJob(s *slot) func(context.Context) (result, error) {
	name := s.entry.Name
	return func(context.Context) (result, error) {
		text, _ := samples.Get(name)
		doc := input.Doc{Source: "sample:" + name, Text: text}
		return result{article: l.extract(doc), text: text}, nil
	}
}

func (l *Library) fileJob(s *slot) func(context.Context) (result, error) {
	name, path, mod := s.file, s.path, s.stamp.mod
	return func(context.Context) (result, error) {
		doc, err := input.Load(path, nil, l.opt.Input)
		if err != nil {
			return result{}, err
		}
		// The file's name in the directory, on one line: it is shown to
		// every client, in sheets, lists and logs.
		doc.Source = input.OneLine(name)
		a := l.extract(doc)
		date := articleDate(a.Date)
		if date.IsZero() {
			date = mod
		}
		return result{article: a, text: doc.Text, date: date}, nil
	}
}

// articleDate reads an article's stated date (RFC 3339, or a bare date);
// zero when it states none that reads.
func articleDate(s string) time.Time {
	for _, layout := range []string{time.RFC3339, time.DateOnly} {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	return time.Time{}
}

// openDir lists the directory, queues its files' reading and starts
// watching it if asked.
func (l *Library) openDir() error {
	files, skips, err := articleFiles(l.opt.Dir, l.opt.OutsideLinks)
	if err != nil {
		return err
	}
	l.mu.Lock()
	reports := l.scannedLocked(files, skips)
	l.mu.Unlock()
	l.report(reports)
	if l.opt.Watch {
		return l.watch()
	}
	return nil
}

// rescan lists the directory again and brings the library in step: new
// files are added, changed ones read again, removed ones removed. A
// directory that cannot be read now (removed, renamed) leaves the
// library as it was.
func (l *Library) rescan() {
	files, skips, err := articleFiles(l.opt.Dir, l.opt.OutsideLinks)
	if err != nil {
		return
	}
	l.mu.Lock()
	reports := l.scannedLocked(files, skips)
	l.mu.Unlock()
	l.report(reports)
}

func (l *Library) report(errs []error) {
	if l.opt.Skipped == nil {
		return
	}
	for _, err := range errs {
		l.opt.Skipped(err)
	}
}

// scannedLocked applies a listing of the directory; it returns the skips
// to report.
func (l *Library) scannedLocked(files []file, skips []*SkipError) (reports []error) {
	seen := make(map[string]bool, len(files))
	changed := false
	for _, f := range files {
		seen[f.name] = true
		key := filePrefix + f.name
		s := l.slots[key]
		st := stamp{path: f.path, size: f.size, mod: f.mod}
		switch {
		case s == nil:
			s = &slot{kind: kindFile, file: f.name, path: f.path, stamp: st, entry: Entry{
				Key: key, Pending: true, Date: f.mod,
				Article: model0(input.OneLine(f.name)),
			}}
			l.slots[key] = s
			changed = true
			l.newJobLocked(s)
		case s.stamp != st:
			s.path, s.stamp = f.path, st
			l.newJobLocked(s)
		}
	}
	for key, s := range l.slots {
		if s.kind == kindFile && !seen[s.file] {
			s.removed = true
			delete(l.slots, key)
			delete(l.files.reported, s.file)
			changed = true
		}
	}
	for _, se := range skips {
		if err := l.skippedLocked(se, nil); err != nil {
			reports = append(reports, err)
		}
	}
	if changed {
		l.reorder = true
		l.nameFilesLocked()
		l.touchLocked()
	}
	return reports
}

// nameFilesLocked names the files listed (and not failed) by their
// stems, or whole names where stems clash (see uniqueNames).
func (l *Library) nameFilesLocked() {
	var fs []*slot
	for _, s := range l.slots {
		if s.kind == kindFile && !s.failed {
			fs = append(fs, s)
		}
	}
	sortFiles(fs)
	taken := make([]string, 0, len(l.files.names))
	for n := range l.files.names {
		taken = append(taken, n)
	}
	names := make([]string, len(fs))
	for i, s := range fs {
		names[i] = s.file
	}
	l.files.fileNames = make(map[string]bool, len(fs))
	for i, n := range uniqueNames(taken, names) {
		fs[i].entry.Name = n
		l.files.fileNames[n] = true
	}
	l.reorder = true
}

func sortFiles(fs []*slot) {
	slices.SortFunc(fs, func(a, b *slot) int { return strings.Compare(a.file, b.file) })
}

// useName marks a sample's or item's name as in use (or free), so that
// files' stems yield to it and no item takes it again.
func (l *Library) useName(n string, used bool) {
	if l.files.names == nil {
		l.files.names = map[string]bool{}
	}
	if used {
		l.files.names[n] = true
	} else {
		delete(l.files.names, n)
	}
}

const (
	filePrefix = "file:"
	itemPrefix = "item:"
)

// model0 is the article of an entry not read yet: where it comes from,
// and empty lists of facts.
func model0(source string) model.Article {
	return model.Article{Source: source, Figures: []model.Figure{}, People: []model.Person{}}
}

// file is an article file of the directory: its name there, the path to
// read it by, and its size and modification time.
type file struct {
	name, path string
	size       int64
	mod        time.Time
}

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
func articleFiles(dir string, outside bool) (files []file, skipped []*SkipError, err error) {
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
			skipped = append(skipped, skip(name, "not a regular file (%s)", modeKind(st.Mode())))
		default:
			files = append(files, file{name: name, path: path, size: st.Size(), mod: st.ModTime()})
		}
	}
	return files, skipped, nil
}

// within reports whether path lies inside dir (both resolved).
func within(dir, path string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

// modeKind names a file mode that is not a regular file's.
func modeKind(m fs.FileMode) string {
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
// (by a sample, an item or another file): then every file with that stem
// is known by its whole file name, so both articles stay reachable and it
// is plain which is which. Names are made printable first: a file name is
// operator input, but it is shown to every client.
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
