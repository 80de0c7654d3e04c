package cmdline

import (
	"fmt"
	"strings"
)

// Command is a command and its flags, as completion and the manual
// present them. A program is its main command plus subcommands.
type Command struct {
	// Name is the subcommand's word ("serve"); "" for the main command.
	Name    string
	Summary string
	Flags   []Flag
	// Operands says the command takes paths as arguments (articles: files
	// and directories), completed from the file system.
	Operands bool
}

// Shells are the shells Completion writes scripts for.
func Shells() []string { return []string{"bash", "zsh", "fish"} }

// Completion writes the completion script of program prog for shell:
// flags after the main command or a subcommand (flags may come anywhere,
// as Parse allows), the words of Choice flags, files or directories for
// flags whose value is one, and files or a subcommand's name as
// arguments.
func Completion(shell, prog string, main Command, subs []Command) (string, error) {
	switch shell {
	case "bash":
		return bash(prog, main, subs), nil
	case "zsh":
		return zsh(prog, main, subs), nil
	case "fish":
		return fish(prog, main, subs), nil
	}
	return "", fmt.Errorf("no completion for %q: want bash, zsh or fish", shell)
}

func bash(prog string, main Command, subs []Command) string {
	fn := "_" + strings.ReplaceAll(prog, "-", "_")
	var b strings.Builder
	fmt.Fprintf(&b, "# bash completion for %s, written by `%s --completion bash`.\n", prog, prog)
	fmt.Fprintf(&b, "# Load it with: source <(%s --completion bash)\n", prog)
	fmt.Fprintf(&b, "%s() {\n", fn)
	b.WriteString("    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} cmd=main\n")
	b.WriteString("    if [[ $prev == = ]]; then prev=${COMP_WORDS[COMP_CWORD-2]}; fi\n")
	b.WriteString("    if [[ $cur == = ]]; then cur=''; fi\n")
	for _, s := range subs {
		fmt.Fprintf(&b, "    if [[ ${COMP_WORDS[1]} == %s && $COMP_CWORD -gt 1 ]]; then cmd=%s; fi\n", s.Name, s.Name)
	}
	b.WriteString("    local flag=${prev#-}; flag=${flag#-}\n")
	b.WriteString("    case $cmd:$flag in\n")
	for _, c := range append([]Command{main}, subs...) {
		name := c.Name
		if name == "" {
			name = "main"
		}
		for _, f := range c.Flags {
			switch {
			case f.Arg == "":
				continue
			case len(f.Choices) > 0:
				fmt.Fprintf(&b, "        %s:%s) COMPREPLY=($(compgen -W '%s' -- \"$cur\")); return ;;\n", name, f.Name, strings.Join(f.Choices, " "))
			case f.Dirs():
				fmt.Fprintf(&b, "        %s:%s) COMPREPLY=($(compgen -d -- \"$cur\")); return ;;\n", name, f.Name)
			case f.Files():
				fmt.Fprintf(&b, "        %s:%s) COMPREPLY=($(compgen -f -- \"$cur\")); return ;;\n", name, f.Name)
			default:
				fmt.Fprintf(&b, "        %s:%s) return ;; # its value (%s) is typed\n", name, f.Name, f.Arg)
			}
		}
	}
	b.WriteString("    esac\n")
	b.WriteString("    if [[ $cur == -* ]]; then\n        case $cmd in\n")
	for _, c := range append([]Command{main}, subs...) {
		name := c.Name
		if name == "" {
			name = "main"
		}
		var words []string
		for _, f := range c.Flags {
			words = append(words, "--"+f.Name)
		}
		fmt.Fprintf(&b, "            %s) COMPREPLY=($(compgen -W '%s' -- \"$cur\")) ;;\n", name, strings.Join(words, " "))
	}
	b.WriteString("        esac\n        return\n    fi\n")
	if main.Operands {
		b.WriteString("    if [[ $cmd == main ]]; then\n        COMPREPLY=($(compgen -f -- \"$cur\"))\n")
		var names []string
		for _, s := range subs {
			names = append(names, s.Name)
		}
		fmt.Fprintf(&b, "        if [[ $COMP_CWORD -eq 1 ]]; then COMPREPLY+=($(compgen -W '%s' -- \"$cur\")); fi\n    fi\n", strings.Join(names, " "))
	}
	b.WriteString("}\n")
	fmt.Fprintf(&b, "complete -o filenames -F %s %s\n", fn, prog)
	return b.String()
}

// zshQuote escapes a description for _arguments' [...] and '...'.
func zshQuote(s string) string {
	return strings.NewReplacer("'", `'\''`, "[", `\[`, "]", `\]`, ":", `\:`).Replace(s)
}

func zsh(prog string, main Command, subs []Command) string {
	var b strings.Builder
	fmt.Fprintf(&b, "#compdef %s\n# zsh completion for %s, written by `%s --completion zsh`.\n", prog, prog, prog)
	fmt.Fprintf(&b, "# Install it as _%s in a directory of $fpath.\n", prog)
	spec := func(c Command) string {
		var lines []string
		for _, f := range c.Flags {
			desc := zshQuote(f.Usage)
			switch {
			case f.Arg == "":
				lines = append(lines, fmt.Sprintf("'--%s[%s]'", f.Name, desc))
			case len(f.Choices) > 0:
				lines = append(lines, fmt.Sprintf("'--%s=[%s]:%s:(%s)'", f.Name, desc, f.Name, strings.Join(f.Choices, " ")))
			case f.Dirs():
				lines = append(lines, fmt.Sprintf("'--%s=[%s]:%s:_files -/'", f.Name, desc, f.Arg))
			case f.Files():
				lines = append(lines, fmt.Sprintf("'--%s=[%s]:%s:_files'", f.Name, desc, f.Arg))
			default:
				lines = append(lines, fmt.Sprintf("'--%s=[%s]:%s: '", f.Name, desc, f.Arg))
			}
		}
		return strings.Join(lines, " \\\n        ")
	}
	fmt.Fprintf(&b, "_%s() {\n", prog)
	for _, s := range subs {
		fmt.Fprintf(&b, "    if (( CURRENT > 2 )) && [[ $words[2] == %s ]]; then\n", s.Name)
		fmt.Fprintf(&b, "        words=(\"${(@)words[2,-1]}\"); (( CURRENT-- ))\n")
		fmt.Fprintf(&b, "        _arguments -s \\\n        %s\n        return\n    fi\n", spec(s))
	}
	var cmds []string
	for _, s := range subs {
		cmds = append(cmds, fmt.Sprintf(`%s\:%s`, s.Name, strings.ReplaceAll(zshQuote(s.Summary), " ", `\ `)))
	}
	fmt.Fprintf(&b, "    _arguments -s \\\n        %s", spec(main))
	if main.Operands {
		fmt.Fprintf(&b, " \\\n        '1:article:{_alternative \"commands:command:((%s))\" \"files:article:_files\"}' \\\n        '*:article:_files'", strings.Join(cmds, " "))
	}
	b.WriteString("\n}\n")
	fmt.Fprintf(&b, "_%s \"$@\"\n", prog)
	return b.String()
}

// fishQuote quotes s for fish, in single quotes.
func fishQuote(s string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, "'", `\'`).Replace(s) + "'"
}

func fish(prog string, main Command, subs []Command) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# fish completion for %s, written by `%s --completion fish`.\n", prog, prog)
	fmt.Fprintf(&b, "# Install it as ~/.config/fish/completions/%s.fish\n", prog)
	var names []string
	for _, s := range subs {
		names = append(names, s.Name)
	}
	notSub := "not __fish_seen_subcommand_from " + strings.Join(names, " ")
	for _, s := range subs {
		fmt.Fprintf(&b, "complete -c %s -n '__fish_use_subcommand' -a %s -d %s\n", prog, s.Name, fishQuote(s.Summary))
	}
	write := func(cond string, c Command) {
		for _, f := range c.Flags {
			fmt.Fprintf(&b, "complete -c %s -n '%s' -l %s", prog, cond, f.Name)
			switch {
			case f.Arg == "":
			case len(f.Choices) > 0:
				fmt.Fprintf(&b, " -x -a %s", fishQuote(strings.Join(f.Choices, " ")))
			case f.Dirs():
				b.WriteString(" -x -a '(__fish_complete_directories)'")
			case f.Files():
				b.WriteString(" -r -F")
			default:
				b.WriteString(" -x")
			}
			fmt.Fprintf(&b, " -d %s\n", fishQuote(f.Usage))
		}
	}
	write(notSub, main)
	for _, s := range subs {
		write("__fish_seen_subcommand_from "+s.Name, s)
		if !s.Operands {
			fmt.Fprintf(&b, "complete -c %s -n '__fish_seen_subcommand_from %s' -f\n", prog, s.Name)
		}
	}
	return b.String()
}
