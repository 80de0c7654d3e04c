package feed

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/factpane/factpane/input"
)

// Feed is a subscription: a line of the feeds file.
type Feed struct {
	// URL is the feed's http(s) address.
	URL string `json:"url"`
	// Name is what the user calls the feed ("~Name" in the feeds file);
	// "" to use the feed's own title.
	Name string `json:"name,omitempty"`
	// Tags group feeds (a picker's sections, OPML folders).
	Tags []string `json:"tags,omitempty"`
}

// Label names the feed in lists and messages, on one safe line: its Name,
// else title (the feed's own, when known), else its URL.
func (f Feed) Label(title string) string {
	for _, s := range []string{f.Name, title, f.URL} {
		if s = input.OneLine(s); s != "" {
			return s
		}
	}
	return "(feed)"
}

// DefaultListPath is the feeds file: $XDG_CONFIG_HOME/factpane/feeds (or
// the system's config directory's factpane/feeds).
func DefaultListPath() (string, error) {
	d, err := os.UserConfigDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(d, "factpane", "feeds"), nil
}

// LineError is a problem on one line of a feeds file.
type LineError struct {
	File string
	Line int
	Err  error
}

func (e *LineError) Error() string {
	return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
}

func (e *LineError) Unwrap() error { return e.Err }

// ParseList reads a feeds file, newsboat's "urls" format:
//
//	# comment
//	https://example.com/feed.xml
//	https://example.com/atom.xml "~Example News" world "long tag"
//
// Each line is a URL, then tags separated by spaces; a tag in double
// quotes may hold spaces (\" and \\ escape), and a tag starting with ~ is
// the feed's name instead. A # outside quotes at the start of a word
// begins a comment. Bad lines are reported as *LineError values (joined),
// and the good lines are still returned, so one typo does not empty a
// library. name is the file's name for messages.
func ParseList(name string, r io.Reader) ([]Feed, error) {
	var feeds []Feed
	var errs []error
	seen := make(map[string]int)
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		f, err := parseLine(sc.Text())
		switch {
		case err != nil:
			errs = append(errs, &LineError{name, n, err})
		case f.URL == "":
		case seen[f.URL] != 0:
			errs = append(errs, &LineError{name, n, fmt.Errorf("%s is already on line %d", f.URL, seen[f.URL])})
		default:
			seen[f.URL] = n
			feeds = append(feeds, f)
		}
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, fmt.Errorf("%s: %v", name, err))
	}
	return feeds, errors.Join(errs...)
}

// LoadList reads the feeds file at path.
func LoadList(path string) ([]Feed, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%s: no feeds file (one feed URL a line; or import an OPML file)", input.Sanitize(path))
	}
	if err != nil {
		return nil, err
	}
	return ParseList(input.Sanitize(path), bytes.NewReader(b))
}

// parseLine reads one line; a blank or comment line gives a Feed without
// a URL.
func parseLine(line string) (Feed, error) {
	words, err := splitWords(line)
	if err != nil || len(words) == 0 {
		return Feed{}, err
	}
	u := words[0]
	lower := strings.ToLower(u)
	switch {
	case strings.HasPrefix(lower, "query:"):
		return Feed{}, errors.New("query feeds are not supported")
	case strings.HasPrefix(lower, "exec:"), strings.HasPrefix(lower, "filter:"):
		return Feed{}, errors.New("exec: and filter: feeds are not supported")
	case !input.IsURL(u) || resolve(nil, u) == "" || strings.ContainsAny(u, " \t\"\\") || input.ControlAt(u) >= 0:
		return Feed{}, fmt.Errorf("%q is not an http(s) URL", input.OneLine(cut(u, 200)))
	}
	f := Feed{URL: u}
	for _, w := range words[1:] {
		w = input.OneLine(w)
		if name, ok := strings.CutPrefix(w, "~"); ok {
			f.Name = input.OneLine(name)
		} else if w != "" {
			f.Tags = append(f.Tags, w)
		}
	}
	return f, nil
}

// splitWords splits a line at spaces outside double quotes, stopping at a
// comment.
func splitWords(line string) ([]string, error) {
	var words []string
	var w strings.Builder
	inWord, quoted := false, false
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case quoted && c == '\\' && i+1 < len(line):
			i++
			w.WriteByte(line[i])
		case quoted && c == '"':
			quoted = false
		case quoted:
			w.WriteByte(c)
		case c == '"':
			quoted, inWord = true, true
		case c == ' ' || c == '\t' || c == '\r':
			if inWord {
				words = append(words, w.String())
				w.Reset()
				inWord = false
			}
		case c == '#' && !inWord:
			return words, nil
		default:
			inWord = true
			w.WriteByte(c)
		}
	}
	if quoted {
		return nil, errors.New("a quote is not closed")
	}
	if inWord {
		words = append(words, w.String())
	}
	return words, nil
}

// FormatList writes feeds in the feeds file's format, one a line, that
// ParseList reads back to the same feeds.
func FormatList(feeds []Feed) []byte {
	var b bytes.Buffer
	for _, f := range feeds {
		b.WriteString(f.URL)
		if f.Name != "" {
			b.WriteByte(' ')
			b.WriteString(quoteWord("~" + f.Name))
		}
		for _, t := range f.Tags {
			b.WriteByte(' ')
			b.WriteString(quoteWord(t))
		}
		b.WriteByte('\n')
	}
	return b.Bytes()
}

// quoteWord quotes a tag or name when it would not read back as one word.
func quoteWord(s string) string {
	if s != "" && s != "~" && !strings.ContainsAny(s, " \t\"\\#") {
		return s
	}
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`)
	return `"` + r.Replace(s) + `"`
}

// AddToList appends to the feeds file at path (creating it and its
// directory) the feeds it does not already hold, keeping its lines and
// comments, and returns how many it added.
func AddToList(path string, feeds []Feed) (int, error) {
	old, err := os.ReadFile(path)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return 0, err
	}
	have, _ := ParseList(path, bytes.NewReader(old))
	known := make(map[string]bool, len(have))
	for _, f := range have {
		known[f.URL] = true
	}
	var add []Feed
	for _, f := range feeds {
		if !known[f.URL] {
			known[f.URL] = true
			add = append(add, f)
		}
	}
	if len(add) == 0 {
		return 0, nil
	}
	if len(old) > 0 && old[len(old)-1] != '\n' {
		old = append(old, '\n')
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return 0, err
	}
	return len(add), writeFileAtomic(path, append(old, FormatList(add)...))
}
