"""The desktop interface: every module that imports PySide6 lives under this package.

Windows and dialogs are built in code, one module each; they receive the services they use
(an opened vault, settings) and reach no global application object.
"""
