"""``assessment import | show | two-way``: answers from a spreadsheet, computed results, and
the partners' two-way assessments of the organisation, combined."""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import Any

from fieldpartner.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    CliError,
    add_passphrase_file,
    open_database,
)
from fieldpartner.domain.assessments import (
    OverrideRequest,
    assessment_view,
    create_assessment,
    finalise,
    get_assessment,
    import_answers,
    read_answer_file,
)
from fieldpartner.domain.partners import find_partner
from fieldpartner.domain.projects import get_project
from fieldpartner.domain.results import Results
from fieldpartner.domain.templates import ensure_builtin_templates, get_template
from fieldpartner.domain.two_way import (
    CombinedPart,
    CombinedTwoWay,
    combine_two_way,
    set_anonymity_threshold,
)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = subparsers.add_parser(
        "assessment", help="import answers, show results, combine two-way assessments"
    )
    actions = group.add_subparsers(dest="assessment_action", metavar="ACTION", required=True)

    importing = actions.add_parser(
        "import",
        help="a new assessment from answers in CSV (item_id, answer, note) or JSON; prints its id",
    )
    importing.add_argument("path", metavar="PATH")
    importing.add_argument("file", metavar="FILE")
    importing.add_argument("--partner", required=True, metavar="ID_OR_NAME")
    importing.add_argument("--template", required=True, metavar="TEMPLATE_ID")
    importing.add_argument("--version", type=int, metavar="N", help="default: the newest")
    importing.add_argument("--tier", default="", metavar="T", help="for due diligence")
    importing.add_argument("--project", metavar="ID", help="the project under review")
    importing.add_argument("--respondent", default="assessor", choices=("assessor", "partner_self"))
    importing.add_argument("--date", metavar="YYYY-MM-DD", help="when it was assessed")
    importing.add_argument("--finalise", action="store_true", help="finalise after importing")
    importing.add_argument(
        "--override",
        action="append",
        default=[],
        metavar="RESULT=VALUE:JUSTIFICATION",
        help="with --finalise: override a result (overall or a named one), with the reason, "
        "e.g. 'overall=moderate:Bank letter seen after the visit'",
    )
    add_passphrase_file(importing)
    importing.set_defaults(handler=import_command)

    show = actions.add_parser("show", help="answers, section scores, completeness, rating")
    show.add_argument("path", metavar="PATH")
    show.add_argument("assessment", metavar="ID")
    show.add_argument("--json", action="store_true")
    show.add_argument("--lang", default="en", choices=("en", "fr", "es", "ar"))
    add_passphrase_file(show)
    show.set_defaults(handler=show_command)

    two_way = actions.add_parser(
        "two-way",
        help="how partners, together, assess the organisation: section means across partners, "
        "withheld below the anonymity threshold",
    )
    two_way.add_argument("path", metavar="PATH")
    two_way.add_argument("--template", metavar="KEY", help="only assessments of this template")
    two_way.add_argument("--json", action="store_true")
    two_way.add_argument(
        "--set-threshold",
        type=int,
        metavar="N",
        help="set the anonymity threshold: how many partners must have answered (at least 2)",
    )
    add_passphrase_file(two_way)
    two_way.set_defaults(handler=two_way_command)


def import_command(args: argparse.Namespace) -> int:
    assessed_on = None
    if args.date:
        try:
            assessed_on = date.fromisoformat(args.date)
        except ValueError:
            raise CliError(f"--date {args.date!r} is not a date (YYYY-MM-DD)", EXIT_USAGE) from None
    overrides = [_override(text) for text in args.override]
    if overrides and not args.finalise:
        raise CliError("--override needs --finalise", EXIT_USAGE)
    rows = read_answer_file(args.file)
    vault = open_database(args.path, args.passphrase_file)
    try:
        # One transaction: if any row is rejected, not even the assessment is kept.
        with vault.transaction() as session:
            ensure_builtin_templates(session)
            partner = find_partner(session, args.partner)
            template = get_template(session, args.template, args.version)
            project = get_project(session, args.project) if args.project else None
            assessment = create_assessment(
                session,
                partner,
                template,
                tier=args.tier,
                project=project,
                respondent=args.respondent,
                assessed_on=assessed_on,
            )
            import_answers(session, assessment, rows, source=args.file)
            if args.finalise:
                finalise(session, assessment, overrides=overrides)
            assessment_id = assessment.id
    finally:
        vault.lock()
    print(assessment_id)
    return EXIT_OK


def _override(text: str) -> OverrideRequest:
    """``RESULT=VALUE:JUSTIFICATION`` as typed after --override."""
    target, _, rest = text.partition("=")
    value, _, justification = rest.partition(":")
    if not target.strip() or not value.strip() or not justification.strip():
        raise CliError(
            f"--override {text!r}: write RESULT=VALUE:JUSTIFICATION, "
            "e.g. overall=moderate:Bank letter seen",
            EXIT_USAGE,
        )
    return OverrideRequest(target.strip(), value.strip(), justification.strip())


def _number(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def show_command(args: argparse.Namespace) -> int:
    vault = open_database(args.path, args.passphrase_file)
    try:
        with vault.session() as session:
            view = assessment_view(session, get_assessment(session, args.assessment), args.lang)
    finally:
        vault.lock()
    if args.json:
        print(
            json.dumps({**view, "results": view["results"].to_json()}, ensure_ascii=False, indent=2)
        )
        return EXIT_OK
    print_view(view)
    return EXIT_OK


def print_view(view: dict[str, Any]) -> None:
    results: Results = view["results"]
    template = view["template"]
    print(f"{view['title']}  [{view['status']}]")
    print(f"partner: {view['partner']['name']} ({view['partner']['id']})")
    print(f"template: {template['id']} version {template['version']}  kind: {view['kind']}")
    if view["tier"]:
        print(f"tier: {view['tier']}")
    print(f"assessed on: {view['assessed_on'] or '-'}")
    done = results.completeness
    print(
        f"completeness: {done.answered}/{done.required} required items "
        f"({done.ratio:.0%}), {done.not_applicable} not applicable"
        + (f", {done.not_verified} not verified" if done.not_verified else "")
        + (f", {done.covered} covered earlier" if done.covered else "")
    )
    print()
    print(f"{'section':<40} {'score':>7} {'range':>13} {'%':>6}  rating")
    for section in results.sections:
        indent = "  " if section.parent else ""
        rng = f"{_number(section.min)}-{_number(section.max)}" if section.min is not None else "-"
        pct = "-" if section.percent is None else f"{section.percent:.0f}"
        label = f" ({section.label})" if section.label else ""
        print(
            f"{(indent + section.title)[:40]:<40} {_number(section.score):>7} "
            f"{rng:>13} {pct:>6}  {section.word or '-'}{label}"
        )
    overall = results.overall
    print()
    print(f"overall score: {_number(overall.score)}  ({overall.method})")
    label = f" ({overall.label})" if overall.label else ""
    if overall.vocabulary == "risk":
        print(f"risk rating: {results.rating or '-'}{label}")
    else:
        print(f"{overall.vocabulary} level: {overall.level or '-'}{label}")
    for named in results.named:
        print(
            f"{named.title or named.id}: {named.word or '-'}"
            + (f" ({named.label})" if named.label else "")
        )
    print(f"recommended decision: {results.recommended_decision or '-'}")
    for override in results.overrides:
        print(
            f"override of {override.result}: {override.computed or '-'} -> {override.value} "
            f"by {override.by or '-'}: {override.justification}"
        )
    if view["decision"]:
        print(f"decision: {view['decision']}  {view['conditions']}")
    for rule in results.rules_applied:
        print(f"rule {rule.id}: {rule.reason}")
    if results.valid_until:
        print(f"valid until: {results.valid_until}")
    if results.next_review:
        print(f"next review: {results.next_review}")
    if results.gaps:
        print()
        print(f"gaps ({len(results.gaps)}):")
        for gap in results.gaps:
            key = " [key]" if gap.key else ""
            print(f"  {gap.item_id}{key}: {gap.reason}")


def two_way_command(args: argparse.Namespace) -> int:
    vault = open_database(args.path, args.passphrase_file)
    try:
        if args.set_threshold is not None:
            with vault.transaction() as session:
                value = set_anonymity_threshold(session, args.set_threshold)
            print(f"two-way anonymity threshold: {value} partners")
            return EXIT_OK
        with vault.session() as session:
            combined = combine_two_way(session, template_key=args.template)
    finally:
        vault.lock()
    if args.json:
        print(json.dumps(_two_way_json(combined), ensure_ascii=False, indent=2))
    else:
        print_two_way(combined)
    return EXIT_OK


def _part_json(part: CombinedPart) -> dict[str, Any]:
    return {"id": part.id, "title": part.title, "answered": part.partners, "mean": part.mean}


def _two_way_json(combined: CombinedTwoWay) -> dict[str, Any]:
    return {
        "partners": combined.partners,
        "threshold": combined.minimum,
        "withheld": combined.withheld,
        "overall": _part_json(combined.overall),
        "sections": [_part_json(section) for section in combined.sections],
    }


def print_two_way(combined: CombinedTwoWay) -> None:
    print(
        f"two-way assessments combined: {combined.partners} partners answered "
        f"(anonymity threshold {combined.minimum})"
    )
    if combined.withheld:
        print(
            f"withheld: fewer than {combined.minimum} partners answered "
            f"({combined.partners} did); no figure is shown"
        )
        return
    print()
    print(f"{'section':<48} {'mean':>9} {'answered':>9}")
    for part in (*combined.sections, combined.overall):
        title = "overall" if part is combined.overall else part.title or part.id
        mean = "withheld" if part.mean is None else _number(part.mean)
        print(f"{title[:48]:<48} {mean:>9} {part.partners:>9}")
    if any(part.mean is None for part in combined.sections):
        print()
        print(f"withheld: fewer than {combined.minimum} partners scored that section")
