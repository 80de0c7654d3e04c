// Package samples embeds the articles factpane ships with. The first is
// what `factpane` opens when it is given no input; the SSH server offers all
// of them in its library.
package samples

import (
	"embed"
	"path"
	"sort"
	"strings"
)

//go:embed *.txt
var files embed.FS

// Default is the sample opened when no input is given.
const Default = "paris-attacks"

// Names lists the samples by name (file stem), Default first.
func Names() []string {
	entries, _ := files.ReadDir(".")
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		names = append(names, strings.TrimSuffix(e.Name(), path.Ext(e.Name())))
	}
	sort.SliceStable(names, func(i, j int) bool {
		return names[i] == Default || names[j] != Default && names[i] < names[j]
	})
	return names
}

// Get returns the text of the sample called name. Names are looked up in
// the embedded list, never joined to a path by the caller.
func Get(name string) (string, bool) {
	for _, n := range Names() {
		if n == name {
			b, err := files.ReadFile(n + ".txt")
			return string(b), err == nil
		}
	}
	return "", false
}
