"""The reader's search box syntax, turned into a Wagtail search query.

Words are all required and stemmed ("cable" finds "cables"); "quoted words"
are a phrase; a word ending in * matches words that begin with it. Anything
else (operators, brackets, stray quotes, punctuation) is treated as a space,
so no reader input reaches the database's own query language.
"""

import re

from wagtail.search.query import And, Phrase, PlainText

PHRASE = re.compile(r'"([^"]*)"')
WORD = re.compile(r"\w+\*?")


def words(text):
    """The words of ``text``; a trailing * is kept only on a word of 2+ letters."""
    found = []
    for word in WORD.findall(text):
        stem = word.rstrip("*")
        found.append(word if len(stem) > 1 else stem)
    return found


def parse(text):
    """A query for ``text``, or None when it holds no word to search for."""
    parts = []
    for phrase in PHRASE.findall(text):
        phrase_words = [w.rstrip("*") for w in words(phrase)]
        if len(phrase_words) > 1:
            parts.append(Phrase(" ".join(phrase_words)))
        elif phrase_words:
            parts.append(PlainText(phrase_words[0], operator="and"))
    loose = words(PHRASE.sub(" ", text))
    if loose:
        parts.append(PlainText(" ".join(loose), operator="and"))
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else And(parts)
