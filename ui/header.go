package ui

import (
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/factpane/factpane/model"
)

// minArticleRows is the least the article keeps when the header takes its
// rows: below it the header is left out (the status line still names the
// article).
const minArticleRows = 8

// header is what is drawn above the article: its title, and a line of
// what the input says of it (byline, date, the publication's name, where
// it came from).
type header struct {
	title string
	meta  string
}

// headerOf reads a's header, made safe to draw: titles and bylines come
// from the article, and nothing from it may reach the terminal raw.
func headerOf(a model.Article) header {
	title := a.Title
	if title == "" {
		title = a.Source
	}
	if title == "" {
		title = "(untitled)"
	}
	var meta []string
	if a.Byline != "" {
		meta = append(meta, a.Byline)
	}
	if a.Date != "" {
		meta = append(meta, readableDate(a.Date))
	}
	if a.Site != "" && a.Site != title {
		meta = append(meta, a.Site)
	}
	switch src := a.Source; {
	case a.URL != "" && a.URL == title:
	case a.URL != "":
		meta = append(meta, a.URL)
	case strings.HasPrefix(src, "sample:"):
		meta = append(meta, "sample "+strings.TrimPrefix(src, "sample:"))
	case src == "-":
		meta = append(meta, "standard input")
	case src != "" && src != title:
		meta = append(meta, src)
	}
	return header{title: oneLine(title), meta: oneLine(strings.Join(meta, " · "))}
}

// readableDate writes an RFC 3339 date as a reader would say it ("2
// January 2026", with the time when it has one); any other date as given.
func readableDate(d string) string {
	t, err := time.Parse(time.RFC3339, d)
	if err != nil {
		return d
	}
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 {
		return t.Format("2 January 2006")
	}
	return t.Format("2 January 2006, 15:04 MST")
}

// oneLine collapses s's whitespace to single spaces and draws it safely.
func oneLine(s string) string { return clean(strings.Join(strings.Fields(s), " ")) }

// rows is how many rows the header takes: the title, the meta line if
// any, and a rule under them.
func (h header) rows() int {
	if h.meta == "" {
		return 2
	}
	return 3
}

// renderHeader draws the header for the layout, each row exactly as wide
// as the article pane, the text where the article's text is, cut with an
// ellipsis when it is too long.
func (r *Reader) renderHeader() {
	r.headRows = r.headRows[:0]
	if r.lay.headH == 0 {
		return
	}
	w, margin := r.lay.artW, r.art.margin
	tw := max(w-2*margin, 0)
	pad := strings.Repeat(" ", margin)
	row := func(p paint, s string) string {
		s = fit(s, ansi.StringWidth(s), tw)
		return pad + p.render(s) + strings.Repeat(" ", max(w-margin-tw, 0))
	}
	r.headRows = append(r.headRows, row(r.pt.title, r.head.title))
	if r.head.meta != "" {
		r.headRows = append(r.headRows, row(r.pt.byline, r.head.meta))
	}
	r.headRows = append(r.headRows, row(r.pt.separator, strings.Repeat("─", tw)))
}
