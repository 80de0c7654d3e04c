package ui

import (
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/list"
	"github.com/charmbracelet/bubbles/paginator"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"github.com/factpane/factpane/library"
)

// libraryItem is one article in the picker. It points into the
// library's snapshot, which is never changed, so a list of ten thousand
// copies nothing.
type libraryItem struct {
	e   *library.Entry
	now func() time.Time
}

// Title is the article's title, the line the eye scans; a feed item
// read before is marked.
func (i libraryItem) Title() string {
	if i.e.Read {
		return readMark + i.e.Title()
	}
	return i.e.Title()
}

// readMark marks a feed item the user has read.
const readMark = "✓ "

// Description says what the article reports in a few figures, after
// the name to type (ssh -t host NAME) for a file, or the feed and date
// for a feed item.
func (i libraryItem) Description() string {
	var facts string
	switch e := i.e; {
	case e.Err != "":
		facts = "✗ " + e.Err
	case e.Pending:
		facts = "…"
	case e.Headlines == "":
		facts = "no figures"
	default:
		facts = e.Headlines
	}
	if !i.e.IsItem() {
		return i.e.Name + " · " + facts
	}
	if i.e.Date.IsZero() {
		return i.e.Feed + " · " + facts
	}
	return i.e.Feed + " · " + shortDate(i.e.Date, i.now()) + " · " + facts
}

// FilterValue lets / find an article by title, name or feed. It starts
// with the title as shown, so the list can underline the letters matched
// there.
func (i libraryItem) FilterValue() string {
	return i.Title() + " " + i.e.Name + " " + i.e.Feed
}

// shortDate writes t for a row: the time today, the day this year, the
// date before.
func shortDate(t, now time.Time) string {
	t = t.In(now.Location())
	switch {
	case t.Year() == now.Year() && t.YearDay() == now.YearDay():
		return t.Format("15:04")
	case t.Year() == now.Year():
		return t.Format("2 Jan 15:04")
	}
	return t.Format("2 Jan 2006")
}

// PickerKeyMap is the library picker's own bindings; moving and filtering
// are the list's, and the way back from the reader is KeyMap.Library.
type PickerKeyMap struct {
	// Open reads the selected article.
	Open key.Binding
	// Read marks the selected feed item read, or unread (enabled when it
	// is a feed item).
	Read key.Binding
	// Refresh fetches the feeds again (enabled when the App can).
	Refresh key.Binding
}

// DefaultPickerKeyMap returns the picker's standard bindings.
func DefaultPickerKeyMap() PickerKeyMap {
	return PickerKeyMap{
		Open:    key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "read")),
		Read:    key.NewBinding(key.WithKeys("m"), key.WithHelp("m", "mark read/unread"), key.WithDisabled()),
		Refresh: key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "refresh feeds"), key.WithDisabled()),
	}
}

// Picker is the library: a filterable list of articles showing each one's
// title, name (or feed and date) and headline figures, with a status line
// for the library's work (feeds fetched, articles read) under it.
type Picker struct {
	list *list.Model
	keys *PickerKeyMap
	now  func() time.Time

	width, height int
	// The key help under the list is drawn here, not by the list, and
	// redrawn only when what it shows changes: bubbles/list renders it on
	// every View, and it was half the cost of a keystroke in the picker.
	helpFor  string // the width and bindings help was drawn for
	help     string
	helpRows int
	// status is the library's work, notice a message about the last
	// thing done (cleared by the next key); the line shows notice, else
	// status, when either is set.
	status, notice string
	statusStyle    lipgloss.Style
}

// NewPicker lists entries with styles derived from st, so the picker draws
// with the same renderer (the same client terminal) as the reader.
func NewPicker(entries []library.Entry, st *Styles, keys PickerKeyMap) Picker {
	d := list.NewDefaultDelegate()
	d.Styles = pickerItemStyles(st)
	l := list.New(nil, d, 0, 0)
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
	p := Picker{list: &l, keys: &keys, now: time.Now, statusStyle: st.Muted.PaddingLeft(2)}
	more := func() []key.Binding { return []key.Binding{p.keys.Open, p.keys.Read, p.keys.Refresh} }
	l.AdditionalShortHelpKeys = more
	l.AdditionalFullHelpKeys = more
	l.SetShowHelp(false)
	p.SetEntries(entries)
	return p
}

// SetEntries shows entries (the library changed), keeping the selected
// article selected wherever it has moved, and an active filter applied.
func (p *Picker) SetEntries(entries []library.Entry) {
	selected := ""
	if e, ok := p.Selected(); ok {
		selected = e.Key
	}
	items := make([]list.Item, len(entries))
	feeds := len(entries) > 0
	for i := range entries {
		items[i] = libraryItem{e: &entries[i], now: p.now}
		feeds = feeds && entries[i].IsItem()
	}
	if feeds {
		p.list.SetStatusBarItemName("item", "items")
	} else {
		p.list.SetStatusBarItemName("article", "articles")
	}
	p.paginate(len(items))
	if cmd := p.list.SetItems(items); cmd != nil {
		// Filtered now, not in a command: between the two the list
		// would show nothing, and a late answer could bring back the
		// old entries.
		*p.list, _ = p.list.Update(cmd())
	}
	if selected != "" {
		for i, it := range p.list.VisibleItems() {
			if it.(libraryItem).e.Key == selected {
				p.list.Select(i)
				break
			}
		}
	}
	p.syncKeys()
}

// SetStatus sets the status line's account of the library's work.
func (p *Picker) SetStatus(s string) {
	p.status = s
	p.resize()
}

// SetNotice shows a message about what was just done until the next key.
func (p *Picker) SetNotice(s string) {
	p.notice = s
	p.resize()
}

// statusLine is what the status line shows, "" for nothing.
func (p *Picker) statusLine() string {
	if p.notice != "" {
		return p.notice
	}
	return p.status
}

// syncKeys enables the bindings that apply to the selected entry.
func (p *Picker) syncKeys() {
	e, ok := p.Selected()
	p.keys.Read.SetEnabled(ok && e.IsItem())
}

// SetTitle sets the list's title ("factpane library").
func (p *Picker) SetTitle(t string) { p.list.Title = t }

// SetSize fits the picker to the terminal.
func (p *Picker) SetSize(width, height int) {
	p.width, p.height = width, height
	p.resize()
}

// resize gives the list what the help and the status line leave.
func (p *Picker) resize() {
	p.paginate(len(p.list.Items()))
	p.helpFor = ""
	p.syncHelp()
}

// paginate picks the list's page marker for n articles: a dot a page
// when they fit the width, else "3/770". bubbles/list picks it itself
// only on a copy of the model, so it draws (and measures) every dot on
// every View: for ten thousand articles, a string of 770 dots made by
// concatenation, then thrown away, each time.
func (p *Picker) paginate(n int) {
	perPage := max(1, (p.height-minListRows)/3) // a row is two lines and a gap
	pages := (n + perPage - 1) / perPage
	if p.height <= 0 || pages > max(p.width-4, 1) {
		p.list.Paginator.Type = paginator.Arabic
	} else {
		p.list.Paginator.Type = paginator.Dots
	}
}

// statusRows is the status line's height: one row when it shows
// anything.
func (p *Picker) statusRows() int {
	if p.statusLine() == "" {
		return 0
	}
	return 1
}

// syncHelp redraws the key help if the width or the enabled bindings
// changed, and gives the list the rows the help leaves.
func (p *Picker) syncHelp() {
	var b strings.Builder
	b.WriteString(strconv.Itoa(p.width))
	b.WriteString("/" + strconv.Itoa(p.statusRows()))
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
	if p.height-p.helpRows-p.statusRows() < minListRows {
		// Too short for the help: the list (and its title) come first.
		p.help, p.helpRows = "", 0
	}
	p.list.SetSize(p.width, max(p.height-p.helpRows-p.statusRows(), 1))
}

// minListRows is what the list needs above the help: its title and status
// bar (two rows each) and one two-row article.
const minListRows = 6

// Selected is the highlighted article, if the (filtered) list has any.
func (p *Picker) Selected() (library.Entry, bool) {
	it, ok := p.list.SelectedItem().(libraryItem)
	if !ok {
		return library.Entry{}, false
	}
	return *it.e, true
}

// Select highlights the article called name, if it is listed.
func (p *Picker) Select(name string) {
	for i, it := range p.list.VisibleItems() {
		if it.(libraryItem).e.Name == name {
			p.list.Select(i)
			p.syncKeys()
			return
		}
	}
}

// Filtering reports whether the user is typing a filter, when keys
// belong to the filter input.
func (p *Picker) Filtering() bool { return p.list.SettingFilter() }

// Update passes msg to the list.
func (p *Picker) Update(msg tea.Msg) tea.Cmd {
	if _, ok := msg.(tea.KeyMsg); ok && p.notice != "" {
		p.notice = ""
		p.helpFor = ""
	}
	var cmd tea.Cmd
	*p.list, cmd = p.list.Update(msg)
	p.syncKeys()
	p.syncHelp()
	return cmd
}

// View draws the list and its key help in exactly the picker's height:
// bubbles/list overflows a short terminal, and a frame taller than the
// terminal would scroll the title away.
func (p *Picker) View() string {
	if p.height <= 0 {
		return "" // no size yet: nothing to fit
	}
	room := p.height - p.helpRows - p.statusRows()
	v := p.list.View()
	if n := strings.Count(v, "\n") + 1; n > room {
		v = strings.Join(strings.SplitN(v, "\n", room+1)[:max(room, 1)], "\n")
	}
	if line := p.statusLine(); line != "" {
		v += "\n" + p.statusStyle.Render(ansi.Truncate(line, max(p.width-3, 1), "…"))
	}
	if p.help != "" {
		v += "\n" + p.help
	}
	return fitWidth(v, p.width)
}

// fitWidth makes every line of v exactly width cells: the list leaves
// its rows ragged, and the renderer redraws best what is the terminal's
// width (bubbles#454).
func fitWidth(v string, width int) string {
	if width <= 0 {
		return v
	}
	lines := strings.Split(v, "\n")
	for i, line := range lines {
		switch w := ansi.StringWidth(line); {
		case w < width:
			lines[i] = line + strings.Repeat(" ", width-w)
		case w > width:
			lines[i] = ansi.Truncate(line, width, "")
		}
	}
	return strings.Join(lines, "\n")
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
