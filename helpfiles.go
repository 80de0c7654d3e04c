package main

import (
	"flag"
	"fmt"
	"io"
	"runtime/debug"
	"slices"
	"strings"

	"github.com/factpane/factpane/cmdline"
	"github.com/factpane/factpane/serve"
	"github.com/factpane/factpane/ui"
)

// commands describes factpane, factpane feeds and factpane serve from the
// FlagSets that parse them: fs, and feeds' and serve's, asked for through
// cmdline.
func commands(fs *flag.FlagSet) (main cmdline.Command, subs []cmdline.Command, err error) {
	serveFlags, err := cmdline.DescribeCommand(func(args []string, stdout io.Writer) int {
		return serve.Main(args, stdout, io.Discard)
	})
	if err != nil {
		return main, nil, fmt.Errorf("cannot describe factpane serve: %v", err)
	}
	feedsFlags, err := cmdline.DescribeCommand(func(args []string, stdout io.Writer) int {
		return feedsMain(args, nil, stdout, io.Discard)
	})
	if err != nil {
		return main, nil, fmt.Errorf("cannot describe factpane feeds: %v", err)
	}
	main = cmdline.Command{Summary: "Reading an article:", Flags: cmdline.Describe(fs), Operands: true}
	subs = []cmdline.Command{
		{Name: "feeds", Summary: "read the news of your feeds", Flags: feedsFlags},
		{Name: "serve", Summary: "serve the reader over SSH", Flags: serveFlags},
	}
	return main, subs, nil
}

// writeHelpFiles prints the manual (shell "") or a completion script,
// generated from the flags' own definitions.
func writeHelpFiles(fs *flag.FlagSet, shell string, stdout, stderr io.Writer) int {
	main, subs, err := commands(fs)
	if err != nil {
		complain(stderr, "", err)
		return 1
	}
	var out string
	if shell != "" {
		out, err = cmdline.Completion(shell, "factpane", main, subs)
	} else {
		out = manual(main, subs).Man()
	}
	if err != nil {
		complain(stderr, "", err)
		return 2
	}
	if _, err := io.WriteString(stdout, out); err != nil {
		complain(stderr, "", err)
		return 1
	}
	return 0
}

// manual is factpane's man page: the usage text, every flag, and the
// reader's keys from the key map the reader itself uses.
func manual(main cmdline.Command, subs []cmdline.Command) cmdline.Manual {
	info, _ := debug.ReadBuildInfo()
	var keys [][2]string
	km := ui.DefaultKeyMap()
	km.Library.SetEnabled(true)
	km.Suspend.SetEnabled(true)
	for _, group := range km.FullHelp() {
		for _, k := range group {
			names := slices.Clone(k.Keys())
			for i, n := range names {
				if n == " " {
					names[i] = "space"
				}
			}
			keys = append(keys, [2]string{strings.Join(names, ", "), k.Help().Desc})
		}
	}
	return cmdline.Manual{
		Prog:     "factpane",
		Version:  versionString(version, info),
		Summary:  "read a news article beside the facts it reports",
		Synopsis: synopsis,
		Description: "factpane opens a news article in a scrollable pane beside a live sidebar of what it " +
			"reports: the figures (killed, wounded, missing, raids, arrests, personnel, money, percentages, " +
			"durations, other counts) and the people it names, with their roles and ages. Selecting a " +
			"fact highlights every mention of it in the text.\n\n" + strings.ReplaceAll(about, "\n", " "),
		Main: main,
		Subs: subs,
		Sections: []cmdline.Section{
			{Title: "Keys", Text: "In the reader (the library adds enter to read and backspace or L to return; ctrl+z only in a local reader):", Items: keys},
			{Title: "Files", Items: [][2]string{
				{"$XDG_CONFIG_HOME/factpane/feeds", "the feeds file: one feed URL a line, with tags and a ~name (factpane feeds --help)"},
				{"$XDG_CACHE_HOME/factpane", "fetched feeds and articles, and read marks"},
			}},
			{Title: "Environment", Items: [][2]string{
				{themeEnv, "the theme (auto, dark or light) when --theme is not given"},
				{"NO_COLOR, CLICOLOR=0", "no colours: highlights are drawn with bold, underline and reverse video"},
				{"COLORFGBG", "the terminal's colours as rxvt and Konsole set them; with --theme auto, says whether the background is dark"},
				{"FORCE_HYPERLINK", "1 to draw links as OSC 8 hyperlinks, 0 not to; otherwise they are drawn where the terminal is known to show them"},
				{"TMUX, STY", "inside tmux or screen, the background question and the clipboard also go through the passthrough"},
			}},
			{Title: "Exit status", Items: [][2]string{
				{"0", "done"}, {"1", "the input could not be read (a one-line message says why)"}, {"2", "bad usage"},
			}},
			{Title: "Examples", Items: [][2]string{
				{"factpane article.txt", "read a file"},
				{"factpane --json ~/news | jq .title", "the titles of a folder's articles, from JSON Lines"},
				{"factpane https://example.com/feed.xml", "a feed's items in the library picker"},
				{"factpane feeds import subscriptions.opml", "subscribe to the feeds another reader exported"},
				{"factpane feeds", "today's news from every feed of the feeds file"},
				{"factpane feeds --offline", "the same from the cache, without the network"},
				{"factpane --completion bash > /etc/bash_completion.d/factpane", "install bash completion"},
				{"factpane --man > ~/.local/share/man/man1/factpane.1", "install this page"},
			}},
		},
	}
}
