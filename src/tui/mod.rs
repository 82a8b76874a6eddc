//! The interactive terminal UI: the only module that touches the terminal.
