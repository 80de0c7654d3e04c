package ui

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// renderStatus draws the status line: the title, then the selected fact
// and which of its mentions is current (or the key hints), then the
// position in the article, all fitted to the width.
func (r *Reader) renderStatus() {
	w := r.width
	if !r.lay.hasStatus || w <= 0 {
		r.status = ""
		return
	}
	if r.srch.typing {
		r.status = fitStyled(r.srch.input.View(), w)
		return
	}
	if r.tour.on {
		c := r.caption()
		r.status = r.pt.caption.render(fit(c, ansi.StringWidth(c), w))
		return
	}
	pos := " " + strconv.Itoa(r.art.percent()) + "% "
	switch {
	case r.waiting != "":
		pos = " loading… " // no text: no position in it
	case r.loading:
		pos = "loading… " + pos
	}
	mid := r.hints()
	switch {
	case r.notice != "":
		mid = r.notice
	case r.byMatch && len(r.srch.matches) > 0:
		total := strconv.Itoa(len(r.srch.matches))
		if r.srch.capped {
			total += "+"
		}
		dir := "/"
		if r.srch.back {
			dir = "?"
		}
		mid = "[" + strconv.Itoa(r.srch.cur+1) + "/" + total + "] " + dir + clean(r.srch.query)
	case r.selected >= 0:
		m := r.art.marks
		mid = r.facts[r.selected].text
		if len(m.spans) > 0 {
			// The counter first: a narrow status line cuts the end.
			mid = "[" + strconv.Itoa(m.cur+1) + "/" + strconv.Itoa(len(m.spans)) + "] " + mid
		}
	}
	title := " " + r.title
	if r.lay.headH > 0 {
		title = "" // the header shows it
	}
	posW := ansi.StringWidth(pos)
	room := w - posW
	if room < 2 {
		r.status = r.pt.statusPos.render(fit(pos, posW, w))
		return
	}
	// The title keeps at least half the room; the middle gets the rest.
	titleW := min(ansi.StringWidth(title), room-min(ansi.StringWidth(mid)+2, room/2))
	rest := room - titleW
	var b strings.Builder
	b.WriteString(r.pt.statusTitle.render(fit(title, ansi.StringWidth(title), titleW)))
	if rest > 0 {
		text := ""
		if rest > 6 {
			text = "  " + mid
		}
		b.WriteString(r.pt.statusBar.render(fit(text, ansi.StringWidth(text), rest)))
	}
	b.WriteString(r.pt.statusPos.render(pos))
	r.status = b.String()
}

// hints is the short key help as plain text: the status bar draws it on
// its own background, which bubbles/help's styled output would break.
func (r *Reader) hints() string {
	var parts []string
	for _, k := range r.km.ShortHelp() {
		if k.Enabled() {
			parts = append(parts, k.Help().Key+" "+k.Help().Desc)
		}
	}
	return strings.Join(parts, " · ")
}

// fitStyled truncates or pads an already styled row to exactly n cells.
func fitStyled(s string, n int) string {
	w := ansi.StringWidth(s)
	if w > n {
		s = ansi.Truncate(s, n, "")
		w = ansi.StringWidth(s)
	}
	return s + strings.Repeat(" ", max(n-w, 0))
}
