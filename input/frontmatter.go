package input

import (
	"strings"
	"time"

	"github.com/itlightning/dateparse"
)

// meta is what an input states about its article besides the text.
type meta struct {
	title, byline, date string
}

// frontMatter splits off the metadata block that static-site generators
// put at the top of Markdown files (YAML between "---" lines, TOML between
// "+++" lines), which CommonMark would read as a rule and a heading. What
// it says of the title, author and date is returned; the rest of it is not
// article text. Without a closing fence or any "key: value" line it is not
// front matter, and src is kept.
//
// Only the few keys factpane shows are read, and only in the shapes sites
// write them: a scalar (quoted or not), an inline list ["a", "b"], or a
// YAML block list or map under the key ("- a", "name: a").
func frontMatter(src []byte) (m meta, rest []byte) {
	first, body, _ := strings.Cut(string(src[:min(len(src), maxFrontMatter)]), "\n")
	fence, sep := strings.TrimRight(first, "\r"), ":"
	switch fence {
	case "---":
	case "+++":
		sep = "="
	default:
		return meta{}, src
	}
	var authors []string
	n, keys, authorBlock := len(first)+1, 0, false
	for body != "" {
		line, next, _ := strings.Cut(body, "\n")
		n += len(line) + 1
		line = strings.TrimRight(line, "\r")
		if line == fence || fence == "---" && line == "..." {
			if keys == 0 {
				break // a rule and a setext heading, say: text, not metadata
			}
			if m.byline == "" {
				m.byline = strings.Join(authors, ", ")
			}
			m.title, m.byline = OneLine(m.title), OneLine(m.byline)
			m.date = articleDate(m.date)
			return m, src[min(n, len(src)):]
		}
		body = next
		indented := line != "" && (line[0] == ' ' || line[0] == '\t')
		item := strings.TrimSpace(line)
		if indented && authorBlock {
			// A block list or map under the key before: "- Jane Doe",
			// "name: Jane Doe".
			if v, ok := strings.CutPrefix(item, "- "); ok {
				authors = append(authors, scalar(v))
			} else if k, v, ok := strings.Cut(item, ":"); ok && strings.TrimSpace(k) == "name" {
				authors = append(authors, scalar(v))
			}
			continue
		}
		authorBlock = false
		k, v, ok := strings.Cut(line, sep)
		if !ok {
			continue
		}
		keys++
		v = strings.TrimSpace(v)
		switch strings.ToLower(strings.TrimSpace(k)) {
		case "title":
			if m.title == "" {
				m.title = scalar(v)
			}
		case "author", "authors", "byline", "creator":
			authorBlock = v == ""
			authors = append(authors, list(v)...)
		case "date", "published", "publishdate", "publish_date", "pubdate", "published_at", "datepublished":
			if m.date == "" {
				m.date = scalar(v)
			}
		}
	}
	return meta{}, src
}

// maxFrontMatter bounds how much of a file is searched for the end of its
// front matter, so a file that opens with "---" and never closes it is not
// copied whole to find out.
const maxFrontMatter = 64 << 10

// scalar is a YAML or TOML value without its quotes or trailing comment.
func scalar(v string) string {
	v = strings.TrimSpace(v)
	if len(v) >= 2 && (v[0] == '"' || v[0] == '\'') {
		if i := strings.IndexByte(v[1:], v[0]); i >= 0 {
			return v[1 : 1+i]
		}
	}
	if i := strings.Index(v, " #"); i >= 0 {
		v = v[:i]
	}
	return strings.TrimSpace(v)
}

// list is a value that may be an inline list: ["a", "b"] gives a and b,
// a scalar gives itself.
func list(v string) []string {
	v = strings.TrimSpace(v)
	if !strings.HasPrefix(v, "[") || !strings.HasSuffix(v, "]") {
		if s := scalar(v); s != "" {
			return []string{s}
		}
		return nil
	}
	var out []string
	for _, e := range strings.Split(v[1:len(v)-1], ",") {
		if s := scalar(e); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// articleDate writes a date an input states as RFC 3339 when it can be
// read: a date and time with its offset ("2026-03-01T09:30:00+01:00",
// UTC when the input gives no zone), or a bare full-date ("2026-03-01")
// when the input gives no time of day. A date that cannot be read is kept
// as written, on one line.
func articleDate(s string) string {
	s = OneLine(s)
	if s == "" {
		return ""
	}
	if _, err := time.Parse(time.DateOnly, s); err == nil {
		return s
	}
	t, err := dateparse.ParseIn(s, time.UTC)
	if err != nil {
		return s
	}
	return formatDate(t, strings.Contains(s, ":"))
}

// formatDate writes t as RFC 3339, or as a bare date when the source gave
// no time of day (no clock in it, and midnight).
func formatDate(t time.Time, clock bool) string {
	if !clock && t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 && t.Nanosecond() == 0 {
		return t.Format(time.DateOnly)
	}
	return t.Format(time.RFC3339)
}
