"""PostgreSQL full-text search with a text search configuration per language.

Wagtail's database backend (modelsearch's PostgreSQL backend) indexes and queries everything
with one configuration. PostgreSQL has no Welsh one, and the English one treats Welsh by English
rules: it stems Welsh words ("dinas", a city, is stored as "dina") and drops the Welsh words that
are English stop words ("her", a challenge; "can", a hundred), which then cannot be found at all.

So, settings `SEARCH_CONFIGS` ({language code: configuration}): each object with a locale is
indexed with its language's configuration (`SEARCH_CONFIG` for the rest), and a search limited to
one locale (each language's search page) is queried with that configuration. A search across
languages matches an object by any of the configurations, so English pages keep their stemming
and Welsh pages their exact words. On SQLite, FTS5 does not stem: nothing to do there.
"""

import operator
from collections import defaultdict
from copy import copy
from functools import reduce

from django.db.models.lookups import Exact
from django.db.models.sql.where import AND, WhereNode
from modelsearch.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from wagtail.models import Locale, TranslatableMixin


def _locale_pks(where):
    """The locale ids `where` requires with `locale = …` in its AND-ed conditions."""
    if isinstance(where, Exact) and getattr(where.lhs, "target", None) is not None:
        named = where.lhs.target.attname == "locale_id" and isinstance(where.rhs, int)
        return {where.rhs} if named else set()
    if isinstance(where, WhereNode) and where.connector == AND and not where.negated:
        return set().union(*(_locale_pks(child) for child in where.children))
    return set()


class LanguageSearchQueryCompiler(PostgresSearchQueryCompiler):
    def get_config(self, backend):
        """The configuration of the one locale the searched queryset is limited to; else every
        language's (a tuple, matched by any)."""
        locales = _locale_pks(self.queryset.query.where)
        if len(locales) == 1:
            locale = Locale.objects.filter(pk=locales.pop())
            return backend.config_for_language(
                locale.values_list("language_code", flat=True).first() or ""
            )
        return tuple(dict.fromkeys([backend.config, *backend.language_configs.values()]))

    def build_tsquery(self, query, config=None):
        build = super().build_tsquery
        if not isinstance(config, tuple):
            return build(query, config=config)
        return reduce(operator.or_, (build(query, config=each) for each in config))


class LanguageIndex(PostgresIndex):
    def add_items(self, model, objs):
        """Index `objs` in groups, each with the configuration of its objects' language."""
        languages = {}
        if issubclass(model, TranslatableMixin):
            languages = dict(Locale.objects.values_list("pk", "language_code"))
        groups = defaultdict(list)
        for obj in objs:
            language = languages.get(getattr(obj, "locale_id", None), "")
            groups[self.backend.config_for_language(language)].append(obj)
        for config, group in groups.items():
            # The parent's add_items reads the configuration from its backend: give it one
            # that says this group's (copies, so that no other search sees the change).
            index = copy(self)
            index.backend = copy(self.backend)
            index.backend.config = config
            super(LanguageIndex, index).add_items(model, group)


class LanguageSearchBackend(PostgresSearchBackend):
    query_compiler_class = LanguageSearchQueryCompiler
    index_class = LanguageIndex

    def __init__(self, params):
        super().__init__(params)
        self.language_configs = {
            code.lower(): config for code, config in params.get("SEARCH_CONFIGS", {}).items()
        }

    def config_for_language(self, code):
        return self.language_configs.get(code.lower(), self.config)


SearchBackend = LanguageSearchBackend
