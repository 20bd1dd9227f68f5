// Command sitrep turns news reports into event data. This package is wiring
// only: it parses flags, builds the pipeline from the stage packages and
// moves documents between sources and sinks. Each subcommand lives in its
// own file and adds itself to the command table with register.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"strings"
	"syscall"
)

// command is one subcommand: run gets the arguments after its name.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, env *env, args []string) error
}

// env is what a command may touch: its streams.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

var commands = map[string]command{}

// register adds a subcommand; called from init in each command's file.
func register(c command) { commands[c.name] = c }

// errUsage marks an error already explained by a usage message.
var errUsage = errors.New("usage")

// exitError carries a specific exit status (1 = some documents failed).
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr}, os.Args[1:])
	stop()
	os.Exit(code)
}

// run executes one command line and returns the exit status.
func run(ctx context.Context, e *env, args []string) int {
	if len(args) == 0 {
		fmt.Fprintf(e.stderr, "sitrep: no command given: want one of %s (see sitrep --help)\n", strings.Join(commandNames(), ", "))
		return 2
	}
	if args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(e.stderr)
		return 0
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(e.stderr, "sitrep: unknown command %q (see sitrep --help)\n", args[0])
		return 2
	}
	err := runCommand(ctx, c, e, args[1:])
	var ee exitError
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errUsage):
		return 2
	case errors.As(err, &ee):
		return ee.code
	default:
		fmt.Fprintf(e.stderr, "sitrep %s: %s\n", c.name, oneLine(err.Error()))
		return 1
	}
}

// internalError is a panic caught at the top: a bug, reported on one line
// instead of a stack dump.
type internalError struct{ v any }

func (e internalError) Error() string {
	return fmt.Sprintf("internal error (a bug; please report it with the input): %v", e.v)
}

// runCommand runs c, turning a panic that escaped it into an error.
func runCommand(ctx context.Context, c command, e *env, args []string) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = internalError{v: p}
		}
	}()
	return c.run(ctx, e, args)
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "sitrep turns news reports into event data: who did what to whom, where, when, according to whom.")
	fmt.Fprintln(w, "\nUsage: sitrep COMMAND [flags] [args]   (sitrep COMMAND --help for its flags)\n\nCommands:")
	for _, n := range commandNames() {
		fmt.Fprintf(w, "  %-10s %s\n", n, commands[n].summary)
	}
}

// commandNames lists the subcommands in order.
func commandNames() []string {
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// newFlags returns a flag set for a command that prints its usage to stderr.
func newFlags(e *env, name, argsUsage, summary string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "Usage: sitrep %s [flags] %s\n\n%s\n\nFlags:\n", name, argsUsage, summary)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args, mapping a bad flag to errUsage. A bad flag or
// value is reported on one line ("sitrep NAME: flag provided but not
// defined: -x (see sitrep NAME --help)"); -h and --help print the usage.
func parseFlags(fs *flag.FlagSet, args []string) error {
	usage, out := fs.Usage, fs.Output()
	fs.Usage = func() {}
	fs.SetOutput(io.Discard)
	err := fs.Parse(args)
	fs.Usage = usage
	fs.SetOutput(out)
	if err == nil {
		return nil
	}
	if errors.Is(err, flag.ErrHelp) {
		usage()
		return err
	}
	fmt.Fprintf(out, "sitrep %s: %s (see sitrep %s --help)\n", fs.Name(), oneLine(err.Error()), fs.Name())
	return errUsage
}

// flagSet reports whether the flag name was given on the command line (an
// explicitly empty value is then an error, not the default).
func flagSet(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) {
		if f.Name == name {
			set = true
		}
	})
	return set
}

// oneLine folds an error message to its first line.
func oneLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}
