package ui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/factpane/factpane/library"
)

// App is the library reader: the picker, and the reader of the article
// picked. The SSH server runs one per session; `factpane DIR` runs one
// locally. It holds no state outside itself, so sessions never meet.
type App struct {
	st      *Styles
	km      KeyMap
	pk      PickerKeyMap
	entries []library.Entry
	opts    []Option // for each reader opened
	first   string   // the article to open at once (WithArticle)

	picker Picker
	reader *Reader // nil while picking

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

// NewApp returns an App over entries, drawing with st and reading keys
// with km. It starts on the picker unless an option opens an article.
// km.Library, the way back to the picker, is enabled so the reader's help
// shows it.
func NewApp(entries []library.Entry, st *Styles, km KeyMap, opts ...AppOption) *App {
	km.Library.SetEnabled(true)
	a := &App{st: st, km: km, pk: DefaultPickerKeyMap(), entries: entries}
	a.picker = NewPicker(entries, st, a.pk)
	for _, o := range opts {
		o(a)
	}
	// Opened once every option is in, so the reader gets them all.
	for _, e := range a.entries {
		if a.first != "" && e.Name == a.first {
			a.picker.Select(e.Name)
			a.open(e)
			break
		}
	}
	return a
}

// Init implements tea.Model: a reader opened at once (WithArticle) starts
// as it would on its own.
func (a *App) Init() tea.Cmd {
	if a.reader != nil {
		return a.reader.Init()
	}
	return nil
}

// Reading reports whether an article is open (rather than the picker).
func (a *App) Reading() bool { return a.reader != nil }

// open shows e in a new reader, sized to the terminal.
func (a *App) open(e library.Entry) {
	a.reader = NewReader(Doc{Article: e.Article, Text: e.Text}, a.st, a.km, a.opts...)
	if a.width > 0 || a.height > 0 {
		a.reader.SetSize(a.width, a.height)
	}
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
				a.reader = nil
				return a, nil
			}
			_, cmd := a.reader.Update(msg)
			return a, cmd
		}
		if key.Matches(msg, a.pk.Open) && !a.picker.Filtering() {
			if e, ok := a.picker.Selected(); ok {
				a.open(e)
				return a, a.reader.Init()
			}
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
