//! Saving files safely: atomic replacement, a `.bak` of the previous version, refusing to overwrite a file that changed on disk.
