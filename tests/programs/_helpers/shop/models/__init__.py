from .. import loaded as _loaded
_loaded.append(__name__)
