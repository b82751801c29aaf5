"""The editors' command line: `briefing add`, `briefing check`, `briefing stats`.

Every command reads the project through the same pipeline as the MkDocs build, so `briefing check`
reports exactly the messages the build logs, plus advisory warnings the build keeps quiet about.
"""

from __future__ import annotations

import json
import shlex
import shutil
import sys
import tempfile
import urllib.parse
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import NoReturn

import click
import requests
from mkdocs.exceptions import PluginError
from tqdm import tqdm
from trafilatura.utils import decode_file

from . import draft as drafting
from . import stats as statistics
from .errors import Problem, SourceError
from .load import MAX_BYTES
from .pipeline import build_site
from .settings import load_project
from .site import Project, Site
from .validate import advisories, sort_problems


def progress(label: str) -> Callable[[list[Path]], Iterable[Path]]:
    """A progress bar on stderr when it is a terminal; tqdm's `disable=None` keeps CI logs quiet."""

    def wrap(items: list[Path]) -> Iterable[Path]:
        return tqdm(items, desc=label, unit="file", disable=None, leave=False, file=sys.stderr)

    return wrap


def find_root(start: Path) -> Path:
    """The folder holding mkdocs.yml, from `start` upwards (so commands work from any sub-folder)."""
    for folder in (start, *start.parents):
        if (folder / "mkdocs.yml").is_file():
            return folder
    raise click.UsageError(f"no mkdocs.yml in {start} or above: run briefing inside the project or pass --root")


@click.group()
@click.version_option(package_name="briefing", message="%(prog)s %(version)s")
@click.option("--root", type=click.Path(file_okay=False, exists=True, path_type=Path), help="Project folder (holds mkdocs.yml).")
@click.pass_context
def main(ctx: click.Context, root: Path | None) -> None:
    """Add sources to a briefing, check it for problems, and summarise it."""
    if ctx.invoked_subcommand != "new":  # `new` makes a project; every other command reads one
        try:
            ctx.obj = load_project(find_root((root or Path.cwd()).resolve()) / "mkdocs.yml")
        except PluginError as exc:
            raise click.ClickException(str(exc)) from None


@main.command()
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
@click.option("--title", required=True, help="The briefing's title (the site's name).")
@click.option("--language", default="en", show_default=True, help="The site's language (BCP 47 code: en, fr, ar, ...).")
@click.option("--site-url", help="The address the site will be published at (the feed needs it), e.g. https://example.org/b/.")
def new(folder: Path, title: str, language: str, site_url: str | None) -> None:
    """Write a working briefing project in FOLDER: mkdocs.yml, the hook file, docs/, empty sources/ and registry/."""
    from .scaffold import SEARCH_LANGUAGES, new_project

    try:
        written = new_project(folder, title, language, site_url)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    here = shlex.quote(str(folder.resolve()))
    click.echo(f"Wrote {len(written)} files in {folder}. Next, from any folder:")
    click.echo(f"  cd {here}")
    click.echo(f"  {_command('briefing')} add ARTICLE.html --url https://example.org/article   # drafts sources/…md")
    click.echo(f"  {_command('briefing')} check")
    click.echo(f"  {_command('mkdocs')} serve   # the preview on http://127.0.0.1:8000")
    if language not in SEARCH_LANGUAGES:  # as scaffold._mkdocs_config decides
        click.echo(
            f"Search: its index has no rules for '{language}', so mkdocs.yml sets it to English (plugins: search: lang: "
            "[en]), which indexes words of every language and script as written: a word is found in the form typed."
        )
    if not site_url:
        click.echo(
            "No --site-url: builds warn and write no feed.xml until site_url in mkdocs.yml is set to the address the "
            "site will be published at (see the comment at its top)."
        )


def _command(name: str) -> str:
    """How to run NAME (installed beside this Python, e.g. in the repository's .venv/bin/) from any folder: its bare
    name when the shell finds that very program, else its full path (`briefing new` is often run as .venv/bin/briefing,
    whose folder is not on PATH)."""
    beside = Path(sys.executable).parent / name
    found = shutil.which(name)
    if found and beside.exists() and Path(found).resolve() == beside.resolve():
        return name
    return shlex.quote(str(beside)) if beside.exists() else name


@main.group()
def actors() -> None:
    """Actors: turn detected people and organisations into registry entries."""


@actors.command()
@click.option(
    "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write the entries here instead of standard output."
)
@click.pass_obj
def suggest(project: Project, output: Path | None) -> None:
    """Registry entries, ready to review, for every detected actor (YAML for registry/actors.yaml)."""
    from .suggest import suggestions

    text = suggestions(_build(project))
    if output:
        output.write_text(text, encoding="utf-8")
        click.echo(f"Wrote {output}: review it, then add the entries to registry/actors.yaml.", err=True)
    else:
        click.echo(text, nl=False)


def _build(project: Project) -> Site:
    return build_site(project, progress=progress("reading sources"))


@main.command()
@click.option("--strict", is_flag=True, help="Fail on warnings too (candidate actors, no-date).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.pass_obj
def check(project: Project, strict: bool, fmt: str) -> None:
    """Validate every source and registry; print problems as `path:line: severity: message`.

    Exit status 1 if there is any error (or, with --strict, any warning).
    """
    site = _build(project)
    problems = sort_problems([*site.problems, *advisories(site.briefings)])
    errors = sum(p.severity == "error" for p in problems)
    warnings = len(problems) - errors
    if fmt == "json":
        report = {"files": site.stats["files"], "pages": site.stats["pages"], "errors": errors, "warnings": warnings}
        click.echo(json.dumps({**report, "problems": [p.as_dict() for p in problems]}, ensure_ascii=False, indent=1))
    else:
        for problem in problems:
            click.echo(str(problem))
        pages = f"{site.stats['files']} source files, {site.stats['pages']} pages"
        click.echo(f"briefing check: {pages}: {errors} errors, {warnings} warnings", err=True)
    if errors or (strict and warnings):
        sys.exit(1)


@main.command()
@click.argument("path", required=False, type=click.Path(dir_okay=False, exists=True, path_type=Path))
@click.option("--url", help="The article's original address (recorded as `url:`).")
@click.option("--publisher", help="Who published it (ideally a name from registry/outlets.yaml).")
@click.option("--fetch", "fetch_url", metavar="URL", help="Download the page at URL instead of reading PATH.")
@click.pass_obj
def add(project: Project, path: Path | None, url: str | None, publisher: str | None, fetch_url: str | None) -> None:
    """Draft sources/<date-or-undated>-<slug>.md from a .txt article or a saved .html page."""
    if (path is None) == (fetch_url is None):
        raise click.UsageError("give either PATH (a .txt or .html file) or --fetch URL")
    given = {k: v for k, v in (("url", url or fetch_url), ("publisher", publisher)) if v}
    with tempfile.TemporaryDirectory() as tmp:
        article = path or Path(tmp) / "fetched.html"
        if fetch_url:
            article.write_text(_download(fetch_url), encoding="utf-8")
        try:
            draft, briefing = drafting.make_draft(article, project, given, origin=fetch_url or str(article))
        except SourceError as exc:
            _fail(exc.problem)
    target = project.rel(draft.path)
    if draft.path.exists():
        _fail(Problem(target, "already exists; not overwriting it: delete or rename it first if you mean to replace it"))
    duplicates = drafting.duplicates_of(briefing, project, given.get("url") or briefing.url, progress("looking for duplicates"))
    try:
        drafting.write_draft(draft)
    except FileExistsError:  # created since the check above
        _fail(Problem(target, "already exists; not overwriting it"))
    click.echo(f"Wrote {target}. Review before committing:")
    for point in draft.review:
        click.echo(f"  - {point}")
    for duplicate in duplicates:
        click.echo(f"{target}: warning: possible duplicate: {duplicate}; keep one of them")
    click.echo("Then run `briefing check` (or `make check`).")


USER_AGENT = "briefing-add/0.1 (+https://github.com/briefing/qatar-security)"


def _download(url: str) -> str:
    if urllib.parse.urlsplit(url).scheme not in ("http", "https"):
        raise click.UsageError(f"--fetch needs an http(s) address, not '{url}'")
    fix = f"save the page from a browser and run `briefing add PAGE.html --url {url}`"
    try:
        with requests.get(url, timeout=30, stream=True, headers={"User-Agent": USER_AGENT}) as response:
            response.raise_for_status()
            data = b""
            for chunk in response.iter_content(65536):
                data += chunk
                if len(data) > MAX_BYTES:
                    raise click.ClickException(f"{url} is over the {MAX_BYTES // 2**20} MiB limit for a source")
            declared = "charset=" in response.headers.get("content-type", "").lower()
            # requests assumes Latin-1 when no charset is declared; trafilatura tries UTF-8, then detects
            return data.decode(response.encoding, errors="replace") if declared and response.encoding else decode_file(data)
    except requests.RequestException as exc:
        raise click.ClickException(f"could not download {url} ({exc.__class__.__name__}): {fix}") from None


def _fail(problem: Problem) -> NoReturn:
    click.echo(str(problem), err=True)
    sys.exit(1)


@main.command()
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.pass_obj
def stats(project: Project, fmt: str) -> None:
    """Summarise the briefing: sources by language and year, grades, notes, actors, events."""
    data = statistics.summary(_build(project))
    click.echo(json.dumps(data, ensure_ascii=False, indent=1) if fmt == "json" else statistics.format_text(data))


if __name__ == "__main__":
    main()
