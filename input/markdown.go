package input

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// markdownText reads Markdown the way a reader sees it rendered: the markup
// is gone, headings, emphasis, link and code text stay as plain words, list
// items keep a bullet or number, and blocks are separated by a blank line.
// Raw HTML, images and link targets are left out. The title is the first
// heading's text.
//
// The source is parsed to goldmark's CommonMark AST and the AST is walked,
// so emphasis inside words, escapes, entities, code spans holding '*' and
// the like all come out as a renderer would show them.
func markdownText(src []byte) (title, body string, err error) {
	defer func() {
		// As with HTML: a parser bug on odd input must not end factpane,
		// which may be reading this file on a library's worker goroutine.
		if r := recover(); r != nil {
			err = fmt.Errorf("could not read the Markdown: %v", r)
		}
	}()
	if tooDeep(src) {
		// Shown as written: the words are all there, only the markup is not
		// taken away. A real article never nests this deep.
		return "", string(src), nil
	}
	fmTitle, src := frontMatter(src)
	doc := goldmark.New().Parser().Parse(text.NewReader(src))
	md := mdWriter{src: src, title: fmTitle}
	md.blocks(doc, "")
	return md.title, strings.Join(md.out, ""), nil
}

// maxNesting is the deepest nesting of block quotes and lists a Markdown
// input may have to be parsed as Markdown. goldmark re-measures every open
// container's indentation from the start of the line for each line, so a
// line costs the square of its depth: 100,000 nested '>' took 3 s to parse
// and 3,000 nested lists 43 s, for inputs the size cap lets through and a
// URL's timeout does not cover. Capping the depth keeps parsing linear in
// the input's size.
const maxNesting = 32

// tooDeep reports whether some line of src could sit more than maxNesting
// containers deep: it counts the '>' and list markers before the line's
// text, and its indentation as one level per two columns (a nested list
// item is indented at least past its parent's marker, two columns for
// "- "). A line can only be as deep as its own prefix says, so depth in an
// input must show on one line. The count errs high (an indented line may be
// code), so only input no article has is read as plain text.
func tooDeep(src []byte) bool {
	for len(src) > 0 {
		line := src
		if i := bytes.IndexByte(src, '\n'); i >= 0 {
			line, src = src[:i], src[i+1:]
		} else {
			src = nil
		}
		if lineDepth(line) > maxNesting {
			return true
		}
	}
	return false
}

// lineDepth is the nesting tooDeep counts for one line: its markers, and
// a level per two columns of the whitespace among them (a tab counts four),
// not counting the one space a marker takes after it.
func lineDepth(line []byte) int {
	markers, ws := 0, 0
	for i := 0; i < len(line) && markers <= maxNesting; i++ {
		switch c := line[i]; {
		case c == ' ':
			ws++
		case c == '\t':
			ws += 4
		case c == '>':
			markers++
			i = skipSpace(line, i+1)
		case (c == '-' || c == '+' || c == '*') && endsMarker(line, i+1):
			markers++
			i = skipSpace(line, i+1)
		case c >= '0' && c <= '9':
			// An ordered list marker: up to nine digits, then '.' or ')'.
			j := i
			for j < len(line) && j-i < 9 && line[j] >= '0' && line[j] <= '9' {
				j++
			}
			if j == len(line) || line[j] != '.' && line[j] != ')' || !endsMarker(line, j+1) {
				return markers + ws/2
			}
			markers++
			i = skipSpace(line, j+1)
		default:
			return markers + ws/2
		}
	}
	return markers + ws/2
}

// skipSpace steps over the space after a marker at line[i-1]: it returns
// the index the loop's i++ will move past.
func skipSpace(line []byte, i int) int {
	if i < len(line) && line[i] == ' ' {
		return i
	}
	return i - 1
}

// endsMarker reports whether a list marker ending before line[i] is one:
// followed by whitespace or the end of the line.
func endsMarker(line []byte, i int) bool {
	return i == len(line) || line[i] == ' ' || line[i] == '\t' || line[i] == '\r'
}

// frontMatter splits off the metadata block that static-site generators
// put at the top of Markdown files (YAML between "---" lines, TOML between
// "+++" lines), which CommonMark would read as a rule and a heading. Its
// title, when it states one, is returned; the rest of it is not article
// text. Without a closing fence or any "key: value" line it is not front
// matter, and src is kept.
func frontMatter(src []byte) (title string, rest []byte) {
	first, body, _ := strings.Cut(string(src), "\n")
	fence, sep := strings.TrimRight(first, "\r"), ":"
	switch fence {
	case "---":
	case "+++":
		sep = "="
	default:
		return "", src
	}
	n, keys := len(first)+1, 0
	for body != "" {
		line, next, _ := strings.Cut(body, "\n")
		n += len(line) + 1
		line = strings.TrimRight(line, "\r")
		if line == fence || fence == "---" && line == "..." {
			if keys == 0 {
				break // a rule and a setext heading, say: text, not metadata
			}
			return title, src[min(n, len(src)):]
		}
		if k, v, ok := strings.Cut(line, sep); ok {
			keys++
			if strings.TrimSpace(k) == "title" && title == "" {
				title = strings.Trim(strings.TrimSpace(v), `"'`)
			}
		}
		body = next
	}
	return "", src
}

type mdWriter struct {
	src   []byte
	title string
	out   []string
	// tight is set after a tight list item, whose next item follows on
	// the next line rather than after a blank line.
	tight bool
	// indent is the nesting of the list being written.
	indent string
}

// emit appends one block of text with the separation it needs.
func (m *mdWriter) emit(s string, tight bool) {
	if s == "" {
		return
	}
	if len(m.out) > 0 {
		if tight && m.tight {
			m.out = append(m.out, "\n")
		} else {
			m.out = append(m.out, "\n\n")
		}
	}
	m.out = append(m.out, s)
	m.tight = tight
}

// blocks writes the block children of n; prefix goes before the first
// block written (a list item's bullet).
func (m *mdWriter) blocks(n ast.Node, prefix string) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		prefix = m.block(c, prefix)
	}
}

// block writes one block and returns the prefix still to be written.
func (m *mdWriter) block(n ast.Node, prefix string) string {
	switch n := n.(type) {
	case *ast.Heading:
		s := m.inlines(n)
		if m.title == "" {
			m.title = s
		}
		m.emit(prefix+s, false)
	case *ast.Paragraph:
		m.emit(prefix+m.inlines(n), false)
	case *ast.TextBlock:
		// a tight list item's text
		m.emit(prefix+m.inlines(n), true)
	case *ast.CodeBlock, *ast.FencedCodeBlock:
		m.emit(prefix+m.lines(n), false)
	case *ast.List:
		m.list(n, prefix)
	case *ast.HTMLBlock, *ast.ThematicBreak, *ast.LinkReferenceDefinition:
		return prefix
	default: // Blockquote and blocks of extensions
		m.blocks(n, prefix)
	}
	return ""
}

func (m *mdWriter) list(l *ast.List, prefix string) {
	outer := m.indent
	defer func() { m.indent = outer }()
	i := l.Start
	for item := l.FirstChild(); item != nil; item = item.NextSibling() {
		bullet := "• "
		if l.IsOrdered() {
			bullet = strconv.Itoa(i) + ". "
			i++
		}
		if prefix != "" {
			bullet = prefix + bullet
			prefix = ""
		} else {
			bullet = outer + bullet
		}
		m.indent = outer + "  "
		m.blocks(item, bullet)
	}
}

// lines returns a code block's lines as written.
func (m *mdWriter) lines(n ast.Node) string {
	var b strings.Builder
	segs := n.Lines()
	for i := 0; i < segs.Len(); i++ {
		seg := segs.At(i)
		b.Write(seg.Value(m.src))
	}
	return strings.TrimRight(b.String(), "\n")
}

// inlines returns the plain text of n's inline children.
func (m *mdWriter) inlines(n ast.Node) string {
	var b strings.Builder
	m.inline(&b, n)
	return strings.TrimSpace(b.String())
}

func (m *mdWriter) inline(b *strings.Builder, n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			b.Write(unescape(c.Value(m.src)))
			switch {
			case c.HardLineBreak():
				b.WriteByte('\n')
			case c.SoftLineBreak():
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(c.Value)
		case *ast.CodeSpan:
			for t := c.FirstChild(); t != nil; t = t.NextSibling() {
				if t, ok := t.(*ast.Text); ok {
					v := t.Segment.Value(m.src)
					b.Write([]byte(strings.ReplaceAll(string(v), "\n", " ")))
				}
			}
		case *ast.AutoLink:
			b.Write(c.Label(m.src))
		case *ast.Image, *ast.RawHTML:
			// an image's alt text and inline tags are not article text
		default: // Emphasis, Link and inlines of extensions
			m.inline(b, c)
		}
	}
}

// unescape resolves backslash escapes and character references the way
// goldmark's HTML renderer does, without the HTML escaping.
func unescape(v []byte) []byte {
	v = util.UnescapePunctuations(v)
	v = util.ResolveNumericReferences(v)
	return util.ResolveEntityNames(v)
}
