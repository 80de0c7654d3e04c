package ui

import (
	"io"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
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
	// Match marks every match of a search; CurrentMatch the one n/N moved
	// to. They differ from the mention styles in hue (and, without colour,
	// in attributes), so a search and a selection can be told apart.
	Match        lipgloss.Style
	CurrentMatch lipgloss.Style
	// Link is a hyperlink's anchor text; ArticleHeading a heading of the
	// article's own.
	Link           lipgloss.Style
	ArticleHeading lipgloss.Style

	// Title and Byline are the header above the article: its title, then
	// its byline, date and source.
	Title  lipgloss.Style
	Byline lipgloss.Style

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
	// Spinner is the loading spinner.
	Spinner lipgloss.Style

	// StatusBar is the status line; StatusTitle its title and StatusPos the
	// scroll position, drawn on the same background. Prompt is the search
	// prompt and Caption a tour's caption, each filling the status line.
	StatusBar   lipgloss.Style
	StatusTitle lipgloss.Style
	StatusPos   lipgloss.Style
	Prompt      lipgloss.Style
	Caption     lipgloss.Style

	// Help styles the full key help (bubbles/help).
	Help help.Styles
}

// shade is one colour of the palette: the hex values to use on a light
// and on a dark background (a 256-colour terminal gets the nearest of its
// palette), and the index to use on a 16-colour terminal, whose colours
// the user has chosen, so a hex value says little about them there. An
// empty ANSI index means the terminal's own default colour.
type shade struct {
	light, dark         string
	ansiLight, ansiDark string
}

// palette is the reader's colours. Text on a coloured background carries
// its own foreground, so every pair keeps its contrast whatever the
// terminal's default colours; text on the terminal's background is chosen
// for at least 4.5:1 against white (light) and black (dark).
// TestPaletteContrast holds them to it. Mentions are amber and searches
// blue; the current one of each is the strong shade.
type palette struct {
	text, accent, subtle, bar, barText, link, dot        shade
	mentionBg, mentionText, currentBg, currentText       shade
	matchBg, matchText, currentMatchBg, currentMatchText shade
}

func defaultPalette() palette {
	return palette{
		text:    shade{light: "#1A1A1A", dark: "#DDDDDD"},
		accent:  shade{light: "#5A3FC0", dark: "#B9A5FF", ansiLight: "5", ansiDark: "13"},
		subtle:  shade{light: "#6B6B6B", dark: "#8A8A8A", ansiLight: "8", ansiDark: "8"},
		bar:     shade{light: "#E4E0F5", dark: "#2E2A40", ansiLight: "7", ansiDark: "8"},
		barText: shade{light: "#1A1A1A", dark: "#EEEEEE", ansiLight: "0", ansiDark: "15"},
		link:    shade{light: "#0550AE", dark: "#79B8FF", ansiLight: "4", ansiDark: "12"},
		dot:     shade{light: "#9A6700", dark: "#F2B705", ansiLight: "3", ansiDark: "11"},

		mentionBg:        shade{light: "#FFE9A8", dark: "#5C4A12", ansiLight: "3", ansiDark: "3"},
		mentionText:      shade{light: "#1A1A1A", dark: "#F5F5F5", ansiLight: "0", ansiDark: "0"},
		currentBg:        shade{light: "#F2B705", dark: "#F2B705", ansiLight: "5", ansiDark: "5"},
		currentText:      shade{light: "#000000", dark: "#000000", ansiLight: "15", ansiDark: "15"},
		matchBg:          shade{light: "#C8E3FF", dark: "#1F4A6E", ansiLight: "6", ansiDark: "6"},
		matchText:        shade{light: "#1A1A1A", dark: "#F5F5F5", ansiLight: "0", ansiDark: "0"},
		currentMatchBg:   shade{light: "#0B6BCB", dark: "#4FC3F7", ansiLight: "4", ansiDark: "4"},
		currentMatchText: shade{light: "#FFFFFF", dark: "#000000", ansiLight: "15", ansiDark: "15"},
	}
}

// on resolves the shade for renderer r once: the variant r's background
// calls for, converted to r's colour profile. Lip Gloss would redo both on
// every Render, and turning a hex colour into a 256-colour palette index
// is a perceptual-distance search (about 2 µs; a frame renders dozens of
// styled strings, and a server renders frames for every session).
func (s shade) on(r *lipgloss.Renderer) lipgloss.TerminalColor {
	dark := r.HasDarkBackground()
	if r.ColorProfile() == termenv.ANSI {
		idx := s.ansiLight
		if dark {
			idx = s.ansiDark
		}
		if idx == "" {
			return lipgloss.NoColor{}
		}
		return lipgloss.ANSIColor(termenv.ANSI.Color(idx).(termenv.ANSIColor))
	}
	spec := s.light
	if dark {
		spec = s.dark
	}
	switch tc := r.ColorProfile().Color(spec).(type) {
	case termenv.ANSI256Color:
		return lipgloss.ANSIColor(tc)
	case termenv.ANSIColor:
		return lipgloss.ANSIColor(tc)
	case termenv.RGBColor:
		return lipgloss.Color(tc)
	}
	return lipgloss.NoColor{}
}

// DefaultStyles builds the reader's styles for the terminal r draws to.
// Colours follow r's background (HasDarkBackground: the local reader sets
// it from --theme, FACTPANE_THEME or the terminal; the server from the
// client). Where colour is off by the user's choice (NO_COLOR, CLICOLOR=0
// in r's environment) the styles keep their attributes, so a mention, the
// current mention and a search match still differ: NO_COLOR forbids
// colour, not emphasis. A terminal without any styling (TERM=dumb, or a
// test's Ascii profile) gets plain text.
func DefaultStyles(r *lipgloss.Renderer) *Styles {
	if r.ColorProfile() == termenv.Ascii && r.Output().EnvNoColor() {
		return attributeStyles()
	}
	p := defaultPalette()
	text := p.text.on(r)
	accent := p.accent.on(r)
	subtle := p.subtle.on(r)
	bar := p.bar.on(r)
	onBar := p.barText.on(r)
	current := r.NewStyle().Background(p.currentBg.on(r)).Foreground(p.currentText.on(r)).Bold(true)

	s := &Styles{
		Mention:        r.NewStyle().Background(p.mentionBg.on(r)).Foreground(p.mentionText.on(r)),
		Current:        current,
		Match:          r.NewStyle().Background(p.matchBg.on(r)).Foreground(p.matchText.on(r)),
		CurrentMatch:   r.NewStyle().Background(p.currentMatchBg.on(r)).Foreground(p.currentMatchText.on(r)).Bold(true),
		Link:           r.NewStyle().Foreground(p.link.on(r)).Underline(true),
		ArticleHeading: r.NewStyle().Foreground(accent).Bold(true),
		Title:          r.NewStyle().Foreground(text).Bold(true),
		Byline:         r.NewStyle().Foreground(subtle),
		Separator:      r.NewStyle().Foreground(subtle),
		SeparatorFocus: r.NewStyle().Foreground(accent),
		Heading:        r.NewStyle().Foreground(accent).Bold(true),
		Item:           r.NewStyle().Foreground(text),
		Selected:       r.NewStyle().Foreground(onBar).Background(bar).Bold(true),
		SelectedBlur:   r.NewStyle().Foreground(text).Bold(true),
		Gutter:         r.NewStyle().Foreground(accent),
		OnScreen:       r.NewStyle().Foreground(p.dot.on(r)),
		Muted:          r.NewStyle().Foreground(subtle),
		Spinner:        r.NewStyle().Foreground(accent),
		StatusBar:      r.NewStyle().Background(bar).Foreground(onBar),
		StatusTitle:    r.NewStyle().Background(bar).Foreground(accent).Bold(true),
		StatusPos:      r.NewStyle().Background(bar).Foreground(onBar),
		Prompt:         r.NewStyle().Foreground(text).Bold(true),
		Caption:        current,
	}
	s.Help = helpStyles(r.NewStyle().Foreground(accent), r.NewStyle().Foreground(text), r.NewStyle().Foreground(subtle))
	return s
}

// attributeStyles are the styles without colour: bold, faint, underline
// and reverse video only. They are rendered through a renderer of their
// own that emits SGR attributes, since the user's renderer, told not to
// colour, would drop those too. Mentions are underlined, the current one
// also reversed and bold; search matches are reversed, the current one
// also bold: four looks, none of them a colour.
func attributeStyles() *Styles {
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.ANSI)
	plain := r.NewStyle()
	bold := plain.Bold(true)
	faint := plain.Faint(true)
	reverse := plain.Reverse(true)
	s := &Styles{
		Mention:        plain.Underline(true),
		Current:        reverse.Bold(true).Underline(true),
		Match:          reverse,
		CurrentMatch:   reverse.Bold(true),
		Link:           plain,
		ArticleHeading: bold,
		Title:          bold,
		Byline:         faint,
		Separator:      faint,
		SeparatorFocus: bold,
		Heading:        bold,
		Item:           plain,
		Selected:       reverse.Bold(true),
		SelectedBlur:   bold,
		Gutter:         bold,
		OnScreen:       bold,
		Muted:          faint,
		Spinner:        bold,
		StatusBar:      reverse,
		StatusTitle:    reverse.Bold(true),
		StatusPos:      reverse,
		Prompt:         bold,
		Caption:        reverse.Bold(true),
	}
	s.Help = helpStyles(bold, plain, faint)
	return s
}

func helpStyles(key, desc, sep lipgloss.Style) help.Styles {
	return help.Styles{
		Ellipsis:       sep,
		ShortKey:       key,
		ShortDesc:      desc,
		ShortSeparator: sep,
		FullKey:        key,
		FullDesc:       desc,
		FullSeparator:  sep,
	}
}
