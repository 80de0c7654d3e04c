package feed

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"io"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/factpane/factpane/input"
)

// jsonItem is a JSON Feed item as feeds write it: fields are read one by
// one, so an item whose id is a number (as some feeds write it) or whose
// author is malformed still counts.
type jsonItem map[string]json.RawMessage

// str returns the field as a string ("" when missing or not a string; a
// number is written as it stands, for ids).
func (it jsonItem) str(key string) string {
	raw, ok := it[key]
	if !ok {
		return ""
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	var n json.Number
	if json.Unmarshal(raw, &n) == nil {
		return n.String()
	}
	return ""
}

// author returns the first author's name: JSON Feed 1.1's authors, or
// 1.0's author.
func (it jsonItem) author() string {
	var one struct{ Name string }
	var many []struct{ Name string }
	if json.Unmarshal(it["authors"], &many) == nil {
		for _, a := range many {
			if a.Name != "" {
				return a.Name
			}
		}
	}
	if json.Unmarshal(it["author"], &one) == nil {
		return one.Name
	}
	return ""
}

// parseJSON reads a JSON Feed, streaming its items array so that a long
// feed is held one item at a time.
func parseJSON(b []byte, base *url.URL, col *collector) (*Channel, error) {
	d := json.NewDecoder(bytes.NewReader(b))
	d.UseNumber()
	if tok, err := d.Token(); err != nil || tok != json.Delim('{') {
		return nil, jsonError(b, d, err)
	}
	ch := &Channel{Format: JSONFeed}
	var version string
	var feedAuthor string
	for d.More() {
		tok, err := d.Token()
		if err != nil {
			return nil, jsonError(b, d, err)
		}
		key, _ := tok.(string)
		var raw json.RawMessage
		switch key {
		case "items":
			if err := jsonItems(b, d, base, col, &feedAuthor); err != nil {
				return nil, err
			}
			continue
		}
		if err := d.Decode(&raw); err != nil {
			return nil, jsonError(b, d, err)
		}
		f := jsonItem{key: raw}
		switch key {
		case "version":
			version = f.str(key)
		case "title":
			ch.Title = cleanLine(f.str(key), false)
		case "home_page_url":
			ch.Link = resolve(base, f.str(key))
		case "author", "authors":
			if a := f.author(); a != "" && feedAuthor == "" {
				feedAuthor = cleanLine(a, false)
			}
		}
	}
	if _, err := d.Token(); err != nil {
		return nil, jsonError(b, d, err)
	}
	if !strings.Contains(version, "jsonfeed.org/version/") {
		return nil, fmt.Errorf("%w (JSON, but not a JSON Feed: no jsonfeed.org version)", ErrNotFeed)
	}
	return ch, nil
}

// jsonItems reads the items array, value by value.
func jsonItems(b []byte, d *json.Decoder, base *url.URL, col *collector, feedAuthor *string) error {
	tok, err := d.Token()
	if err != nil {
		return jsonError(b, d, err)
	}
	if tok == nil {
		return nil // "items": null
	}
	if tok != json.Delim('[') {
		return errors.New("malformed JSON Feed: items is not an array")
	}
	for d.More() {
		var ji jsonItem
		if err := d.Decode(&ji); err != nil {
			var te *json.UnmarshalTypeError
			if !errors.As(err, &te) {
				return jsonError(b, d, err)
			}
			continue // an item that is not an object
		}
		author := *feedAuthor
		col.add(jsonDate(ji), jsonID(ji, base), func() Item { return jsonFeedItem(ji, base, author) })
	}
	if _, err := d.Token(); err != nil {
		return jsonError(b, d, err)
	}
	return nil
}

// jsonDate is an item's date: published, else modified.
func jsonDate(ji jsonItem) time.Time {
	if d := parseDate(ji.str("date_published")); !d.IsZero() {
		return d
	}
	return parseDate(ji.str("date_modified"))
}

// jsonID is an item's id, else its link.
func jsonID(ji jsonItem, base *url.URL) string {
	if id := strings.TrimSpace(ji.str("id")); id != "" {
		return id
	}
	return jsonLink(ji, base)
}

// jsonLink is an item's page: its url, else the external_url it links
// to.
func jsonLink(ji jsonItem, base *url.URL) string {
	if l := resolve(base, ji.str("url")); l != "" {
		return l
	}
	return resolve(base, ji.str("external_url"))
}

func jsonFeedItem(ji jsonItem, base *url.URL, feedAuthor string) Item {
	it := Item{
		ID:    jsonID(ji, base),
		Title: cleanLine(ji.str("title"), false),
		Link:  jsonLink(ji, base),
		Date:  jsonDate(ji),
	}
	it.Author = cleanLine(ji.author(), false)
	if it.Author == "" {
		it.Author = feedAuthor
	}
	content := ji.str("content_html")
	if content == "" {
		if t := ji.str("content_text"); t != "" {
			content = "<pre>" + html.EscapeString(t) + "</pre>"
		}
	}
	it.ContentHTML = cut(strings.TrimSpace(content), maxContent)
	if s := ji.str("summary"); s != "" {
		it.Summary = cleanText(s, false)
	} else if content != "" {
		it.Summary = cleanText(content, true)
	}
	return it
}

// jsonFeedVersion reports whether a JSON document names a JSON Feed
// version near its start (where feeds put it) or anywhere in a short
// document.
func jsonFeedVersion(b []byte) bool {
	return bytes.Contains(b[:min(len(b), 64<<10)], []byte("jsonfeed.org/version/"))
}

// jsonError says where a JSON document went wrong, by line.
func jsonError(b []byte, d *json.Decoder, err error) error {
	if err == nil || err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	off := d.InputOffset()
	var se *json.SyntaxError
	if errors.As(err, &se) {
		off = se.Offset
	}
	off = min(max(off, 0), int64(len(b)))
	line := 1 + bytes.Count(b[:off], []byte("\n"))
	msg := err.Error()
	if errors.Is(err, io.ErrUnexpectedEOF) {
		msg = "the document ends early"
	}
	return fmt.Errorf("malformed JSON at line %s: %s", strconv.Itoa(line), input.OneLine(cut(msg, 200)))
}
