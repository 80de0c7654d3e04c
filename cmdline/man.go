package cmdline

import (
	"fmt"
	"strings"
)

// Manual is a man page: the program's commands (their flags described by
// the FlagSets that parse them) and sections of prose and lists.
type Manual struct {
	Prog, Version, Summary string
	// Synopsis lines, one per way to run the program.
	Synopsis    []string
	Description string
	Main        Command
	Subs        []Command
	// Sections follow the options: keys, environment, exit status...
	Sections []Section
}

// Section is a titled part of the manual: a paragraph and/or a list of
// terms and their descriptions.
type Section struct {
	Title string
	Text  string
	Items [][2]string
}

// roff escapes text for a man page: backslashes and hyphens escaped,
// other than ASCII named, and a line starting with a dot or quote kept as
// text.
func roff(s string) string {
	s = strings.NewReplacer(`\`, `\e`, "-", `\-`).Replace(s)
	// Beyond ASCII, a character is named (\[u00BD]): man pages are not
	// read as UTF-8 everywhere.
	var b strings.Builder
	for _, r := range s {
		if r < 0x80 {
			b.WriteRune(r)
		} else {
			fmt.Fprintf(&b, `\[u%04X]`, r)
		}
	}
	s = b.String()
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, ".") || strings.HasPrefix(l, "'") {
			lines[i] = `\&` + l
		}
	}
	return strings.Join(lines, "\n")
}

// Man writes m as a man(7) page.
func (m Manual) Man() string {
	var b strings.Builder
	up := strings.ToUpper(m.Prog)
	b.WriteString(`.TH ` + up + ` 1 "" "` + roff(m.Prog+" "+m.Version) + `" "User Commands"` + "\n")
	b.WriteString(".SH NAME\n" + roff(m.Prog) + ` \- ` + roff(m.Summary) + "\n")
	b.WriteString(".SH SYNOPSIS\n")
	for i, s := range m.Synopsis {
		if i > 0 {
			b.WriteString(".br\n")
		}
		// The command, bold; what it does goes in the description.
		cmd, _, _ := strings.Cut(s, "   ")
		b.WriteString(`\fB` + roff(strings.TrimSpace(cmd)) + `\fR` + "\n")
	}
	b.WriteString(".SH DESCRIPTION\n")
	for i, p := range strings.Split(strings.TrimSpace(m.Description), "\n\n") {
		if i > 0 {
			b.WriteString(".PP\n")
		}
		b.WriteString(roff(p) + "\n")
	}
	options := func(title string, c Command) {
		b.WriteString(".SH " + roff(title) + "\n")
		if c.Summary != "" {
			b.WriteString(roff(c.Summary) + "\n")
		}
		for _, f := range c.Flags {
			tag := `\fB\-\-` + roff(f.Name) + `\fR`
			if f.Arg != "" {
				tag += ` \fI` + roff(f.Arg) + `\fR`
			}
			b.WriteString(".TP\n" + tag + "\n")
			text := f.Usage
			if f.Default != "" {
				text += " (default: " + f.Default + ")"
			}
			b.WriteString(roff(text) + "\n")
		}
	}
	options("OPTIONS", m.Main)
	for _, s := range m.Subs {
		options(strings.ToUpper(m.Prog+" "+s.Name)+" OPTIONS", s)
	}
	for _, s := range m.Sections {
		b.WriteString(".SH " + roff(strings.ToUpper(s.Title)) + "\n")
		if s.Text != "" {
			b.WriteString(roff(s.Text) + "\n")
		}
		for _, it := range s.Items {
			b.WriteString(".TP\n.B " + roff(it[0]) + "\n" + roff(it[1]) + "\n")
		}
	}
	return b.String()
}
