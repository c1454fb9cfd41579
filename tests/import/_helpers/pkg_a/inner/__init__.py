from .deep import DEEP
