"""Every refusal of domain/, sync/ and vault/ that can reach a person in the window is a
``Message`` (a code the interface translates), not an English sentence.

The allow-list names the refusals that stay plain, each with the reason: programming
errors and impossible states, arguments only the command line can give, and errors the
window never shows in their own words. A new English refusal fails this test: build it as
a ``Message`` (with its sentence in ``ui/problems.py``), or add it here with the reason.
"""

from __future__ import annotations

from refusal_sites import english_refusals

PROGRAMMING_ERROR = "a programming error or an impossible state, never a person's doing"
COMMAND_LINE = "only the command line can give this argument; it words the refusal in its terms"
OWN_WORDS = "the window says this in its own words (a cancel), never by this message"
INTERNAL_PARSE = "caught inside the module and replaced by a refusal that is a Message"

HEADLESS = "said by a command that runs without a window (hq drain, hq role); never in the window"

ALLOWED = {
    # the HQ inbox drainer and the staff roles command: headless, their lines are English
    "sync/inbox.py: the inbox {} is not a folder": HEADLESS,
    "sync/inbox.py: the vault is a field device of {}, not its HQ: hq drain impo": HEADLESS,
    "sync/inbox.py: cannot read the inbox {}: {}": HEADLESS,
    "sync/inbox.py: cannot claim {}: {}": HEADLESS,
    "sync/inbox.py: cannot put {} back: {}": HEADLESS,
    "sync/inbox.py: {} was {} but cannot be moved: {}": HEADLESS,
    "sync/inbox.py: cannot make {}: {}": HEADLESS,
    "sync/inbox.py: {} went back to the inbox: {}": HEADLESS,
    "domain/staff.py: {} is not a role; the roles are {}": HEADLESS,
    "domain/staff.py: the person's name (their PostgreSQL login) is empty": HEADLESS,
    # calls with arguments the interface never gives
    "domain/actions.py: within_days is {}; it must be 0 or more": PROGRAMMING_ERROR,
    "domain/projects.py: within_days is {}; it must be 0 or more": PROGRAMMING_ERROR,
    "domain/attachments.py: name a partner, an assessment or a workshop": PROGRAMMING_ERROR,
    "domain/partners.py: cannot sort partners by {}; use one of {}": PROGRAMMING_ERROR,
    "domain/revisions.py: this session has no record context (device and author)": (
        PROGRAMMING_ERROR
    ),
    "domain/revisions.py: {} has no id": PROGRAMMING_ERROR,
    "domain/revisions.py: {} {} cannot be removed; mark it deleted so the change syncs": (
        PROGRAMMING_ERROR
    ),
    "domain/rules.py: no rule for column {} of type {}": PROGRAMMING_ERROR,
    "domain/templates/expressions.py: not a template expression: {}": PROGRAMMING_ERROR,
    # a shipped resource missing: ResourceMissing names the file for the log
    "domain/templates/store.py: the built-in templates ({}/*.json)": PROGRAMMING_ERROR,
    "domain/types.py: timestamps must be timezone-aware": PROGRAMMING_ERROR,
    "domain/types.py: time data {} does not match format '%Y-%m-%dT%H:%M:%S.%fZ'": (INTERNAL_PARSE),
    "sync/__init__.py: module {} has no attribute {}": PROGRAMMING_ERROR,
    "vault/__init__.py: module {} has no attribute {}": PROGRAMMING_ERROR,
    "sync/border.py: the record kinds refer to each other in a cycle": PROGRAMMING_ERROR,
    "vault/migrations/env.py: vault migrations run only through fieldpartner.vault (they n": (
        PROGRAMMING_ERROR
    ),
    "vault/vault.py: that is not a vault's database key (32 random bytes)": PROGRAMMING_ERROR,
    # the command line's own arguments and commands
    "domain/demo.py: unknown demo size {}; use one of: {}": COMMAND_LINE,
    "domain/export.py: unknown export format {}; use one of: {}": COMMAND_LINE,
    "sync/border.py: --purge {}: choose acknowledged or all": COMMAND_LINE,
    "sync/conflicts.py: no conflict named; see `conflict list`": COMMAND_LINE,
    "sync/conflicts.py: no conflict {}; see `conflict list`": COMMAND_LINE,
    "sync/conflicts.py: --take must be local, incoming or FIELD=VALUE": COMMAND_LINE,
    "sync/export.py: this vault is HQ: name the device to send to with --to DEVIC": COMMAND_LINE,
    "sync/export.py: a field vault sends bundles to HQ only (use --to hq)": COMMAND_LINE,
    # cancels: the window says "Cancelled" itself
    "sync/border.py: border mode was cancelled at {}; nothing was removed yet": OWN_WORDS,
    "sync/bundle_v1.py: {} was cancelled; nothing was written": OWN_WORDS,
    "sync/bundle_v1.py: reading stopped": OWN_WORDS,
    # the attempts file: a damaged one is read as no attempts, never shown
    "vault/guessing.py: not an attempts file of version 1": INTERNAL_PARSE,
    "vault/guessing.py: failures": INTERNAL_PARSE,
    "vault/guessing.py: wipe_after": INTERNAL_PARSE,
}


def test_every_refusal_a_person_can_meet_is_a_message():
    plain = {key: place for key, place in english_refusals() if key not in ALLOWED}
    assert plain == {}, "English refusals (make them Messages, or allow them with a reason)"


def test_the_allow_list_names_only_refusals_that_exist():
    found = {key for key, _ in english_refusals()}
    assert set(ALLOWED) - found == set()
