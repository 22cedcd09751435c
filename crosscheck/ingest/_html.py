"""Read saved HTML pages: the main text by trafilatura, with the page's own metadata."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import trafilatura
from trafilatura.utils import load_html

from crosscheck.ingest._dates import date_in_name
from crosscheck.ingest._fields import ArticleBuilder, Pick
from crosscheck.records import IngestLimits, RawArticle, Rejection

_DATE_OPTIONS = {
    # Only dates the page states as its own: a guess from dates mentioned in the body
    # would date an article by the events it recounts.
    "extensive_search": False,
    "original_date": True,
    "outputformat": "%Y-%m-%dT%H:%M:%S%z",
}


def read_html(
    path: Path, build: ArticleBuilder, data: bytes, limits: IngestLimits
) -> Iterator[RawArticle | Rejection]:
    """Yield the page as one article (location "file") or one rejection.

    Title, date, canonical URL and site name come from the page's metadata; when the
    page gives no date, a YYYY-MM-DD in the file name is used.
    """
    tree = load_html(data)
    if tree is None:
        yield build.reject("file", "not readable as an HTML page", data)
        return
    language = tree.get("lang")
    document = trafilatura.bare_extraction(
        tree, with_metadata=True, include_comments=False, date_extraction_params=_DATE_OPTIONS
    )
    text = ((document.text if document is not None else None) or "").strip()
    if len(text) < limits.min_text_chars:
        yield build.reject(
            "file",
            f"no article text found: the page looks like boilerplate only ({len(text)} "
            f"characters extracted, min_text_chars={limits.min_text_chars})",
            data,
        )
        return
    published: Pick = ("page metadata", document.date)
    if not document.date:
        published = ("file name", date_in_name(path.name))
    yield build.build(
        "file",
        data,
        text=("main text", text),
        published=published,
        outlet=document.sitename,
        url=document.url,
        title=document.title,
        language=language,
    )
