package ui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// KeyMap is the reader's key bindings. It is a value built by
// DefaultKeyMap, never a package variable, so sessions can rebind keys
// without touching each other.
type KeyMap struct {
	Up       key.Binding
	Down     key.Binding
	PageUp   key.Binding
	PageDown key.Binding
	HalfUp   key.Binding
	HalfDown key.Binding
	Top      key.Binding
	Bottom   key.Binding

	Focus   key.Binding // switch between the article and the sidebar
	Jump    key.Binding // to the selected fact's first mention
	Next    key.Binding // the selected fact's next mention
	Prev    key.Binding // the selected fact's previous mention
	Clear   key.Binding // close the help, clear a search, drop the selection
	Sidebar key.Binding // show or hide the sidebar

	Search     key.Binding // search forward (/)
	SearchBack key.Binding // search backward (?)
	Copy       key.Binding // the selected fact to the clipboard
	CopyAll    key.Binding // the fact sheet to the clipboard
	Tour       key.Binding // the demo tour of the facts

	Help    key.Binding
	Quit    key.Binding
	Suspend key.Binding // ctrl+z; enabled only by Term.Suspend

	// Library returns to the library picker. Disabled (and so out of the
	// help) unless the reader was opened from a picker; App enables it.
	Library key.Binding
}

// DefaultKeyMap returns the reader's standard bindings (less/vim-like).
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Up:         key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:       key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		PageUp:     key.NewBinding(key.WithKeys("pgup", "b"), key.WithHelp("pgup/b", "page up")),
		PageDown:   key.NewBinding(key.WithKeys("pgdown", " ", "f"), key.WithHelp("pgdn/space", "page down")),
		HalfUp:     key.NewBinding(key.WithKeys("ctrl+u", "u"), key.WithHelp("u", "½ page up")),
		HalfDown:   key.NewBinding(key.WithKeys("ctrl+d", "d"), key.WithHelp("d", "½ page down")),
		Top:        key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g/home", "top")),
		Bottom:     key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G/end", "bottom")),
		Focus:      key.NewBinding(key.WithKeys("tab", "shift+tab"), key.WithHelp("tab", "article/facts")),
		Jump:       key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "first mention")),
		Next:       key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "next mention")),
		Prev:       key.NewBinding(key.WithKeys("N"), key.WithHelp("N", "prev mention")),
		Clear:      key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "clear search/selection")),
		Sidebar:    key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "show/hide facts")),
		Search:     key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "search")),
		SearchBack: key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "search back")),
		Copy:       key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "copy fact")),
		CopyAll:    key.NewBinding(key.WithKeys("Y"), key.WithHelp("Y", "copy fact sheet")),
		Tour:       key.NewBinding(key.WithKeys("t"), key.WithHelp("t", "tour the facts")),
		Help:       key.NewBinding(key.WithKeys("h", "f1"), key.WithHelp("h", "help")),
		Quit:       key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),
		Suspend:    key.NewBinding(key.WithKeys("ctrl+z"), key.WithHelp("ctrl+z", "suspend"), key.WithDisabled()),
		Library:    key.NewBinding(key.WithKeys("backspace", "L"), key.WithHelp("⌫/L", "library"), key.WithDisabled()),
	}
}

// ShortHelp is the status line's hint: the keys a new reader needs first.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Focus, k.Next, k.Library, k.Search, k.Help, k.Quit}
}

// FullHelp is what ? shows, one column per concern.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown},
		{k.HalfUp, k.HalfDown, k.Top, k.Bottom},
		{k.Focus, k.Jump, k.Next, k.Prev, k.Clear},
		{k.Search, k.SearchBack, k.Copy, k.CopyAll, k.Tour},
		{k.Sidebar, k.Library, k.Help, k.Suspend, k.Quit},
	}
}

// splitBurst returns the single keys of msg when it is several printable
// keys delivered as one (Bubble Tea v1 reports keys that arrive in one
// read, from key repeat or over a slow SSH link, as one multi-rune press
// that would match no binding); otherwise nil. A paste stays whole.
func splitBurst(msg tea.KeyMsg) []tea.KeyMsg {
	if msg.Type != tea.KeyRunes || len(msg.Runes) < 2 || msg.Paste {
		return nil
	}
	keys := make([]tea.KeyMsg, len(msg.Runes))
	for i, r := range msg.Runes {
		keys[i] = tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}, Alt: msg.Alt}
	}
	return keys
}
