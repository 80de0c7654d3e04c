package input

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"time"
)

// Streaming cadence. A text stream is shown as soon as its kind is known,
// then again as more complete lines arrive, but no more often than the
// reader can re-extract it: the pause grows with the text, so a fast pipe
// of a large article does not queue up extractions.
const (
	// decideAfter is how long a stream that starts with '<' may take to
	// show whether it is a web page before it is read as text.
	decideAfter = 300 * time.Millisecond
	// minEmitGap is the shortest pause between two updates.
	minEmitGap = 100 * time.Millisecond
	// emitBytesPerSecond scales the pause with the text's size, at about
	// the speed extraction runs (see parse's benchmarks).
	emitBytesPerSecond = 16 << 20
	// streamChunk is the read size.
	streamChunk = 64 << 10
)

// errOverCap marks a stream that went past the size cap.
var errOverCap = errors.New("over the size cap")

// Stream reads an article from r as it arrives and calls emit with the text
// so far, ending with one call with done set to the whole article. Plain
// text is shown line by line as it comes (complete lines only, so a
// character is never cut in half); a web page is read to its end first,
// because its article can only be found in the whole page. emit is called
// on Stream's goroutine; Stream returns when r ends or fails, or the input
// turns out not to be an article: then the error says why, as Read's
// would, and emit is not called with done.
func Stream(source string, r io.Reader, opt Options, emit func(doc Doc, done bool)) error {
	source = Sanitize(source)
	max := opt.SizeCap()
	chunks := make(chan chunk)
	result := make(chan error, 1)
	stop := make(chan struct{})
	defer close(stop)
	cr := &capReader{r: r, max: max}
	go func() {
		src := bomDecoder(cr)
		for {
			buf := make([]byte, streamChunk)
			n, err := src.Read(buf)
			if n > 0 {
				select {
				case chunks <- chunk{buf[:n], hasBOM(cr.head)}:
				case <-stop:
					return
				}
			}
			if err != nil {
				if err == io.EOF {
					err = nil
				}
				result <- err
				close(chunks)
				return
			}
		}
	}()

	s := streamer{source: source, emit: emit}
	var tick <-chan time.Time
	var timer *time.Timer
	arm := func(d time.Duration) {
		if timer == nil {
			timer = time.NewTimer(d)
		} else {
			timer.Reset(d)
		}
		tick = timer.C
	}
	defer func() {
		if timer != nil {
			timer.Stop()
		}
	}()
	for {
		select {
		case c, ok := <-chunks:
			if !ok {
				if err := <-result; err != nil {
					if errors.Is(err, errOverCap) {
						return SizeError(source, -1, max)
					}
					return describe(source, err)
				}
				return s.finish()
			}
			s.bom = s.bom || c.bom
			if err := s.add(c.b); err != nil {
				return err
			}
			if tick == nil && s.pending() {
				arm(s.wait())
			}
		case <-tick:
			tick = nil
			if s.f == formatAuto {
				s.decide()
			}
			if err := s.flush(); err != nil {
				return err
			}
			if s.pending() {
				arm(s.wait())
			}
		}
	}
}

// chunk is a piece of decoded input, and whether the input began with a
// byte-order mark (known once its first bytes are read).
type chunk struct {
	b   []byte
	bom bool
}

// streamer is the state of one Stream.
type streamer struct {
	source string
	emit   func(Doc, bool)
	f      format
	// raw holds the decoded bytes not yet shown (all of a web page).
	raw []byte
	// text is the sanitised text shown so far.
	text      strings.Builder
	converted bool
	// bom is set when a byte-order mark was decoded away: offsets are then
	// into the decoding, not the input.
	bom      bool
	checked  bool
	started  time.Time
	lastEmit time.Time
}

// add takes in a chunk and decides the format when it can.
func (s *streamer) add(b []byte) error {
	if err := checkText(s.source, b, false); err != nil {
		return err
	}
	if s.started.IsZero() {
		s.started = time.Now()
	}
	s.raw = append(s.raw, b...)
	if s.f == formatAuto {
		head := bytes.TrimLeft(s.raw, " \t\r\n")
		switch {
		case len(head) == 0:
		case head[0] != '<' || len(s.raw) >= sniffLen:
			s.decide()
		}
	}
	return nil
}

// decide settles the stream's format from what has come so far.
func (s *streamer) decide() {
	if err := checkText(s.source, s.raw, true); err != nil {
		// Known not to be text (a PDF, an image...): finish() reports it.
		s.f = formatText
		return
	}
	s.checked = true
	s.f = sniffFormat(s.raw)
}

// pending reports whether there is something to show at the next tick.
func (s *streamer) pending() bool {
	switch s.f {
	case formatAuto:
		return true
	case formatText:
		return bytes.IndexByte(s.raw, '\n') >= 0
	}
	return false // a web page waits for its end
}

// wait is how long until the next update.
func (s *streamer) wait() time.Duration {
	if s.f == formatAuto {
		return max(0, decideAfter-time.Since(s.started))
	}
	gap := minEmitGap + time.Duration(int64(s.text.Len())*int64(time.Second)/emitBytesPerSecond)
	return max(0, gap-time.Since(s.lastEmit))
}

// flush shows the complete lines that have come in.
func (s *streamer) flush() error {
	if s.f != formatText {
		return nil
	}
	if !s.checked {
		if err := checkText(s.source, s.raw, true); err != nil {
			return err
		}
		s.checked = true
	}
	nl := bytes.LastIndexByte(s.raw, '\n')
	if nl < 0 {
		return nil
	}
	s.take(nl + 1)
	s.lastEmit = time.Now()
	s.emit(s.doc(), false)
	return nil
}

// take moves the first n raw bytes into the shown text.
func (s *streamer) take(n int) {
	chunk := string(s.raw[:n])
	clean := Sanitize(chunk)
	s.converted = s.converted || clean != chunk
	s.text.WriteString(clean)
	s.raw = append(s.raw[:0], s.raw[n:]...)
}

func (s *streamer) doc() Doc {
	return Doc{Source: s.source, Text: s.text.String(), Converted: s.converted || s.bom}
}

// finish shows the whole article once the stream has ended.
func (s *streamer) finish() error {
	if s.f == formatAuto {
		s.decide()
	}
	if s.f == formatHTML {
		doc, err := decode(s.source, s.raw, formatHTML, "", nil)
		if err != nil {
			return err
		}
		s.emit(doc, true)
		return nil
	}
	if !s.checked && len(s.raw) > 0 {
		if err := checkText(s.source, s.raw, true); err != nil {
			return err
		}
	}
	s.take(len(s.raw))
	s.emit(s.doc(), true)
	return nil
}

// capReader fails with errOverCap once more than max bytes have been read,
// so a stream is refused at the cap rather than held in memory.
type capReader struct {
	r      io.Reader
	n, max int64
	// head is the input's first bytes, where a byte-order mark would be;
	// only the reading goroutine touches it.
	head []byte
}

func (c *capReader) Read(p []byte) (int, error) {
	if c.n > c.max {
		return 0, errOverCap
	}
	if room := c.max + 1 - c.n; int64(len(p)) > room {
		p = p[:room]
	}
	n, err := c.r.Read(p)
	if len(c.head) < 3 {
		c.head = append(c.head, p[:min(n, 3-len(c.head))]...)
	}
	c.n += int64(n)
	if c.n > c.max {
		return n, errOverCap
	}
	return n, err
}
