package ui

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/list"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/factpane/factpane/library"
)

// libraryItem is one article in the picker.
type libraryItem struct{ e library.Entry }

// Title is the article's title, the line the eye scans.
func (i libraryItem) Title() string { return i.e.Title() }

// Description is the name to type (ssh -t host NAME) and what the article
// reports in a few figures.
func (i libraryItem) Description() string {
	if i.e.Headlines == "" {
		return i.e.Name + " · no figures"
	}
	return i.e.Name + " · " + i.e.Headlines
}

// FilterValue lets / find an article by title or by name.
func (i libraryItem) FilterValue() string { return i.e.Title() + " " + i.e.Name }

// PickerKeyMap is the library picker's own bindings; moving and filtering
// are the list's, and the way back from the reader is KeyMap.Library.
type PickerKeyMap struct {
	// Open reads the selected article.
	Open key.Binding
}

// DefaultPickerKeyMap returns the picker's standard bindings.
func DefaultPickerKeyMap() PickerKeyMap {
	return PickerKeyMap{
		Open: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "read")),
	}
}

// Picker is the library: a filterable list of articles showing each one's
// title, name and headline figures.
type Picker struct {
	list list.Model
	keys PickerKeyMap

	width, height int
	// The key help under the list is drawn here, not by the list, and
	// redrawn only when what it shows changes: bubbles/list renders it on
	// every View, and it was half the cost of a keystroke in the picker.
	helpFor  string // the width and bindings help was drawn for
	help     string
	helpRows int
}

// NewPicker lists entries with styles derived from st, so the picker draws
// with the same renderer (the same client terminal) as the reader.
func NewPicker(entries []library.Entry, st *Styles, keys PickerKeyMap) Picker {
	items := make([]list.Item, len(entries))
	for i, e := range entries {
		items[i] = libraryItem{e}
	}
	d := list.NewDefaultDelegate()
	d.Styles = pickerItemStyles(st)
	l := list.New(items, d, 0, 0)
	l.Filter = pickerFilter
	l.Title = "factpane library"
	l.Styles = pickerListStyles(st)
	l.SetStatusBarItemName("article", "articles")
	l.FilterInput.PromptStyle = l.Styles.FilterPrompt
	l.FilterInput.Cursor.Style = l.Styles.FilterCursor
	l.FilterInput.TextStyle = st.Item
	l.FilterInput.PlaceholderStyle = st.Muted
	l.FilterInput.CompletionStyle = st.Muted
	l.Paginator.ActiveDot = l.Styles.ActivePaginationDot.String()
	l.Paginator.InactiveDot = l.Styles.InactivePaginationDot.String()
	l.Help.Styles = st.Help
	// esc clears a filter; only q (and ctrl+c) leave.
	l.KeyMap.Quit = key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit"))
	l.AdditionalShortHelpKeys = func() []key.Binding { return []key.Binding{keys.Open} }
	l.AdditionalFullHelpKeys = func() []key.Binding { return []key.Binding{keys.Open} }
	l.SetShowHelp(false)
	return Picker{list: l, keys: keys}
}

// SetSize fits the picker to the terminal.
func (p *Picker) SetSize(width, height int) {
	p.width, p.height = width, height
	p.helpFor = ""
	p.syncHelp()
}

// syncHelp redraws the key help if the width or the enabled bindings
// changed, and gives the list the rows the help leaves.
func (p *Picker) syncHelp() {
	var b strings.Builder
	b.WriteString(strconv.Itoa(p.width))
	groups := [][]key.Binding{p.list.ShortHelp()}
	if p.list.Help.ShowAll {
		b.WriteString("/all")
		groups = p.list.FullHelp()
	}
	for _, g := range groups {
		b.WriteByte('|')
		for _, k := range g {
			if k.Enabled() {
				b.WriteString(k.Help().Key)
				b.WriteByte(' ')
			}
		}
	}
	if b.String() == p.helpFor {
		return
	}
	p.helpFor = b.String()
	p.list.Help.Width = p.width
	p.help = p.list.Styles.HelpStyle.Render(p.list.Help.View(p.list))
	p.helpRows = lipgloss.Height(p.help)
	if p.height-p.helpRows < minListRows {
		// Too short for the help: the list (and its title) come first.
		p.help, p.helpRows = "", 0
	}
	p.list.SetSize(p.width, p.height-p.helpRows)
}

// minListRows is what the list needs above the help: its title and status
// bar (two rows each) and one two-row article.
const minListRows = 6

// Selected is the highlighted article, if the (filtered) list has any.
func (p *Picker) Selected() (library.Entry, bool) {
	it, ok := p.list.SelectedItem().(libraryItem)
	return it.e, ok
}

// Select highlights the article called name, if it is listed.
func (p *Picker) Select(name string) {
	for i, it := range p.list.Items() {
		if it.(libraryItem).e.Name == name {
			p.list.Select(i)
			return
		}
	}
}

// Filtering reports whether the user is typing a filter, when keys
// belong to the filter input.
func (p *Picker) Filtering() bool { return p.list.SettingFilter() }

// Update passes msg to the list.
func (p *Picker) Update(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	p.list, cmd = p.list.Update(msg)
	p.syncHelp()
	return cmd
}

// View draws the list and its key help in exactly the picker's height:
// bubbles/list overflows a short terminal, and a frame taller than the
// terminal would scroll the title away.
func (p *Picker) View() string {
	room := p.height - p.helpRows
	v := p.list.View()
	if n := strings.Count(v, "\n") + 1; n > room {
		v = strings.Join(strings.SplitN(v, "\n", room+1)[:max(room, 1)], "\n")
	}
	if p.help != "" {
		v += "\n" + p.help
	}
	return v
}

// pickerItemStyles restyles the list's rows. Every style is derived from
// one of st's, which carry st's renderer; bubbles' defaults would render
// with the process's renderer (the server's terminal, not the client's).
func pickerItemStyles(st *Styles) list.DefaultItemStyles {
	var s list.DefaultItemStyles
	s.NormalTitle = st.Item.PaddingLeft(2)
	s.NormalDesc = st.Muted.PaddingLeft(2)
	s.SelectedTitle = st.Heading.
		Border(lipgloss.NormalBorder(), false, false, false, true).
		BorderForeground(st.Gutter.GetForeground()).
		PaddingLeft(1)
	s.SelectedDesc = st.Item.
		Border(lipgloss.NormalBorder(), false, false, false, true).
		BorderForeground(st.Gutter.GetForeground()).
		PaddingLeft(1)
	s.DimmedTitle = st.Muted.PaddingLeft(2)
	s.DimmedDesc = st.Muted.PaddingLeft(2)
	s.FilterMatch = st.Item.UnsetForeground().Underline(true)
	return s
}

// pickerListStyles restyles the list's frame (title, filter, status bar,
// pagination) from st, for the same reason as pickerItemStyles.
func pickerListStyles(st *Styles) list.Styles {
	plain := st.Item.UnsetForeground()
	var s list.Styles
	s.TitleBar = plain.Padding(0, 0, 1, 2)
	s.Title = st.StatusTitle.Padding(0, 1)
	s.Spinner = st.Muted
	s.FilterPrompt = st.Heading.UnsetBold()
	s.FilterCursor = st.Gutter
	s.DefaultFilterCharacterMatch = plain.Underline(true)
	s.StatusBar = st.Muted.Padding(0, 0, 1, 2)
	s.StatusEmpty = st.Muted
	s.StatusBarActiveFilter = st.Item
	s.StatusBarFilterCount = st.Muted
	s.NoItems = st.Muted
	s.PaginationStyle = plain.PaddingLeft(2)
	s.HelpStyle = plain.Padding(1, 0, 0, 2)
	s.ActivePaginationDot = st.Gutter.SetString("•")
	s.InactivePaginationDot = st.Muted.SetString("•")
	s.ArabicPagination = st.Muted
	s.DividerDot = st.Muted.SetString(" • ")
	return s
}
