package ui

import (
	"github.com/charmbracelet/bubbles/spinner"
	tea "github.com/charmbracelet/bubbletea"
)

// LoadingMsg says what the reader is waiting for before it has any text
// ("fetching https://…"): the article pane shows it beside a spinner
// until a ContentMsg brings the text, and q still quits, so the program
// that sent it can cancel the work.
type LoadingMsg struct{ What string }

// newSpinner is the reader's spinner, drawn in the session's styles.
func newSpinner(st *Styles) spinner.Model {
	return spinner.New(spinner.WithSpinner(spinner.Dot), spinner.WithStyle(st.Spinner))
}

// busy reports whether something is on its way: the text, or its facts.
func (r *Reader) busy() bool { return r.waiting != "" || r.extracting }

// spin starts the spinner, when something is on its way; starting it
// twice is harmless (the spinner drops ticks it did not ask for).
func (r *Reader) spin() tea.Cmd {
	if !r.busy() {
		return nil
	}
	r.showBusy()
	return r.spinner.Tick
}

// spinnerTick advances the spinner while something is on its way; once
// nothing is, the ticks stop.
func (r *Reader) spinnerTick(msg spinner.TickMsg) tea.Cmd {
	if !r.busy() {
		return nil
	}
	var cmd tea.Cmd
	r.spinner, cmd = r.spinner.Update(msg)
	r.showBusy()
	return cmd
}

// showBusy draws what is on its way with the spinner's current frame.
func (r *Reader) showBusy() {
	glyph := r.spinner.View()
	line := ""
	if r.waiting != "" {
		line = glyph + r.pt.muted.render(r.waiting+"  (q to cancel)") // the glyph ends in a space
	}
	r.art.setWaiting(line)
	switch {
	case r.waiting != "":
		r.side.setPending(glyph, "waiting for the article…")
	case r.extracting:
		r.side.setPending(glyph, "finding facts…")
	default:
		r.side.setPending("", "")
	}
}

// wait is a LoadingMsg: no text yet, only what it waits for.
func (r *Reader) wait(msg LoadingMsg) tea.Cmd {
	r.waiting = clean(oneLine(msg.What))
	if r.waiting == "" {
		r.waiting = "loading"
	}
	r.loading = true
	return r.spin()
}
