package input

import (
	"bytes"
	"fmt"
	"net/url"
	"strconv"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// markdownDoc reads Markdown the way a reader sees it rendered: the markup
// is gone, emphasis and code text stay as plain words, list items keep a
// bullet or number, GFM tables are laid out as aligned columns, and blocks
// are separated by a blank line. Headings are recorded as such, the first
// one being the title unless the front matter names one; a link's text is
// followed by its number, " [1]", and the text ends with the numbered list
// of link targets; a footnote's reference is a superscript number, "¹",
// and its text is listed under "Notes" before the links. Raw HTML and
// images are left out.
//
// The source is parsed to goldmark's CommonMark AST (with the GFM table
// and footnote extensions) and the AST is walked, so emphasis inside
// words, escapes, entities, code spans holding '*' and the like all come
// out as a renderer would show them. Relative links are resolved against
// base, the page's address when the Markdown was fetched; without one
// they are not links.
func markdownDoc(src []byte, base *url.URL) (doc Doc, err error) {
	defer func() {
		// As with HTML: a parser bug on odd input must not end factpane,
		// which may be reading this file on a library's worker goroutine.
		if r := recover(); r != nil {
			doc, err = Doc{}, fmt.Errorf("could not read the Markdown: %v", r)
		}
	}()
	if tooDeep(src) {
		// Shown as written: the words are all there, only the markup is not
		// taken away. A real article never nests this deep.
		var t textBuf
		t.writeBytes(src)
		t.fill(&doc)
		return doc, nil
	}
	fm, src := frontMatter(src)
	m := mdWriter{base: base, title: fm.title}
	m.out.b = make([]byte, 0, len(src)+len(src)/8) // markup out, padding in
	m.write(src, splitMarkdown(src, splitAbove, partSize))
	m.finish()
	m.out.fill(&doc)
	doc.Title, doc.Byline, doc.Date = m.title, fm.byline, fm.date
	return doc, nil
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

// mdWriter writes a Markdown document's AST as text.
type mdWriter struct {
	// src is the source the AST being written was parsed from (a part of
	// the input, when it is read in parts).
	src  []byte
	base *url.URL
	out  textBuf
	// links numbers the link targets.
	links linkSet
	title string
	// tight is set after a tight list item, whose next item follows on
	// the next line rather than after a blank line.
	tight bool
	// indent is the nesting of the list being written.
	indent string
	// plain writes inline text without link and footnote marks (a title).
	plain bool
	// table is a table read but not yet laid out: its column widths are
	// known only at its end, which may be in a later part of the input.
	table *mdTable
	// notes are the footnotes, written after the text; noteBase is the
	// number of notes the parts before this one had.
	notes    []mdNote
	noteBase int
}

// mdNote is a footnote: its number and its definition, with the source
// that definition was parsed from.
type mdNote struct {
	n    int
	node ast.Node
	src  []byte
}

// notesHeading heads the footnotes.
const notesHeading = "Notes"

// newMarkdown is the parser factpane reads Markdown with: CommonMark, GFM
// tables and footnotes.
func newMarkdown() goldmark.Markdown {
	return goldmark.New(goldmark.WithExtensions(extension.Table, extension.Footnote))
}

// write writes a document's text, part by part (see splitMarkdown).
func (m *mdWriter) write(src []byte, parts []mdPart) {
	p := newMarkdown().Parser()
	var refs []parser.Reference
	if len(parts) > 1 {
		refs = linkDefinitions(p, src)
	}
	parse := func(b []byte) ast.Node {
		ctx := parser.NewContext()
		for _, r := range refs {
			ctx.AddReference(r)
		}
		return p.Parse(text.NewReader(b), parser.WithContext(ctx))
	}
	for _, part := range parts {
		b := src[part.start:part.end]
		if part.tableHead != "" && m.table != nil && m.table.prefix == "" {
			// The part opens inside the table the last part ended with:
			// parsed under that table's header, its rows join it.
			withHead := append([]byte(part.tableHead), b...)
			doc := parse(withHead)
			if t, ok := doc.FirstChild().(*east.Table); ok {
				m.src = withHead
				m.addRows(t, true)
				doc.RemoveChild(doc, t)
				m.part(doc)
				continue
			}
		}
		m.src = b
		m.part(parse(b))
	}
}

// part writes the top-level blocks of one parsed part of the input.
func (m *mdWriter) part(doc ast.Node) {
	for c := doc.FirstChild(); c != nil; {
		next := c.NextSibling()
		if l, ok := c.(*east.FootnoteList); ok {
			m.takeNotes(l)
		} else {
			m.indent = ""
			m.block(c, "")
		}
		c = next
	}
}

// takeNotes keeps a part's footnotes to write at the end, detached from
// the part's AST so that the rest of it can be freed.
func (m *mdWriter) takeNotes(l *east.FootnoteList) {
	count := 0
	for c := l.FirstChild(); c != nil; {
		next := c.NextSibling()
		if fn, ok := c.(*east.Footnote); ok && fn.Index > 0 {
			l.RemoveChild(l, fn)
			m.notes = append(m.notes, mdNote{n: m.noteBase + fn.Index, node: fn, src: m.src})
			count = max(count, fn.Index)
		}
		c = next
	}
	m.noteBase += count
}

// finish writes what follows the last block: a table still open, the
// footnotes and the list of links.
func (m *mdWriter) finish() {
	m.flushTable()
	if len(m.notes) > 0 {
		if start, ok := m.textBlock("", false, false, func() { m.out.raw(notesHeading) }); ok {
			m.out.heading(start)
		}
		for _, n := range m.notes {
			m.src, m.indent = n.src, ""
			prefix := strconv.Itoa(n.n) + ". "
			for c := n.node.FirstChild(); c != nil; c = c.NextSibling() {
				if p, ok := c.(*ast.Paragraph); ok {
					// one line a note, as a tight list
					m.textBlock(prefix, true, false, func() { m.inline(p) })
					prefix = ""
					continue
				}
				prefix = m.block(c, prefix)
			}
		}
		m.flushTable()
	}
	m.out.listLinks(&m.links)
}

// textBlock writes one block of text with the separation it needs: write
// writes the text, prefix (a list item's bullet) goes before it. Its white
// space at both ends is trimmed, or for code only its final line breaks.
// It returns where the text starts, and false when there was nothing to
// write.
func (m *mdWriter) textBlock(prefix string, tight, code bool, write func()) (start int, ok bool) {
	before := m.out.Len()
	if before > 0 {
		if tight && m.tight {
			m.out.raw("\n")
		} else {
			m.out.raw("\n\n")
		}
	}
	m.out.raw(prefix)
	start = m.out.Len()
	write()
	if code {
		end := m.out.Len()
		for end > start && m.out.b[end-1] == '\n' {
			end--
		}
		m.out.truncate(end)
	} else {
		m.out.trimSpace(start)
	}
	if m.out.Len() == start && prefix == "" {
		m.out.truncate(before)
		return start, false
	}
	m.tight = tight
	return start, true
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
	if t, ok := n.(*east.Table); ok {
		m.startTable(t, prefix)
		m.addRows(t, false)
		return ""
	}
	m.flushTable()
	switch n := n.(type) {
	case *ast.Heading:
		if start, ok := m.textBlock(prefix, false, false, func() { m.inline(n) }); ok {
			m.out.heading(start)
		}
		if m.title == "" {
			m.title = m.plainText(n)
		}
	case *ast.Paragraph:
		m.textBlock(prefix, false, false, func() { m.inline(n) })
	case *ast.TextBlock:
		// a tight list item's text
		m.textBlock(prefix, true, false, func() { m.inline(n) })
	case *ast.CodeBlock, *ast.FencedCodeBlock:
		m.textBlock(prefix, false, true, func() { m.lines(n) })
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

// lines writes a code block's lines as written.
func (m *mdWriter) lines(n ast.Node) {
	segs := n.Lines()
	for i := 0; i < segs.Len(); i++ {
		seg := segs.At(i)
		m.out.writeBytes(seg.Value(m.src))
	}
}

// plainText is the text of n's inline children without link or footnote
// marks, as a title is shown.
func (m *mdWriter) plainText(n ast.Node) string {
	out, plain := m.out, m.plain
	m.out, m.plain = textBuf{}, true
	m.inline(n)
	s := strings.TrimSpace(m.out.String())
	m.out, m.plain = out, plain
	return s
}

// inline writes the text of n's inline children.
func (m *mdWriter) inline(n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			m.out.writeBytes(unescape(c.Value(m.src)))
			switch {
			case c.HardLineBreak():
				m.out.raw("\n")
			case c.SoftLineBreak():
				m.out.raw(" ")
			}
		case *ast.String:
			m.out.writeBytes(c.Value)
		case *ast.CodeSpan:
			for t := c.FirstChild(); t != nil; t = t.NextSibling() {
				if t, ok := t.(*ast.Text); ok {
					start := m.out.Len()
					m.out.writeBytes(t.Segment.Value(m.src))
					for i := start; i < m.out.Len(); i++ {
						if m.out.b[i] == '\n' {
							m.out.b[i] = ' '
						}
					}
				}
			}
		case *ast.AutoLink:
			start := m.out.Len()
			m.out.writeBytes(c.Label(m.src))
			target := string(c.URL(m.src))
			if c.AutoLinkType == ast.AutoLinkEmail && !strings.HasPrefix(strings.ToLower(target), "mailto:") {
				target = "mailto:" + target
			}
			m.link(start, target)
		case *ast.Link:
			start := m.out.Len()
			m.inline(c)
			m.link(start, string(unescape(c.Destination)))
		case *east.FootnoteLink:
			if !m.plain {
				m.out.raw(superscript(m.noteBase + c.Index))
			}
		case *ast.Image, *ast.RawHTML, *east.FootnoteBacklink:
			// an image's alt text, inline tags and a note's way back to its
			// reference are not article text
		default: // Emphasis and inlines of extensions
			m.inline(c)
		}
	}
}

// link makes the text written since start a link to dest.
func (m *mdWriter) link(start int, dest string) {
	if !m.plain {
		m.out.link(start, LinkTarget(dest, m.base), &m.links)
	}
}

// superscript writes n in superscript digits, a footnote's mark.
func superscript(n int) string {
	digits := [10]rune{'⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'}
	var b strings.Builder
	for _, d := range strconv.Itoa(n) {
		b.WriteRune(digits[d-'0'])
	}
	return b.String()
}

// unescape resolves backslash escapes and character references the way
// goldmark's HTML renderer does, without the HTML escaping.
func unescape(v []byte) []byte {
	v = util.UnescapePunctuations(v)
	v = util.ResolveNumericReferences(v)
	return util.ResolveEntityNames(v)
}
