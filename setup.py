"""Package layout: the code under src/, the shipped resources mapped in from their folders.

``resources/`` and ``translations/`` stay at the top of the repository (editors of templates
and translations work there) and are installed as ``fieldpartner.assets`` and
``fieldpartner.translations``: a wheel, an editable install and the PyInstaller build all
read them through ``importlib.resources`` (see ``src/fieldpartner/resources.py``).
Everything else is configured in pyproject.toml.
"""

from setuptools import find_packages, setup

setup(
    package_dir={
        "": "src",
        "fieldpartner.assets": "resources",
        "fieldpartner.translations": "translations",
    },
    packages=[*find_packages("src"), "fieldpartner.assets", "fieldpartner.translations"],
)
