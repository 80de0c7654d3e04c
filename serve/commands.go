package serve

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/factpane/factpane/input"
	"github.com/factpane/factpane/library"
	"github.com/factpane/factpane/model"
	"github.com/factpane/factpane/sheet"
)

// sessionUsage is what `ssh host help` prints; %[1]s is how to reach the
// server ("-p 2222 HOST").
const sessionUsage = `factpane: read news articles beside the facts they report.

Connect with ssh %[1]s and a command:

  (none)                the library picker (needs a terminal)
  NAME or N             read an article, by its name or its number in list (ssh -t)
  list [--feed F] [N]   the library, newest first: number, date, name, title and
                        headline figures (the N newest; only feed F's items)
  facts NAME|N          the fact sheet of an article
  json NAME|N           its facts as JSON (as factpane --json)
  people                everyone the library names: their roles, and where
  figures KIND          every figure of a kind, with its article; KIND is a
                        category (casualties, raids, arrests, personnel, money,
                        percent, duration, measure, count) or a subtype (killed,
                        wounded, missing, arrested, detained, charged, released,
                        convicted)
  help                  this help

For example: ssh %[1]s list 10, ssh %[1]s facts 3, ssh -t %[1]s 3,
ssh %[1]s figures killed. Numbers change as news comes in; names stay.
Output is plain text, for reading or for scripts.
`

// sessionHelp is the session help for the server reached as reach.
func sessionHelp(reach string) string { return fmt.Sprintf(sessionUsage, reach) }

// kinds are what figures takes: the categories, then the subtypes.
func kinds() []string {
	var out []string
	for _, c := range model.Categories() {
		out = append(out, string(c))
	}
	return append(out, model.Killed, model.Wounded, model.Missing, model.Arrested, model.Detained,
		model.Charged, model.Released, model.Convicted)
}

// command is one parsed one-shot request.
type command struct {
	name string // list, facts, json, people, figures, help
	// arg is the article (name or list number) for facts and json, the
	// category for figures.
	arg string
	// feed and count narrow list.
	feed  string
	count int
}

// oneShot is the set of commands that print and exit.
var oneShot = map[string]bool{"list": true, "facts": true, "json": true, "people": true, "figures": true, "help": true}

// parseCommand reads a session's command line. ok is false when it is not
// a one-shot command at all (an article name, or nothing); err is set when
// it names a command but gets its arguments wrong.
func parseCommand(args []string) (c command, ok bool, err error) {
	if len(args) == 0 {
		return command{}, false, nil
	}
	name := args[0]
	switch name {
	case "-h", "--help":
		name = "help"
	}
	if !oneShot[name] {
		return command{}, false, nil
	}
	c.name = name
	rest := args[1:]
	switch name {
	case "help", "people":
		if len(rest) > 0 {
			return command{}, true, fmt.Errorf("%s takes no arguments", name)
		}
	case "facts", "json":
		if len(rest) != 1 {
			return command{}, true, fmt.Errorf("%s needs one article name or number (see `list`)", name)
		}
		c.arg = rest[0]
	case "figures":
		if len(rest) != 1 {
			return command{}, true, fmt.Errorf("figures needs one kind of figure: %s", strings.Join(kinds(), ", "))
		}
		c.arg = strings.ToLower(rest[0])
		if !slices.Contains(kinds(), c.arg) {
			return command{}, true, fmt.Errorf("figures: no kind %s; the kinds are %s", short(rest[0]), strings.Join(kinds(), ", "))
		}
	case "list":
		return parseList(c, rest)
	}
	return c, true, nil
}

// parseList reads list's [--feed NAME] [COUNT], in either order.
func parseList(c command, rest []string) (command, bool, error) {
	bad := errors.New("list takes [--feed NAME] [COUNT]")
	for len(rest) > 0 {
		a := rest[0]
		switch {
		case a == "--feed" || a == "-feed":
			if len(rest) < 2 || c.feed != "" {
				return command{}, true, bad
			}
			c.feed, rest = rest[1], rest[2:]
			continue
		case strings.HasPrefix(a, "--feed="):
			if c.feed != "" {
				return command{}, true, bad
			}
			c.feed = strings.TrimPrefix(a, "--feed=")
		default:
			n, err := strconv.Atoi(a)
			if err != nil || n < 1 || c.count != 0 {
				return command{}, true, bad
			}
			c.count = n
		}
		rest = rest[1:]
	}
	return c, true, nil
}

// listWait bounds how long list, people and figures wait for articles
// still being read: past it they print what is known (a pending row's
// figures are "…").
const listWait = 10 * time.Second

// run prints the command's output to stdout and returns the exit status;
// errors go to stderr. Nothing here writes an escape sequence: every string
// comes from the library, whose text input.Sanitize has made inert and
// whose names and titles are one line, and the JSON escapes all control
// characters.
func (c command) run(ctx context.Context, lib *library.Library, reach string, stdout, stderr io.Writer) int {
	fail := func(err error) int {
		fmt.Fprintln(stderr, "factpane:", err)
		return 1
	}
	switch c.name {
	case "help":
		io.WriteString(stdout, sessionHelp(reach))
		return 0
	case "list", "people", "figures":
		wait, cancel := context.WithTimeout(ctx, listWait)
		_ = lib.Wait(wait)
		cancel()
	}
	snap := lib.Snapshot()
	switch c.name {
	case "list":
		if err := writeList(stdout, snap, c.feed, c.count); err != nil {
			return fail(err)
		}
		return 0
	case "people":
		writePeople(stdout, snap)
		return 0
	case "figures":
		writeFigures(stdout, snap, c.arg)
		return 0
	}
	e, err := resolve(snap, c.arg)
	if err != nil {
		return fail(err)
	}
	if e, err = lib.Ready(ctx, e.Key); err != nil {
		return fail(fmt.Errorf("%s: %v", e.Name, err))
	}
	if c.name == "json" {
		err = sheet.WriteJSON(stdout, e.Article)
	} else {
		err = sheet.Write(stdout, e.Article)
	}
	if err != nil {
		// Usually the client went away mid-write and this reaches nobody;
		// an article that cannot be encoded must still say why.
		return fail(err)
	}
	return 0
}

// resolve finds the article arg names: by its name, else, when arg is a
// number, by its place in list (newest first, from 1). A name wins: a
// file called 3.txt is article 3 by name.
func resolve(snap *library.Snapshot, arg string) (library.Entry, error) {
	e, err := snap.Lookup(arg)
	if err == nil {
		return e, nil
	}
	if n, nerr := strconv.Atoi(arg); nerr == nil && arg == strconv.Itoa(n) {
		newest := snap.Newest()
		if n < 1 || n > len(newest) {
			return library.Entry{}, fmt.Errorf("no article %d: list has %d", n, len(newest))
		}
		return newest[n-1], nil
	}
	return library.Entry{}, err
}

// writeList prints the library newest first, one article a line, each
// with its number (what facts N takes): date, feed (when the library
// has feeds), name, title, headline figures. feed keeps one feed's
// items; count keeps the newest count.
func writeList(w io.Writer, snap *library.Snapshot, feed string, count int) error {
	newest := snap.Newest()
	feeds := false
	var names []string
	for _, e := range newest {
		if e.Feed != "" {
			feeds = true
			if !slices.Contains(names, e.Feed) {
				names = append(names, e.Feed)
			}
		}
	}
	if feed != "" && !slices.ContainsFunc(names, func(n string) bool { return strings.EqualFold(n, feed) }) {
		if len(names) == 0 {
			return fmt.Errorf("no feed %s: the library has none", short(feed))
		}
		return fmt.Errorf("no feed %s; the feeds are: %s", short(feed), strings.Join(names, ", "))
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	if feeds {
		fmt.Fprintln(tw, "#\tDATE\tFEED\tNAME\tTITLE\tFIGURES")
	} else {
		fmt.Fprintln(tw, "#\tDATE\tNAME\tTITLE\tFIGURES")
	}
	shown := 0
	for i, e := range newest {
		if feed != "" && !strings.EqualFold(e.Feed, feed) {
			continue
		}
		if count > 0 && shown == count {
			break
		}
		shown++
		cells := []string{strconv.Itoa(i + 1), listDate(e.Date)}
		if feeds {
			cells = append(cells, cell(e.Feed, 24))
		}
		cells = append(cells, e.Name, cell(e.Title(), 60), figuresCell(e))
		fmt.Fprintln(tw, strings.Join(cells, "\t"))
	}
	return tw.Flush()
}

// listDate is an article's date in the server's time, "-" for none.
func listDate(t time.Time) string {
	if t.IsZero() {
		return "-"
	}
	return t.Local().Format("2006-01-02 15:04")
}

// figuresCell is a row's headline figures, or why it has none.
func figuresCell(e library.Entry) string {
	switch {
	case e.Err != "":
		return cell("not read: "+e.Err, 80)
	case e.Pending:
		return "…"
	case e.Headlines == "":
		return "-"
	}
	return e.Headlines
}

// cell is s for a table: one line, no tab, at most n runes.
func cell(s string, n int) string {
	return clip(strings.ReplaceAll(input.OneLine(s), "\t", " "), n)
}

// clip shortens s to at most n runes, marking the cut.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

// writePeople prints everyone the library's articles name, the most
// widely named first: their roles, and the articles (numbered as in list)
// that name them.
func writePeople(w io.Writer, snap *library.Snapshot) {
	type person struct {
		name     string
		roles    []string
		articles []string
	}
	byName := map[string]*person{}
	var people []*person
	for i, e := range snap.Newest() {
		for _, p := range e.Article.People {
			name := cell(p.Name, 40)
			key := strings.ToLower(name)
			q := byName[key]
			if q == nil {
				q = &person{name: name}
				byName[key] = q
				people = append(people, q)
			}
			if role := cell(p.Role, 40); role != "" && !slices.Contains(q.roles, role) {
				q.roles = append(q.roles, role)
			}
			q.articles = append(q.articles, fmt.Sprintf("%d %s", i+1, e.Name))
		}
	}
	slices.SortStableFunc(people, func(a, b *person) int {
		if c := len(b.articles) - len(a.articles); c != 0 {
			return c
		}
		return strings.Compare(a.name, b.name)
	})
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "PERSON\tROLE\tNAMED IN")
	for _, p := range people {
		where := p.articles
		more := ""
		if len(where) > 5 {
			more = fmt.Sprintf(" and %d more", len(where)-5)
			where = where[:5]
		}
		role := strings.Join(p.roles, "; ")
		if role == "" {
			role = "-"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s%s\n", p.name, clip(role, 50), strings.Join(where, ", "), more)
	}
	tw.Flush()
}

// writeFigures prints every figure of a kind (a category, or a subtype
// such as killed) in the library, newest article first, each with the
// article it is in (numbered as in list).
func writeFigures(w io.Writer, snap *library.Snapshot, kind string) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "#\tARTICLE\tFIGURE")
	for i, e := range snap.Newest() {
		for _, f := range e.Article.Figures {
			if string(f.Category) != kind && f.Subtype != kind {
				continue
			}
			fmt.Fprintf(tw, "%d\t%s\t%s\n", i+1, e.Name, cell(sheet.FigureLine(f), 120))
		}
	}
	tw.Flush()
}

// usageError prints what was wrong and the usage to stderr: exit status 1.
func usageError(stderr io.Writer, reach string, err error) int {
	fmt.Fprintf(stderr, "factpane: %v\n\n", err)
	io.WriteString(stderr, sessionHelp(reach))
	return 1
}
