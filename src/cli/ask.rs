//! `offerlens ask`: what to ask each vendor next — to standard output, one file, or one file
//! per vendor in a folder (`-o DIR`), as e-mails (text, Markdown), JSON or a workbook.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, ValueEnum};

use super::{CriteriaArgs, LimitArgs, extension, load_whole, say};
use crate::error::{Error, Result};
use crate::export::ask::{
    Letter, for_each, letter, order, write_json, write_letter_json, write_letters,
};
use crate::i18n::{Lang, Msg};
use crate::session;

#[derive(Debug, Args)]
pub(super) struct AskArgs {
    /// Offer files or folders (every spreadsheet inside is read).
    #[arg(value_name = "OFFERS")]
    offers: Vec<PathBuf>,
    #[command(flatten)]
    criteria: CriteriaArgs,
    #[command(flatten)]
    limits: LimitArgs,
    /// Only this vendor's questions; case and diacritics do not matter.
    #[arg(long = "vendor", value_name = "NAME")]
    vendor: Option<String>,
    /// Output format (default: what the -o file's extension says, else text).
    #[arg(short = 'f', long = "format", value_enum)]
    format: Option<AskFormat>,
    /// Write to this file, or to this folder one file per vendor (a folder that exists, or a
    /// name ending in '/' or without an extension).
    #[arg(short = 'o', long = "output", value_name = "PATH")]
    output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(super) enum AskFormat {
    Text,
    Md,
    Json,
    Xlsx,
}

impl AskFormat {
    fn extension(self) -> &'static str {
        match self {
            AskFormat::Text => "txt",
            AskFormat::Md => "md",
            AskFormat::Json => "json",
            AskFormat::Xlsx => "xlsx",
        }
    }

    fn from_extension(ext: &str) -> Option<AskFormat> {
        match ext {
            "txt" | "eml" => Some(AskFormat::Text),
            "md" | "markdown" => Some(AskFormat::Md),
            "json" => Some(AskFormat::Json),
            "xlsx" => Some(AskFormat::Xlsx),
            _ => None,
        }
    }
}

/// Where the questions go.
enum Target {
    Stdout,
    File(PathBuf),
    Folder(PathBuf),
}

pub(super) fn ask(args: AskArgs, lang: Lang) -> Result<ExitCode> {
    let target = match args.output.clone().filter(|p| p.as_os_str() != "-") {
        None => Target::Stdout,
        Some(p) if is_folder(&p) => Target::Folder(p),
        Some(p) => Target::File(p),
    };
    let format = match (&target, args.format) {
        (_, Some(f)) => f,
        (Target::File(p), None) => match extension(p) {
            Some(ext) => AskFormat::from_extension(&ext).ok_or_else(|| {
                Error::Usage(Msg::new("cli-ask-unknown-extension").with("ext", ext))
            })?,
            None => AskFormat::Text,
        },
        _ => AskFormat::Text,
    };
    if let Target::File(p) = &target
        && let Some(ext) = extension(p)
        && AskFormat::from_extension(&ext).is_some_and(|f| f != format)
    {
        return Err(Error::Usage(
            Msg::new("cli-ask-format-and-extension")
                .with("ext", ext)
                .with("format", format.extension()),
        ));
    }
    if format == AskFormat::Xlsx && matches!(target, Target::Stdout) {
        return Err(Error::Usage(Msg::new("cli-ask-xlsx-needs-output")));
    }
    let source = args.criteria.source();
    if let Target::File(p) | Target::Folder(p) = &target {
        session::guard_output(p, &source, &args.offers)?;
    }
    let loaded = load_whole(&args.offers, &args.criteria, &args.limits, lang)?;
    let a = &loaded.analysis;
    let only = match &args.vendor {
        Some(name) => Some(crate::explain::find_vendor(a, name).map_err(Error::Usage)?),
        None => None,
    };
    match target {
        Target::Stdout => write(a, only, format, lang, None)?,
        Target::File(p) => {
            write(a, only, format, lang, Some(&p))?;
            say(
                lang,
                Msg::new("cli-ask-wrote-file").with("file", p.display().to_string()),
            );
        }
        Target::Folder(dir) => per_vendor(a, only, format, lang, &dir)?,
    }
    Ok(ExitCode::SUCCESS)
}

/// `-o` names a folder: one that exists, or a name ending in a separator or with no extension.
fn is_folder(path: &Path) -> bool {
    path.is_dir()
        || path.as_os_str().to_string_lossy().ends_with(['/', '\\'])
        || (path.extension().is_none() && !path.exists())
}

/// Every letter (or `only` one) in one document of the format, written as it is made.
fn write(
    a: &crate::analysis::Analysis,
    only: Option<usize>,
    format: AskFormat,
    lang: Lang,
    path: Option<&Path>,
) -> Result<()> {
    if format == AskFormat::Xlsx {
        let bytes = crate::export::xlsx::questions::write(a, only, lang).map_err(|reason| {
            Error::Input {
                path: String::from("xlsx"),
                message: Msg::new("cli-cannot-build-workbook").with("reason", reason),
            }
        })?;
        return session::emit(&bytes, path);
    }
    session::emit_with(path, &mut |out| match format {
        AskFormat::Md => write_letters(a, only, true, lang, out),
        AskFormat::Json => write_json(a, only, lang, out),
        _ => write_letters(a, only, false, lang, out),
    })
}

/// One file per vendor with something to ask, named after the vendor; the others are named
/// on stderr as having nothing to clarify.
fn per_vendor(
    a: &crate::analysis::Analysis,
    only: Option<usize>,
    format: AskFormat,
    lang: Lang,
    dir: &Path,
) -> Result<()> {
    std::fs::create_dir_all(dir).map_err(|e| Error::Input {
        path: dir.display().to_string(),
        message: Msg::new("cli-cannot-write").msg("e", crate::error::io_reason(&e)),
    })?;
    let files = vendor_files(a, dir, &order(a, only), format.extension())?;
    let mut written = 0;
    let mut failed: Option<Error> = None;
    let nothing = |_: &Letter| ();
    let _ = for_each(a, only, &nothing, &mut |l, ()| {
        let vendor = &a.offers.offers[l.offer].vendor;
        let path = &files[&l.offer];
        if l.items.is_empty() {
            nothing_to_ask(lang, "cli-ask-nothing", vendor, path);
            return Ok(());
        }
        let done = match format {
            AskFormat::Text | AskFormat::Md => session::emit(
                letter(a, l, format == AskFormat::Md, lang)
                    .unwrap_or_default()
                    .as_bytes(),
                Some(path),
            ),
            // Written from the letter in hand: its questions are not worked out again.
            AskFormat::Json => {
                session::emit_with(Some(path), &mut |out| write_letter_json(a, l, lang, out))
            }
            AskFormat::Xlsx => crate::export::xlsx::questions::write_letter(a, l, lang)
                .map_err(|reason| Error::Input {
                    path: path.display().to_string(),
                    message: Msg::new("cli-cannot-build-workbook").with("reason", reason),
                })
                .and_then(|bytes| session::emit(&bytes, Some(path))),
        };
        match done {
            Ok(()) => {
                written += 1;
                Ok(())
            }
            Err(e) => {
                failed = Some(e);
                Err(std::io::Error::other("stopped"))
            }
        }
    });
    if let Some(e) = failed {
        return Err(e);
    }
    say(
        lang,
        Msg::new("cli-ask-wrote-folder")
            .with("dir", dir.display().to_string())
            .count("letters", written),
    );
    Ok(())
}

/// The file in `dir` of each offer (by index), named after its vendor; refused before anything
/// is written when one of them is there and is no file (a folder of that name): a run never
/// stops half-way through the folder.
pub(super) fn vendor_files(
    a: &crate::analysis::Analysis,
    dir: &Path,
    offers: &[usize],
    extension: &str,
) -> Result<std::collections::HashMap<usize, PathBuf>> {
    let mut taken: Vec<String> = Vec::new();
    let mut files = std::collections::HashMap::new();
    for &o in offers {
        let path = dir.join(file_name(&a.offers.offers[o].vendor, extension, &mut taken));
        if std::fs::symlink_metadata(&path).is_ok_and(|m| !m.is_file()) {
            return Err(Error::Input {
                path: path.display().to_string(),
                message: Msg::new("cli-ask-not-a-file"),
            });
        }
        files.insert(o, path);
    }
    Ok(files)
}

/// What is said of a vendor with nothing to ask: `id`, and the earlier file left in the
/// folder from another run, if there is one.
pub(super) fn nothing_to_ask(lang: Lang, id: &'static str, vendor: &str, earlier: &Path) {
    let mut message = Msg::new(id).with("vendor", vendor);
    if earlier.is_file() {
        message = Msg::new("cli-ask-earlier-file")
            .msg("message", message)
            .with("file", earlier.display().to_string());
    }
    say(lang, message);
}

/// A file name for a vendor ([`crate::export::ask::file_stem`]), made unique among the names
/// already `taken` ("kodex-studio.txt", "kodex-studio-2.txt").
fn file_name(vendor: &str, extension: &str, taken: &mut Vec<String>) -> String {
    let stem = crate::export::ask::file_stem(vendor);
    let mut name = format!("{stem}.{extension}");
    let mut n = 2;
    while taken.contains(&name) {
        name = format!("{stem}-{n}.{extension}");
        n += 1;
    }
    taken.push(name.clone());
    name
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vendors_get_plain_distinct_file_names() {
        let mut taken = Vec::new();
        assert_eq!(
            file_name("WebOpieka Sp. z o.o.", "txt", &mut taken),
            "webopieka-sp-z-o-o.txt"
        );
        assert_eq!(file_name("Łódź Web", "md", &mut taken), "lodz-web.md");
        assert_eq!(file_name("lodz web", "md", &mut taken), "lodz-web-2.md");
        assert_eq!(file_name("../../etc", "txt", &mut taken), "etc.txt");
        assert_eq!(file_name("名前", "txt", &mut taken), "vendor.txt");
    }
}
