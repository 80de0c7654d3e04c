package termbg

import (
	"testing"
)

func TestFromCOLORFGBG(t *testing.T) {
	tests := []struct {
		v        string
		dark, ok bool
	}{
		{"15;0", true, true},
		{"0;15", false, true},
		{"0;default;15", false, true},
		{"7;0", true, true},
		{"0;7", false, true},
		{"15;8", true, true},
		{"default;default", false, false},
		{"", false, false},
		{"12", false, false},
		{"0;99", false, false},
	}
	for _, tt := range tests {
		if dark, ok := FromCOLORFGBG(tt.v); dark != tt.dark || ok != tt.ok {
			t.Errorf("FromCOLORFGBG(%q) = %v, %v; want %v, %v", tt.v, dark, ok, tt.dark, tt.ok)
		}
	}
}

func TestParseReply(t *testing.T) {
	tests := []struct {
		reply    string
		dark, ok bool
	}{
		{"\x1b]11;rgb:ffff/ffff/ffff\x1b\\", false, true},
		{"\x1b]11;rgb:0000/0000/0000\x07", true, true},
		{"\x1b]11;rgb:1e1e/1e1e/1e1e\x1b\\\x1b[3;1R", true, true},
		{"\x1b]11;rgb:fd/f6/e3\x07", false, true}, // two digits a channel (solarized light)
		{"\x1b]11;rgb:00/2b/36\x07", true, true},  // solarized dark
		{"junk\x1b[12;1R\x1b]11;rgb:eeee/eeee/eeee\x07", false, true},
		{"\x1b[12;1R", false, false},
		{"\x1b]11;rgb:zz/00/00\x07", false, false},
		{"", false, false},
	}
	for _, tt := range tests {
		if dark, ok := parseReply([]byte(tt.reply)); dark != tt.dark || ok != tt.ok {
			t.Errorf("parseReply(%q) = %v, %v; want %v, %v", tt.reply, dark, ok, tt.dark, tt.ok)
		}
	}
}

func TestMultiplexerAndPassthrough(t *testing.T) {
	envs := []struct {
		env  map[string]string
		want string
	}{
		{map[string]string{"TERM": "xterm-256color"}, ""},
		{map[string]string{"TERM": "screen-256color", "TMUX": "/tmp/tmux-0/default,1,0"}, "tmux"},
		{map[string]string{"TERM": "tmux-256color"}, "tmux"},
		{map[string]string{"TERM": "screen.xterm-256color", "STY": "1.pts-0.host"}, "screen"},
		{map[string]string{"TERM": "screen"}, "screen"},
	}
	for _, e := range envs {
		if got := Multiplexer(func(k string) string { return e.env[k] }); got != e.want {
			t.Errorf("Multiplexer(%v) = %q, want %q", e.env, got, e.want)
		}
	}
	q := "\x1b]11;?\x1b\\"
	for mux, want := range map[string]string{
		"":       q,
		"tmux":   "\x1bPtmux;\x1b\x1b]11;?\x1b\x1b\\\x1b\\",
		"screen": "\x1bP\x1b]11;?\x1b\\\x1b\\",
	} {
		if got := Passthrough(mux, q); got != want {
			t.Errorf("Passthrough(%q) = %q, want %q", mux, got, want)
		}
	}
}
