package main

import (
	"errors"
	"os"
	"strings"
	"testing"
)

func TestDarkBackground(t *testing.T) {
	noTTY := func() (*os.File, error) { return nil, errors.New("no terminal") }
	tests := []struct {
		name  string
		flag  string // "" for not given
		env   map[string]string
		dark  bool
		asked bool
		err   string
	}{
		{name: "flag light", flag: "light", env: map[string]string{"FACTPANE_THEME": "dark", "COLORFGBG": "15;0"}, dark: false},
		{name: "flag dark", flag: "dark", env: map[string]string{"COLORFGBG": "0;15"}, dark: true},
		{name: "env light", env: map[string]string{"FACTPANE_THEME": "light"}, dark: false},
		{name: "flag auto beats env", flag: "auto", env: map[string]string{"FACTPANE_THEME": "light", "COLORFGBG": "15;0"}, dark: true},
		{name: "bad env", env: map[string]string{"FACTPANE_THEME": "blue"}, dark: true, err: `FACTPANE_THEME=blue: want "auto", "dark" or "light"`},
		{name: "COLORFGBG light", env: map[string]string{"COLORFGBG": "0;15"}, dark: false},
		{name: "COLORFGBG dark", env: map[string]string{"COLORFGBG": "15;0", "TMUX": "x"}, dark: true},
		{name: "asks the terminal", env: map[string]string{"TERM": "tmux-256color"}, dark: true, asked: true},
		{name: "no colour: no question", env: map[string]string{"NO_COLOR": "1"}, dark: true},
		{name: "dumb: no question", env: map[string]string{"TERM": "dumb"}, dark: true},
	}
	for _, tt := range tests {
		theme := newThemeFlag()
		if tt.flag != "" {
			theme.Set(tt.flag)
		}
		asked := false
		dark, err := darkBackground(theme, func(k string) string { return tt.env[k] }, func() (*os.File, error) {
			asked = true
			return noTTY()
		})
		if dark != tt.dark || asked != tt.asked || (err == nil) != (tt.err == "") || err != nil && !strings.Contains(err.Error(), tt.err) {
			t.Errorf("%s: dark %v asked %v err %v; want %v %v %q", tt.name, dark, asked, err, tt.dark, tt.asked, tt.err)
		}
	}
}
