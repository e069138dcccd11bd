//! Personal data encrypted at rest with age (<https://age-encryption.org>).
//!
//! A case's `members.toml` and `diagnosis.toml` hold the personal data; in a repository with
//! recipients (`keys/<name>.txt`, one public key a line: `age1…` or `ssh-ed25519 …`) they
//! are stored as `members.toml.age` and `diagnosis.toml.age`, ASCII-armoured, encrypted to
//! every recipient. koop decrypts them in memory with the user's identity (`KOOP_IDENTITY`,
//! or `~/.config/koop/identity.txt`) and never writes the plain text to disk.
//!
//! RSA SSH keys are refused: the `rsa` crate age uses for them has an unfixed timing
//! side-channel advisory (RUSTSEC-2023-0071). See docs/privacy.md.

use std::io::{BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::OnceLock;

use age::armor::{ArmoredReader, ArmoredWriter, Format};
use age::secrecy::ExposeSecret;

use crate::error::{Error, Result};

/// The folder of recipients, one file per person (so adding two colleagues never conflicts).
pub const KEYS_DIR: &str = "keys";
/// The suffix of an encrypted file.
pub const SUFFIX: &str = ".age";
/// Files of a case folder that hold personal data.
pub const PERSONAL: [&str; 2] = ["members.toml", "diagnosis.toml"];

/// Whether a file name (`members.toml`) holds personal data.
pub fn is_personal(name: &str) -> bool {
    PERSONAL.contains(&name)
}

enum RecipientKey {
    X25519(age::x25519::Recipient),
    Ssh(age::ssh::Recipient),
}

/// A recipient: one public key from `keys/<name>.txt`.
pub struct Recipient {
    /// The file's name without `.txt`.
    pub name: String,
    /// Path relative to the repository root.
    pub path: String,
    /// The key as written (`age1…`, `ssh-ed25519 AAAA… comment`).
    pub text: String,
    key: RecipientKey,
}

impl Recipient {
    /// `age` or `ssh-ed25519`.
    pub fn kind(&self) -> &'static str {
        match self.key {
            RecipientKey::X25519(_) => "age",
            RecipientKey::Ssh(_) => "ssh-ed25519",
        }
    }

    fn as_dyn(&self) -> &dyn age::Recipient {
        match &self.key {
            RecipientKey::X25519(k) => k,
            RecipientKey::Ssh(k) => k,
        }
    }
}

/// Parses one public key; the error says what is accepted.
pub fn parse_recipient(text: &str) -> std::result::Result<(), String> {
    parse_key(text).map(|_| ())
}

fn parse_key(text: &str) -> std::result::Result<RecipientKey, String> {
    let text = text.trim();
    if text.starts_with("age1") {
        return age::x25519::Recipient::from_str(text)
            .map(RecipientKey::X25519)
            .map_err(|e| crate::tr!("crypt-bad-age-key", error = e.to_string()));
    }
    if text.starts_with("ssh-rsa") {
        return Err(crate::tr!("crypt-rsa"));
    }
    if text.starts_with("ssh-ed25519") {
        return match age::ssh::Recipient::from_str(text) {
            Ok(k @ age::ssh::Recipient::SshEd25519(..)) => Ok(RecipientKey::Ssh(k)),
            Ok(_) => Err(crate::tr!("crypt-only-ed25519")),
            Err(e) => Err(crate::tr!("crypt-bad-ssh-key", error = format!("{e:?}"))),
        };
    }
    Err(crate::tr!("crypt-expected-key"))
}

/// A recipient not yet in `keys/` (being added).
pub fn recipient(name: &str, text: &str) -> std::result::Result<Recipient, String> {
    Ok(Recipient {
        name: name.to_string(),
        path: format!("{KEYS_DIR}/{name}.txt"),
        text: text.trim().to_string(),
        key: parse_key(text)?,
    })
}

/// The error for a case file present both encrypted and in plain text (a merge of a branch
/// from before encryption, or a hand-made copy): koop will not choose for the user.
pub fn both(plain_rel: &str) -> Error {
    Error::user(crate::tr!(
        "crypt-both",
        plain = plain_rel,
        sealed = format!("{plain_rel}{SUFFIX}")
    ))
    .hint(crate::tr!("crypt-both-hint", plain = plain_rel))
}

/// The repository's recipients, sorted by name. A file that does not parse is an error naming
/// the file and line, as encrypting to fewer people than intended would lock someone out.
pub fn recipients(root: &Path) -> Result<Vec<Recipient>> {
    let dir = root.join(KEYS_DIR);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Ok(Vec::new());
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for path in files {
        let name = path
            .file_stem()
            .map(|s| s.to_string_lossy().to_string())
            .unwrap_or_default();
        let rel = format!("{KEYS_DIR}/{name}.txt");
        let bytes = std::fs::read(&path).map_err(|e| Error::io("read", &path, &e))?;
        let text = crate::text::decode(bytes)
            .map_err(|bad| {
                Error::user(crate::tr!(
                    "crypt-not-utf8",
                    path = rel.as_str(),
                    line = bad.line,
                    column = bad.column
                ))
            })?
            .text;
        for (i, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if line.starts_with("AGE-SECRET-KEY") || line.contains("PRIVATE KEY") {
                return Err(Error::user(crate::tr!(
                    "crypt-private-key",
                    path = rel.as_str(),
                    line = i + 1
                ))
                .hint(crate::tr!("crypt-private-key-hint", path = rel.as_str())));
            }
            let key = parse_key(line).map_err(|e| {
                Error::user(format!("{rel}:{}:1: {e}", i + 1))
                    .hint(crate::tr!("crypt-fix-keys-hint"))
            })?;
            out.push(Recipient {
                name: name.clone(),
                path: rel.clone(),
                text: line.to_string(),
                key,
            });
        }
    }
    Ok(out)
}

enum IdentityKey {
    X25519(age::x25519::Identity),
    /// The key, and its public key (from the key file, else the `.pub` beside it).
    Ssh(age::ssh::Identity, Option<String>),
}

/// The user's private key(s), from their identity file.
pub struct Identity {
    /// Where it was read from.
    pub path: PathBuf,
    keys: Vec<IdentityKey>,
}

impl Identity {
    fn as_dyn(&self) -> impl Iterator<Item = &dyn age::Identity> {
        self.keys.iter().map(|k| match k {
            IdentityKey::X25519(k) => k as &dyn age::Identity,
            IdentityKey::Ssh(k, _) => k as &dyn age::Identity,
        })
    }

    /// The public keys of the identities in the file.
    pub fn public_keys(&self) -> Vec<String> {
        self.keys
            .iter()
            .filter_map(|k| match k {
                IdentityKey::X25519(k) => Some(k.to_public().to_string()),
                IdentityKey::Ssh(_, public) => public.clone(),
            })
            .collect()
    }

    /// The public key to list for this identity.
    pub fn public_key(&self) -> Result<String> {
        self.public_keys().into_iter().next().ok_or_else(|| {
            Error::user(crate::tr!(
                "crypt-no-public-key",
                path = self.path.display()
            ))
            .hint(crate::tr!("crypt-no-public-key-hint"))
        })
    }
}

/// The public key of an unencrypted OpenSSH ed25519 private key, which the key file carries
/// in the clear (`openssh-key-v1`: cipher, KDF, its options, the number of keys, then each
/// public key), as `ssh-ed25519 AAAA…`.
fn ssh_public(text: &str) -> Option<String> {
    use base64::Engine;
    let body: String = text
        .lines()
        .skip_while(|l| !l.starts_with("-----BEGIN OPENSSH PRIVATE KEY-----"))
        .skip(1)
        .take_while(|l| !l.starts_with("-----END"))
        .map(str::trim)
        .collect();
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(body)
        .ok()?;
    let rest = bytes.strip_prefix(b"openssh-key-v1\0")?;
    let field = |b: &[u8]| -> Option<(Vec<u8>, Vec<u8>)> {
        let len = u32::from_be_bytes(b.get(..4)?.try_into().ok()?) as usize;
        Some((b.get(4..4 + len)?.to_vec(), b.get(4 + len..)?.to_vec()))
    };
    let (_cipher, rest) = field(rest)?;
    let (_kdf, rest) = field(&rest)?;
    let (_options, rest) = field(&rest)?;
    let count = u32::from_be_bytes(rest.get(..4)?.try_into().ok()?);
    if count == 0 {
        return None;
    }
    let (blob, _) = field(rest.get(4..)?)?;
    let (kind, _) = field(&blob)?;
    (kind == b"ssh-ed25519").then(|| {
        format!(
            "ssh-ed25519 {}",
            base64::engine::general_purpose::STANDARD.encode(&blob)
        )
    })
}

/// The public keys of the user's identity, or none without one: to tell which recipient is
/// the user.
pub fn own_public_keys() -> Vec<String> {
    match identity() {
        Ok(Some(id)) => id.public_keys(),
        _ => Vec::new(),
    }
}

/// Where the identity is: `KOOP_IDENTITY`, else `$XDG_CONFIG_HOME/koop/identity.txt`, else
/// `~/.config/koop/identity.txt`.
pub fn identity_path() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("KOOP_IDENTITY").filter(|p| !p.is_empty()) {
        // `~/…` written in quotes is not expanded by the shell: expand it here.
        let text = p.to_string_lossy();
        if let (Some(rest), Some(home)) = (text.strip_prefix("~/"), std::env::var_os("HOME")) {
            return Some(PathBuf::from(home).join(rest));
        }
        return Some(PathBuf::from(p));
    }
    let config = std::env::var_os("XDG_CONFIG_HOME")
        .filter(|p| !p.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".config")))?;
    Some(config.join("koop").join("identity.txt"))
}

/// Reads an identity file: age identities (`AGE-SECRET-KEY-1…`, one a line, `#` comments), or
/// an unencrypted OpenSSH ed25519 private key.
pub fn read_identity(path: &Path) -> Result<Identity> {
    let shown = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| {
        Error::user(crate::tr!(
            "crypt-cannot-read-identity",
            path = shown.as_str()
        ))
        .caused_by(e.to_string())
        .hint(crate::tr!("crypt-identity-hint"))
    })?;
    let text = String::from_utf8(bytes)
        .map_err(|_| Error::user(crate::tr!("crypt-identity-not-text", path = shown.as_str())))?;
    let text = text.trim_start_matches('\u{feff}');
    let mut keys = Vec::new();
    if text.contains("-----BEGIN OPENSSH PRIVATE KEY-----") {
        let id =
            age::ssh::Identity::from_buffer(BufReader::new(text.as_bytes()), Some(shown.clone()))
                .map_err(|e| {
                Error::user(crate::tr!("crypt-bad-ssh-identity", path = shown.as_str()))
                    .caused_by(e.to_string())
            })?;
        match &id {
            // An RSA key parses too, but never matches: koop encrypts to no RSA recipient,
            // so age's RSA decryption (RUSTSEC-2023-0071) is never run.
            age::ssh::Identity::Unencrypted(_) => {}
            age::ssh::Identity::Encrypted(_) => {
                return Err(
                    Error::user(crate::tr!("crypt-passphrase", path = shown.as_str()))
                        .hint(crate::tr!("crypt-passphrase-hint")),
                );
            }
            age::ssh::Identity::Unsupported(_) => {
                return Err(Error::user(crate::tr!(
                    "crypt-unsupported-ssh",
                    path = shown.as_str()
                ))
                .hint(crate::tr!("crypt-unsupported-ssh-hint")));
            }
        }
        let beside = || {
            let mut pub_path = path.as_os_str().to_owned();
            pub_path.push(".pub");
            let text = std::fs::read_to_string(PathBuf::from(pub_path)).ok()?;
            let line = text.lines().find(|l| l.starts_with("ssh-ed25519 "))?;
            parse_key(line).ok().map(|_| line.trim().to_string())
        };
        keys.push(IdentityKey::Ssh(id, ssh_public(text).or_else(beside)));
    } else {
        for (i, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if line.starts_with("ssh-") || line.starts_with("age1") {
                return Err(Error::user(crate::tr!(
                    "crypt-public-not-private",
                    path = shown.as_str(),
                    line = i + 1
                ))
                .hint(crate::tr!("crypt-public-not-private-hint")));
            }
            let key = age::x25519::Identity::from_str(line).map_err(|_| {
                Error::user(crate::tr!(
                    "crypt-not-age-identity",
                    path = shown.as_str(),
                    line = i + 1
                ))
                .hint(crate::tr!("crypt-not-age-identity-hint"))
            })?;
            keys.push(IdentityKey::X25519(key));
        }
    }
    if keys.is_empty() {
        return Err(Error::user(crate::tr!(
            "crypt-no-key",
            path = shown.as_str()
        )));
    }
    Ok(Identity {
        path: path.to_path_buf(),
        keys,
    })
}

/// The user's identity, read once per run: `Ok(None)` when there is none configured (no
/// `KOOP_IDENTITY` and no file at the default path).
pub fn identity() -> &'static std::result::Result<Option<Identity>, Error> {
    static IDENTITY: OnceLock<std::result::Result<Option<Identity>, Error>> = OnceLock::new();
    IDENTITY.get_or_init(|| {
        let explicit = std::env::var_os("KOOP_IDENTITY").is_some_and(|p| !p.is_empty());
        match identity_path() {
            Some(path) if explicit || path.exists() => read_identity(&path).map(Some),
            _ => Ok(None),
        }
    })
}

/// The identity, for a command that must decrypt.
pub fn require_identity() -> Result<&'static Identity> {
    match identity() {
        Ok(Some(id)) => Ok(id),
        Ok(None) => Err(no_identity()),
        Err(e) => Err(e.clone()),
    }
}

/// The error for a user without an identity.
pub fn no_identity() -> Error {
    let path = identity_path().map_or_else(
        || "~/.config/koop/identity.txt".into(),
        |p| p.display().to_string(),
    );
    Error::user(crate::tr!("crypt-no-identity"))
        .hint(crate::tr!("crypt-no-identity-hint", path = path))
}

/// Makes a new age identity: the file's text and its public key.
pub fn generate() -> (String, String) {
    let id = age::x25519::Identity::generate();
    let public = id.to_public().to_string();
    let secret = id.to_string();
    let text = format!(
        "{}\n{}\n",
        crate::tr!("crypt-identity-file", public = public.as_str()),
        secret.expose_secret()
    );
    (text, public)
}

/// Whether a reason of `Unreadable::reason` is that the file is damaged (not that the user
/// cannot decrypt it).
pub fn is_damaged(reason: &str) -> bool {
    reason.starts_with(&crate::tr!("crypt-damaged"))
}

/// Why a file could not be decrypted.
#[derive(Debug, Clone)]
pub enum Unreadable {
    /// No identity configured.
    NoIdentity,
    /// The identity file could not be used.
    BadIdentity(String),
    /// The file was not encrypted to this identity.
    NotForYou(PathBuf),
    /// The file is damaged or not an age file.
    Corrupt(String),
}

impl Unreadable {
    /// A sentence for messages.
    pub fn reason(&self) -> String {
        match self {
            Unreadable::NoIdentity => crate::tr!(
                "crypt-reason-no-identity",
                path = identity_path().map_or_else(
                    || "~/.config/koop/identity.txt".into(),
                    |p| p.display().to_string()
                )
            ),
            Unreadable::BadIdentity(e) => crate::tr!("crypt-reason-bad-identity", error = e),
            Unreadable::NotForYou(p) => {
                crate::tr!("crypt-reason-not-for-you", path = p.display())
            }
            Unreadable::Corrupt(e) => crate::tr!("crypt-reason-damaged", error = e),
        }
    }
}

/// Decrypts an armoured (or binary) age file with the user's identity.
pub fn decrypt(cipher: &[u8]) -> std::result::Result<Vec<u8>, Unreadable> {
    let mut reader = open_sealed(age::Decryptor::new_buffered(ArmoredReader::new(cipher)))?;
    let mut plain = Vec::new();
    reader
        .read_to_end(&mut plain)
        .map_err(|e| Unreadable::Corrupt(e.to_string()))?;
    Ok(plain)
}

/// A reader of the plain text of what `encrypt_binary` wrote, with the user's key: it
/// decrypts as it is read, and can seek (age encrypts in chunks of 64 KiB, each decrypted on
/// its own), so only the part read is ever in memory.
pub fn decrypting<R: Read + std::io::Seek>(
    cipher: R,
) -> std::result::Result<age::stream::StreamReader<R>, Unreadable> {
    open_sealed(age::Decryptor::new(cipher))
}

fn open_sealed<R: Read>(
    decryptor: std::result::Result<age::Decryptor<R>, age::DecryptError>,
) -> std::result::Result<age::stream::StreamReader<R>, Unreadable> {
    let identity = match identity() {
        Ok(Some(id)) => id,
        Ok(None) => return Err(Unreadable::NoIdentity),
        Err(e) => return Err(Unreadable::BadIdentity(e.message.clone())),
    };
    let decryptor = decryptor.map_err(|e| Unreadable::Corrupt(e.to_string()))?;
    decryptor.decrypt(identity.as_dyn()).map_err(|e| match e {
        age::DecryptError::NoMatchingKeys => Unreadable::NotForYou(identity.path.clone()),
        other => Unreadable::Corrupt(other.to_string()),
    })
}

/// The tag of the header stanza in which koop records whom a file is encrypted to.
pub const STAMP_TAG: &str = "koop-recipients";

/// A recipient that wraps no key: it writes into the file's header the fingerprints of the
/// recipients the file is encrypted to, so that `koop check` can tell, without decrypting,
/// whether a file matches `keys/` (K037). age ignores stanzas it does not know; the header's
/// MAC covers it, so it cannot be changed without the file key.
struct Stamp(Vec<String>);

impl age::Recipient for Stamp {
    fn wrap_file_key(
        &self,
        _: &age_core::format::FileKey,
    ) -> std::result::Result<
        (
            Vec<age_core::format::Stanza>,
            std::collections::HashSet<String>,
        ),
        age::EncryptError,
    > {
        let stanza = age_core::format::Stanza {
            tag: STAMP_TAG.to_string(),
            args: self.0.clone(),
            body: Vec::new(),
        };
        Ok((vec![stanza], std::collections::HashSet::new()))
    }
}

/// A public key's fingerprint: the first 8 bytes of the SHA-256 of the key (an SSH key
/// without its comment), in hex.
pub fn fingerprint(key_text: &str) -> String {
    use sha2::Digest;
    let fields: Vec<&str> = key_text.split_whitespace().collect();
    let key = if fields.first().is_some_and(|f| f.starts_with("ssh-")) {
        fields.iter().take(2).copied().collect::<Vec<_>>().join(" ")
    } else {
        fields.first().copied().unwrap_or("").to_string()
    };
    let digest = sha2::Sha256::digest(key.as_bytes());
    digest.iter().take(8).map(|b| format!("{b:02x}")).collect()
}

/// The fingerprints an encrypted file's header says it is encrypted to (sorted), or `None`
/// for a file written without them (by an earlier koop, or by age itself).
pub fn stamped(cipher: &[u8]) -> Option<Vec<String>> {
    use base64::Engine;
    let text = std::str::from_utf8(cipher).ok();
    let header: Vec<u8> = match text {
        Some(t) if t.trim_start().starts_with("-----BEGIN AGE ENCRYPTED") => {
            // Armour lines hold 48 bytes each: decode until the header ends.
            let mut out = Vec::new();
            for line in t.trim_start().lines().skip(1) {
                if line.starts_with("-----END") {
                    break;
                }
                out.extend(
                    base64::engine::general_purpose::STANDARD
                        .decode(line.trim())
                        .ok()?,
                );
                if out.windows(5).any(|w| w == b"\n--- ") {
                    break;
                }
            }
            out
        }
        _ => cipher.iter().take(64 * 1024).copied().collect(),
    };
    let end = header.windows(5).position(|w| w == b"\n--- ")?;
    let header = std::str::from_utf8(&header[..end]).ok()?;
    header.lines().find_map(|line| {
        let mut parts = line.strip_prefix("-> ")?.split(' ');
        (parts.next() == Some(STAMP_TAG)).then(|| {
            let mut prints: Vec<String> = parts.map(str::to_string).collect();
            prints.sort();
            prints
        })
    })
}

/// Encrypts to every recipient, ASCII-armoured so the repository stays text; the header
/// records the recipients' fingerprints (`stamped`).
pub fn encrypt(plain: &[u8], recipients: &[Recipient]) -> Result<Vec<u8>> {
    seal(plain, recipients, Format::AsciiArmor)
}

/// As `encrypt`, without the armor: for what only koop reads (the parse cache), which
/// `decrypting` can then read from any place without decoding it from the start.
pub fn encrypt_binary(plain: &[u8], recipients: &[Recipient]) -> Result<Vec<u8>> {
    seal(plain, recipients, Format::Binary)
}

fn seal(plain: &[u8], recipients: &[Recipient], format: Format) -> Result<Vec<u8>> {
    let fail = |e: String| Error::user(crate::tr!("crypt-cannot-encrypt")).caused_by(e);
    let mut prints: Vec<String> = recipients.iter().map(|r| fingerprint(&r.text)).collect();
    prints.sort();
    prints.dedup();
    let stamp = Stamp(prints);
    let encryptor = age::Encryptor::with_recipients(
        recipients
            .iter()
            .map(|r| r.as_dyn())
            .chain(std::iter::once(&stamp as &dyn age::Recipient)),
    )
    .map_err(|e| fail(e.to_string()))?;
    let mut out = Vec::with_capacity(plain.len() * 2 + 512);
    let armor = ArmoredWriter::wrap_output(&mut out, format).map_err(|e| fail(e.to_string()))?;
    let mut writer = encryptor
        .wrap_output(armor)
        .map_err(|e| fail(e.to_string()))?;
    writer.write_all(plain).map_err(|e| fail(e.to_string()))?;
    writer
        .finish()
        .and_then(|armor| armor.finish())
        .map_err(|e| fail(e.to_string()))?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_header_records_whom_a_file_is_encrypted_to() {
        let (_, one) = generate();
        let (_, two) = generate();
        let rs = [recipient("a", &one).unwrap(), recipient("b", &two).unwrap()];
        let cipher = encrypt(b"name = \"x\"\n", &rs).unwrap();
        let mut want = vec![fingerprint(&one), fingerprint(&two)];
        want.sort();
        assert_eq!(stamped(&cipher), Some(want));
        assert_eq!(fingerprint(&one).len(), 16);
        assert_eq!(
            fingerprint("ssh-ed25519 AAAAC3Nza me@host"),
            fingerprint("ssh-ed25519 AAAAC3Nza")
        );
        assert_eq!(stamped(b"not age"), None);
    }

    #[test]
    fn rsa_and_garbage_recipients_are_refused_with_the_reason() {
        let rsa = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 user@host";
        assert!(
            parse_recipient(rsa)
                .unwrap_err()
                .contains("RUSTSEC-2023-0071")
        );
        assert!(parse_recipient("hello").unwrap_err().contains("age1"));
        assert!(
            parse_recipient("age1notakey")
                .unwrap_err()
                .contains("not a valid age public key")
        );
        let (_, public) = generate();
        assert!(parse_recipient(&public).is_ok());
    }
}
