import pytest

from ejrc.core.registry import Registry, reference_data_steps


def test_contributions_come_in_layer_order_then_in_order_of_registration():
    registry = Registry("test")
    registry.register("meetings", "late", 3)
    registry.register("directory", "first", 1)
    registry.register("geo", "bottom", 0)
    registry.register("directory", "second", 2)
    registry.register("directory", "first", 1.5)  # again: replaces, and moves to the end of its layer
    assert [(c.app_label, c.name, c.value) for c in registry] == [
        ("geo", "bottom", 0), ("directory", "second", 2), ("directory", "first", 1.5), ("meetings", "late", 3),
    ]


def test_an_app_outside_the_layers_cannot_register():
    with pytest.raises(LookupError, match="'weather' is in no layer"):
        Registry("test").register("weather", "forecast", None)


def test_geo_and_the_directory_contribute_their_reference_data_steps():
    assert [(c.app_label, c.name) for c in reference_data_steps] == [
        ("geo", "geography"), ("directory", "sectors and twinnings"),
    ]
