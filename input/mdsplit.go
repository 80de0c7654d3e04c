package input

import (
	"bytes"

	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// Markdown larger than splitAbove is parsed in parts of about partSize.
// goldmark's AST takes 6 to 40 times its source (a node a table cell or
// list item, each of them 100–200 bytes), so an 8 MB table needed 700 MB;
// parsed a part at a time, the AST alive at once is a part's, and what
// stays is the text written from it. Articles are far below splitAbove
// and are parsed whole.
const (
	splitAbove = 1 << 20
	partSize   = 256 << 10
)

// mdPart is a byte range of a Markdown source that parses on its own as
// it would in the whole.
type mdPart struct {
	start, end int
	// tableHead is set when the part opens inside a table: the table's
	// header and delimiter rows, to parse the part's rows under.
	tableHead string
}

// splitMarkdown cuts a large source into parts at lines where no block
// of the document is open, so each part parses as it would in the whole:
//
//   - before a line at the left margin that follows a blank line — every
//     container (list item, block quote, indented code, HTML block of the
//     kinds a blank line ends) has ended there — unless it is inside a
//     fenced code block or an HTML block of the kinds that run past blank
//     lines (<pre>, <script>, <style>, <textarea>, comments...), or starts
//     a list item (which would continue a loose list);
//   - before a bullet list item at the left margin ("- text"), where only
//     a new item of a top-level list can start;
//   - between the rows of a table whose rows start with '|', the part
//     after being parsed under the table's header (see mdPart.tableHead).
//
// What is lost at a cut is cosmetic: a list cut between items may show a
// blank line less between its first items if it is loose. Link reference
// definitions are shared among parts (linkDefinitions); a footnote is
// linked only if its definition is in the part of its reference.
//
// Sources up to above bytes are one part; larger ones are cut at the first
// place after each size bytes.
func splitMarkdown(src []byte, above, size int) []mdPart {
	if len(src) <= above {
		return []mdPart{{0, len(src), ""}}
	}
	var (
		parts     []mdPart
		part      mdPart // the part being read
		fence     []byte // the open code fence ("```"), if any
		htmlEnd   []byte // what ends the open HTML block, if any
		prevBlank = true
		paraStart bool   // the line before began a paragraph
		prevLine  []byte // the line before
		tableHead []byte // the open table's header and delimiter rows
	)
	for off := 0; off < len(src); {
		end := len(src)
		if i := bytes.IndexByte(src[off:], '\n'); i >= 0 {
			end = off + i + 1
		}
		line := bytes.TrimRight(src[off:end], "\r\n")
		blank := len(bytes.TrimSpace(line)) == 0
		startsPara := prevBlank
		switch {
		case fence != nil:
			if closesFence(line, fence) {
				fence = nil
			}
		case htmlEnd != nil:
			if bytes.Contains(bytes.ToLower(line), htmlEnd) {
				htmlEnd = nil
			}
		case blank:
			tableHead = nil
		default:
			if off-part.start >= size && line[0] != ' ' && line[0] != '\t' {
				head, cut := "", false
				switch {
				case tableHead != nil && line[0] == '|':
					head, cut = string(tableHead), true
				case prevBlank && !listItem(line), !prevBlank && bulletItem(line):
					cut = true
				}
				if cut {
					part.end = off
					parts = append(parts, part)
					part = mdPart{start: off, tableHead: head}
				}
			}
			if line[0] != '|' {
				tableHead = nil
			}
			switch {
			case openFence(line) != nil:
				fence = openFence(line)
			case htmlBlockEnd(line) != nil:
				htmlEnd = htmlBlockEnd(line)
			case paraStart && prevLine[0] == '|' && delimiterRow(line):
				tableHead = append(append(append(append([]byte(nil), prevLine...), '\n'), line...), '\n')
			}
		}
		paraStart = startsPara && !blank && fence == nil && htmlEnd == nil
		prevBlank, prevLine = blank, line
		off = end
	}
	part.end = len(src)
	return append(parts, part)
}

// indentOK reports how far into line its content starts, when that is at
// most three spaces in (where a top-level fence or HTML block can start);
// -1 otherwise.
func indentOK(line []byte) int {
	i := 0
	for i < len(line) && line[i] == ' ' {
		if i++; i > 3 {
			return -1
		}
	}
	if i < len(line) && line[i] == '\t' {
		return -1
	}
	return i
}

// openFence returns the fence that line opens ("```", "~~~~"), or nil.
func openFence(line []byte) []byte {
	i := indentOK(line)
	if i < 0 || i >= len(line) || line[i] != '`' && line[i] != '~' {
		return nil
	}
	c, j := line[i], i
	for j < len(line) && line[j] == c {
		j++
	}
	if j-i < 3 || c == '`' && bytes.IndexByte(line[j:], '`') >= 0 {
		return nil
	}
	return line[i:j]
}

// closesFence reports whether line closes fence.
func closesFence(line, fence []byte) bool {
	i := indentOK(line)
	if i < 0 {
		return false
	}
	j := i
	for j < len(line) && line[j] == fence[0] {
		j++
	}
	return j-i >= len(fence) && len(bytes.TrimSpace(line[j:])) == 0
}

// htmlBlockEnd returns what ends the HTML block line opens when it is one
// of the kinds that run past blank lines (CommonMark's kinds 1 to 5) and
// does not end on the same line; nil otherwise.
func htmlBlockEnd(line []byte) []byte {
	i := indentOK(line)
	if i < 0 || i+1 >= len(line) || line[i] != '<' {
		return nil
	}
	l := bytes.ToLower(line[i:])
	var end string
	switch {
	case bytes.HasPrefix(l, []byte("<!--")):
		end = "-->"
	case bytes.HasPrefix(l, []byte("<?")):
		end = "?>"
	case bytes.HasPrefix(l, []byte("<![cdata[")):
		end = "]]>"
	case l[1] == '!' && len(l) > 2 && l[2] >= 'a' && l[2] <= 'z':
		end = ">"
	default:
		for _, tag := range []string{"script", "pre", "style", "textarea"} {
			if rest, ok := bytes.CutPrefix(l[1:], []byte(tag)); ok && (len(rest) == 0 || rest[0] == ' ' || rest[0] == '\t' || rest[0] == '>') {
				end = "</" + tag + ">"
			}
		}
	}
	if end == "" || bytes.Contains(l[2:], []byte(end)) {
		return nil
	}
	return []byte(end)
}

// bulletItem reports whether line starts a bullet list item with text.
func bulletItem(line []byte) bool {
	return len(line) > 2 && (line[0] == '-' || line[0] == '+' || line[0] == '*') &&
		(line[1] == ' ' || line[1] == '\t') && len(bytes.TrimSpace(line[2:])) > 0
}

// listItem reports whether line starts a bullet or ordered list item.
func listItem(line []byte) bool {
	if bulletItem(line) {
		return true
	}
	i := 0
	for i < len(line) && i < 9 && line[i] >= '0' && line[i] <= '9' {
		i++
	}
	return i > 0 && i < len(line) && (line[i] == '.' || line[i] == ')') &&
		(i+1 == len(line) || line[i+1] == ' ' || line[i+1] == '\t')
}

// delimiterRow reports whether line is a GFM table's delimiter row:
// cells of dashes, with colons at their ends, between pipes.
func delimiterRow(line []byte) bool {
	cells := bytes.Split(bytes.Trim(bytes.TrimSpace(line), "|"), []byte("|"))
	for _, c := range cells {
		c = bytes.TrimSpace(c)
		c = bytes.TrimPrefix(bytes.TrimSuffix(c, []byte(":")), []byte(":"))
		if len(c) == 0 || len(bytes.Trim(c, "-")) != 0 {
			return false
		}
	}
	return true
}

// linkDefinitions reads the link reference definitions of a source parsed
// in parts, so that a reference in one part finds its definition in
// another. Only lines that can start a definition ("[label]: …") are
// parsed, each with the line after it (where its target or title may be).
func linkDefinitions(p parser.Parser, src []byte) []parser.Reference {
	var defs []byte
	for off := 0; off < len(src); {
		end := len(src)
		if i := bytes.IndexByte(src[off:], '\n'); i >= 0 {
			end = off + i + 1
		}
		line := src[off:end]
		if i := indentOK(line); i >= 0 && i+1 < len(line) && line[i] == '[' && line[i+1] != '^' && bytes.Contains(line, []byte("]:")) {
			next := end
			if i := bytes.IndexByte(src[end:], '\n'); i >= 0 {
				next = end + i + 1
			} else {
				next = len(src)
			}
			defs = append(defs, src[off:next]...)
			defs = append(defs, "\n\n"...)
		}
		off = end
	}
	if defs == nil {
		return nil
	}
	ctx := parser.NewContext()
	p.Parse(text.NewReader(defs), parser.WithContext(ctx))
	return ctx.References()
}
