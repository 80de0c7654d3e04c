package ui

import (
	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/lipgloss"
)

// Styles holds every style the reader draws with. It is built from one
// *lipgloss.Renderer so each SSH session gets colours for its own terminal,
// never the server's; nothing in ui/ calls lipgloss.NewStyle directly.
type Styles struct {
	// Mention marks every mention of the selected fact; Current marks the
	// one n/N and enter move to. Both are applied only to the wrapped lines
	// those mentions touch.
	Mention lipgloss.Style
	Current lipgloss.Style

	// Separator is the rule between the article and the sidebar;
	// SeparatorFocus replaces it while the sidebar has the focus.
	Separator      lipgloss.Style
	SeparatorFocus lipgloss.Style

	// Heading is a sidebar group title (Casualties, People, ...).
	Heading lipgloss.Style
	// Item is a fact row; Selected the selected fact while the sidebar has
	// the focus, SelectedBlur while the article has it.
	Item         lipgloss.Style
	Selected     lipgloss.Style
	SelectedBlur lipgloss.Style
	// Gutter is the selection bar and OnScreen the dot that marks facts
	// with a mention in view.
	Gutter   lipgloss.Style
	OnScreen lipgloss.Style
	// Muted is for secondary text: an empty sidebar, the loading note.
	Muted lipgloss.Style

	// StatusBar is the status line; StatusTitle its title and StatusPos the
	// scroll position, drawn on the same background.
	StatusBar   lipgloss.Style
	StatusTitle lipgloss.Style
	StatusPos   lipgloss.Style

	// Help styles the full key help (bubbles/help).
	Help help.Styles
}

// DefaultStyles builds the reader's styles for the terminal r draws to.
// Colours adapt to a light or dark background as r reports it.
func DefaultStyles(r *lipgloss.Renderer) *Styles {
	accent := resolve(r, lipgloss.AdaptiveColor{Light: "#5A3FC0", Dark: "#B9A5FF"})
	subtle := resolve(r, lipgloss.AdaptiveColor{Light: "#9B9B9B", Dark: "#5C5C5C"})
	text := resolve(r, lipgloss.AdaptiveColor{Light: "#1A1A1A", Dark: "#DDDDDD"})
	barBg := resolve(r, lipgloss.AdaptiveColor{Light: "#E4E0F5", Dark: "#2E2A40"})
	markBg := resolve(r, lipgloss.AdaptiveColor{Light: "#FFE9A8", Dark: "#5C4A12"})
	curBg := resolve(r, lipgloss.AdaptiveColor{Light: "#F2B705", Dark: "#F2B705"})

	s := &Styles{
		Mention:        r.NewStyle().Background(markBg).Foreground(text),
		Current:        r.NewStyle().Background(curBg).Foreground(resolve(r, lipgloss.Color("#000000"))).Bold(true),
		Separator:      r.NewStyle().Foreground(subtle),
		SeparatorFocus: r.NewStyle().Foreground(accent),
		Heading:        r.NewStyle().Foreground(accent).Bold(true),
		Item:           r.NewStyle().Foreground(text),
		Selected:       r.NewStyle().Foreground(text).Background(barBg).Bold(true),
		SelectedBlur:   r.NewStyle().Foreground(text).Bold(true),
		Gutter:         r.NewStyle().Foreground(accent),
		OnScreen:       r.NewStyle().Foreground(curBg),
		Muted:          r.NewStyle().Foreground(subtle),
		StatusBar:      r.NewStyle().Background(barBg).Foreground(text),
		StatusTitle:    r.NewStyle().Background(barBg).Foreground(accent).Bold(true),
		StatusPos:      r.NewStyle().Background(barBg).Foreground(text),
	}
	key := r.NewStyle().Foreground(accent)
	desc := r.NewStyle().Foreground(text)
	sep := r.NewStyle().Foreground(subtle)
	s.Help = help.Styles{
		Ellipsis:       sep,
		ShortKey:       key,
		ShortDesc:      desc,
		ShortSeparator: sep,
		FullKey:        key,
		FullDesc:       desc,
		FullSeparator:  sep,
	}
	return s
}
