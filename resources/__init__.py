"""Shipped resources (templates, demo seeds, fonts, icons), installed as ``fieldpartner.assets``.

Data only: this file makes the folder a package that ``importlib.resources`` finds in a wheel,
an editable install and the PyInstaller build alike.
"""
