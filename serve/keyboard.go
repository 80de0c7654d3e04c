package serve

import (
	"bytes"
	"image/color"
	"io"
	"sync"
	"sync/atomic"
	"time"

	"github.com/charmbracelet/x/ansi"
)

// keyboard is a reader session's input: one goroutine reads the session
// into a buffer that the reader program reads from.
//
// Owning the reads lets the background-colour query take the terminal's
// answer out of the input, with a deadline, and hand every other byte on
// to the reader. wish's MakeRenderer read the session itself: on a client
// that never answered, it kept the first key the user pressed and waited
// for more, for ever (issue 12, item 4). Answers that arrive after the
// deadline are taken out too, for as long as the terminal may still send
// one: Bubble Tea v1 does not parse them, and would read one as alt+] and
// a string of keys.
type keyboard struct {
	mu      sync.Mutex
	changed *sync.Cond
	buf     []byte
	err     error // why the session's input ended, once buf is drained
	closed  bool

	// awaiting is set from the query until the terminal's DA1 answer,
	// which ends every answer; from is where in buf the next scan for
	// answers starts; bg is the background colour answered.
	awaiting bool
	expired  bool
	from     int
	bg       color.Color

	// last is when input last arrived (unix ns).
	last atomic.Int64
}

const (
	// maxPending bounds what the keyboard holds for a reader that is not
	// reading; beyond it the session is not read either, so the client's
	// SSH window fills and it stops sending.
	maxPending = 64 << 10
	// maxAnswer bounds an unfinished escape sequence the scan waits to
	// see the end of; a terminal's answer is under 40 bytes.
	maxAnswer = 256
	// backgroundQuery asks for the background colour (OSC 11), then for
	// the device attributes (DA1), which every terminal answers: its
	// answer marks the end of the background's, if any.
	backgroundQuery = ansi.RequestBackgroundColor + ansi.RequestPrimaryDeviceAttributes
)

// newKeyboard starts reading r.
func newKeyboard(r io.Reader) *keyboard {
	k := &keyboard{}
	k.changed = sync.NewCond(&k.mu)
	k.last.Store(time.Now().UnixNano())
	go k.pump(r)
	return k
}

func (k *keyboard) pump(r io.Reader) {
	chunk := make([]byte, 4096)
	for {
		n, err := r.Read(chunk)
		if n > 0 {
			k.last.Store(time.Now().UnixNano())
		}
		k.mu.Lock()
		for len(k.buf) >= maxPending && !k.closed {
			k.changed.Wait()
		}
		if k.closed {
			k.mu.Unlock()
			return
		}
		k.buf = append(k.buf, chunk[:n]...)
		if k.awaiting {
			k.scan()
		}
		if err != nil {
			k.err = err
		}
		k.changed.Broadcast()
		k.mu.Unlock()
		if err != nil {
			return
		}
	}
}

// Read gives the reader program what the client typed.
func (k *keyboard) Read(p []byte) (int, error) {
	k.mu.Lock()
	defer k.mu.Unlock()
	for len(k.buf) == 0 && k.err == nil && !k.closed {
		k.changed.Wait()
	}
	switch {
	case k.closed:
		return 0, io.EOF
	case len(k.buf) == 0:
		return 0, k.err
	}
	n := copy(p, k.buf)
	k.buf = k.buf[n:]
	k.from = max(k.from-n, 0)
	k.changed.Broadcast()
	return n, nil
}

// Close ends the reads: Read returns io.EOF (so the program's input
// goroutine ends with it) and the pump stops at its next chunk.
func (k *keyboard) Close() error {
	k.mu.Lock()
	k.closed = true
	k.changed.Broadcast()
	k.mu.Unlock()
	return nil
}

// queryBackground asks the terminal on w for its background colour and
// waits up to wait for the answer; nil if none came. Keys typed meanwhile
// stay in the input.
func (k *keyboard) queryBackground(w io.Writer, wait time.Duration) color.Color {
	k.mu.Lock()
	k.awaiting = true
	k.mu.Unlock()
	if _, err := io.WriteString(w, backgroundQuery); err != nil {
		return nil
	}
	t := time.AfterFunc(wait, func() {
		k.mu.Lock()
		k.expired = true
		k.changed.Broadcast()
		k.mu.Unlock()
	})
	defer t.Stop()
	k.mu.Lock()
	defer k.mu.Unlock()
	for k.awaiting && !k.expired && k.err == nil && !k.closed {
		k.changed.Wait()
	}
	return k.bg
}

// scan takes the terminal's answers out of buf[from:], noting the
// background colour, and stops awaiting at the DA1 answer. An unfinished
// sequence at the end stays in buf (it may be the Esc key) and is scanned
// again with what follows. k.mu is held.
func (k *keyboard) scan() {
	p := ansi.GetParser()
	defer ansi.PutParser(p)
	b := k.buf
	out := b[:k.from] // kept bytes, compacted in place
	i := k.from
	for i < len(b) {
		seq, _, n, state := ansi.DecodeSequence(b[i:], ansi.NormalState, p)
		n = max(n, 1)
		if state != ansi.NormalState {
			// Unfinished: scan it again once more has come, unless it is
			// too long to be an answer.
			k.from = len(out)
			if len(b)-i > maxAnswer {
				k.from += len(b) - i
			}
			k.buf = append(out, b[i:]...)
			return
		}
		cmd := ansi.Cmd(p.Command())
		switch {
		case ansi.HasOscPrefix(seq) && p.Command() == 11:
			// The decoder ends a string at an ESC without waiting for the
			// backslash of its ST ("ESC \"), which may come in the next
			// chunk.
			if !bytes.HasSuffix(seq, []byte{ansi.BEL}) && !bytes.HasSuffix(seq, []byte{ansi.ESC, '\\'}) {
				switch rest := b[i+n:]; {
				case len(rest) == 1 && rest[0] == ansi.ESC:
					k.from = len(out)
					k.buf = append(out, b[i:]...)
					return
				case bytes.HasPrefix(rest, []byte{ansi.ESC, '\\'}):
					n += 2
				}
			}
			if c := ansi.XParseColor(string(bytes.TrimPrefix(p.Data(), []byte("11;")))); c != nil {
				k.bg = c
			}
		case ansi.HasCsiPrefix(seq) && cmd.Prefix() == '?' && cmd.Final() == 'c':
			k.awaiting = false
			k.buf = append(out, b[i+n:]...)
			k.from = len(k.buf)
			return
		default:
			out = append(out, b[i:i+n]...)
		}
		i += n
	}
	k.buf = out
	k.from = len(out)
}
