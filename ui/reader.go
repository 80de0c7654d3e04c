// Package ui is factpane's terminal interface: the reader (an article pane
// beside a live sidebar of the facts it reports) and, for the SSH server,
// the library picker. Nothing here is a package-level variable: styles come
// from a *lipgloss.Renderer and keys from a constructor, so one process can
// serve many sessions.
package ui

import (
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/spinner"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/factpane/factpane/model"
)

// Doc is what the reader shows: an article's facts and the text their
// mention offsets index (the article's Text when set, else the input).
type Doc struct {
	Article model.Article
	Text    string
}

// ContentMsg replaces the reader's text and facts (file reloaded, or more
// of stdin arrived), keeping the scroll position and the selection where
// that fact still exists. Done is false while more content is coming.
// FactsPending says the text is in but its facts are still being found
// (a big article is shown before extraction ends): the sidebar shows a
// spinner until a ContentMsg with the facts follows.
type ContentMsg struct {
	Doc          Doc
	Done         bool
	FactsPending bool
}

// NoticeMsg shows a one-time message on the status line (it goes with the
// next key): news from work the program does beside the reader.
type NoticeMsg struct{ Text string }

type focus int

const (
	focusArticle focus = iota
	focusSidebar
)

// sideBySideMin is the narrowest terminal that gets the sidebar beside the
// article; narrower ones get it under the article.
const sideBySideMin = 80

// Reader is the reading screen: the article, the fact sidebar, a status
// line and the key help.
type Reader struct {
	st  *Styles
	pt  *paints
	km  KeyMap
	set settings

	doc   Doc
	title string
	facts []fact
	index mentionIndex // the facts' mentions by offset: what is on screen
	art   *articlePane
	side  *sidebar
	help  help.Model

	focus    focus
	selected int // index into facts, -1 for none
	srch     search
	tour     tour
	// byMatch makes n and N step through the search's matches rather than
	// the selected fact's mentions: whichever was asked for last.
	byMatch    bool
	textGen    int // counts text changes, so a search's folded copy is reused only for its text
	sideHidden bool
	showHelp   bool
	loading    bool

	// waiting is what the reader waits for before it has text
	// (LoadingMsg); extracting says the text is in and its facts are not.
	waiting    string
	extracting bool
	spinner    spinner.Model

	width, height int
	lay           layout
	head          header
	headRows      []string // the header drawn for the layout (lay.headH rows)
	status        string
	// notice is a one-time message for the status line (a search found
	// nothing, wrapped, ...), cleared by the next key.
	notice    string
	helpRows  []string // the full help laid out for helpWidth (nil: not yet)
	helpWidth int

	// live asks the end of the event to mark the facts in the article's
	// view and let the sidebar follow them: once, however many times the
	// event scrolled or selected.
	live  bool
	onBuf []int // scratch for the facts in view
}

// layout is where the panes go for the current size.
type layout struct {
	stacked   bool // sidebar under the article (narrow terminals)
	headH     int  // the header's rows, above the article
	artW      int
	artH      int
	sideW     int
	sideH     int
	rule      bool // a rule row between stacked panes
	bodyH     int
	hasStatus bool
}

// NewReader returns a reader showing doc. It draws nothing until it gets
// a size (SetSize or a tea.WindowSizeMsg).
func NewReader(doc Doc, st *Styles, km KeyMap, opts ...Option) *Reader {
	r := &Reader{st: st, pt: newPaints(st), km: km, set: newSettings(opts), selected: -1, srch: newSearch(st)}
	// ctrl+z only where suspending stops this program alone: over SSH it
	// would stop the server.
	r.km.Suspend.SetEnabled(r.set.term.Suspend)
	r.help = help.New()
	r.help.Styles = st.Help
	r.spinner = newSpinner(st)
	r.art = newArticlePane(r.pt, doc.Text)
	r.art.emptyNote = emptyArticle
	r.setDoc(doc)
	r.side = newSidebar(r.pt, r.facts)
	return r
}

// setDoc takes doc's facts, markup and header; the pane's text is set
// apart (setText), since a reload keeps the reading position.
func (r *Reader) setDoc(doc Doc) {
	r.doc = doc
	r.facts = factsOf(doc.Article, doc.Text)
	r.index = newMentionIndex(r.facts)
	r.head = headerOf(doc.Article)
	r.title = r.head.title
	r.art.setMarkup(markupOf(doc.Article, doc.Text, r.set.term.Hyperlinks))
}

// Init implements tea.Model: it starts the spinner if the reader was
// told, before the program began, that something is on its way, and the
// tour if it was asked for (StartTour).
func (r *Reader) Init() tea.Cmd {
	cmd := r.spin()
	if r.set.tour {
		cmd = tea.Batch(cmd, r.startTour())
	}
	return cmd
}

// SetSize lays the reader out for a terminal of width × height cells.
func (r *Reader) SetSize(width, height int) {
	r.setSize(width, height)
	r.flush()
}

func (r *Reader) setSize(width, height int) {
	r.width, r.height = max(width, 0), max(height, 0)
	r.relayout()
}

func (r *Reader) relayout() {
	w, h := r.width, r.height
	l := layout{hasStatus: h >= 3}
	l.bodyH = h
	if l.hasStatus {
		l.bodyH--
	}
	switch {
	case r.sideHidden && r.focus == focusArticle:
		l.artW, l.artH = w, l.bodyH
	case w >= sideBySideMin:
		l.sideW = min(max(w*3/10, 28), 48)
		l.artW, l.artH = w-l.sideW-1, l.bodyH
		l.sideH = l.bodyH
	default:
		l.stacked = true
		l.artW, l.sideW = w, w
		if l.bodyH >= 8 {
			l.sideH = l.bodyH * 2 / 5
		}
		switch {
		case r.sideHidden || l.sideH == 0 && r.focus == focusArticle:
			l.artH, l.sideH = l.bodyH, 0
		case l.sideH == 0:
			// Too short for both: the focused sidebar takes the screen.
			l.sideH = l.bodyH
		default:
			l.rule = true
			l.artH = l.bodyH - l.sideH - 1
		}
	}
	// The header takes its rows from the article's, when it leaves the
	// article enough to read.
	if n := r.head.rows(); l.artH >= n+minArticleRows {
		l.headH = n
		l.artH -= n
	}
	r.lay = l
	// The current mention stays in view through a resize if it was in view.
	keep := r.art.marks.cur >= 0 && r.art.inView(r.art.marks.spans[r.art.marks.cur])
	r.art.setSize(l.artW, l.artH)
	r.renderHeader() // aligned with the text, whose margin setSize sets
	if keep {
		r.art.reveal(r.art.marks.spans[r.art.marks.cur])
	}
	r.side.setSize(l.sideW, l.sideH)

	r.layoutHelp()
	r.afterScroll()
}

// Update implements tea.Model. Handlers change state and mark what they
// changed; flush then draws each stale part once.
func (r *Reader) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		r.setSize(msg.Width, msg.Height)
	case LoadingMsg:
		cmd = r.wait(msg)
	case ContentMsg:
		if r.tour.on {
			r.stopTour("tour stopped: the article changed")
		}
		cmd = tea.Batch(r.reload(msg), r.spin())
		if r.tour.pending && !r.extracting && msg.Done {
			cmd = tea.Batch(cmd, r.startTour())
		}
	case spinner.TickMsg:
		cmd = r.spinnerTick(msg)
	case searchDoneMsg:
		r.searchDone(msg)
	case copiedMsg:
		r.copied(msg)
	case tourTickMsg:
		cmd = r.tourNext(msg)
	case NoticeMsg:
		r.notice = clean(oneLine(msg.Text))
	case tea.MouseMsg:
		if r.tour.on && msg.Action == tea.MouseActionPress {
			r.stopTour("tour stopped")
			break
		}
		r.mouse(msg)
	case tea.KeyMsg:
		if keys := splitBurst(msg); keys != nil {
			cmds := make([]tea.Cmd, len(keys))
			for i, k := range keys {
				cmds[i] = r.key(k)
			}
			cmd = tea.Batch(cmds...)
		} else {
			cmd = r.key(msg)
		}
	}
	r.flush()
	return r, cmd
}

// flush does the work an event left pending, once: a selection marks the
// article and scrolls it, a reload swaps both panes, a focus change lays
// everything out again, and drawing after each step would draw the same
// rows two or three times per key.
func (r *Reader) flush() {
	if r.live {
		r.live = false
		r.side.setOnScreen(r.onScreen())
		r.side.follow()
	}
	r.art.draw()
	r.side.draw()
	// One row, cheap to draw: the prompt and notices change it alone.
	r.renderStatus()
}

// onScreen lists the facts with a mention in the article's view, sorted.
// The slice is reused by the next call.
func (r *Reader) onScreen() []int {
	r.onBuf = r.index.inView(r.art.visible(), r.onBuf)
	return r.onBuf
}

func (r *Reader) key(msg tea.KeyMsg) tea.Cmd {
	km := r.km
	r.notice = ""
	if r.srch.typing {
		return r.promptKey(msg)
	}
	if r.tour.on {
		// Any key stops the tour and does nothing else; ctrl+c quits.
		if msg.Type == tea.KeyCtrlC {
			return tea.Quit
		}
		r.stopTour("tour stopped")
		return nil
	}
	switch {
	case key.Matches(msg, km.Quit):
		return tea.Quit
	case key.Matches(msg, km.Suspend):
		return tea.Suspend
	case key.Matches(msg, km.Help):
		r.showHelp = !r.showHelp
	case key.Matches(msg, km.Clear):
		switch {
		case r.showHelp:
			r.showHelp = false
		case r.srch.active():
			r.clearSearch()
		default:
			r.selectFact(-1)
		}
	case key.Matches(msg, km.Search):
		return r.openPrompt(false)
	case key.Matches(msg, km.SearchBack):
		return r.openPrompt(true)
	case key.Matches(msg, km.Copy):
		return r.copyFact()
	case key.Matches(msg, km.CopyAll):
		return r.copySheet()
	case key.Matches(msg, km.Tour):
		return r.startTour()
	case key.Matches(msg, km.Focus):
		r.toggleFocus()
	case key.Matches(msg, km.Sidebar):
		r.sideHidden = !r.sideHidden
		if r.sideHidden {
			r.focus = focusArticle
		}
		r.relayout()
	case key.Matches(msg, km.Next):
		r.step(1)
	case key.Matches(msg, km.Prev):
		r.step(-1)
	case key.Matches(msg, km.Jump):
		if r.selected < 0 && r.focus == focusSidebar {
			r.selectFact(r.firstOnScreen())
		}
		r.setCurrent(0)
	case r.focus == focusSidebar:
		r.sidebarKey(msg)
	default:
		r.articleKey(msg)
	}
	return nil
}

func (r *Reader) articleKey(msg tea.KeyMsg) {
	km, h := r.km, max(r.lay.artH, 1)
	switch {
	case key.Matches(msg, km.Up):
		r.art.scroll(-1)
	case key.Matches(msg, km.Down):
		r.art.scroll(1)
	case key.Matches(msg, km.PageUp):
		r.art.scroll(-max(h-1, 1))
	case key.Matches(msg, km.PageDown):
		r.art.scroll(max(h-1, 1))
	case key.Matches(msg, km.HalfUp):
		r.art.scroll(-max(h/2, 1))
	case key.Matches(msg, km.HalfDown):
		r.art.scroll(max(h/2, 1))
	case key.Matches(msg, km.Top):
		r.art.scrollTo(0)
	case key.Matches(msg, km.Bottom):
		r.art.scrollTo(r.art.maxTop())
	default:
		return
	}
	r.afterScroll()
}

// sidebarKey moves the selection. With none (after esc), up and down pick
// the first fact the reader is looking at, the natural place to start; the
// other keys keep their meaning in the list, paging from the top of the
// sidebar's view, since g and G picking a fact in the middle would be a
// surprise.
func (r *Reader) sidebarKey(msg tea.KeyMsg) {
	km, n := r.km, len(r.facts)
	if n == 0 {
		return
	}
	page := max(r.lay.sideH/2, 1)
	sel, from := r.selected, r.selected
	if from < 0 {
		from = r.side.firstInView()
	}
	switch {
	case key.Matches(msg, km.Up), key.Matches(msg, km.Down):
		switch {
		case sel < 0:
			sel = r.firstOnScreen()
		case key.Matches(msg, km.Up):
			sel--
		default:
			sel++
		}
	case key.Matches(msg, km.PageUp), key.Matches(msg, km.HalfUp):
		sel = from - page
	case key.Matches(msg, km.PageDown), key.Matches(msg, km.HalfDown):
		sel = from + page
	case key.Matches(msg, km.Top):
		sel = 0
	case key.Matches(msg, km.Bottom):
		sel = n - 1
	default:
		return
	}
	r.selectFact(min(max(sel, 0), n-1))
}

func (r *Reader) mouse(msg tea.MouseMsg) {
	if msg.Y < 0 || msg.Y >= r.lay.bodyH {
		// The status line is no pane: a click there must not reach the
		// sidebar's rows below its view.
		return
	}
	inSide := r.lay.sideH > 0 && (r.lay.stacked && msg.Y >= r.lay.bodyH-r.lay.sideH ||
		!r.lay.stacked && msg.X > r.lay.artW)
	switch {
	case msg.Action != tea.MouseActionPress:
	case msg.Button == tea.MouseButtonLeft && r.showHelp:
		// The help covers the panes' bottom rows: a click on it is not a
		// click on the fact under it.
	case msg.Button == tea.MouseButtonWheelUp || msg.Button == tea.MouseButtonWheelDown:
		d := 3
		if msg.Button == tea.MouseButtonWheelUp {
			d = -3
		}
		if inSide {
			r.side.scroll(d) // no follow: the reader moved the sidebar away on purpose
			return
		}
		r.art.scroll(d)
		r.afterScroll()
	case msg.Button == tea.MouseButtonLeft && inSide:
		y := msg.Y
		if r.lay.stacked {
			y -= r.lay.bodyH - r.lay.sideH
		}
		if f := r.side.factAt(y); f >= 0 {
			r.setFocus(focusSidebar)
			r.selectFact(f)
		}
	case msg.Button == tea.MouseButtonLeft && msg.Y < r.lay.bodyH:
		r.setFocus(focusArticle)
		if y := msg.Y - r.lay.headH; y >= 0 && y < r.lay.artH && msg.X < r.lay.artW {
			r.clickText(r.art.offsetAt(msg.X, y))
		}
	}
}

// clickText selects the fact mentioned at byte off of the text (a click
// on a mention), making that mention the current one; a click elsewhere
// selects nothing. Where mentions of two facts overlap, the selected
// fact wins, else the one whose mention is the tighter fit.
func (r *Reader) clickText(off int) {
	if off < 0 {
		return
	}
	hit, best, bestLen := -1, -1, 0
	for _, f := range r.index.inView(span{off, off + 1}, nil) {
		spans := r.facts[f].spans
		j := firstEndingAfter(spans, off)
		if j >= len(spans) || spans[j].start > off {
			continue
		}
		n := spans[j].end - spans[j].start
		if best < 0 || f == r.selected || best != r.selected && n < bestLen {
			hit, best, bestLen = j, f, n
		}
	}
	if best < 0 {
		return
	}
	if best != r.selected {
		r.selectFact(best)
	}
	r.byMatch = false
	r.setCurrent(hit)
}

func (r *Reader) toggleFocus() {
	if r.focus == focusSidebar {
		r.setFocus(focusArticle)
		return
	}
	r.sideHidden = false
	r.setFocus(focusSidebar)
	if r.selected < 0 && len(r.facts) > 0 {
		r.selectFact(r.firstOnScreen())
	}
}

func (r *Reader) setFocus(f focus) {
	if r.focus == f {
		return
	}
	r.focus = f
	r.side.setFocused(f == focusSidebar)
	r.relayout()
}

// firstOnScreen is the first fact with a mention in view, else the first.
// It asks the index, not the sidebar's marks, which are only brought up to
// date at the end of the event.
func (r *Reader) firstOnScreen() int {
	if on := r.onScreen(); len(on) > 0 {
		return on[0]
	}
	return 0
}

// selectFact selects fact i (-1: none) and highlights its mentions. The
// current mention is the first one in view, so selecting a fact the reader
// is looking at does not move the article; otherwise the article scrolls to
// the fact's first mention.
func (r *Reader) selectFact(i int) {
	if i >= len(r.facts) {
		i = -1
	}
	r.selected = i
	r.side.setSelected(i)
	r.byMatch = false
	if i < 0 {
		r.art.setMarks(marks{cur: -1})
		r.afterScroll()
		return
	}
	spans := r.facts[i].spans
	cur := -1
	if len(spans) > 0 {
		cur = 0
		v := r.art.visible()
		if j := (marks{spans: spans}).firstFrom(v.start); j < len(spans) && spans[j].start < v.end {
			cur = j
		}
	}
	r.art.setMarks(marks{spans: spans, cur: cur})
	r.revealCurrent()
}

// step is n (d = 1) and N (d = -1): the next or previous match of the
// search, or mention of the selected fact, whichever came last.
func (r *Reader) step(d int) {
	if r.byMatch && len(r.srch.matches) > 0 {
		r.stepMatch(d)
		return
	}
	r.stepMention(d)
}

// stepMention moves the current mention by d, wrapping at either end.
// With nothing selected it selects the first fact on screen, as the
// status line's hint promises, at its first mention in view.
func (r *Reader) stepMention(d int) {
	if r.selected < 0 {
		if len(r.facts) > 0 {
			r.selectFact(r.firstOnScreen())
		}
		return
	}
	n := len(r.art.marks.spans)
	if n == 0 {
		return
	}
	r.setCurrent(((r.art.marks.cur+d)%n + n) % n)
}

func (r *Reader) setCurrent(c int) {
	if r.selected < 0 || c >= len(r.art.marks.spans) {
		return
	}
	r.art.setMarks(marks{spans: r.art.marks.spans, cur: c})
	r.revealCurrent()
}

func (r *Reader) revealCurrent() {
	if m := r.art.marks; m.cur >= 0 {
		r.art.reveal(m.spans[m.cur])
	}
	r.afterScroll()
}

// afterScroll asks for the facts in view to be marked and the sidebar to
// follow the reading, at the end of the event (flush).
func (r *Reader) afterScroll() {
	r.live = true
}

// reload swaps in new content, keeping the reading position (the first
// visible byte) and the selection when the same fact is still there.
func (r *Reader) reload(msg ContentMsg) tea.Cmd {
	key, nth := "", 0
	if r.selected >= 0 {
		key, nth = r.facts[r.selected].key, r.facts[r.selected].nth
	}
	cur := r.art.marks.cur
	r.loading = !msg.Done
	r.waiting, r.extracting = "", msg.FactsPending
	r.showBusy()
	r.art.setText(msg.Doc.Text)
	r.setDoc(msg.Doc)
	r.art.emptyNote = ""
	if msg.Done {
		r.art.emptyNote = emptyArticle
	}
	r.relayout() // the header may have changed
	// The same fact is the one with the same key and as many equal facts
	// before it; if some of those went, the first with the key.
	r.selected = -1
	for i, f := range r.facts {
		if key != "" && f.key == key {
			if f.nth == nth {
				r.selected = i
				break
			}
			if r.selected < 0 {
				r.selected = i
			}
		}
	}
	r.side.setFacts(r.facts, r.selected)
	if r.selected >= 0 {
		spans := r.facts[r.selected].spans
		r.art.setMarks(marks{spans: spans, cur: min(cur, len(spans)-1)})
	}
	r.afterScroll()
	// The search's matches were spans of the old text: find them again.
	r.textGen++
	r.srch.folded = ""
	if r.srch.active() {
		return r.runSearch(r.srch.query, r.srch.back)
	}
	return nil
}

// View implements tea.Model. Every row was rendered by Update (flush);
// View only joins them.
func (r *Reader) View() string {
	l := r.lay
	if r.width == 0 || r.height == 0 {
		return ""
	}
	var b strings.Builder
	b.Grow((r.width + 16) * r.height * 2)
	rows := make([]string, 0, r.height)
	if l.stacked {
		rows = append(rows, r.headRows...)
		rows = append(rows, r.art.rows...)
		if l.rule {
			rows = append(rows, r.ruleRow())
		}
		rows = append(rows, r.side.rows...)
	} else {
		sep := r.pt.separator.render("│")
		if r.focus == focusSidebar {
			sep = r.pt.separatorFocus.render("│")
		}
		for i := 0; i < l.bodyH; i++ {
			var row string
			if i < l.headH {
				row = r.headRows[i]
			} else {
				row = r.art.rows[i-l.headH]
			}
			if l.sideH > 0 {
				row += sep + r.side.rows[i]
			}
			rows = append(rows, row)
		}
	}
	if r.showHelp {
		n := min(len(r.helpRows), len(rows))
		copy(rows[len(rows)-n:], r.helpRows[:n])
	}
	if l.hasStatus {
		rows = append(rows, r.status)
	}
	for i, row := range rows {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(row)
	}
	return b.String()
}

func (r *Reader) ruleRow() string {
	p := r.pt.separator
	if r.focus == focusSidebar {
		p = r.pt.separatorFocus
	}
	return p.render(strings.Repeat("─", r.width))
}

// layoutHelp renders the full key help for the width: as many key columns
// side by side as fit, the rest below, since bubbles/help would cut the
// columns that do not fit. It depends on nothing else (the key map is
// fixed for the reader's life), so a relayout for focus or the sidebar
// keeps the rows it has.
func (r *Reader) layoutHelp() {
	w := r.width
	if r.helpRows != nil && r.helpWidth == w {
		return
	}
	r.helpWidth = w
	r.helpRows = make([]string, 0, 8)
	r.help.Width = 0
	groups := r.km.FullHelp()
	for len(groups) > 0 {
		n := 1
		for n < len(groups) && ansi.StringWidth(firstLine(r.help.FullHelpView(groups[:n+1]))) <= w {
			n++
		}
		if len(r.helpRows) > 0 {
			r.helpRows = append(r.helpRows, strings.Repeat(" ", w))
		}
		for _, row := range strings.Split(r.help.FullHelpView(groups[:n]), "\n") {
			r.helpRows = append(r.helpRows, fitStyled(row, w))
		}
		groups = groups[n:]
	}
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}
