package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

// The one sentence for a file or folder a command cannot read, the same
// in every command: "profile file priya.json does not exist", "cannot
// read messages file messages.csv: permission denied", "template folder
// team is a file, not a folder". what names the file's role as the
// command's help does.

// checkFile says why path cannot be read as a what ("profile file"), or
// returns nil. The error is bad input.
func checkFile(what, path string) error {
	fi, err := os.Stat(path)
	switch {
	case err != nil:
		return badInput(inputError(what, path, err))
	case fi.IsDir():
		return badInput(fmt.Errorf("%s %s is a folder, not a file", what, path))
	}
	return nil
}

// openFile opens path as a what, with checkFile's sentences.
func openFile(what, path string) (*os.File, error) {
	if err := checkFile(what, path); err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, badInput(inputError(what, path, err))
	}
	return f, nil
}

// checkFolder says why dir cannot be used as a what ("template folder"),
// or returns nil. The error is not classified; callers say whether it is
// bad input.
func checkFolder(what, dir string) error {
	fi, err := os.Stat(dir)
	switch {
	case err != nil:
		return inputError(what, dir, err)
	case !fi.IsDir():
		return fmt.Errorf("%s %s is a file, not a folder", what, dir)
	}
	return nil
}

// inputError is the sentence for err from opening or reading path.
func inputError(what, path string, err error) error {
	if errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("%s %s does not exist", what, path)
	}
	return fmt.Errorf("cannot read %s %s: %w", what, path, unwrapPath(err))
}
