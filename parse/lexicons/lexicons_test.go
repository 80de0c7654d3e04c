package lexicons

import (
	"strings"
	"testing"
)

func TestLists(t *testing.T) {
	for _, name := range []string{"classes.txt", "keywords.txt", "sets.txt", "figures.txt"} {
		lists := Lists(name)
		if len(lists) == 0 {
			t.Fatalf("%s: no lists", name)
		}
		for _, l := range lists {
			if len(l.Head) == 0 || len(l.Lines) == 0 {
				t.Errorf("%s: list %v is empty or unnamed", name, l.Head)
			}
			for _, line := range l.Lines {
				if strings.HasPrefix(line, "#") || strings.TrimSpace(line) != line {
					t.Errorf("%s [%v]: comment or untrimmed line %q", name, l.Head, line)
				}
			}
		}
	}
}

func TestNamedAndPairs(t *testing.T) {
	if !Named("sets.txt", "eponymous-firms")["morgan stanley"] {
		t.Error("eponymous-firms: an entry with a space is one entry")
	}
	if got := Pairs("sets.txt", "currency-signs")["$"]; got != "USD" {
		t.Errorf(`currency-signs["$"] = %q, want USD`, got)
	}
	defer func() {
		if recover() == nil {
			t.Error("an unknown list must panic: the lists are part of the build")
		}
	}()
	Named("sets.txt", "no-such-list")
}

func TestEach(t *testing.T) {
	n := 0
	Each("demonyms.txt", func(e string) {
		if e == "" || strings.TrimSpace(e) != e {
			t.Errorf("demonyms.txt: entry %q", e)
		}
		n++
	})
	if n < 200 {
		t.Errorf("demonyms.txt: %d entries", n)
	}
}
