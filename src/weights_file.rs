//! Writing changed weights back into a criteria file's text, keeping its comments and layout.
