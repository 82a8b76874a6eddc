//! Saving changed weights: comments survive, the previous version is kept as `.bak`, a file
//! changed on disk is never overwritten, and nothing half-written or temporary is left behind.

use std::fs;
use std::path::{Path, PathBuf};

use offerlens::criteria;
use offerlens::criteria::edit::set_weights;
use offerlens::digest::sha256_hex;
use offerlens::store::{self, SaveError, backup_path};

const CRITERIA: &str = r#"# Our criteria: keep this comment.
name = "Test"

[[criterion]]
id = "price"
kind = "money"
weight = 7                 # buyer's choice
scoring = "ratio"

[[criterion]]
id = "uptime"
kind = "percent"
"#;

/// A folder holding `criteria.toml` with [`CRITERIA`] in it.
fn folder_with_criteria() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("criteria.toml");
    fs::write(&path, CRITERIA).unwrap();
    (dir, path)
}

/// The names in a folder, sorted.
fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn weight_of(text: &str, id: &str) -> f64 {
    let c = criteria::parse(text, "criteria.toml").unwrap();
    c.weights()[c.index_of(id).unwrap()]
}

#[test]
fn save_keeps_comments_and_the_previous_version_as_bak() {
    let (dir, path) = folder_with_criteria();
    let new_text = set_weights(CRITERIA, &[("price", 8.0), ("uptime", 2.5)]).unwrap();
    store::save_over(&path, &new_text, &sha256_hex(CRITERIA.as_bytes())).unwrap();

    let saved = fs::read_to_string(&path).unwrap();
    assert_eq!(saved, new_text);
    assert!(saved.starts_with("# Our criteria: keep this comment.\n"));
    assert!(saved.contains("\nweight = 8                 # buyer's choice\n"));
    assert_eq!(weight_of(&saved, "price"), 8.0);
    assert_eq!(weight_of(&saved, "uptime"), 2.5);

    let bak = dir.path().join("criteria.toml.bak");
    assert_eq!(backup_path(&path), bak);
    assert_eq!(fs::read_to_string(&bak).unwrap(), CRITERIA);
    assert_eq!(names_in(dir.path()), ["criteria.toml", "criteria.toml.bak"]);
}

#[test]
fn a_second_save_replaces_the_bak_with_the_first_save() {
    let (dir, path) = folder_with_criteria();
    let first = set_weights(CRITERIA, &[("price", 8.0)]).unwrap();
    store::save_over(&path, &first, &sha256_hex(CRITERIA.as_bytes())).unwrap();
    let second = set_weights(&first, &[("price", 9.0)]).unwrap();
    store::save_over(&path, &second, &sha256_hex(first.as_bytes())).unwrap();

    assert_eq!(fs::read_to_string(&path).unwrap(), second);
    assert_eq!(fs::read_to_string(backup_path(&path)).unwrap(), first);
    assert_eq!(names_in(dir.path()), ["criteria.toml", "criteria.toml.bak"]);
}

#[test]
fn a_file_changed_on_disk_is_not_overwritten() {
    let (dir, path) = folder_with_criteria();
    let loaded_sha = sha256_hex(CRITERIA.as_bytes());
    let bak = backup_path(&path);
    fs::write(&bak, "an older backup").unwrap();
    let edited_elsewhere = CRITERIA.replace("keep this comment", "edited in another editor");
    fs::write(&path, &edited_elsewhere).unwrap();

    let new_text = set_weights(CRITERIA, &[("price", 8.0)]).unwrap();
    let err = store::save_over(&path, &new_text, &loaded_sha).unwrap_err();
    assert!(matches!(err, SaveError::ChangedOnDisk { .. }), "{err:?}");
    let message = err.to_string();
    assert!(
        message.contains("criteria.toml changed on disk since it was loaded"),
        "{message}"
    );
    assert!(message.contains("reload"), "{message}");

    assert_eq!(fs::read_to_string(&path).unwrap(), edited_elsewhere);
    assert_eq!(fs::read_to_string(&bak).unwrap(), "an older backup");
    assert_eq!(names_in(dir.path()), ["criteria.toml", "criteria.toml.bak"]);
}

#[test]
fn a_vanished_file_is_not_recreated() {
    let (dir, path) = folder_with_criteria();
    fs::remove_file(&path).unwrap();
    let err = store::save_over(&path, CRITERIA, &sha256_hex(CRITERIA.as_bytes())).unwrap_err();
    assert!(matches!(err, SaveError::Missing { .. }), "{err:?}");
    assert!(err.to_string().contains("no longer exists"), "{err}");
    assert!(names_in(dir.path()).is_empty());
}

#[test]
fn save_new_writes_a_profile_as_a_new_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("my-sme.toml");
    let (_, sme) = criteria::PROFILES
        .iter()
        .find(|(name, _)| *name == "sme")
        .unwrap();
    let text = set_weights(sme, &[("monthly_fee", 12.0)]).unwrap();
    store::save_new(&path, &text, false).unwrap();

    let saved = fs::read_to_string(&path).unwrap();
    assert_eq!(saved, text);
    assert_eq!(weight_of(&saved, "monthly_fee"), 12.0);
    assert_eq!(names_in(dir.path()), ["my-sme.toml"]);
}

#[test]
fn save_new_refuses_an_existing_file_unless_told_to_overwrite() {
    let (dir, path) = folder_with_criteria();
    let err = store::save_new(&path, "name = \"Other\"\n", false).unwrap_err();
    assert!(matches!(err, SaveError::Exists { .. }), "{err:?}");
    assert!(err.to_string().contains("already exists"), "{err}");
    assert_eq!(fs::read_to_string(&path).unwrap(), CRITERIA);
    assert_eq!(names_in(dir.path()), ["criteria.toml"]);

    store::save_new(&path, "name = \"Other\"\n", true).unwrap();
    assert_eq!(fs::read_to_string(&path).unwrap(), "name = \"Other\"\n");
    assert_eq!(fs::read_to_string(backup_path(&path)).unwrap(), CRITERIA);
    assert_eq!(names_in(dir.path()), ["criteria.toml", "criteria.toml.bak"]);
}

#[test]
fn save_new_into_a_missing_folder_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("no-such-folder").join("criteria.toml");
    let err = store::save_new(&path, CRITERIA, false).unwrap_err();
    assert!(matches!(err, SaveError::NoFolder { .. }), "{err:?}");
    assert!(err.to_string().contains("does not exist"), "{err}");
    assert!(names_in(dir.path()).is_empty());
}

#[test]
fn write_atomically_creates_and_replaces_without_leaving_temporary_files() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("out.csv");
    store::write_atomically(&path, b"first").unwrap();
    store::write_atomically(&path, b"second").unwrap();
    assert_eq!(fs::read(&path).unwrap(), b"second");
    assert_eq!(names_in(dir.path()), ["out.csv"]);
}

#[test]
fn a_failed_write_leaves_the_target_alone() {
    let dir = tempfile::tempdir().unwrap();
    // A folder cannot be replaced by a file: the rename fails after the temporary file is
    // written, and that file must be cleaned up.
    let path = dir.path().join("taken");
    fs::create_dir(&path).unwrap();
    assert!(store::write_atomically(&path, b"data").is_err());
    assert!(path.is_dir());
    assert_eq!(names_in(dir.path()), ["taken"]);
}

#[cfg(unix)]
#[test]
fn permissions_of_the_file_are_kept_and_given_to_the_bak() {
    use std::os::unix::fs::PermissionsExt;

    let (_dir, path) = folder_with_criteria();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).unwrap();
    let new_text = set_weights(CRITERIA, &[("price", 8.0)]).unwrap();
    store::save_over(&path, &new_text, &sha256_hex(CRITERIA.as_bytes())).unwrap();

    let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&path), 0o640);
    assert_eq!(mode(&backup_path(&path)), 0o640);

    store::write_atomically(&path, b"name = \"x\"\n").unwrap();
    assert_eq!(mode(&path), 0o640);
}

#[cfg(unix)]
#[test]
fn a_new_file_gets_the_usual_permissions_not_the_temporary_files() {
    use std::os::unix::fs::PermissionsExt;

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("new.toml");
    store::save_new(&path, CRITERIA, false).unwrap();
    // A file written the ordinary way gets 0o666 less the umask: the same is expected.
    let ordinary = dir.path().join("ordinary.toml");
    fs::write(&ordinary, CRITERIA).unwrap();
    let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&path), mode(&ordinary));
}

#[cfg(unix)]
#[test]
fn saving_through_a_symlink_edits_the_file_it_points_to() {
    let (dir, real) = folder_with_criteria();
    let link = dir.path().join("link.toml");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let new_text = set_weights(CRITERIA, &[("price", 8.0)]).unwrap();
    store::save_over(&link, &new_text, &sha256_hex(CRITERIA.as_bytes())).unwrap();

    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(fs::read_to_string(&real).unwrap(), new_text);
    assert_eq!(fs::read_to_string(backup_path(&link)).unwrap(), CRITERIA);
}

#[test]
fn a_read_only_file_is_not_replaced() {
    let (dir, path) = folder_with_criteria();
    let mut perms = fs::metadata(&path).unwrap().permissions();
    perms.set_readonly(true);
    fs::set_permissions(&path, perms).unwrap();
    let new_text = set_weights(CRITERIA, &[("price", 8.0)]).unwrap();
    let err = store::save_over(&path, &new_text, &sha256_hex(CRITERIA.as_bytes())).unwrap_err();
    assert!(matches!(err, SaveError::ReadOnly { .. }), "{err}");
    assert!(err.to_string().contains("read-only"), "{err}");
    assert_eq!(fs::read_to_string(&path).unwrap(), CRITERIA);
    assert_eq!(names_in(dir.path()), ["criteria.toml"]);
}
