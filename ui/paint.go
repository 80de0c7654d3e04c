package ui

import (
	"strings"

	"github.com/charmbracelet/lipgloss"
)

// paint is a style reduced to the escape sequences around its text. Styles
// convert colours for the terminal's profile on every Render, which costs
// more than all the rest of a frame; a reader resolves its styles once into
// paints and draws rows by concatenation.
type paint struct{ open, close string }

// paintOf resolves st. It holds for styles with no padding, margins,
// borders or width, which are all the reader draws text runs with.
func paintOf(st lipgloss.Style) paint {
	const probe = "x"
	s := st.Render(probe)
	i := strings.Index(s, probe)
	if i < 0 {
		return paint{}
	}
	return paint{open: s[:i], close: s[i+len(probe):]}
}

// render wraps s, a single line, in the paint.
func (p paint) render(s string) string {
	if p.open == "" && p.close == "" {
		return s
	}
	return p.open + s + p.close
}

// paints are the reader's Styles resolved once.
type paints struct {
	mention, current, match, currentMatch paint
	link, articleHeading, title, byline   paint
	separator, separatorFocus             paint
	heading, item, selected, selectedBlur paint
	gutter, onScreen, muted, spinner      paint
	statusBar, statusTitle, statusPos     paint
	prompt, caption                       paint
}

func newPaints(st *Styles) *paints {
	return &paints{
		mention: paintOf(st.Mention), current: paintOf(st.Current),
		match: paintOf(st.Match), currentMatch: paintOf(st.CurrentMatch),
		link: paintOf(st.Link), articleHeading: paintOf(st.ArticleHeading),
		title: paintOf(st.Title), byline: paintOf(st.Byline),
		separator: paintOf(st.Separator), separatorFocus: paintOf(st.SeparatorFocus),
		heading: paintOf(st.Heading), item: paintOf(st.Item),
		selected: paintOf(st.Selected), selectedBlur: paintOf(st.SelectedBlur),
		gutter: paintOf(st.Gutter), onScreen: paintOf(st.OnScreen), muted: paintOf(st.Muted),
		spinner:   paintOf(st.Spinner),
		statusBar: paintOf(st.StatusBar), statusTitle: paintOf(st.StatusTitle), statusPos: paintOf(st.StatusPos),
		prompt: paintOf(st.Prompt), caption: paintOf(st.Caption),
	}
}
