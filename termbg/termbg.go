// Package termbg finds out whether a terminal's background is dark, so
// the reader can pick the palette that reads on it: from COLORFGBG, which
// some terminals (rxvt, Konsole) and users set, or by asking the terminal
// itself with OSC 11, also from inside tmux and GNU screen, which
// termenv (and so Lip Gloss) does not try.
package termbg

import (
	"regexp"
	"strconv"
	"strings"
)

// FromCOLORFGBG reads the background from a COLORFGBG value
// ("15;0", "0;default;15"): its last field is the background's index in
// the 16-colour palette. Indexes 7 and 9–15 are the light ones in every
// common palette. ok is false when the value says nothing usable.
func FromCOLORFGBG(v string) (dark, ok bool) {
	if !strings.Contains(v, ";") {
		return false, false
	}
	fields := strings.Split(v, ";")
	i, err := strconv.Atoi(fields[len(fields)-1])
	if err != nil || i < 0 || i > 15 {
		return false, false
	}
	return i != 7 && i < 9, true
}

// oscReply matches a terminal's answer to OSC 11 ("what is your
// background colour?"): rgb:RRRR/GGGG/BBBB with 1 to 4 hex digits a
// channel, ended by BEL or ST.
var oscReply = regexp.MustCompile(`\x1b\]11;rgb:([0-9a-fA-F]{1,4})/([0-9a-fA-F]{1,4})/([0-9a-fA-F]{1,4})(?:\x07|\x1b\\)`)

// cursorReply matches the answer to CSI 6n (the cursor position), which
// every terminal gives: sent after OSC 11, it marks the end of the
// terminal's answers.
var cursorReply = regexp.MustCompile(`\x1b\[[0-9]+;[0-9]+R`)

// parseReply finds an OSC 11 answer in b and says whether the colour it
// names is dark: its perceived lightness under one half, as Lip Gloss
// judges a background.
func parseReply(b []byte) (dark, ok bool) {
	m := oscReply.FindSubmatch(b)
	if m == nil {
		return false, false
	}
	var ch [3]float64
	for i := range ch {
		v, err := strconv.ParseUint(string(m[i+1]), 16, 32)
		if err != nil {
			return false, false
		}
		ch[i] = float64(v) / float64(uint64(1)<<(4*len(m[i+1]))-1)
	}
	return IsDark(ch[0], ch[1], ch[2]), true
}

// IsDark reports whether a colour of red, green and blue in [0, 1] is a
// dark background: its HSL lightness is under one half (termenv's rule).
func IsDark(r, g, b float64) bool {
	return (max(r, g, b)+min(r, g, b))/2 < 0.5
}

// Multiplexer names the terminal multiplexer the process runs in, from
// its environment: "tmux", "screen" or "" for none. TMUX and STY are set
// inside a local tmux or screen; over SSH only TERM is known, and
// "screen*" may be either (tmux's old default).
func Multiplexer(getenv func(string) string) string {
	switch term := getenv("TERM"); {
	case getenv("TMUX") != "" || strings.HasPrefix(term, "tmux"):
		return "tmux"
	case getenv("STY") != "" || strings.HasPrefix(term, "screen"):
		return "screen"
	}
	return ""
}

// Passthrough wraps an escape sequence so that multiplexer mux hands it
// to the terminal outside instead of acting on it (tmux only with its
// allow-passthrough option on). Inside tmux, each ESC of seq is doubled.
func Passthrough(mux, seq string) string {
	switch mux {
	case "tmux":
		return "\x1bPtmux;" + strings.ReplaceAll(seq, "\x1b", "\x1b\x1b") + "\x1b\\"
	case "screen":
		return "\x1bP" + seq + "\x1b\\"
	}
	return seq
}
