package ui

import (
	"bytes"
	"io"
	"strconv"
	"strings"
	"sync"

	"github.com/aymanbagabas/go-osc52/v2"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/factpane/factpane/sheet"
)

// Clipboard returns a Term.Copy that puts text on the clipboard of the
// terminal w draws on, with OSC 52: the terminal does it, so it works
// over SSH too. Inside a multiplexer (mux "tmux" or "screen") the
// sequence is also sent through the passthrough, since tmux drops OSC 52
// from programs unless its set-clipboard option is on, while with
// allow-passthrough on it hands the wrapped one to the terminal outside.
// w must be the program's output, serialised with it (SyncOutput), or
// the sequence could land in the middle of a frame.
func Clipboard(w io.Writer, mux string) func(string) error {
	return func(text string) error {
		seq := osc52.New(text)
		out := seq.String()
		switch mux {
		case "tmux":
			out += seq.Tmux().String()
		case "screen":
			out += seq.Screen().String()
		}
		_, err := io.WriteString(w, out)
		return err
	}
}

// SyncOutput returns w made safe for the program's renderer and the
// reader's own sequences (Clipboard) to write to from their goroutines:
// each Write reaches w whole. When w is a terminal (an *os.File) the
// result still is one to Bubble Tea, which asks it for its size and
// modes.
func SyncOutput(w io.Writer) io.Writer {
	s := &syncWriter{w: w}
	if f, ok := w.(terminalFile); ok {
		return &syncFile{syncWriter: s, f: f}
	}
	return s
}

// terminalFile is what Bubble Tea recognises as a terminal (x/term's
// File).
type terminalFile interface {
	io.ReadWriteCloser
	Fd() uintptr
}

type syncWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (s *syncWriter) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.Write(p)
}

type syncFile struct {
	*syncWriter
	f terminalFile
}

func (s *syncFile) Read(p []byte) (int, error) { return s.f.Read(p) }
func (s *syncFile) Close() error               { return s.f.Close() }
func (s *syncFile) Fd() uintptr                { return s.f.Fd() }

// copiedMsg reports a copy's end: what was copied, or why it was not.
type copiedMsg struct {
	what string
	err  error
}

// copyFact is y: the selected fact as one line.
func (r *Reader) copyFact() tea.Cmd {
	if r.selected < 0 {
		r.notice = "nothing selected to copy: pick a fact first (tab, n)"
		return nil
	}
	f := r.facts[r.selected]
	return r.copy(f.line(), "“"+f.line()+"”")
}

// copySheet is Y: the whole fact sheet, as --plain prints it.
func (r *Reader) copySheet() tea.Cmd {
	var b bytes.Buffer
	if err := sheet.Write(&b, r.doc.Article); err != nil {
		r.notice = "cannot copy: " + err.Error()
		return nil
	}
	n := strings.Count(b.String(), "\n")
	return r.copy(b.String(), "the fact sheet ("+strconv.Itoa(n)+" lines)")
}

// copy sends text to the clipboard in a command: writing to a slow SSH
// client must not hold up the event loop.
func (r *Reader) copy(text, what string) tea.Cmd {
	cp := r.set.term.Copy
	if cp == nil {
		r.notice = "no clipboard here: this terminal cannot be reached with OSC 52"
		return nil
	}
	return func() tea.Msg { return copiedMsg{what: what, err: cp(text)} }
}

func (r *Reader) copied(msg copiedMsg) {
	if msg.err != nil {
		r.notice = "cannot copy: " + clean(msg.err.Error())
		return
	}
	r.notice = "copied " + msg.what + " to the clipboard"
}
