"""The SQLCipher version shown in Help → About comes from the library itself."""

from fieldpartner.vault.engine import cipher_version


def test_cipher_version_names_sqlcipher_4(vault):
    assert cipher_version().startswith("4.")
    assert cipher_version(vault.engine) == cipher_version()
