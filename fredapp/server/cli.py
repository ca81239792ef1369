"""``fredapp hub init|serve|user …|oidc add|cleanup``: the hub's commands (argparse only here).

Only argparse is imported at the top: the desktop's ``fredapp`` builds this parser without the
hub's dependencies installed (``pip install fredapp[hub]`` brings psycopg, FastAPI, uvicorn);
each command imports what it needs when it runs. Tokens and passwords are printed once, to
stdout, and never logged.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from fredapp.server.rights import ROLES

if TYPE_CHECKING:
    from fredapp.server.users import NewUser, UserInfo


def add_arguments(hub: argparse.ArgumentParser) -> None:
    actions = hub.add_subparsers(dest="hub_command", metavar="ACTION", required=True)
    init = actions.add_parser("init", help="create or upgrade the hub's schema (as its owner)")
    _database(init)
    init.add_argument(
        "--service-role",
        default="fredapp_hub",
        metavar="ROLE",
        help="the login role the service connects as (made if missing)",
    )
    init.add_argument(
        "--reset-service-password",
        action="store_true",
        help="give the service role a new password and print it",
    )
    serve = actions.add_parser("serve", help="run the sync service")
    _database(serve, "the service role's connection (printed by hub init)")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on")
    serve.add_argument("--port", type=int, default=8765, help="port to listen on")
    serve.add_argument("--pool", type=int, default=10, metavar="N", help="connections at most")
    serve.add_argument(
        "--workers", type=int, default=1, metavar="N", help="processes sharing the port"
    )
    _user_arguments(actions.add_parser("user", help="users of the hub and their tokens"))
    clean = actions.add_parser("cleanup", help="remove tombstones every active device has seen")
    clean.add_argument(
        "--days", type=int, default=90, help="devices that pulled within this many days count"
    )
    _database(clean)
    oidc = actions.add_parser("oidc", help="trust an OpenID Connect issuer (Entra ID …)")
    oidc_actions = oidc.add_subparsers(dest="oidc_command", metavar="ACTION", required=True)
    trust = oidc_actions.add_parser("add", help="trust an issuer's tokens for an audience")
    trust.add_argument("issuer", help="the issuer, e.g. https://login.microsoftonline.com/…/v2.0")
    trust.add_argument("--audience", required=True, help="the hub's client id at the issuer")
    trust.add_argument("--claim", default="sub", help="the claim naming the user (default sub)")
    _database(trust)


_ROLE_HELP = f"one of {', '.join(ROLES)}; repeatable"


def _user_arguments(user: argparse.ArgumentParser) -> None:
    user_actions = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    _database(user_actions.add_parser("list", help="every user: roles, units, tokens"))
    add = user_actions.add_parser("add", help="add a user and print a personal token once")
    add.add_argument("name", help="the user's name")
    # Roles are checked by the hub's code, not argparse, so a bad one is one line, exit 2.
    add.add_argument("--role", action="append", required=True, metavar="ROLE", help=_ROLE_HELP)
    add.add_argument(
        "--unit", action="append", default=[], metavar="UNIT", help="a leader's unit (name or id)"
    )
    _days(add)
    add.add_argument(
        "--oidc", nargs=2, metavar=("ISSUER", "SUBJECT"), help="who the user is at a trusted issuer"
    )
    _database(add)
    change = user_actions.add_parser("set", help="replace a user's roles and/or units")
    change.add_argument("name", help="the user's name")
    change.add_argument("--role", action="append", metavar="ROLE", help=_ROLE_HELP)
    change.add_argument(
        "--unit", action="append", metavar="UNIT", help="a leader's units, all of them (name or id)"
    )
    change.add_argument("--restore", action="store_true", help="bring a removed user back")
    _database(change)
    for action, what in (
        ("remove", "remove a user: refused from the next request on, every token revoked"),
        ("revoke", "revoke every personal token of a user"),
        ("token", "print a new personal token for a user, once"),
    ):
        parser = user_actions.add_parser(action, help=what)
        parser.add_argument("name", help="the user's name")
        if action == "token":
            _days(parser)
        _database(parser)


def _days(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--days", type=int, default=365, help="days the token is valid (0: always)")


def _database(
    parser: argparse.ArgumentParser, what: str = "the hub's database, as its owner"
) -> None:
    parser.add_argument("--database", required=True, metavar="URL", help=what)


def run(args: argparse.Namespace) -> int:
    try:
        import psycopg
    except ImportError:
        print(
            "fredapp: error: the hub needs its extra: pip install 'fredapp[hub]'", file=sys.stderr
        )
        return 2

    from fredapp.server.schema import HubSetupError
    from fredapp.server.users import UserError

    commands = {
        "init": _init,
        "serve": _serve,
        "user": _user,
        "oidc": _oidc_add,
        "cleanup": _cleanup,
    }
    try:
        return commands[args.hub_command](args)
    except UserError as exc:
        print(f"fredapp: error: {exc}", file=sys.stderr)
        return 2
    except (psycopg.Error, HubSetupError) as exc:
        # One line, as every fredapp error; psycopg's messages never hold the password.
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        print(f"fredapp: error: {first}", file=sys.stderr)
        return 2


def _init(args: argparse.Namespace) -> int:
    from fredapp.server.schema import init_database

    result = init_database(
        args.database, service_role=args.service_role, reset_password=args.reset_service_password
    )
    done = ", ".join(map(str, result.applied)) or "none (already up to date)"
    print(f"hub {result.hub_id}: schema version {result.version}; migrations applied: {done}")
    if result.service_conninfo:
        print(f"the service connects as {result.service_role}; start it with (shown once):")
        print(f"  fredapp hub serve --database '{result.service_conninfo}'")
    return 0


def _serve(args: argparse.Namespace) -> int:
    from fredapp.server.app import check_start, serve

    check_start(args.database, args.host, args.port)
    serve(args.database, host=args.host, port=args.port, pool_size=args.pool, workers=args.workers)
    return 0


def _user(args: argparse.Namespace) -> int:
    from fredapp.server import users

    url, name = args.database, getattr(args, "name", "")
    if args.user_command == "list":
        _print_users(users.list_users(url))
    elif args.user_command == "add":
        oidc = tuple(args.oidc) if args.oidc else None
        made = users.add_user(url, name, args.role, args.unit, days=args.days or None, oidc=oidc)
        _print_token(made, f"user {made.name} ({', '.join(made.roles)}) added")
    elif args.user_command == "set":
        _print_users([users.set_user(url, name, args.role, args.unit, restore=args.restore)])
    elif args.user_command == "remove":
        revoked = users.remove_user(url, name)
        print(f"user {name} removed: refused from now on; {revoked} valid token(s) revoked")
    elif args.user_command == "revoke":
        revoked = users.revoke_tokens(url, name)
        print(f"{revoked} valid token(s) of {name} revoked; refused from the next request on")
    else:
        made = users.new_token(url, name, days=args.days or None)
        _print_token(made, f"a new token for {made.name}")
    return 0


def _print_token(made: NewUser, what: str) -> None:
    until = made.expires.strftime("%Y-%m-%d") if made.expires else "never"
    print(f"{what}; token (shown once, expires {until}):")
    print(made.token)


def _print_users(found: list[UserInfo]) -> None:
    if not found:
        print("no users yet: fredapp hub user add")
    width = max((len(user.name) for user in found), default=0)
    for user in found:
        state = f"{user.tokens} valid token(s)" if user.active else "removed"
        if user.oidc:
            state += f"; signs in at {user.oidc.partition('|')[0]}"
        units = f" units: {', '.join(user.units)};" if user.units else ""
        print(f"{user.name:<{width}}  {', '.join(user.roles)};{units} {state}")


def _oidc_add(args: argparse.Namespace) -> int:
    from fredapp.server.users import add_issuer

    add_issuer(args.database, args.issuer, args.audience, args.claim)
    print(f"tokens of {args.issuer} for {args.audience} are accepted ({args.claim} names users)")
    return 0


def _cleanup(args: argparse.Namespace) -> int:
    from fredapp.server.cleanup import cleanup

    done = cleanup(args.database, args.days)
    if not done.below:
        print("no device has pulled within the days given; nothing removed")
    else:
        print(f"{done.removed} tombstones removed (every one of {done.devices} devices saw them)")
    return 0
