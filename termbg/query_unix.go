//go:build unix

package termbg

import (
	"os"
	"time"

	"golang.org/x/sys/unix"
	"golang.org/x/term"
)

// Timeouts of a query. A terminal answers the cursor-position request at
// once, so the first bounds only a terminal that is not there; the second
// is how long a reply passed through a multiplexer may take, which also
// comes from the terminal outside (a few ms locally, a round trip over
// SSH).
const (
	answerTimeout      = time.Second
	passthroughTimeout = 150 * time.Millisecond
)

// Query asks the terminal tty (opened for reading and writing, as
// /dev/tty) for its background colour and says whether it is dark; ok is
// false when it would not say. mux is the multiplexer in between
// (Multiplexer): tmux 3.4 and later answer for the terminal themselves,
// older tmux and screen only pass the question on when asked to (tmux's
// allow-passthrough option), so a question passed through is tried when
// a plain one gets no answer.
//
// It must run before anything else reads the terminal (before the Bubble
// Tea program starts): the answer arrives as input. It does nothing for a
// process in the background, which would be stopped for touching the
// terminal.
func Query(tty *os.File, mux string) (dark, ok bool) {
	fd := int(tty.Fd())
	if !term.IsTerminal(fd) {
		return false, false
	}
	if pgrp, err := unix.IoctlGetInt(fd, unix.TIOCGPGRP); err != nil || pgrp != unix.Getpgrp() {
		return false, false
	}
	return ask(tty, mux, answerTimeout, passthroughTimeout)
}

// ask is Query past its checks, with its timeouts given (tests run it on
// a pseudo-terminal of their own).
func ask(tty *os.File, mux string, answer, passed time.Duration) (dark, ok bool) {
	fd := int(tty.Fd())
	old, err := term.MakeRaw(fd)
	if err != nil {
		return false, false
	}
	defer term.Restore(fd, old)

	const question = "\x1b]11;?\x1b\\"
	// The cursor request after it is answered by every terminal, in
	// order, so its answer says no colour is coming.
	if _, err := tty.WriteString(question + "\x1b[6n"); err != nil {
		return false, false
	}
	got := readUntil(fd, answer, cursorReply.Match)
	if dark, ok := parseReply(got); ok || mux == "" {
		return dark, ok
	}
	if _, err := tty.WriteString(Passthrough(mux, question)); err != nil {
		return false, false
	}
	return parseReply(readUntil(fd, passed, oscReply.Match))
}

// readUntil reads fd until what it read satisfies done or the timeout
// passes, and returns what it read.
func readUntil(fd int, timeout time.Duration, done func([]byte) bool) []byte {
	var got []byte
	buf := make([]byte, 256)
	deadline := time.Now().Add(timeout)
	for len(got) < 4096 {
		left := time.Until(deadline)
		if left <= 0 {
			break
		}
		fds := []unix.PollFd{{Fd: int32(fd), Events: unix.POLLIN}}
		n, err := unix.Poll(fds, int(left.Milliseconds())+1)
		if err == unix.EINTR {
			continue
		}
		if err != nil || n == 0 {
			break
		}
		n, err = unix.Read(fd, buf)
		if n > 0 {
			got = append(got, buf[:n]...)
			if done(got) {
				break
			}
		}
		if err != nil && err != unix.EINTR && err != unix.EAGAIN {
			break
		}
	}
	return got
}
