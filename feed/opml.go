package feed

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"golang.org/x/net/html/charset"

	"github.com/factpane/factpane/input"
)

// OPML is the format feed readers exchange subscriptions in:
//
//	<opml version="2.0"><body>
//	  <outline text="World">
//	    <outline type="rss" text="Example News" xmlUrl="https://..." category="politics"/>
//	  </outline>
//	</body></opml>
//
// A folder (an outline without xmlUrl) is a tag of every feed inside it,
// nested folders giving one tag each, and the category attribute's
// comma-separated entries (their last path segment) are tags too.

type opmlDoc struct {
	XMLName xml.Name    `xml:"opml"`
	Version string      `xml:"version,attr"`
	Title   string      `xml:"head>title"`
	Body    []opmlEntry `xml:"body>outline"`
}

type opmlEntry struct {
	Text     string      `xml:"text,attr"`
	Title    string      `xml:"title,attr,omitempty"`
	Type     string      `xml:"type,attr,omitempty"`
	XMLURL   string      `xml:"xmlUrl,attr,omitempty"`
	HTMLURL  string      `xml:"htmlUrl,attr,omitempty"`
	Category string      `xml:"category,attr,omitempty"`
	Children []opmlEntry `xml:"outline"`
}

// ReadOPML reads the subscriptions of an OPML file. Outlines whose xmlUrl
// is not an http(s) URL are reported (joined) and skipped; the rest are
// returned. A feed listed twice is kept once, with the tags of both.
func ReadOPML(r io.Reader) ([]Feed, error) {
	var doc opmlDoc
	d := xml.NewDecoder(r)
	d.Strict = false
	d.Entity = xml.HTMLEntity
	d.CharsetReader = charset.NewReaderLabel
	if err := d.Decode(&doc); err != nil {
		var se *xml.SyntaxError
		if errors.As(err, &se) {
			return nil, fmt.Errorf("malformed OPML at line %d: %s", se.Line, input.OneLine(cut(se.Msg, 200)))
		}
		return nil, fmt.Errorf("not an OPML file: %s", input.OneLine(cut(err.Error(), 200)))
	}
	var feeds []Feed
	var errs []error
	index := make(map[string]int)
	var walk func(es []opmlEntry, tags []string)
	walk = func(es []opmlEntry, tags []string) {
		for _, e := range es {
			text := strings.TrimSpace(e.Text)
			if text == "" {
				text = strings.TrimSpace(e.Title)
			}
			if strings.TrimSpace(e.XMLURL) == "" {
				folder := tags
				if t := input.OneLine(text); t != "" {
					folder = append(append([]string(nil), tags...), t)
				}
				walk(e.Children, folder)
				continue
			}
			u := strings.TrimSpace(e.XMLURL)
			if resolve(nil, u) == "" {
				errs = append(errs, fmt.Errorf("outline %q: %q is not an http(s) URL", input.OneLine(cut(text, 80)), input.OneLine(cut(u, 200))))
				continue
			}
			f := Feed{URL: u, Tags: append([]string(nil), tags...)}
			if text != u {
				f.Name = input.OneLine(text)
			}
			for _, c := range strings.Split(e.Category, ",") {
				c = strings.Trim(strings.TrimSpace(c), "/")
				if i := strings.LastIndexByte(c, '/'); i >= 0 {
					c = c[i+1:]
				}
				if c = input.OneLine(c); c != "" {
					f.Tags = append(f.Tags, c)
				}
			}
			if i, ok := index[u]; ok {
				feeds[i].Tags = append(feeds[i].Tags, f.Tags...)
				feeds[i].Tags = dedupe(feeds[i].Tags)
				continue
			}
			f.Tags = dedupe(f.Tags)
			index[u] = len(feeds)
			feeds = append(feeds, f)
		}
	}
	walk(doc.Body, nil)
	return feeds, errors.Join(errs...)
}

// WriteOPML writes feeds as OPML 2.0: each feed in a folder named by its
// first tag (as readers show folders), its other tags in its category
// attribute, so ReadOPML gives the same feeds back.
func WriteOPML(w io.Writer, title string, feeds []Feed) error {
	doc := opmlDoc{Version: "2.0", Title: title}
	folders := make(map[string]int)
	for _, f := range feeds {
		e := opmlEntry{Text: f.Name, Type: "rss", XMLURL: f.URL}
		if e.Text == "" {
			e.Text = f.URL
		} else {
			e.Title = f.Name
		}
		if len(f.Tags) == 0 {
			doc.Body = append(doc.Body, e)
			continue
		}
		e.Category = strings.Join(f.Tags[1:], ",")
		i, ok := folders[f.Tags[0]]
		if !ok {
			i = len(doc.Body)
			folders[f.Tags[0]] = i
			doc.Body = append(doc.Body, opmlEntry{Text: f.Tags[0]})
		}
		doc.Body[i].Children = append(doc.Body[i].Children, e)
	}
	var b bytes.Buffer
	b.WriteString(xml.Header)
	enc := xml.NewEncoder(&b)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return err
	}
	b.WriteByte('\n')
	_, err := w.Write(b.Bytes())
	return err
}

// dedupe removes repeated strings, keeping the first of each.
func dedupe(ss []string) []string {
	seen := make(map[string]bool, len(ss))
	out := ss[:0]
	for _, s := range ss {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}
