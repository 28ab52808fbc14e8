"""The PHP-serialized meta parser reads data, never code, and fails cleanly."""

import math

import pytest

from masthead.importers.readers.php_serialized import PHPSerializedError, loads


def test_scalars():
    assert loads("N;") is None
    assert loads("b:1;") is True
    assert loads("b:0;") is False
    assert loads("i:-42;") == -42
    assert loads("d:0.5;") == 0.5
    assert loads("d:INF;") == math.inf
    assert math.isnan(loads("d:NAN;"))
    assert loads('s:5:"hello";') == "hello"


def test_string_length_counts_utf8_bytes():
    # "©" is two bytes, "🌊" four: PHP counts bytes, not characters.
    assert loads('s:15:"© Tide 🌊 ok";') == "© Tide 🌊 ok"
    with pytest.raises(PHPSerializedError, match="length"):
        loads('s:11:"© Tide 🌊 ok";')


def test_string_may_contain_quotes_and_semicolons():
    assert loads('s:9:"a";"b;c\'d";') == 'a";"b;c\'d'


def test_nested_arrays_like_attachment_metadata():
    raw = (
        'a:3:{s:5:"width";i:2048;s:5:"sizes";a:1:{s:6:"medium";a:1:{s:4:"file";'
        's:9:"m-300.jpg";}}s:10:"image_meta";a:2:{s:6:"credit";s:4:"Ines";'
        "i:0;b:1;}}"
    )
    assert loads(raw) == {
        "width": 2048,
        "sizes": {"medium": {"file": "m-300.jpg"}},
        "image_meta": {"credit": "Ines", 0: True},
    }


def test_objects_are_read_as_plain_data_never_instantiated():
    # A class name that would be dangerous to look up comes back as a dict.
    raw = (
        'O:24:"GuzzleHttp\\Psr7\\FnStream":2:{s:6:"credit";s:4:"Ines";'
        's:9:"\0*\0secret";s:1:"x";}'
    )
    assert loads(raw) == {"credit": "Ines", "secret": "x"}


def test_references_read_as_none():
    assert loads('a:2:{i:0;s:1:"a";i:1;r:2;}') == {0: "a", 1: None}


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "x:1;",
        "i:12",  # no terminator
        "i:1x;",
        "b:2;",
        "d:one;",
        's:4:"abc";',  # length too long
        's:-1:"";',
        'a:2:{i:0;s:1:"a";}',  # fewer entries than announced
        "a:1:{a:0:{};i:1;}",  # array as a key
        'a:1:{i:0;s:1:"a";',  # no closing brace
        'C:11:"ArrayObject":21:{x:i:0;a:0:{};m:a:0:{}}',  # custom serialization
        "i:1;i:2;",  # trailing data
        "a:999999999:{}",  # huge count, no data: fails without allocating
    ],
)
def test_malformed_values_raise(raw):
    with pytest.raises(PHPSerializedError):
        loads(raw)


def test_nesting_is_bounded():
    raw = "a:1:{i:0;" * 200 + "N;" + "}" * 200
    with pytest.raises(PHPSerializedError, match="deep"):
        loads(raw)
    assert loads("a:1:{i:0;" * 10 + "N;" + "}" * 10) is not None
