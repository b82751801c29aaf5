"""MkDocs hooks: a thin adapter from MkDocs events to one `briefing.engine.Engine`, which owns the build's state."""

from briefing.engine import Engine
from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

engine = Engine()


def on_startup(command: str, dirty: bool) -> None:
    engine.startup(command, dirty)


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    return engine.config(config)


def on_files(files: Files, config: MkDocsConfig) -> Files:
    return engine.files(files, config)


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    return engine.nav(nav, config, files)


@event_priority(110)  # before Material's tags plugin (-50) collects the page's tags
def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    return engine.page_markdown(markdown, page, config, files)


@event_priority(-100)  # last: every plugin has seen the HTML
def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    return engine.page_content(html, page)


@event_priority(110)  # before Material's tags plugin (100) renders its listings from every page
def on_env(env: Environment, config: MkDocsConfig, files: Files) -> None:
    engine.env(env, config, files)


@event_priority(100)  # first: the search plugin reads the page's HTML in this event
def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav: Navigation) -> None:
    engine.page_context(page)


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    return engine.post_page(output, page)


def on_post_build(config: MkDocsConfig) -> None:
    engine.post_build(config)


def on_build_error(error: Exception) -> None:
    engine.build_error()
