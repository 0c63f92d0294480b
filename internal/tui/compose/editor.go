package compose

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/inmail/inmail/internal/tui/common"
)

// editorReadyMsg says the body was written to path for the editor.
type editorReadyMsg struct {
	path string
	err  error
}

// editorDoneMsg says the editor exited.
type editorDoneMsg struct {
	path string
	err  error
}

// editorReadMsg is the body as the editor left it.
type editorReadMsg struct {
	text string
	err  error
}

// writeEditorFile writes body to a temporary file in a command.
func writeEditorFile(body string) tea.Cmd {
	return func() tea.Msg {
		f, err := os.CreateTemp("", "inmail-body-*.txt")
		if err != nil {
			return editorReadyMsg{err: fmt.Errorf("write the body for the editor: %w", err)}
		}
		_, err = f.WriteString(body)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			os.Remove(f.Name())
			return editorReadyMsg{err: fmt.Errorf("write the body for the editor: %w", err)}
		}
		return editorReadyMsg{path: f.Name()}
	}
}

// editorCommand is $VISUAL, else $EDITOR, else vi, with its arguments.
func editorCommand(getenv func(string) string, path string) *exec.Cmd {
	for _, v := range []string{"VISUAL", "EDITOR"} {
		if args := strings.Fields(getenv(v)); len(args) > 0 {
			return exec.Command(args[0], append(args[1:], path)...)
		}
	}
	return exec.Command("vi", path)
}

// runEditor hands the terminal to the editor.
func (m *Model) runEditor(msg editorReadyMsg) tea.Cmd {
	if msg.err != nil {
		err := msg.err
		return func() tea.Msg { return common.ErrorMsg{Err: err} }
	}
	path := msg.path
	c := editorCommand(m.p.Getenv, path)
	return tea.ExecProcess(c, func(err error) tea.Msg { return editorDoneMsg{path: path, err: err} })
}

// readEditor reads the edited body back and removes the file.
func readEditor(msg editorDoneMsg) tea.Cmd {
	return func() tea.Msg {
		defer os.Remove(msg.path)
		if msg.err != nil {
			var ee *exec.Error
			if errors.As(msg.err, &ee) {
				return editorReadMsg{err: fmt.Errorf("could not start the editor %q: set $EDITOR to one you have", ee.Name)}
			}
			return editorReadMsg{err: fmt.Errorf("the editor failed (%v); the body is unchanged", msg.err)}
		}
		b, err := os.ReadFile(msg.path)
		if err != nil {
			return editorReadMsg{err: fmt.Errorf("read the edited body: %w", err)}
		}
		return editorReadMsg{text: string(b)}
	}
}

// editorRead takes in the edited body; it is checked again like any edit.
func (m *Model) editorRead(msg editorReadMsg) tea.Cmd {
	if msg.err != nil {
		err := msg.err
		return func() tea.Msg { return common.ErrorMsg{Err: err} }
	}
	text := strings.TrimRight(strings.ReplaceAll(msg.text, "\r\n", "\n"), "\n")
	if text == strings.TrimRight(m.Body(), "\n") {
		return nil
	}
	m.setBody(text)
	if m.focus == fBody {
		m.body.SetValue(text)
		m.body.MoveToBegin() // from the top, as the editor opened it
	}
	return m.draftTick()
}
