// Package lexicons holds the word lists package parse reads (sources and
// licences in README.md) and reads their two formats: a plain list, one
// entry a line (given.txt, nameparts.txt, common.txt, demonyms.txt,
// places.txt, and the knowledge lists regions.txt, orgs.txt, notable.txt,
// surnames.txt, org-heads.txt, event-heads.txt, event-tails.txt), and a file of named lists (classes.txt, keywords.txt,
// sets.txt), where a "[...]" line starts a list and names it. In both,
// blank lines and lines starting with "#" are skipped.
//
// The package knows the formats, not what the words mean: parse builds
// its tables from what it reads here.
package lexicons

import (
	"embed"
	"fmt"
	"strings"
)

//go:embed *.txt curated/news-media.txt
var files embed.FS

// read returns an embedded file. The files are built into the binary, so
// a missing one is a build defect, not an input error.
func read(name string) string {
	b, err := files.ReadFile(name)
	if err != nil {
		panic(fmt.Sprintf("lexicons: no embedded list %s", name))
	}
	return string(b)
}

// Each calls f with every entry of the plain list name, in file order:
// the line without the spaces around it.
func Each(name string, f func(entry string)) {
	// line by line, without a slice of them: the knowledge lists have
	// tens of thousands of entries
	text := read(name)
	for len(text) > 0 {
		line, rest, _ := strings.Cut(text, "\n")
		text = rest
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			f(line)
		}
	}
}

// List is one named list of a file of lists.
type List struct {
	// Head is the words of the list's "[...]" line: its name, or for
	// keywords.txt the classes and attributes its words get.
	Head []string
	// Lines are the list's lines, comments and blank lines left out.
	Lines []string
}

// Words returns the list's entries when they are words: every line split
// at spaces.
func (l List) Words() []string {
	var ws []string
	for _, line := range l.Lines {
		ws = append(ws, strings.Fields(line)...)
	}
	return ws
}

// Lists returns the lists of the file name in file order.
func Lists(name string) []List {
	var out []List
	for _, line := range lines(read(name)) {
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			out = append(out, List{Head: strings.Fields(line[1 : len(line)-1])})
			continue
		}
		if len(out) == 0 {
			panic(fmt.Sprintf("lexicons: %s: %q before the first [list]", name, line))
		}
		out[len(out)-1].Lines = append(out[len(out)-1].Lines, line)
	}
	return out
}

// Named returns the entries (lines) of the list of file name whose head
// is list, as a set.
func Named(name, list string) map[string]bool {
	set := map[string]bool{}
	for _, l := range Lists(name) {
		if len(l.Head) == 1 && l.Head[0] == list {
			for _, e := range l.Lines {
				set[e] = true
			}
			return set
		}
	}
	panic(fmt.Sprintf("lexicons: %s has no list [%s]", name, list))
}

// Pairs returns the list of file name whose head is list as a map from
// each line's first field to its second ("$ USD").
func Pairs(name, list string) map[string]string {
	m := map[string]string{}
	for e := range Named(name, list) {
		k, v, ok := strings.Cut(e, " ")
		if !ok {
			panic(fmt.Sprintf("lexicons: %s [%s]: %q is no pair", name, list, e))
		}
		m[k] = strings.TrimSpace(v)
	}
	return m
}

// lines returns the lines of a file that are neither blank nor comments,
// trimmed.
func lines(text string) []string {
	var out []string
	for len(text) > 0 {
		line, rest, _ := strings.Cut(text, "\n")
		text = rest
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			out = append(out, line)
		}
	}
	return out
}
