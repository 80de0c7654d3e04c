package input

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// markdownParts reads src as markdownDoc does, cut into parts of about
// size bytes whatever its length.
func markdownParts(t testing.TB, src string, size int) (Doc, []mdPart) {
	t.Helper()
	fm, body := frontMatter([]byte(src))
	parts := splitMarkdown(body, 0, size)
	m := mdWriter{title: fm.title}
	m.write(body, parts)
	m.finish()
	var doc Doc
	m.out.fill(&doc)
	doc.Title = m.title
	return doc, parts
}

// splitDocs are Markdown documents of the shapes that must not be cut
// inside: tables, fenced code and HTML blocks with blank lines, lists,
// block quotes, and link definitions far from their references.
func splitDocs() map[string]string {
	var table, list, fence, prose strings.Builder
	table.WriteString("Intro [ref] para.\n\n| District | Killed | Source |\n|:--|--:|:-:|\n")
	for i := range 300 {
		fmt.Fprintf(&table, "| Place %d 東京 | %d | [s%d](https://example.org/%d) |\n", i, i*7, i, i%20)
	}
	table.WriteString("| wide " + strings.Repeat("x", 50) + " | 1 | |\n\nAfter the table.\n\n[ref]: https://example.org/ref\n")
	for i := range 300 {
		fmt.Fprintf(&list, "- item %d with `code` and [a link](https://example.org/l/%d)\n", i, i%7)
		if i%50 == 0 {
			list.WriteString("  - nested\n")
		}
	}
	for i := range 40 {
		fmt.Fprintf(&fence, "Para %d.\n\n```\ncode\n\nstill code %d\n\n- not a list\n```\n\n<!--\n\nhidden %d\n\n-->\n\n<pre>\n\nkept\n\n</pre>\n\n> quote %d\n\n", i, i, i, i)
	}
	for i := range 200 {
		fmt.Fprintf(&prose, "## Part %d\n\nText with *emphasis* and a [reference][r%d] and a [late one][late].\n\n", i, i%5)
	}
	for i := range 5 {
		fmt.Fprintf(&prose, "[r%d]: https://example.org/r%d\n", i, i)
	}
	prose.WriteString("[late]: https://example.org/late\n")
	return map[string]string{"table": table.String(), "list": list.String(), "fences": fence.String(), "prose": prose.String()}
}

// TestMarkdownPartsReadAsWhole: a document read in parts is the document
// read whole, text, links and headings, for every part size.
func TestMarkdownPartsReadAsWhole(t *testing.T) {
	for name, src := range splitDocs() {
		whole, err := markdownDoc([]byte(src), nil)
		if err != nil {
			t.Fatal(err)
		}
		checkSpans(t, whole)
		cut := false
		for _, size := range []int{1, 100, 1000, 4000} {
			doc, parts := markdownParts(t, src, size)
			cut = cut || len(parts) > 1
			checkSpans(t, doc)
			if doc.Text != whole.Text {
				i := 0
				for i < len(doc.Text) && i < len(whole.Text) && doc.Text[i] == whole.Text[i] {
					i++
				}
				t.Errorf("%s in %d parts of %d bytes: text differs at %d: %q vs whole %q", name, len(parts), size, i, doc.Text[i:min(len(doc.Text), i+80)], whole.Text[i:min(len(whole.Text), i+80)])
				continue
			}
			if !reflect.DeepEqual(doc.Links, whole.Links) || !reflect.DeepEqual(doc.Headings, whole.Headings) {
				t.Errorf("%s in %d parts of %d bytes: spans differ", name, len(parts), size)
			}
		}
		if !cut {
			t.Errorf("%s was never cut", name)
		}
	}
}

func TestSplitMarkdownPlaces(t *testing.T) {
	src := "a\n\n```\nx\n\ny\n```\n\nb\n- c\n- d\n\n| h |\n|---|\n| 1 |\n| 2 |\n\n<!--\n\nz\n-->\n\ne\n"
	var got []string
	for _, p := range splitMarkdown([]byte(src), 0, 1) {
		got = append(got, fmt.Sprintf("%q%s", src[p.start:p.end], map[bool]string{true: " (table)"}[p.tableHead != ""]))
	}
	want := []string{`"a\n\n"`, "\"```\\nx\\n\\ny\\n```\\n\\n\"", `"b\n"`, `"- c\n"`, `"- d\n\n"`, `"| h |\n|---|\n"`, `"| 1 |\n" (table)`, `"| 2 |\n\n" (table)`, `"<!--\n\nz\n-->\n\n"`, `"e\n"`}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("parts:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
