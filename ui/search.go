package ui

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
)

// maxMatches bounds the matches a search keeps: a one-letter search of a
// 10 MB article would otherwise hold millions of spans. The count then
// reads "[3/100000+]".
const maxMatches = 100000

// search is the reader's search of the text, as less and vim have it: /
// searches forward from the top of the view and ? backward, n repeats in
// the same direction and N in the other, esc clears. It ignores case
// unless the query has a capital (smart case). The text is searched once
// per query, in a command off the event loop; n, N and scrolling then
// only move among the matches found.
type search struct {
	input  textinput.Model
	typing bool // the prompt is open
	back   bool // the search went backward (?): n goes backward

	query   string // the search in effect, "" for none
	matches []span
	capped  bool // more matches than maxMatches
	cur     int

	gen int // the latest search started; older results are dropped

	// folded is the text with its case folded (foldCase), kept for the
	// next case-insensitive search of the same text (foldedGen).
	folded    string
	foldedGen int
}

func newSearch(st *Styles) search {
	in := textinput.New()
	in.Prompt = "/"
	in.CharLimit = 256
	in.PromptStyle = st.Prompt
	in.TextStyle = st.Item
	in.PlaceholderStyle = st.Muted
	in.CompletionStyle = st.Muted
	// The cursor draws with the session's renderer too, and does not
	// blink: a blinking cursor is a timer firing for every idle reader.
	in.Cursor.Style = st.Prompt
	in.Cursor.TextStyle = st.Item
	in.Cursor.SetMode(cursor.CursorStatic)
	return search{input: in, cur: -1}
}

// active reports whether a search is in effect.
func (s *search) active() bool { return s.query != "" }

// searchDoneMsg carries a search's matches back to the reader.
type searchDoneMsg struct {
	gen     int
	query   string
	matches []span
	capped  bool
	// folded is the case-folded text, when the search made it, and the
	// text generation it was made for.
	folded    string
	foldedGen int
}

// searchCmd finds every match of query in text. text is a Go string,
// immutable, so the command can read it while the reader goes on.
func searchCmd(gen int, text, query string, folded string, textGen int) tea.Cmd {
	return func() tea.Msg {
		msg := searchDoneMsg{gen: gen, query: query, foldedGen: -1}
		hay, needle := text, query
		if !hasUpper(query) {
			if folded == "" {
				folded = foldCase(text)
				msg.folded, msg.foldedGen = folded, textGen
			}
			hay, needle = folded, foldCase(query)
		}
		msg.matches, msg.capped = findAll(hay, needle, maxMatches)
		return msg
	}
}

// findAll returns the spans of the non-overlapping occurrences of needle
// in hay, in order, at most limit of them (capped says there were more).
func findAll(hay, needle string, limit int) (spans []span, capped bool) {
	if needle == "" {
		return nil, false
	}
	for off := 0; off < len(hay); {
		i := strings.Index(hay[off:], needle)
		if i < 0 {
			break
		}
		if len(spans) == limit {
			return spans, true
		}
		s := off + i
		spans = append(spans, span{s, s + len(needle)})
		off = s + len(needle)
	}
	return spans, false
}

// hasUpper reports whether s has an upper-case letter: such a query is
// searched for as typed.
func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// foldCase lower-cases s letter by letter, keeping each letter whose
// lower case has another UTF-8 length as it is, so an offset in the
// result is the same offset in s: matches found in the folded text are
// spans of the text itself.
func foldCase(s string) string {
	b := make([]byte, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[i] = c
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if l := unicode.ToLower(r); l != r && utf8.RuneLen(l) == n {
			utf8.EncodeRune(b[i:], l)
		} else {
			copy(b[i:i+n], s[i:i+n])
		}
		i += n
	}
	return string(b)
}

// openPrompt opens the search prompt, / (back false) or ?.
func (r *Reader) openPrompt(back bool) tea.Cmd {
	r.srch.typing, r.srch.back = true, back
	r.srch.input.Prompt = "/"
	if back {
		r.srch.input.Prompt = "?"
	}
	r.srch.input.Reset()
	r.srch.input.Width = max(r.width-2, 1)
	return r.srch.input.Focus()
}

// promptKey handles a key while the prompt is open: enter searches (an
// empty query repeats the last one), esc closes it, ctrl+c still quits,
// anything else edits the query.
func (r *Reader) promptKey(msg tea.KeyMsg) tea.Cmd {
	switch msg.Type {
	case tea.KeyCtrlC:
		return tea.Quit
	case tea.KeyEsc:
		r.closePrompt()
		return nil
	case tea.KeyEnter:
		q := r.srch.input.Value()
		if q == "" {
			q = r.srch.query
		}
		r.closePrompt()
		if q == "" {
			return nil
		}
		return r.runSearch(q, r.srch.back)
	}
	var cmd tea.Cmd
	r.srch.input, cmd = r.srch.input.Update(msg)
	return cmd
}

func (r *Reader) closePrompt() {
	r.srch.typing = false
	r.srch.input.Blur()
}

// runSearch starts a search for q: its matches come back in a
// searchDoneMsg.
func (r *Reader) runSearch(q string, back bool) tea.Cmd {
	r.srch.gen++
	r.srch.back = back
	folded := ""
	if r.srch.foldedGen == r.textGen {
		folded = r.srch.folded
	}
	return searchCmd(r.srch.gen, r.art.text, q, folded, r.textGen)
}

// searchDone takes a search's matches: the current one is the first at or
// after the top of the view (/) or the last before it (?), wrapping
// round, so a search starts where the reader is reading.
func (r *Reader) searchDone(msg searchDoneMsg) {
	if msg.foldedGen == r.textGen && msg.folded != "" {
		r.srch.folded, r.srch.foldedGen = msg.folded, msg.foldedGen
	}
	if msg.gen != r.srch.gen {
		return // a newer search, or the text changed since
	}
	if len(msg.matches) == 0 {
		r.clearSearch()
		r.notice = "not found: " + clean(msg.query)
		return
	}
	r.srch.query, r.srch.matches, r.srch.capped = msg.query, msg.matches, msg.capped
	top := r.art.visible().start
	cur := firstEndingAfter(msg.matches, top)
	for cur < len(msg.matches) && msg.matches[cur].start < top {
		cur++ // one that began above the view
	}
	if r.srch.back {
		cur--
	}
	r.byMatch = true
	r.setMatch(cur)
}

// stepMatch moves to the next match in the search's direction (d = 1,
// n) or against it (d = -1, N), wrapping round at either end and saying
// so.
func (r *Reader) stepMatch(d int) {
	if r.srch.back {
		d = -d
	}
	n := len(r.srch.matches)
	next := r.srch.cur + d
	switch {
	case next >= n:
		r.notice = "search wrapped to the top"
	case next < 0:
		r.notice = "search wrapped to the bottom"
	}
	r.byMatch = true
	r.setMatch(next)
}

// setMatch makes match i (taken round the ends) current and shows it.
func (r *Reader) setMatch(i int) {
	n := len(r.srch.matches)
	r.srch.cur = (i%n + n) % n
	r.art.setFound(marks{spans: r.srch.matches, cur: r.srch.cur})
	r.art.reveal(r.srch.matches[r.srch.cur])
	r.afterScroll()
}

// clearSearch ends the search: no matches drawn, n and N back on the
// selected fact's mentions.
func (r *Reader) clearSearch() {
	r.srch.query, r.srch.matches, r.srch.capped, r.srch.cur = "", nil, false, -1
	r.srch.gen++ // a search still running is dropped
	r.byMatch = false
	r.art.setFound(marks{cur: -1})
}
