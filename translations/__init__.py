"""Compiled interface catalogues (``fieldpartner_<lang>.qm``), installed as
``fieldpartner.translations``.

Data only: the ``.ts`` sources are edited here and compiled by ``make``; this file makes the
folder a package that ``importlib.resources`` finds in a wheel and the PyInstaller build.
"""
