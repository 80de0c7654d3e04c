package ui

import (
	"context"
	"strconv"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/factpane/factpane/library"
	"github.com/factpane/factpane/model"
)

// App is the library reader: the picker, and the reader of the article
// picked. The SSH server runs one per session; `factpane DIR` and
// `factpane feeds` run one locally. It follows its library as it changes
// (articles read in the background, files added or removed, feeds
// refreshed). It holds no state outside itself, so sessions never meet.
type App struct {
	st      *Styles
	km      KeyMap
	lib     *library.Library
	opts    []Option // for each reader opened
	first   string   // the article to open at once (WithArticle)
	refresh func()   // fetches the feeds again (WithRefresh)

	picker Picker
	reader *Reader // nil while picking
	// open is the entry being read: its key, and whether its article
	// is still to come (the reader then waits for it).
	open    string
	waiting bool
	ctx     context.Context
	cancel  context.CancelFunc

	width, height int
}

// AppOption configures an App.
type AppOption func(*App)

// WithArticle opens the article called name at once (ssh -t host NAME);
// the back key still leads to the picker. An unknown name is ignored and
// the picker shows: callers check names against the library first.
func WithArticle(name string) AppOption {
	return func(a *App) { a.first = name }
}

// ReaderOptions configures every reader the App opens.
func ReaderOptions(opts ...Option) AppOption {
	return func(a *App) { a.opts = append(a.opts, opts...) }
}

// WithTitle titles the picker ("factpane feeds").
func WithTitle(title string) AppOption {
	return func(a *App) { a.picker.SetTitle(title) }
}

// WithRefresh lets r in the picker fetch the feeds again, with refresh
// (which must return at once, doing the work elsewhere).
func WithRefresh(refresh func()) AppOption {
	return func(a *App) { a.refresh = refresh }
}

// WithClock sets the clock rows' dates are written against (tests).
func WithClock(now func() time.Time) AppOption {
	return func(a *App) { a.picker.now = now }
}

// NewApp returns an App over lib, drawing with st and reading keys with
// km. It starts on the picker unless an option opens an article.
// km.Library, the way back to the picker, is enabled so the reader's help
// shows it.
func NewApp(lib *library.Library, st *Styles, km KeyMap, opts ...AppOption) *App {
	km.Library.SetEnabled(true)
	a := &App{st: st, km: km, lib: lib}
	a.ctx, a.cancel = context.WithCancel(context.Background())
	snap := lib.Snapshot()
	a.picker = NewPicker(snap.Entries, st, DefaultPickerKeyMap())
	a.picker.SetStatus(snap.Status)
	for _, o := range opts {
		o(a)
	}
	// The picker's rows were made before WithClock: again, with it.
	a.picker.SetEntries(snap.Entries)
	a.picker.keys.Refresh.SetEnabled(a.refresh != nil)
	// Opened once every option is in, so the reader gets them all.
	if a.first != "" {
		if e, err := snap.Lookup(a.first); err == nil {
			a.picker.Select(e.Name)
			a.openEntry(e)
		}
	}
	return a
}

// Init implements tea.Model: it starts following the library, and a
// reader opened at once (WithArticle) starts as it would on its own.
func (a *App) Init() tea.Cmd {
	cmds := []tea.Cmd{a.follow()}
	if a.reader != nil {
		cmds = append(cmds, a.reader.Init(), a.fetching())
	}
	return tea.Batch(cmds...)
}

// Close ends the App's waiting on its library (for changes, for an
// article): call it once the program has ended.
func (a *App) Close() { a.cancel() }

// Reading reports whether an article is open (rather than the picker).
func (a *App) Reading() bool { return a.reader != nil }

// libraryRedraw gathers a burst of library changes into one redraw.
const libraryRedraw = 150 * time.Millisecond

// changedMsg says the library has changed.
type changedMsg struct{}

// follow waits for the library's next change. A library that cannot
// change (a static one, or one closed) is not waited on.
func (a *App) follow() tea.Cmd {
	if !a.lib.Live() {
		return nil
	}
	ch := a.lib.Changed()
	ctx := a.ctx
	return func() tea.Msg {
		select {
		case <-ch:
		case <-ctx.Done():
			return nil
		}
		// More changes come in bursts: take them in one redraw.
		time.Sleep(libraryRedraw)
		return changedMsg{}
	}
}

// entryMsg brings an entry's article, read for the reader waiting on it.
type entryMsg struct {
	key   string
	entry library.Entry
	err   error
}

// openEntry shows e in a new reader, sized to the terminal: its article,
// or, while that is still to come, its title and what the reader waits
// for (see fetching). A feed item opened is marked read.
func (a *App) openEntry(e library.Entry) {
	a.open, a.waiting = e.Key, e.Pending || e.Err != ""
	doc := Doc{Article: e.Article, Text: e.Text}
	if a.waiting {
		doc = Doc{Article: model.Article{Source: e.Article.Source, Title: e.Article.Title, URL: e.Article.URL,
			Date: e.Article.Date, Site: e.Feed, Figures: []model.Figure{}, People: []model.Person{}}}
	}
	a.reader = NewReader(doc, a.st, a.km, a.opts...)
	if a.width > 0 || a.height > 0 {
		a.reader.SetSize(a.width, a.height)
	}
	if a.waiting {
		what := "reading " + e.Title()
		if e.IsItem() {
			what = "fetching " + e.Article.Source
		}
		a.reader.Update(LoadingMsg{What: what})
		return
	}
	if e.Note != "" {
		a.reader.Update(NoticeMsg{Text: e.Note})
	}
	a.markRead(e)
}

// markRead marks a feed item read once its article shows.
func (a *App) markRead(e library.Entry) {
	if e.IsItem() && !e.Read {
		_ = a.lib.SetRead(e.Key, true) // a mark that cannot be saved is not worth an interruption
	}
}

// fetching is the command that reads the open entry's article, when the
// reader waits for it.
func (a *App) fetching() tea.Cmd {
	if !a.waiting {
		return nil
	}
	key, lib, ctx := a.open, a.lib, a.ctx
	return func() tea.Msg {
		e, err := lib.Ready(ctx, key)
		return entryMsg{key: key, entry: e, err: err}
	}
}

// arrived is an entry's article read: the reader waiting for it shows
// it, or, when it could not be had, the picker says why.
func (a *App) arrived(msg entryMsg) tea.Cmd {
	if a.reader == nil || msg.key != a.open || !a.waiting {
		return nil
	}
	a.waiting = false
	if msg.err != nil {
		a.reader = nil
		a.picker.SetNotice("could not open " + msg.entry.Title() + ": " + msg.err.Error())
		return nil
	}
	_, cmd := a.reader.Update(ContentMsg{Doc: Doc{Article: msg.entry.Article, Text: msg.entry.Text}, Done: true})
	if msg.entry.Note != "" {
		a.reader.Update(NoticeMsg{Text: msg.entry.Note})
	}
	a.markRead(msg.entry)
	return cmd
}

// changed takes the library's new snapshot: the picker's rows and
// status, and the open article when its file changed (or a note when it
// was removed).
func (a *App) changed() tea.Cmd {
	snap := a.lib.Snapshot()
	a.picker.SetEntries(snap.Entries)
	a.picker.SetStatus(snapStatus(snap))
	if a.reader == nil || a.waiting {
		return a.follow()
	}
	var cur *library.Entry
	for i := range snap.Entries {
		if snap.Entries[i].Key == a.open {
			cur = &snap.Entries[i]
			break
		}
	}
	switch {
	case cur == nil:
		a.reader.Update(NoticeMsg{Text: "this article has left the library"})
	case !cur.Pending && cur.Text != a.reader.doc.Text:
		_, cmd := a.reader.Update(ContentMsg{Doc: Doc{Article: cur.Article, Text: cur.Text}, Done: true})
		return tea.Batch(cmd, a.follow())
	}
	return a.follow()
}

// snapStatus is the picker's status line: the library's work, and files
// not shown.
func snapStatus(s *library.Snapshot) string {
	status := s.Status
	if n := len(s.Skipped); n > 0 {
		more := "1 file not shown: " + s.Skipped[n-1]
		if n > 1 {
			more = strconv.Itoa(n) + " files not shown; the last: " + s.Skipped[n-1]
		}
		if status != "" {
			status += " · "
		}
		status += more
	}
	return status
}

// Update implements tea.Model.
func (a *App) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		a.width, a.height = msg.Width, msg.Height
		a.picker.SetSize(msg.Width, msg.Height)
		if a.reader != nil {
			a.reader.SetSize(msg.Width, msg.Height)
		}
		return a, nil
	case changedMsg:
		return a, a.changed()
	case entryMsg:
		return a, a.arrived(msg)
	case tea.KeyMsg:
		if keys := splitBurst(msg); keys != nil {
			cmds := make([]tea.Cmd, len(keys))
			for i, k := range keys {
				_, cmds[i] = a.Update(k)
			}
			return a, tea.Batch(cmds...)
		}
		if a.reader != nil {
			if key.Matches(msg, a.km.Library) {
				a.reader, a.waiting = nil, false
				// The picker shows the read mark just made.
				a.picker.SetEntries(a.lib.Snapshot().Entries)
				return a, nil
			}
			_, cmd := a.reader.Update(msg)
			return a, cmd
		}
		if a.picker.Filtering() {
			return a, a.picker.Update(msg)
		}
		pk := a.picker.keys
		switch {
		case key.Matches(msg, pk.Open):
			if e, ok := a.picker.Selected(); ok {
				a.openEntry(e)
				return a, tea.Batch(a.reader.Init(), a.fetching())
			}
			return a, nil
		case key.Matches(msg, pk.Read):
			if e, ok := a.picker.Selected(); ok && e.IsItem() {
				if err := a.lib.SetRead(e.Key, !e.Read); err != nil {
					a.picker.SetNotice("could not save the mark: " + err.Error())
				}
				a.picker.SetEntries(a.lib.Snapshot().Entries)
			}
			return a, nil
		case key.Matches(msg, pk.Refresh):
			a.refresh()
			a.picker.SetNotice("fetching the feeds…")
			return a, nil
		}
		return a, a.picker.Update(msg)
	}
	if a.reader != nil {
		_, cmd := a.reader.Update(msg)
		// The picker still needs its own messages (filter results).
		return a, tea.Batch(cmd, a.picker.Update(msg))
	}
	return a, a.picker.Update(msg)
}

// View implements tea.Model.
func (a *App) View() string {
	if a.reader != nil {
		return a.reader.View()
	}
	return a.picker.View()
}
