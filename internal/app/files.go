package app

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

// CheckFile says why path cannot be read as a what ("profile file"), or
// returns nil. The error is bad input.
func CheckFile(what, path string) error {
	fi, err := os.Stat(path)
	switch {
	case err != nil:
		return BadInput(FileError(what, path, err))
	case fi.IsDir():
		return BadInput(fmt.Errorf("%s %s is a folder, not a file", what, path))
	}
	return nil
}

// OpenFile opens path as a what, with CheckFile's sentences.
func OpenFile(what, path string) (*os.File, error) {
	if err := CheckFile(what, path); err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, BadInput(FileError(what, path, err))
	}
	return f, nil
}

// CheckFolder says why dir cannot be used as a what ("template folder"),
// or returns nil. The error is not classified; callers say whether it is
// bad input.
func CheckFolder(what, dir string) error {
	fi, err := os.Stat(dir)
	switch {
	case err != nil:
		return FileError(what, dir, err)
	case !fi.IsDir():
		return fmt.Errorf("%s %s is a file, not a folder", what, dir)
	}
	return nil
}

// FileError is the sentence for err from opening or reading path.
func FileError(what, path string, err error) error {
	if errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("%s %s does not exist", what, path)
	}
	return fmt.Errorf("cannot read %s %s: %w", what, path, UnwrapPath(err))
}

// UnwrapPath drops the *PathError's repetition of the file name.
func UnwrapPath(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}
